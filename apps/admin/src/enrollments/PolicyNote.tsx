import GavelIcon from '@mui/icons-material/Gavel';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { EnrollmentResponse } from '../api/responses';
import { useFormatters } from '../api/useFormatters';

/** Which direct bill policy judges the application: recorded at submission, or today's for a draft. */
export const PolicyNote = ({ policy }: { policy: EnrollmentResponse['policy'] }) => {
  const translate = useTranslate();
  const { day } = useFormatters();
  if (!policy) {
    return null;
  }
  const date = day(policy.effectiveFrom);
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
      <GavelIcon fontSize="small" color="action" aria-hidden sx={{ mt: 0.25 }} />
      <Typography variant="body2">
        {translate(
          policy.recorded
            ? 'resources.enrollments.policy.recorded'
            : 'resources.enrollments.policy.draft',
          { date },
        )}
      </Typography>
    </Box>
  );
};
