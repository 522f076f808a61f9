import { Box, LinearProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Eligibility } from '../api/responses';
import { useFormatters } from '../api/useFormatters';

/** The trailing-12-month cloud revenue against the policy's minimum. */
export const RevenueSummary = ({ revenue }: { revenue: Eligibility['revenue'] }) => {
  const translate = useTranslate();
  const { money, month } = useFormatters();
  if (!revenue) {
    return (
      <Typography color="text.secondary">
        {translate('resources.enrollments.eligibility.revenue_none')}
      </Typography>
    );
  }
  const total = Number(revenue.totalUsd);
  const minimum = Number(revenue.minimumUsd);
  return (
    <Box>
      <Typography variant="body2" color="text.secondary">
        {translate('resources.enrollments.eligibility.revenue_window', {
          first: month(revenue.first),
          last: month(revenue.last),
        })}
      </Typography>
      <Typography component="p" variant="h5" sx={{ my: 0.5 }}>
        {translate('resources.enrollments.eligibility.revenue_of_minimum', {
          total: money(revenue.totalUsd, 'USD'),
          minimum: money(revenue.minimumUsd, 'USD'),
        })}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={Math.min(100, minimum > 0 ? (100 * total) / minimum : 100)}
        color={total >= minimum ? 'success' : 'warning'}
        aria-hidden
        sx={{ height: 8, borderRadius: 1 }}
      />
    </Box>
  );
};
