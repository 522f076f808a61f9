import { Box, Chip, List, ListItem, Skeleton, Typography } from '@mui/material';
import { useGetManyReference, useTranslate } from 'react-admin';
import type { CreditCheck } from '../api/responses';
import { useFormatters } from '../api/useFormatters';

const statusColor = (status: CreditCheck['status']) =>
  status === 'passed' ? 'success' : status === 'failed' ? 'error' : 'warning';

/**
 * A direct bill application's credit checks as evidence (issue 8 item 9): from which bureau, who
 * asked and when, and the outcome with who recorded it, when, the bureau's reference, the score
 * band and the note. Newest first.
 */
export const CreditCheckPanel = ({ enrollmentId }: { enrollmentId: string }) => {
  const translate = useTranslate();
  const { dateTime } = useFormatters();
  const {
    data = [],
    isPending,
    error,
  } = useGetManyReference<CreditCheck>('enrollment-credit-checks', {
    target: 'enrollmentId',
    id: enrollmentId,
    pagination: { page: 1, perPage: 50 },
    sort: { field: 'requestedAt', order: 'DESC' },
  });
  const bureauName = (bureau: string) => translate(`enums.credit_bureau.${bureau}`, { _: bureau });
  return (
    <Box component="section" aria-labelledby="credit-check">
      <Typography id="credit-check" component="h2" variant="h6" gutterBottom>
        {translate('resources.enrollments.credit_check.title')}
      </Typography>
      {isPending ? (
        <Skeleton variant="rectangular" height={60} />
      ) : error ? (
        <Typography color="error">
          {translate('resources.enrollments.credit_check.unavailable')}
        </Typography>
      ) : data.length === 0 ? (
        <Typography color="text.secondary">
          {translate('resources.enrollments.credit_check.empty')}
        </Typography>
      ) : (
        <List dense sx={{ p: 0 }}>
          {data.map((check) => (
            <ListItem
              key={check.id}
              divider
              sx={{ px: 0, display: 'grid', gap: 0.5, justifyItems: 'start' }}
            >
              <Chip
                size="small"
                color={statusColor(check.status)}
                label={translate(`enums.check_status.${check.status}`)}
              />
              <Typography variant="body2">
                {check.requestedBy !== null && check.requestedAt !== null
                  ? translate('resources.enrollments.credit_check.requested', {
                      name: check.requestedBy,
                      at: dateTime(check.requestedAt),
                      bureau: bureauName(check.bureau),
                    })
                  : translate('resources.enrollments.credit_check.requested_unknown', {
                      bureau: bureauName(check.bureau),
                    })}
              </Typography>
              {check.status === 'pending' ? (
                <Typography variant="body2" color="text.secondary">
                  {translate('resources.enrollments.credit_check.pending')}
                </Typography>
              ) : (
                <Typography variant="body2">
                  {translate('resources.enrollments.credit_check.recorded', {
                    status: translate(`enums.check_status.${check.status}`),
                    name: check.recordedBy ?? '',
                    at: check.recordedAt ? dateTime(check.recordedAt) : '',
                  })}
                </Typography>
              )}
              <Box
                component="dl"
                sx={{ m: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2 }}
              >
                {check.reference !== null && (
                  <>
                    <Typography component="dt" variant="body2" color="text.secondary">
                      {translate('resources.enrollments.credit_check.reference')}
                    </Typography>
                    <Typography component="dd" variant="body2" sx={{ m: 0 }}>
                      {check.reference}
                    </Typography>
                  </>
                )}
                {check.scoreBand !== null && (
                  <>
                    <Typography component="dt" variant="body2" color="text.secondary">
                      {translate('resources.enrollments.credit_check.score_band')}
                    </Typography>
                    <Typography component="dd" variant="body2" sx={{ m: 0 }}>
                      {translate(`enums.credit_score_band.${check.scoreBand}`)}
                    </Typography>
                  </>
                )}
                {check.note !== null && (
                  <>
                    <Typography component="dt" variant="body2" color="text.secondary">
                      {translate('resources.enrollments.credit_check.note')}
                    </Typography>
                    <Typography
                      component="dd"
                      variant="body2"
                      sx={{ m: 0, whiteSpace: 'pre-wrap' }}
                    >
                      {check.note}
                    </Typography>
                  </>
                )}
              </Box>
            </ListItem>
          ))}
        </List>
      )}
    </Box>
  );
};
