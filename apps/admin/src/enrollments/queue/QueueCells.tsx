import ScheduleIcon from '@mui/icons-material/Schedule';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import PauseCircleOutlineIcon from '@mui/icons-material/PauseCircleOutline';
import { Box, Button, Chip, CircularProgress, Typography } from '@mui/material';
import { queueTabOf } from '@hub/domain';
import type { MouseEvent } from 'react';
import { useTranslate } from 'react-admin';
import type { EnrollmentResponse } from '../../api/responses';
import { useEnrollmentCommand } from '../../api/useEnrollmentCommand';
import { useFormatters } from '../../api/useFormatters';
import { useMyUserId } from './useStaff';

/** Whether a case can be held by someone now (the domain: not a draft, not decided). */
export const isAssignable = (enrollment: Pick<EnrollmentResponse, 'state'>): boolean => {
  const tab = queueTabOf(enrollment.state);
  return tab !== 'draft' && tab !== 'decided';
};

/**
 * "3 / 5 days": the age in business days against the program's target, and, when the target is
 * passed, an "Overdue" flag in words and icon (never colour alone); a paused clock says so.
 */
export const AgeCell = ({ enrollment }: { enrollment: EnrollmentResponse }) => {
  const translate = useTranslate();
  const { number } = useFormatters();
  const level = enrollment.serviceLevel;
  if (!level) {
    return null;
  }
  const age = translate('resources.enrollments.queue.age_of_target', {
    smart_count: level.targetBusinessDays,
    age: number(level.ageBusinessDays),
    target: number(level.targetBusinessDays),
  });
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
      <Typography variant="body2" component="span" sx={{ whiteSpace: 'nowrap' }}>
        {age}
      </Typography>
      {level.overdue && (
        <Chip
          size="small"
          color="error"
          variant="outlined"
          icon={<WarningAmberIcon aria-hidden />}
          label={translate('resources.enrollments.queue.overdue')}
          sx={{ fontWeight: 600 }}
        />
      )}
      {level.clock === 'paused' && (
        <Chip
          size="small"
          variant="outlined"
          icon={<PauseCircleOutlineIcon aria-hidden />}
          label={translate('resources.enrollments.queue.paused')}
          title={translate('resources.enrollments.queue.paused_hint')}
        />
      )}
    </Box>
  );
};

/** Takes an unassigned case: `POST /api/enrollments/:id/claim` with its version. */
export const ClaimButton = ({
  enrollment,
  size = 'small',
}: {
  enrollment: EnrollmentResponse;
  size?: 'small' | 'medium';
}) => {
  const translate = useTranslate();
  const { run, pending } = useEnrollmentCommand(enrollment);
  return (
    <Button
      size={size}
      variant="outlined"
      onClick={(event: MouseEvent) => {
        event.stopPropagation();
        void run('claim');
      }}
      disabled={pending !== undefined}
      aria-busy={pending !== undefined}
      aria-label={translate('resources.enrollments.queue.claim_named', {
        name: enrollment.legalName,
      })}
      startIcon={pending ? <CircularProgress size={14} color="inherit" aria-hidden /> : undefined}
    >
      {translate('resources.enrollments.queue.claim')}
    </Button>
  );
};

/** Who holds the case: "You", a colleague's name, or a claim button when nobody does. */
export const AssigneeCell = ({ enrollment }: { enrollment: EnrollmentResponse }) => {
  const translate = useTranslate();
  const me = useMyUserId();
  const { assignee } = enrollment;
  if (assignee) {
    const isMe = assignee.userId === me;
    return (
      <Typography variant="body2" component="span" sx={{ fontWeight: isMe ? 600 : undefined }}>
        {isMe ? translate('resources.enrollments.queue.you') : assignee.name}
      </Typography>
    );
  }
  if (!isAssignable(enrollment)) {
    return null;
  }
  return <ClaimButton enrollment={enrollment} />;
};

/** The submission day and, beneath it, the due day of the review while it runs. */
export const SubmittedCell = ({ enrollment }: { enrollment: EnrollmentResponse }) => {
  const translate = useTranslate();
  const { day } = useFormatters();
  if (!enrollment.submittedAt) {
    return null;
  }
  const due = enrollment.serviceLevel?.overdueFrom;
  return (
    <Box>
      <Typography variant="body2">{day(enrollment.submittedAt)}</Typography>
      {due && enrollment.serviceLevel?.clock === 'running' && (
        <Typography
          variant="caption"
          color="text.secondary"
          sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}
        >
          <ScheduleIcon sx={{ fontSize: 14 }} aria-hidden />
          {translate('resources.enrollments.queue.due', { date: day(due) })}
        </Typography>
      )}
    </Box>
  );
};
