import LockIcon from '@mui/icons-material/Lock';
import {
  Alert,
  Box,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  Typography,
} from '@mui/material';
import { supportPlans, type SupportPlan } from '@hub/domain';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import type { EnrollmentResponse } from '../api/responses';
import type { useEnrollmentCommand } from '../api/useEnrollmentCommand';
import { CommandButton } from './CommandButton';
import { findCommand, findLockedCommand } from './commands';

/**
 * Direct bill: the Microsoft support plan (ASfP or PSfP). Locked, with the domain's reason, until
 * the credit check has passed (the seed: "You must pass a credit check before purchasing a
 * support plan"); then `record-support-plan`.
 */
export const SupportPlanControl = ({
  enrollment,
  commands,
}: {
  enrollment: EnrollmentResponse;
  commands: ReturnType<typeof useEnrollmentCommand>;
}) => {
  const translate = useTranslate();
  const [plan, setPlan] = useState<SupportPlan | ''>(enrollment.supportPlan ?? '');
  const command = findCommand(enrollment, 'record-support-plan');
  const locked = findLockedCommand(enrollment, 'record-support-plan');
  if (enrollment.program !== 'direct_bill') {
    return null;
  }
  const isLocked = !command;
  return (
    <Box component="section" aria-labelledby="support-plan" sx={{ display: 'grid', gap: 1.5 }}>
      <Typography id="support-plan" component="h2" variant="h6">
        {translate('resources.enrollments.support_plan.title')}
      </Typography>
      {enrollment.supportPlan && (
        <Alert severity="success">
          {translate('resources.enrollments.support_plan.recorded', {
            plan: translate(`enums.support_plan.${enrollment.supportPlan}`),
          })}
        </Alert>
      )}
      {locked && (
        <Alert severity="warning" icon={<LockIcon />}>
          {locked.message}
        </Alert>
      )}
      {!enrollment.supportPlan && (command || locked) && (
        <>
          <FormControl disabled={isLocked}>
            {/* MUI greys a disabled label below WCAG AA contrast; the lock says it is disabled. */}
            <FormLabel
              id="support-plan-choice"
              sx={{ '&.Mui-disabled': { color: 'text.secondary' } }}
            >
              {translate('resources.enrollments.support_plan.choose')}
            </FormLabel>
            <RadioGroup
              aria-labelledby="support-plan-choice"
              value={plan}
              onChange={(event) => setPlan(event.target.value as SupportPlan)}
            >
              {supportPlans.map((each) => (
                <FormControlLabel
                  key={each}
                  value={each}
                  control={<Radio />}
                  label={translate(`enums.support_plan.${each}`)}
                />
              ))}
            </RadioGroup>
          </FormControl>
          <Box>
            <CommandButton
              command={command}
              label={translate('resources.enrollments.support_plan.record')}
              pending={commands.pending === 'record-support-plan'}
              startIcon={isLocked ? <LockIcon /> : undefined}
              extraReason={
                command && plan === ''
                  ? translate('resources.enrollments.support_plan.pick_first')
                  : undefined
              }
              onClick={() => void commands.run('record-support-plan', { plan })}
            />
          </Box>
        </>
      )}
    </Box>
  );
};
