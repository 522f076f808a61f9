import { Box, Button, MenuItem, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { EnrollmentResponse } from '../../api/responses';
import { useEnrollmentCommand } from '../../api/useEnrollmentCommand';
import { useFormatters } from '../../api/useFormatters';
import { ClaimButton, isAssignable } from './QueueCells';
import { useMyUserId, useStaff } from './useStaff';

/**
 * On the case page: who holds the case and since when, a claim button when nobody does, and
 * "Assign to" any colleague from `GET /api/staff` (or release it back to the queue).
 */
export const AssignmentPanel = ({ enrollment }: { enrollment: EnrollmentResponse }) => {
  const translate = useTranslate();
  const { dateTime } = useFormatters();
  const me = useMyUserId();
  const { data: staff = [], isPending } = useStaff();
  const { run, pending } = useEnrollmentCommand(enrollment);
  const { assignee } = enrollment;
  if (!isAssignable(enrollment) && !assignee) {
    return null;
  }
  const holder = assignee
    ? translate('resources.enrollments.assignment.held_by', {
        name: assignee.userId === me ? translate('resources.enrollments.queue.you') : assignee.name,
        at: dateTime(assignee.assignedAt),
      })
    : translate('resources.enrollments.assignment.nobody');
  return (
    <Box component="section" aria-labelledby="assignment">
      <Typography id="assignment" component="h2" variant="h6" gutterBottom>
        {translate('resources.enrollments.assignment.title')}
      </Typography>
      <Typography sx={{ mb: 1.5 }}>{holder}</Typography>
      {isAssignable(enrollment) && (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center' }}>
          {!assignee && <ClaimButton enrollment={enrollment} size="medium" />}
          <TextField
            select
            size="small"
            label={translate('resources.enrollments.assignment.assign_to')}
            value=""
            disabled={isPending || pending !== undefined}
            onChange={(event) => void run('assign', { assigneeUserId: event.target.value })}
            sx={{ minWidth: 240 }}
          >
            {staff
              .filter((person) => person.id !== assignee?.userId)
              .map((person) => (
                <MenuItem key={person.id} value={person.id}>
                  {person.id === me
                    ? translate('resources.enrollments.assignment.me', { name: person.name })
                    : person.name}
                </MenuItem>
              ))}
          </TextField>
          {assignee && (
            <Button
              variant="text"
              onClick={() => void run('unassign')}
              disabled={pending !== undefined}
            >
              {translate('resources.enrollments.assignment.unassign')}
            </Button>
          )}
        </Box>
      )}
    </Box>
  );
};
