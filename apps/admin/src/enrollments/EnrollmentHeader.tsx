import PrintIcon from '@mui/icons-material/Print';
import { Box, Button, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import type { EnrollmentResponse } from '../api/responses';
import { useFormatters } from '../api/useFormatters';
import { useCountryName } from '../partners/useCountryName';
import { StatusChip } from '../layout/StatusChip';
import { StateChip } from './StateChip';

/**
 * An active partner that owes the acceptance of a new agreement version: due (with the
 * deadline) or past it (flagged: the enrollment stays active, the follow-up is the program's).
 */
const AgreementStandingChip = ({ enrollment }: { enrollment: EnrollmentResponse }) => {
  const translate = useTranslate();
  const { day } = useFormatters();
  const standing = enrollment.agreementStanding;
  if (!standing || !['due', 'overdue'].includes(standing.status) || !standing.deadline) {
    return null;
  }
  return (
    <StatusChip
      label={translate(`agreements.standing.${standing.status}`, {
        version: standing.currentVersion ?? '',
        deadline: day(standing.deadline),
      })}
      color={standing.status === 'overdue' ? 'error' : 'warning'}
      outlined={false}
      shaded={['warning']}
    />
  );
};

/** The page's heading: who applies for which program, in which state, since when. */
export const EnrollmentHeader = ({
  enrollment,
  actions,
}: {
  enrollment: EnrollmentResponse;
  actions?: ReactNode;
}) => {
  const translate = useTranslate();
  const { dateTime, number } = useFormatters();
  const countryName = useCountryName();
  const facts = [
    countryName(enrollment.country),
    enrollment.submittedAt
      ? translate('resources.enrollments.submitted_on', { date: dateTime(enrollment.submittedAt) })
      : translate('resources.enrollments.started_on', { date: dateTime(enrollment.createdAt) }),
    enrollment.ageBusinessDays !== null
      ? translate('resources.enrollments.age', {
          smart_count: enrollment.ageBusinessDays,
          days: number(enrollment.ageBusinessDays),
        })
      : undefined,
  ].filter(Boolean);
  return (
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
          {translate('resources.enrollments.heading', {
            program: translate(`enums.program.${enrollment.program}`),
            name: enrollment.legalName,
          })}
        </Typography>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', mt: 0.5 }}>
          {/* A named live region: the new state is announced after each command. */}
          <Box role="status" aria-label={translate('resources.enrollments.fields.state')}>
            <StateChip state={enrollment.state} />
          </Box>
          <Typography variant="body2" color="text.secondary">
            {facts.join(' · ')}
          </Typography>
          <AgreementStandingChip enrollment={enrollment} />
        </Box>
      </Box>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }} data-print="hide">
        {actions}
        {/* The print stylesheet (layout/printStyles.ts) leaves the case, not the console. */}
        <Button
          size="small"
          startIcon={<PrintIcon />}
          aria-label={translate('hub.print_label')}
          onClick={() => window.print()}
        >
          {translate('hub.print')}
        </Button>
      </Box>
    </Box>
  );
};
