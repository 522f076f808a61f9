import { Box, Card, CardContent, Skeleton, Stack, Typography } from '@mui/material';
import { useGetOne, useTranslate } from 'react-admin';
import type { EnrollmentResponse, PartnerResponse } from '../api/responses';
import type { useEnrollmentCommand } from '../api/useEnrollmentCommand';
import { PartnerDetails } from '../partners/PartnerDetails';
import { RevenueImport } from '../revenue-records/RevenueImport';
import { RevenueWindow } from '../revenue-records/RevenueWindow';
import { ChecksPanel } from './ChecksPanel';
import { CreditCheckPanel } from './CreditCheckPanel';
import { DuplicatesAlert } from './DuplicatesAlert';
import { NextStep } from './NextStep';
import { TransitionPanel } from './TransitionPanel';
import { NotesPanel } from './NotesPanel';
import { PolicyNote } from './PolicyNote';
import { RequirementsChecklist } from './RequirementsChecklist';
import { RevenueSummary } from './RevenueSummary';
import { StaffCommands } from './StaffCommands';
import { Timeline } from './Timeline';
import { AssignmentPanel } from './queue/AssignmentPanel';

/**
 * The case page for a reviewer or program admin: a warning about possible duplicate applicants
 * (other tenants' partners with the same bank account, PartnerID or e-mail domain), the
 * decisions allowed now, the checks, the
 * partner's details (bank details masked), direct bill eligibility, notes and the timeline.
 */
export const ReviewCase = ({
  enrollment,
  commands,
}: {
  enrollment: EnrollmentResponse;
  commands: ReturnType<typeof useEnrollmentCommand>;
}) => {
  const translate = useTranslate();
  const { data: partner, isPending } = useGetOne<PartnerResponse>('partners', {
    id: enrollment.partnerId,
  });
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 3fr) minmax(0, 2fr)' },
        alignItems: 'start',
      }}
    >
      <Stack spacing={2} sx={{ minWidth: 0 }}>
        <DuplicatesAlert enrollment={enrollment} />
        <NextStep enrollment={enrollment} audience="staff" />
        <TransitionPanel enrollment={enrollment} audience="staff" />
        <Card>
          <CardContent sx={{ display: 'grid', gap: 3 }}>
            <AssignmentPanel enrollment={enrollment} />
            <StaffCommands enrollment={enrollment} commands={commands} />
            <ChecksPanel enrollment={enrollment} />
          </CardContent>
        </Card>
        {enrollment.program === 'direct_bill' && (
          <Card>
            <CardContent sx={{ display: 'grid', gap: 2 }}>
              <Typography component="h2" variant="h6">
                {translate('resources.enrollments.eligibility.title')}
              </Typography>
              <PolicyNote policy={enrollment.policy} />
              {enrollment.eligibility && (
                <>
                  <RevenueSummary revenue={enrollment.eligibility.revenue} />
                  <RevenueWindow of="enrollments" id={enrollment.id} />
                  <RequirementsChecklist
                    requirements={enrollment.eligibility.requirements}
                    advice={enrollment.eligibility.advice}
                  />
                </>
              )}
              <RevenueImport partnerId={enrollment.partnerId} />
              <CreditCheckPanel enrollmentId={enrollment.id} />
              {enrollment.supportPlan && (
                <Typography>
                  {translate('resources.enrollments.support_plan.recorded', {
                    plan: translate(`enums.support_plan.${enrollment.supportPlan}`),
                  })}
                </Typography>
              )}
            </CardContent>
          </Card>
        )}
        <Card>
          <CardContent>
            <Typography component="h2" variant="h6" gutterBottom>
              {translate('resources.enrollments.partner_details')}
            </Typography>
            {isPending || !partner ? (
              <Skeleton variant="rectangular" height={160} />
            ) : (
              <PartnerDetails partner={partner} />
            )}
          </CardContent>
        </Card>
      </Stack>
      <Stack spacing={2} sx={{ minWidth: 0 }}>
        <Card>
          <CardContent>
            <NotesPanel enrollmentId={enrollment.id} />
          </CardContent>
        </Card>
        <Card>
          <CardContent>
            <Timeline enrollmentId={enrollment.id} />
          </CardContent>
        </Card>
      </Stack>
    </Box>
  );
};
