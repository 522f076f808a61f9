import { Alert, Box, Card, CardContent, Divider, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { EnrollmentResponse } from '../api/responses';
import type { useEnrollmentCommand } from '../api/useEnrollmentCommand';
import { useViewer } from '../api/useViewer';
import { AgreementAcceptance } from './AgreementAcceptance';
import { isClosedState } from './commands';
import { InformationAnswer } from './InformationAnswer';
import { NextStep } from './NextStep';
import { PolicyNote } from './PolicyNote';
import { RequirementsChecklist } from './RequirementsChecklist';
import { SupportPlanControl } from './SupportPlanControl';
import { Timeline } from './Timeline';
import { TransitionPanel } from './TransitionPanel';
import { WithdrawButton } from './WithdrawButton';

/**
 * A submitted application, as the partner sees it: the state, what happens next, what she can do
 * now (answer a request, record the support plan, accept the agreement, withdraw), and the history.
 */
export const PartnerEnrollmentView = ({
  enrollment,
  commands,
}: {
  enrollment: EnrollmentResponse;
  commands: ReturnType<typeof useEnrollmentCommand>;
}) => {
  const translate = useTranslate();
  const { isGlobalAdmin } = useViewer();
  const isDirectBill = enrollment.program === 'direct_bill';
  return (
    <Stack spacing={2}>
      <NextStep enrollment={enrollment} audience="partner" />
      {!isGlobalAdmin && !isClosedState(enrollment.state) && enrollment.state !== 'active' && (
        <Alert severity="info">{translate('resources.enrollments.partner_user_note')}</Alert>
      )}
      <Card>
        <CardContent sx={{ display: 'grid', gap: 3 }}>
          <InformationAnswer enrollment={enrollment} commands={commands} />
          {isDirectBill && <SupportPlanControl enrollment={enrollment} commands={commands} />}
          <AgreementAcceptance enrollment={enrollment} commands={commands} />
          <TransitionPanel enrollment={enrollment} commands={commands} />
          {isDirectBill && enrollment.eligibility && (
            <Box component="section" sx={{ display: 'grid', gap: 1 }}>
              <PolicyNote policy={enrollment.policy} />
              <RequirementsChecklist
                requirements={enrollment.eligibility.requirements}
                advice={enrollment.eligibility.advice}
              />
            </Box>
          )}
          <Box>
            <WithdrawButton enrollment={enrollment} commands={commands} />
          </Box>
          <Divider />
          <Timeline enrollmentId={enrollment.id} />
        </CardContent>
      </Card>
    </Stack>
  );
};
