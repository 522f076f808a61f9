import VerifiedIcon from '@mui/icons-material/Verified';
import StorefrontIcon from '@mui/icons-material/Storefront';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  Stack,
  Tab,
  Tabs,
  Typography,
} from '@mui/material';
import type { ProviderResponse } from '@hub/web';
import { useId, useState, type ReactNode } from 'react';
import { Loading, Title, useGetOne, useTranslate } from 'react-admin';
import { useFormatters } from '../api/useFormatters';
import { useRefreshOnLocaleChange } from '../api/useRefreshOnLocaleChange';
import { ListingDiff } from './ListingDiff';
import { ListingEditor } from './ListingEditor';
import { providerText } from './listing-form';
import { ListingStateChip } from './ListingStateChip';
import { SearchPreview } from './SearchPreview';
import { useProviderCommand } from './useProviderCommand';

const SummaryCard = ({
  title,
  children,
  action,
}: {
  title: string;
  children: ReactNode;
  action?: ReactNode;
}) => {
  const id = useId();
  return (
    <Card component="section" aria-labelledby={id} variant="outlined" sx={{ flex: '1 1 260px' }}>
      <CardContent>
        <Typography id={id} component="h2" variant="overline" color="text.secondary">
          {title}
        </Typography>
        <Stack spacing={1} sx={{ mt: 0.5 }}>
          {children}
        </Stack>
        {action && <Box sx={{ mt: 2 }}>{action}</Box>}
      </CardContent>
    </Card>
  );
};

/** Whether the published listing is current, due for confirmation or hidden for want of it. */
const FreshnessBanner = ({ provider }: { provider: ProviderResponse }) => {
  const translate = useTranslate();
  const { day } = useFormatters();
  const { freshness, lastConfirmedAt } = provider;
  if (!freshness || freshness.state === 'current') {
    return null;
  }
  const date = lastConfirmedAt
    ? day(lastConfirmedAt)
    : translate('resources.providers.mine.never_confirmed');
  return freshness.state === 'due' ? (
    <Alert severity="warning">
      <AlertTitle>{translate('resources.providers.mine.due_title')}</AlertTitle>
      {translate('resources.providers.mine.due', { date, hidden: day(freshness.hiddenFrom) })}
    </Alert>
  ) : (
    <Alert severity="error">
      <AlertTitle>{translate('resources.providers.mine.hidden_title')}</AlertTitle>
      {translate('resources.providers.mine.hidden', { date })}
    </Alert>
  );
};

/** What the working version's state means for the distributor, and a rejection's reason. */
const WorkingStatus = ({ provider }: { provider: ProviderResponse }) => {
  const translate = useTranslate();
  const { dateTime } = useFormatters();
  const { working } = provider;
  if (working?.state === 'rejected') {
    return (
      <Alert severity="error" role="status">
        <AlertTitle>{translate('resources.providers.mine.status_rejected_title')}</AlertTitle>
        {working.reason && (
          <Typography sx={{ fontStyle: 'italic', whiteSpace: 'pre-wrap', mb: 0.5 }}>
            “{working.reason}”
          </Typography>
        )}
        {translate('resources.providers.mine.status_rejected')}
      </Alert>
    );
  }
  const text =
    working?.state === 'submitted'
      ? translate('resources.providers.mine.status_submitted', {
          date: working.submittedAt ? dateTime(working.submittedAt) : '',
        })
      : working?.state === 'draft'
        ? translate('resources.providers.mine.status_draft')
        : translate('resources.providers.mine.status_none');
  return (
    <Alert severity="info" role="status">
      {text}
    </Alert>
  );
};

const MyListingPage = ({ provider }: { provider: ProviderResponse }) => {
  const translate = useTranslate();
  const { day, dateTime } = useFormatters();
  const [tab, setTab] = useState<'edit' | 'live' | 'preview'>('edit');
  const confirm = useProviderCommand(provider, 'mine');
  const { live, working, freshness } = provider;
  const name = providerText(provider, 'name');
  const tabsId = useId();
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 4, minWidth: 0 }}>
      <Title title={translate('resources.providers.mine.title')} />
      <Box>
        <Typography component="h1" variant="h5">
          {translate('resources.providers.mine.title')}
        </Typography>
        <Typography color="text.secondary">
          {translate('resources.providers.mine.subtitle', { name })}
        </Typography>
      </Box>

      <FreshnessBanner provider={provider} />

      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
        <SummaryCard title={translate('resources.providers.mine.live_card')}>
          <Box role="status" aria-label={translate('resources.providers.mine.live_card')}>
            {live ? (
              <ListingStateChip state={live.state} />
            ) : (
              <Typography variant="body2">
                {translate('resources.providers.states.live_none')}
              </Typography>
            )}
          </Box>
          {live?.publishedAt && (
            <Typography variant="body2" color="text.secondary">
              {translate('resources.providers.states.published_on', {
                date: dateTime(live.publishedAt),
              })}
            </Typography>
          )}
          {live?.state === 'suspended' && live.reason && (
            <Typography variant="body2" sx={{ fontStyle: 'italic' }}>
              {translate('resources.providers.moderation.reason_suspended', {
                reason: live.reason,
              })}
            </Typography>
          )}
          <Typography
            variant="body2"
            sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}
            title={translate('resources.providers.authorized.hint')}
          >
            {provider.authorized && <VerifiedIcon fontSize="small" color="primary" aria-hidden />}
            {translate(
              provider.authorized
                ? 'resources.providers.authorized.yes'
                : 'resources.providers.authorized.no',
            )}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {translate('resources.providers.authorized.hint')}
          </Typography>
        </SummaryCard>

        <SummaryCard title={translate('resources.providers.mine.working_card')}>
          <Box role="status" aria-label={translate('resources.providers.mine.working_card')}>
            {working ? (
              <ListingStateChip state={working.state} />
            ) : (
              <Typography variant="body2">
                {translate('resources.providers.states.working_none')}
              </Typography>
            )}
          </Box>
          {working && (
            <Typography variant="body2" color="text.secondary">
              {working.state === 'submitted' && working.submittedAt
                ? translate('resources.providers.states.submitted_on', {
                    date: dateTime(working.submittedAt),
                  })
                : translate('resources.providers.states.saved_on', {
                    date: dateTime(working.updatedAt),
                  })}
            </Typography>
          )}
        </SummaryCard>

        {live?.state === 'published' && (
          <SummaryCard
            title={translate('resources.providers.mine.freshness_title')}
            action={
              <Button
                variant={freshness?.state === 'current' ? 'outlined' : 'contained'}
                onClick={() =>
                  void confirm.run(
                    'confirm-freshness',
                    {},
                    'resources.providers.notifications.confirmed',
                  )
                }
                disabled={
                  !provider.commands.includes('confirm-freshness') || confirm.pending !== undefined
                }
                aria-busy={confirm.pending !== undefined}
                startIcon={
                  confirm.pending ? (
                    <CircularProgress size={16} color="inherit" aria-hidden />
                  ) : undefined
                }
              >
                {translate('resources.providers.actions.confirm_freshness')}
              </Button>
            }
          >
            <Typography variant="body2">
              {provider.lastConfirmedAt
                ? translate('resources.providers.mine.last_confirmed', {
                    date: day(provider.lastConfirmedAt),
                  })
                : translate('resources.providers.mine.never_confirmed')}
            </Typography>
            {freshness && (
              <Typography variant="body2" color="text.secondary">
                {translate('resources.providers.mine.confirm_by', {
                  date: day(freshness.confirmBy),
                })}
              </Typography>
            )}
          </SummaryCard>
        )}
      </Box>

      <WorkingStatus provider={provider} />

      <Card variant="outlined" sx={{ overflow: 'visible' }}>
        <Tabs
          value={tab}
          onChange={(_, value: 'edit' | 'live' | 'preview') => setTab(value)}
          aria-label={translate('resources.providers.mine.title')}
          sx={{ borderBottom: 1, borderColor: 'divider', px: 2 }}
        >
          <Tab
            value="edit"
            label={translate('resources.providers.mine.tab_edit')}
            id={`${tabsId}-edit`}
            aria-controls={`${tabsId}-edit-panel`}
          />
          <Tab
            value="live"
            label={translate('resources.providers.mine.tab_live')}
            id={`${tabsId}-live`}
            aria-controls={`${tabsId}-live-panel`}
          />
          <Tab
            value="preview"
            label={translate('resources.providers.mine.tab_preview')}
            id={`${tabsId}-preview`}
            aria-controls={`${tabsId}-preview-panel`}
          />
        </Tabs>
        <Box
          role="tabpanel"
          id={`${tabsId}-edit-panel`}
          aria-labelledby={`${tabsId}-edit`}
          hidden={tab !== 'edit'}
          sx={{ p: 2 }}
        >
          <ListingEditor provider={provider} />
        </Box>
        <Box
          role="tabpanel"
          id={`${tabsId}-live-panel`}
          aria-labelledby={`${tabsId}-live`}
          hidden={tab !== 'live'}
          sx={{ p: 2 }}
        >
          {live ? (
            <ListingDiff published={undefined} proposed={live.fields} single />
          ) : (
            <Typography color="text.secondary">
              {translate('resources.providers.mine.nothing_published')}
            </Typography>
          )}
        </Box>
        <Box
          role="tabpanel"
          id={`${tabsId}-preview-panel`}
          aria-labelledby={`${tabsId}-preview`}
          hidden={tab !== 'preview'}
          sx={{ p: 2 }}
        >
          {/* Mounted only when shown: it searches on every change. */}
          {tab === 'preview' && <SearchPreview provider={provider} />}
        </Box>
      </Card>
    </Stack>
  );
};

/** "Our listing": the distributor's own provider (`GET /api/providers/mine`). */
export const MyListing = () => {
  const translate = useTranslate();
  useRefreshOnLocaleChange();
  const { data, isPending, error } = useGetOne<ProviderResponse>('providers', { id: 'mine' });
  if (isPending) {
    return <Loading />;
  }
  if (!data) {
    return (
      <Box role="status" sx={{ textAlign: 'center', py: 8, px: 2, color: 'text.secondary' }}>
        <Title title={translate('resources.providers.mine.title')} />
        <StorefrontIcon sx={{ fontSize: 72, opacity: 0.5 }} aria-hidden />
        <Typography component="h1" variant="h5" gutterBottom>
          {translate('resources.providers.mine.none_title')}
        </Typography>
        <Typography>
          {(error as { status?: number } | null)?.status === 404
            ? translate('resources.providers.mine.none_body')
            : translate('ra.notification.http_error')}
        </Typography>
      </Box>
    );
  }
  return <MyListingPage provider={data} />;
};
