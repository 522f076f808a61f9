import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { EnrollmentResponse } from '../api/responses';

/** What happens next, one sentence per program and state, said to the partner or to staff. */
export const NextStep = ({
  enrollment,
  audience,
}: {
  enrollment: Pick<EnrollmentResponse, 'program' | 'state'>;
  audience: 'partner' | 'staff';
}) => {
  const translate = useTranslate();
  const key =
    audience === 'partner'
      ? `resources.enrollments.next.${enrollment.program}.${enrollment.state}`
      : `resources.enrollments.next_staff.${enrollment.state}`;
  return (
    <Alert
      severity={
        enrollment.state === 'rejected'
          ? 'error'
          : enrollment.state === 'active'
            ? 'success'
            : 'info'
      }
    >
      {translate(key, { _: '' })}
    </Alert>
  );
};
