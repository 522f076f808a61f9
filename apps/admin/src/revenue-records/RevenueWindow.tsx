import {
  Alert,
  Box,
  Chip,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableFooter,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useId } from 'react';
import { useGetOne, useTranslate } from 'react-admin';
import type { RevenueWindowResponse } from '../api/responses';
import { useFormatters } from '../api/useFormatters';

/**
 * The trailing-12-month window month by month in USD, as the API counts it with the program's
 * rules: each converted figure with the rate and month used (demo rates say so), perpetual
 * software and other left-out revenue shown as excluded.
 */
export const RevenueWindow = ({ of, id }: { of: 'partners' | 'enrollments'; id: string }) => {
  const translate = useTranslate();
  const { money, month, rate } = useFormatters();
  const headingId = useId();
  // Read as a record of its own (see the data provider), so it refreshes with the page.
  const { data, isPending, error } = useGetOne<RevenueWindowResponse & { id: string }>(
    `${of}-revenue-window`,
    { id },
  );
  const t = (name: string, options?: object) =>
    translate(`resources.revenue_window.${name}`, options);

  if (isPending) {
    return <Skeleton variant="rectangular" height={240} />;
  }
  if (error || !data) {
    return (
      <Alert severity="warning">
        {(error as { message?: string } | null)?.message ?? translate('ra.notification.http_error')}
      </Alert>
    );
  }
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ display: 'grid', gap: 1 }}>
      <Typography id={headingId} component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {t('title', { first: month(data.first), last: month(data.last) })}
      </Typography>
      {data.usesDemoRates && (
        <Alert severity="info" data-testid="demo-rates">
          {t('demo_rates')}
        </Alert>
      )}
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-labelledby={headingId}>
          <TableHead>
            <TableRow>
              <TableCell>{t('month')}</TableCell>
              <TableCell>{t('figures')}</TableCell>
              <TableCell align="right">{t('usd')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.months.map((row) => (
              <TableRow key={row.month}>
                <TableCell sx={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                  {month(row.month)}
                </TableCell>
                <TableCell sx={{ verticalAlign: 'top' }}>
                  {row.figures.length === 0 && row.excluded.length === 0 && (
                    <Typography variant="body2" color="text.secondary">
                      {t('none')}
                    </Typography>
                  )}
                  {row.figures.map((figure) => (
                    <Typography key={figure.currency} variant="body2">
                      {figure.rate
                        ? t('converted', {
                            amount: money(figure.amount, figure.currency),
                            rate: rate(figure.rate.usdPerUnit),
                            currency: figure.currency,
                            month: month(figure.rate.month),
                            usd: money(figure.usd, 'USD'),
                          })
                        : money(figure.amount, figure.currency)}
                      {figure.rate?.demo && (
                        <Chip size="small" label={t('demo_rate')} sx={{ ml: 1 }} />
                      )}
                    </Typography>
                  ))}
                  {row.excluded.map((entry, index) => (
                    <Typography
                      key={`${entry.currency}-${entry.productKind}-${index}`}
                      variant="body2"
                      color="text.secondary"
                      sx={{ textDecoration: 'line-through' }}
                    >
                      <span style={{ textDecoration: 'none', display: 'inline-block' }}>
                        {t(`excluded.${entry.reason}`, {
                          amount: money(entry.amount, entry.currency),
                        })}
                      </span>
                    </Typography>
                  ))}
                </TableCell>
                <TableCell align="right" sx={{ verticalAlign: 'top', whiteSpace: 'nowrap' }}>
                  {money(row.usd, 'USD')}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
          <TableFooter>
            <TableRow>
              <TableCell colSpan={2} sx={{ fontWeight: 600 }}>
                {data.minimumUsd
                  ? t('total_against', { minimum: money(data.minimumUsd, 'USD') })
                  : t('total')}
              </TableCell>
              <TableCell align="right" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
                {money(data.totalUsd, 'USD')}
              </TableCell>
            </TableRow>
          </TableFooter>
        </Table>
      </Box>
      {data.meetsMinimum !== null && (
        <Typography variant="body2">{data.meetsMinimum ? t('meets') : t('below')}</Typography>
      )}
    </Box>
  );
};
