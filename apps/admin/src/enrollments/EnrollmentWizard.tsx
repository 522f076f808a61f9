import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import SendIcon from '@mui/icons-material/Send';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Divider,
  List,
  ListItem,
  ListItemText,
  Skeleton,
  Step,
  StepButton,
  Stepper,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { LinkBase, useCreatePath, useGetOne, useStore, useTranslate } from 'react-admin';
import type { EnrollmentResponse, PartnerResponse } from '../api/responses';
import type { useEnrollmentCommand } from '../api/useEnrollmentCommand';
import { useViewer } from '../api/useViewer';
import { PartnerDetails } from '../partners/PartnerDetails';
import { missingForSubmit } from '../partners/PartnerProfile';
import { RevenueImport } from '../revenue-records/RevenueImport';
import { RevenueRecordsEditor } from '../revenue-records/RevenueRecordsEditor';
import { RevenueWindow } from '../revenue-records/RevenueWindow';
import { CommandButton } from './CommandButton';
import { findCommand } from './commands';
import { EligibilityAnswers } from './EligibilityAnswers';
import { PolicyNote } from './PolicyNote';
import { RequirementsChecklist, unmetRequirements } from './RequirementsChecklist';
import { RevenueSummary } from './RevenueSummary';
import { WithdrawButton } from './WithdrawButton';

type StepId = 'profile' | 'program' | 'requirements' | 'review';

const ProfileStep = ({ partner, missing }: { partner: PartnerResponse; missing: string[] }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {missing.length > 0 ? (
        <Alert severity="warning">
          {translate('resources.partners.incomplete', {
            fields: missing
              .map((field) => translate(`resources.partners.fields.${field}`))
              .join(', '),
          })}
        </Alert>
      ) : (
        <Alert severity="success">
          {translate('resources.enrollments.wizard.profile_complete')}
        </Alert>
      )}
      <PartnerDetails partner={partner} />
      {partner.canEdit && (
        <Box>
          <Button
            component={LinkBase}
            to={createPath({ resource: 'partners', id: partner.id, type: 'edit' })}
          >
            {translate('resources.partners.action.edit')}
          </Button>
        </Box>
      )}
    </Box>
  );
};

const ProgramStep = ({ enrollment }: { enrollment: EnrollmentResponse }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {translate(`enums.program.${enrollment.program}`)}
      </Typography>
      <Typography>
        {translate(`resources.enrollments.programs.${enrollment.program}.body`)}
      </Typography>
      <Typography color="text.secondary">
        {translate(`resources.enrollments.programs.${enrollment.program}.steps`)}
      </Typography>
      <PolicyNote policy={enrollment.policy} />
    </Box>
  );
};

const RequirementsStep = ({
  enrollment,
  readOnly,
}: {
  enrollment: EnrollmentResponse;
  readOnly: boolean;
}) => {
  const translate = useTranslate();
  const eligibility = enrollment.eligibility;
  return (
    <Box sx={{ display: 'grid', gap: 3 }}>
      <PolicyNote policy={enrollment.policy} />
      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
        <EligibilityAnswers enrollment={enrollment} readOnly={readOnly} />
        {eligibility ? (
          <RequirementsChecklist
            requirements={eligibility.requirements}
            advice={eligibility.advice}
          />
        ) : (
          <Skeleton variant="rectangular" height={120} />
        )}
      </Box>
      <Divider />
      <Box component="section" aria-labelledby="revenue" sx={{ display: 'grid', gap: 2 }}>
        <Typography id="revenue" component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
          {translate('resources.enrollments.eligibility.revenue')}
        </Typography>
        <RevenueSummary revenue={eligibility?.revenue ?? null} />
        <RevenueWindow of="partners" id={enrollment.partnerId} />
        <RevenueRecordsEditor partnerId={enrollment.partnerId} readOnly={readOnly} />
        {!readOnly && <RevenueImport partnerId={enrollment.partnerId} />}
      </Box>
    </Box>
  );
};

const ReviewStep = ({
  enrollment,
  missing,
  commands,
}: {
  enrollment: EnrollmentResponse;
  missing: string[];
  commands: ReturnType<typeof useEnrollmentCommand>;
}) => {
  const translate = useTranslate();
  const { isGlobalAdmin } = useViewer();
  const submit = findCommand(enrollment, 'submit');
  const unmet =
    enrollment.program === 'direct_bill'
      ? unmetRequirements(enrollment.eligibility?.requirements)
      : [];
  const blockers = [
    ...missing.map((field) => ({
      key: field,
      primary: translate(`resources.partners.fields.${field}`),
      secondary: translate('resources.enrollments.wizard.missing_in_profile'),
    })),
    ...unmet.map((outcome) => ({
      key: outcome.requirement,
      primary: translate(`enums.requirement.${outcome.requirement}`, { _: outcome.requirement }),
      secondary: outcome.message,
    })),
  ];
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Typography>
        {translate(`resources.enrollments.wizard.review_intro.${enrollment.program}`)}
      </Typography>
      <PolicyNote policy={enrollment.policy} />
      {blockers.length > 0 && (
        <Alert severity="error" role="status">
          <Typography component="h3" variant="subtitle2">
            {translate('resources.enrollments.wizard.blockers', { smart_count: blockers.length })}
          </Typography>
          <List dense disablePadding>
            {blockers.map((blocker) => (
              <ListItem key={blocker.key} disableGutters>
                <ListItemText primary={blocker.primary} secondary={blocker.secondary} />
              </ListItem>
            ))}
          </List>
        </Alert>
      )}
      {isGlobalAdmin ? (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}>
          <CommandButton
            command={submit}
            label={translate('enums.command.submit')}
            pending={commands.pending === 'submit'}
            startIcon={<SendIcon />}
            extraReason={
              blockers.length > 0 ? translate('resources.enrollments.wizard.fix_first') : undefined
            }
            onClick={() => void commands.run('submit')}
          />
          <WithdrawButton enrollment={enrollment} commands={commands} />
        </Box>
      ) : (
        <Alert severity="info">{translate('resources.enrollments.partner_user_note')}</Alert>
      )}
    </Box>
  );
};

/**
 * A draft, as a guided page: company profile → program → (direct bill) the minimum requirements
 * with the revenue rows → review & submit. Answers are saved as she goes; she may leave and
 * come back to the same place.
 */
export const EnrollmentWizard = ({
  enrollment,
  commands,
}: {
  enrollment: EnrollmentResponse;
  commands: ReturnType<typeof useEnrollmentCommand>;
}) => {
  const translate = useTranslate();
  const { isGlobalAdmin } = useViewer();
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('md'));
  const { data: partner } = useGetOne<PartnerResponse>('partners', { id: enrollment.partnerId });
  const missing = partner ? missingForSubmit(partner) : [];
  const steps: StepId[] =
    enrollment.program === 'direct_bill'
      ? ['profile', 'program', 'requirements', 'review']
      : ['profile', 'program', 'review'];
  const unmet = unmetRequirements(enrollment.eligibility?.requirements);
  const isComplete: Record<StepId, boolean> = {
    profile: partner !== undefined && missing.length === 0,
    program: true,
    requirements: enrollment.eligibility !== null && unmet.length === 0,
    review: false,
  };
  // Remembered per application, so she comes back to the step she left.
  const [active, setActive] = useStore<number>(`enrollments.${enrollment.id}.step`, 0);
  const step = steps[Math.min(active, steps.length - 1)] ?? 'profile';

  return (
    <Card>
      <CardContent sx={{ display: 'grid', gap: 3 }}>
        <Typography>{translate('resources.enrollments.wizard.intro')}</Typography>
        <Stepper nonLinear activeStep={active} orientation={isSmall ? 'vertical' : 'horizontal'}>
          {steps.map((id, index) => (
            <Step key={id} completed={isComplete[id]}>
              <StepButton
                onClick={() => setActive(index)}
                icon={isComplete[id] ? <CheckCircleIcon color="success" /> : undefined}
              >
                {translate(`resources.enrollments.wizard.steps.${id}`)}
              </StepButton>
            </Step>
          ))}
        </Stepper>
        <Box component="section" aria-labelledby="wizard-step">
          <Typography id="wizard-step" component="h2" variant="h6" gutterBottom>
            {translate(`resources.enrollments.wizard.steps.${step}`)}
          </Typography>
          {step === 'profile' &&
            (partner ? (
              <ProfileStep partner={partner} missing={missing} />
            ) : (
              <Skeleton variant="rectangular" height={160} />
            ))}
          {step === 'program' && <ProgramStep enrollment={enrollment} />}
          {step === 'requirements' && (
            <RequirementsStep enrollment={enrollment} readOnly={!isGlobalAdmin} />
          )}
          {step === 'review' && (
            <ReviewStep enrollment={enrollment} missing={missing} commands={commands} />
          )}
        </Box>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1 }}>
          <Button disabled={active === 0} onClick={() => setActive(active - 1)}>
            {translate('ra.action.back')}
          </Button>
          {active < steps.length - 1 && (
            <Button variant="outlined" onClick={() => setActive(active + 1)}>
              {translate('resources.enrollments.wizard.next')}
            </Button>
          )}
        </Box>
      </CardContent>
    </Card>
  );
};
