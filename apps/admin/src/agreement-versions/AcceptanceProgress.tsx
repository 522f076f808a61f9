import { Box, LinearProgress, Typography } from '@mui/material';
import type { AgreementVersionResponse } from '@hub/web';
import { useTranslate } from 'react-admin';
import { useFormatters } from '../api/useFormatters';

/** "12 of 40" with a bar, and how many are past the deadline (staff). */
export const AcceptanceProgress = ({ version }: { version: AgreementVersionResponse }) => {
  const translate = useTranslate();
  const { number } = useFormatters();
  const counts = version.acceptance;
  if (!counts) {
    return null;
  }
  const share = counts.concerned === 0 ? 0 : (counts.accepted / counts.concerned) * 100;
  const values = { accepted: number(counts.accepted), concerned: number(counts.concerned) };
  return (
    <Box sx={{ minWidth: 140 }}>
      <Typography variant="body2">{translate('agreements.progress', values)}</Typography>
      <LinearProgress
        variant="determinate"
        value={share}
        aria-label={translate('agreements.progress_label', values)}
        sx={{ my: 0.5, height: 6, borderRadius: 3 }}
      />
      {counts.overdue > 0 && (
        <Typography variant="body2" color="error.main">
          {translate('agreements.overdue_count', { count: number(counts.overdue) })}
        </Typography>
      )}
    </Box>
  );
};
