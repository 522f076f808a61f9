import VerifiedIcon from '@mui/icons-material/Verified';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  Stack,
  Typography,
  type ButtonProps,
} from '@mui/material';
import type { ProviderResponse } from '@hub/web';
import { useMemo, useState } from 'react';
import { Loading, ShowBase, Title, useShowContext, useTranslate } from 'react-admin';
import { useFormatters } from '../api/useFormatters';
import { useRefreshOnLocaleChange } from '../api/useRefreshOnLocaleChange';
import { CommandDialog } from '../enrollments/CommandDialog';
import { useCountryName } from '../partners/useCountryName';
import { diffListings } from './listing-diff';
import { ListingDiff } from './ListingDiff';
import { providerText } from './listing-form';
import { ListingStateChip } from './ListingStateChip';
import { ProviderTimeline } from './ProviderTimeline';
import type { ProviderCommand } from './providers-api';
import { useProviderCommand } from './useProviderCommand';

type Dialog = 'approve' | 'reject' | 'suspend' | undefined;

/** One command's button, with progress while it runs. */
const ActionButton = ({
  label,
  pending,
  disabled,
  onClick,
  color = 'primary',
  variant = 'contained',
  startIcon,
}: {
  label: string;
  pending: boolean;
  disabled: boolean;
  onClick: () => void;
  color?: ButtonProps['color'];
  variant?: ButtonProps['variant'];
  startIcon?: ButtonProps['startIcon'];
}) => (
  <Button
    variant={variant}
    color={color}
    onClick={onClick}
    disabled={disabled}
    aria-busy={pending}
    startIcon={pending ? <CircularProgress size={16} color="inherit" aria-hidden /> : startIcon}
  >
    {label}
  </Button>
);

/** Approve, reject, suspend, reinstate and the authorized mark: each an audited command. */
const ModerationActions = ({ provider }: { provider: ProviderResponse }) => {
  const translate = useTranslate();
  const { run, pending } = useProviderCommand(provider, provider.id);
  const [dialog, setDialog] = useState<Dialog>();
  const done = (command: ProviderCommand): string => `resources.providers.notifications.${command}`;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'flex-start' }}>
      {provider.commands.includes('approve') && (
        <ActionButton
          disabled={pending !== undefined}
          label={translate('resources.providers.actions.approve')}
          pending={pending === 'approve'}
          color="success"
          onClick={() => setDialog('approve')}
        />
      )}
      {provider.commands.includes('reject') && (
        <ActionButton
          disabled={pending !== undefined}
          label={translate('resources.providers.actions.reject')}
          pending={pending === 'reject'}
          color="error"
          variant="outlined"
          onClick={() => setDialog('reject')}
        />
      )}
      {provider.commands.includes('suspend') && (
        <ActionButton
          disabled={pending !== undefined}
          label={translate('resources.providers.actions.suspend')}
          pending={pending === 'suspend'}
          color="inherit"
          variant="outlined"
          onClick={() => setDialog('suspend')}
        />
      )}
      {provider.commands.includes('reinstate') && (
        <ActionButton
          disabled={pending !== undefined}
          label={translate('resources.providers.actions.reinstate')}
          pending={pending === 'reinstate'}
          onClick={() => void run('reinstate', {}, done('reinstate'))}
        />
      )}
      <ActionButton
        disabled={pending !== undefined}
        label={translate(
          provider.authorized
            ? 'resources.providers.actions.unset_authorized'
            : 'resources.providers.actions.set_authorized',
        )}
        pending={pending === 'authorized'}
        variant="text"
        startIcon={<VerifiedIcon />}
        onClick={() =>
          void run('authorized', { authorized: !provider.authorized }, done('authorized'))
        }
      />
      <CommandDialog
        open={dialog === 'approve'}
        title={translate('resources.providers.moderation.approve_title')}
        description={translate('resources.providers.moderation.approve_body')}
        confirmLabel={translate('resources.providers.actions.approve')}
        confirmColor="success"
        pending={pending === 'approve'}
        onClose={() => setDialog(undefined)}
        onConfirm={() => run('approve', {}, done('approve'))}
      />
      <CommandDialog
        open={dialog === 'reject'}
        title={translate('resources.providers.moderation.reject_title')}
        description={translate('resources.providers.moderation.reject_body')}
        textLabel={translate('resources.providers.moderation.reason')}
        textRequired
        confirmLabel={translate('resources.providers.actions.reject')}
        confirmColor="error"
        pending={pending === 'reject'}
        onClose={() => setDialog(undefined)}
        onConfirm={(reason) => run('reject', { reason }, done('reject'))}
      />
      <CommandDialog
        open={dialog === 'suspend'}
        title={translate('resources.providers.moderation.suspend_title')}
        description={translate('resources.providers.moderation.suspend_body')}
        textLabel={translate('resources.providers.moderation.reason')}
        textRequired
        confirmLabel={translate('resources.providers.actions.suspend')}
        confirmColor="warning"
        pending={pending === 'suspend'}
        onClose={() => setDialog(undefined)}
        onConfirm={(reason) => run('suspend', { reason }, done('suspend'))}
      />
    </Box>
  );
};

const ModerationPage = ({ provider }: { provider: ProviderResponse }) => {
  const translate = useTranslate();
  const { dateTime } = useFormatters();
  const countryName = useCountryName();
  useRefreshOnLocaleChange();
  const { live, working } = provider;
  const pending = working?.state === 'submitted' ? working : undefined;
  const name = providerText(provider, 'name');
  const changedCount = useMemo(
    () =>
      working ? diffListings(live?.fields, working.fields).filter((row) => row.changed).length : 0,
    [live, working],
  );
  const facts = [
    countryName(providerText(provider, 'headquartersCountry')),
    live?.publishedAt
      ? translate('resources.providers.states.published_on', { date: dateTime(live.publishedAt) })
      : translate('resources.providers.states.live_none'),
    pending?.submittedAt
      ? translate('resources.providers.states.submitted_on', {
          date: dateTime(pending.submittedAt),
        })
      : undefined,
  ].filter(Boolean);
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 4, minWidth: 0 }}>
      <Title title={translate('resources.providers.moderation.title', { name })} />
      <Box
        sx={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: 2,
          alignItems: 'flex-start',
          justifyContent: 'space-between',
        }}
      >
        <Box sx={{ minWidth: 0 }}>
          <Typography component="h1" variant="h5" sx={{ overflowWrap: 'anywhere' }}>
            {name}
          </Typography>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', mt: 0.5 }}>
            <Box
              role="status"
              aria-label={translate('resources.providers.fields.live')}
              sx={{ display: 'flex', gap: 0.5, alignItems: 'center' }}
            >
              <Typography variant="body2" color="text.secondary">
                {translate('resources.providers.fields.live')}:
              </Typography>
              {live ? <ListingStateChip state={live.state} /> : '—'}
            </Box>
            <Box
              role="status"
              aria-label={translate('resources.providers.fields.working')}
              sx={{ display: 'flex', gap: 0.5, alignItems: 'center' }}
            >
              <Typography variant="body2" color="text.secondary">
                {translate('resources.providers.fields.working')}:
              </Typography>
              {working ? <ListingStateChip state={working.state} /> : '—'}
            </Box>
            {provider.authorized && (
              <Typography
                variant="body2"
                color="primary"
                sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}
              >
                <VerifiedIcon fontSize="small" aria-hidden />
                {translate('resources.providers.authorized.yes')}
              </Typography>
            )}
          </Box>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {facts.join(' · ')}
          </Typography>
        </Box>
        <ModerationActions provider={provider} />
      </Box>

      {working?.state === 'rejected' && working.reason && (
        <Alert severity="error">
          {translate('resources.providers.moderation.reason_rejected', { reason: working.reason })}
        </Alert>
      )}
      {live?.state === 'suspended' && live.reason && (
        <Alert severity="warning">
          {translate('resources.providers.moderation.reason_suspended', { reason: live.reason })}
        </Alert>
      )}
      {working?.problem && (
        <Alert severity="warning">
          {translate('resources.providers.moderation.problem', {
            message: working.problem.message,
          })}
        </Alert>
      )}

      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 3fr) minmax(280px, 1fr)' },
          gap: 2,
          alignItems: 'start',
        }}
      >
        <Card variant="outlined" component="section" aria-labelledby="provider-compare">
          <CardContent>
            <Box
              sx={{
                display: 'flex',
                flexWrap: 'wrap',
                justifyContent: 'space-between',
                gap: 1,
                mb: 1,
              }}
            >
              <Typography id="provider-compare" component="h2" variant="h6">
                {translate(
                  working
                    ? 'resources.providers.moderation.compare'
                    : 'resources.providers.mine.live_card',
                )}
              </Typography>
              {working && (
                <Typography variant="body2" color="text.secondary" role="status">
                  {translate('resources.providers.moderation.changed_count', {
                    smart_count: changedCount,
                  })}
                </Typography>
              )}
            </Box>
            {!working ? (
              <Alert severity="info" sx={{ mb: 2 }}>
                {translate('resources.providers.moderation.nothing_pending')}
              </Alert>
            ) : !live ? (
              <Alert severity="info" sx={{ mb: 2 }}>
                {translate('resources.providers.moderation.first_version')}
              </Alert>
            ) : changedCount === 0 ? (
              <Alert severity="info" sx={{ mb: 2 }}>
                {translate('resources.providers.moderation.no_changes')}
              </Alert>
            ) : null}
            {working ? (
              <ListingDiff
                published={live?.fields}
                proposed={working.fields}
                labelledBy="provider-compare"
                providerId={provider.id}
              />
            ) : (
              <ListingDiff
                published={undefined}
                proposed={live?.fields}
                single
                labelledBy="provider-compare"
                providerId={provider.id}
              />
            )}
          </CardContent>
        </Card>
        <Card variant="outlined">
          <CardContent>
            <ProviderTimeline providerId={provider.id} />
          </CardContent>
        </Card>
      </Box>
    </Stack>
  );
};

const Page = () => {
  const { record, isPending } = useShowContext<ProviderResponse>();
  if (isPending || !record) {
    return <Loading />;
  }
  return <ModerationPage provider={record} />;
};

/** One provider for a reviewer: the diff of its published and proposed versions, the decisions. */
export const ProviderModeration = () => (
  <ShowBase>
    <Box>
      <Page />
    </Box>
  </ShowBase>
);
