import { Alert, Box, Checkbox, FormControlLabel, Link, Typography } from '@mui/material';
import type { CustomerResponse } from '@hub/web';
import { useState } from 'react';
import { useGetList, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router';
import type { EnrollmentResponse } from '../api/responses';
import type { useEnrollmentCommand } from '../api/useEnrollmentCommand';
import { useFormatters } from '../api/useFormatters';
import { ProviderPicker, type PickedProvider } from '../relationships/ProviderPicker';
import { CommandButton } from './CommandButton';
import { findCommand } from './commands';
import { StateChip } from './StateChip';

const underWay = (state: string) => !['rejected', 'withdrawn', 'active'].includes(state);

/** A link to the other enrollment of a transition. */
const EnrollmentLink = ({ id, label }: { id: string; label: string }) => (
  <Link component={RouterLink} to={`/enrollments/${id}/show`}>
    {label}
  </Link>
);

/**
 * The transition from direct bill to indirect reseller (DOMAIN.md §3), on the direct bill
 * enrollment: the consequences spelled out, a provider of the partner's region picked from the
 * directory, a confirmation, then the request; afterwards, where it stands. On the transition's
 * own (indirect reseller) application, a note of what it is and what accepting its terms does.
 */
export const TransitionPanel = ({
  enrollment,
  commands,
  audience = 'partner',
}: {
  enrollment: EnrollmentResponse;
  commands?: ReturnType<typeof useEnrollmentCommand>;
  audience?: 'partner' | 'staff';
}) => {
  const translate = useTranslate();
  const { dateTime } = useFormatters();
  const [provider, setProvider] = useState<PickedProvider | null>(null);
  const [understood, setUnderstood] = useState(false);
  const command = findCommand(enrollment, 'transition-to-indirect');
  const transition = enrollment.transition;
  const { total: customers } = useGetList<CustomerResponse>(
    'customers',
    { pagination: { page: 1, perPage: 1 } },
    { enabled: command !== undefined },
  );

  if (enrollment.program === 'indirect_reseller') {
    if (enrollment.origin !== 'transition' || transition === null) {
      return null;
    }
    return (
      <Alert severity="info" component="section" aria-label={translate('transition.title')}>
        {translate(
          audience === 'staff'
            ? 'transition.staff.note'
            : enrollment.state === 'active'
              ? 'transition.own.done'
              : 'transition.own.under_way',
          { provider: transition.providerName ?? '' },
        )}{' '}
        <EnrollmentLink
          id={transition.directBillEnrollmentId}
          label={translate('transition.own.direct_bill_link')}
        />
      </Alert>
    );
  }

  if (enrollment.state === 'transitioned_to_indirect' && transition) {
    return (
      <Alert severity="success" component="section" aria-label={translate('transition.title')}>
        {translate('transition.done', { provider: transition.providerName ?? '' })}{' '}
        <EnrollmentLink id={transition.enrollmentId} label={translate('transition.open_link')} />
      </Alert>
    );
  }
  const pending = transition !== null && underWay(transition.state);
  if (audience === 'staff' && enrollment.state === 'active' && pending) {
    return (
      <Alert severity="info" component="section" aria-label={translate('transition.title')}>
        {translate('transition.staff.requested', { provider: transition.providerName ?? '' })}{' '}
        <EnrollmentLink id={transition.enrollmentId} label={translate('transition.open_link')} />
      </Alert>
    );
  }
  if (enrollment.state !== 'active' || commands === undefined) {
    return null;
  }
  return (
    <Box component="section" aria-labelledby="transition" sx={{ display: 'grid', gap: 1.5 }}>
      <Typography id="transition" component="h2" variant="h6">
        {translate('transition.title')}
      </Typography>
      {pending && (
        <Alert severity="info">
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
            {translate('transition.under_way', {
              provider: transition.providerName ?? '',
              date: dateTime(transition.createdAt),
            })}
            <StateChip state={transition.state} />
          </Box>
          <EnrollmentLink id={transition.enrollmentId} label={translate('transition.open_link')} />
        </Alert>
      )}
      {transition !== null && !pending && transition.state !== 'active' && (
        <Alert severity="warning">
          {translate(`transition.closed.${transition.state}`, {
            provider: transition.providerName ?? '',
          })}
        </Alert>
      )}
      {!pending && command?.blockedBy && <Alert severity="info">{command.blockedBy.message}</Alert>}
      {!pending && command && !command.blockedBy && (
        <>
          <Typography color="text.secondary">{translate('transition.intro')}</Typography>
          <Box component="ul" sx={{ m: 0, pl: 3, display: 'grid', gap: 0.5 }}>
            <li>
              {translate('transition.consequences.customers', { smart_count: customers ?? 0 })}
            </li>
            <li>{translate('transition.consequences.new_customers')}</li>
            <li>{translate('transition.consequences.incentives')}</li>
            <li>{translate('transition.consequences.sandbox')}</li>
            <li>{translate('transition.consequences.review')}</li>
            <li>
              <strong>{translate('transition.consequences.irreversible')}</strong>
            </li>
          </Box>
          <ProviderPicker
            id="transition-provider"
            regions={enrollment.region === null ? [] : [enrollment.region]}
            value={provider}
            onChange={setProvider}
          />
          <FormControlLabel
            control={
              <Checkbox
                checked={understood}
                onChange={(event) => setUnderstood(event.target.checked)}
              />
            }
            label={translate('transition.understood')}
          />
          <Box>
            <CommandButton
              command={command}
              label={translate('transition.submit')}
              pending={commands.pending === 'transition-to-indirect'}
              extraReason={
                provider === null
                  ? translate('transition.pick_provider')
                  : !understood
                    ? translate('transition.confirm_first')
                    : undefined
              }
              onClick={() =>
                void commands.run('transition-to-indirect', { providerId: provider!.id })
              }
            />
          </Box>
        </>
      )}
    </Box>
  );
};
