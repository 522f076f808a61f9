import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  LinearProgress,
  Stack,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { httpClient } from '../api/httpClient';
import type { ConsistencyReportResponse, SearchReindexResponse } from '../api/responses';
import { useApiError } from '../api/useApiError';
import { useFormatters } from '../api/useFormatters';

const finished = (run: SearchReindexResponse | undefined) =>
  run !== undefined && (run.status === 'succeeded' || run.status === 'failed');

/**
 * The directory index's upkeep, for staff: rebuild it from PostgreSQL (a new index swapped in at
 * once, so the directory never shows an empty result meanwhile), with its progress; and check it
 * against PostgreSQL, repairing what drifted.
 */
export const SearchIndexPanel = () => {
  const translate = useTranslate();
  const onError = useApiError();
  const { number } = useFormatters();
  const [run, setRun] = useState<SearchReindexResponse>();
  const [report, setReport] = useState<ConsistencyReportResponse>();
  const [checking, setChecking] = useState(false);

  // While a rebuild runs, its progress once a second.
  useEffect(() => {
    if (run === undefined || finished(run)) {
      return;
    }
    const timer = setTimeout(() => {
      httpClient(`/api/search-index/rebuilds/${run.id}`)
        .then(({ json }) => setRun(json as SearchReindexResponse))
        .catch(onError);
    }, 1000);
    return () => clearTimeout(timer);
  }, [run, onError]);

  const rebuild = () => {
    httpClient('/api/search-index/rebuilds', { method: 'POST', body: '{}' })
      .then(({ json }) => setRun(json as SearchReindexResponse))
      .catch(onError);
  };
  const check = (repair: boolean) => {
    setChecking(true);
    httpClient('/api/search-index/consistency-check', {
      method: 'POST',
      body: JSON.stringify({ repair }),
    })
      .then(({ json }) => setReport(json as ConsistencyReportResponse))
      .catch(onError)
      .finally(() => setChecking(false));
  };
  const percent = run && run.total > 0 ? Math.round((100 * run.indexed) / run.total) : 0;

  return (
    <Card>
      <CardContent>
        <Typography component="h2" variant="h6" gutterBottom>
          {translate('directory_insights.index.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('directory_insights.index.hint')}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
          <Button
            variant="outlined"
            onClick={rebuild}
            disabled={run !== undefined && !finished(run)}
          >
            {translate('directory_insights.index.rebuild')}
          </Button>
          <Button variant="outlined" onClick={() => check(false)} disabled={checking}>
            {translate('directory_insights.index.check')}
          </Button>
          {report !== undefined && report.drifted > 0 && report.repaired === 0 && (
            <Button variant="contained" onClick={() => check(true)} disabled={checking}>
              {translate('directory_insights.index.repair', { smart_count: report.drifted })}
            </Button>
          )}
        </Stack>
        {run !== undefined && (
          <Box sx={{ mb: 2 }}>
            <LinearProgress
              variant="determinate"
              value={run.status === 'succeeded' ? 100 : percent}
              aria-label={translate('directory_insights.index.progress')}
            />
            <Typography role="status" variant="body2" sx={{ mt: 1 }}>
              {translate(`directory_insights.index.status.${run.status}`, {
                indexed: number(run.indexed),
                total: number(run.total),
                error: run.error ?? '',
              })}
            </Typography>
          </Box>
        )}
        {checking && <LinearProgress aria-label={translate('directory_insights.index.check')} />}
        {report !== undefined && !checking && (
          <Alert severity={report.drifted === 0 || report.repaired > 0 ? 'success' : 'warning'}>
            {translate(
              report.repaired > 0
                ? 'directory_insights.index.repaired'
                : report.drifted === 0
                  ? 'directory_insights.index.consistent'
                  : 'directory_insights.index.drifted',
              {
                published: number(report.published),
                indexed: number(report.indexed),
                missing: number(report.missing.length),
                extra: number(report.extra.length),
                stale: number(report.stale.length),
                repaired: number(report.repaired),
              },
            )}
          </Alert>
        )}
      </CardContent>
    </Card>
  );
};
