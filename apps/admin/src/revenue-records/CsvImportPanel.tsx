import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Box,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { alpha } from '@mui/material/styles';
import { useId, useRef, useState } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { HubDataProvider } from '../api/dataProvider';
import { newIdempotencyKey } from '../api/httpClient';
import type { CsvPreviewResponse } from '../api/responses';
import { useFormatters } from '../api/useFormatters';

type ApiError = { message?: string; body?: { message?: string; code?: string } };

/** The API's (already translated) message of a refused file, e.g. a wrong header or a binary file. */
const messageOf = (error: unknown): string => {
  const { message, body } = (error ?? {}) as ApiError;
  return body?.message ?? message ?? '';
};

/**
 * A CSV import: pick a file (a native file input, so the keyboard and screen readers work as
 * everywhere), see every line as the API read it with the bad ones highlighted and their reasons,
 * then import; the import button is enabled only when the preview found no bad line. The same
 * file is sent to `<path>/preview` (nothing written) and to `<path>` (all lines or none).
 */
export const CsvImportPanel = ({
  path,
  columns,
  title,
  hint,
  onImported,
}: {
  /** e.g. `partners/<id>/revenue-imports` or `fx-rates/imports`. */
  path: string;
  /** The file's columns, in the order shown. */
  columns: readonly string[];
  title: string;
  hint: string;
  onImported?: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const { number, month } = useFormatters();
  const dataProvider = useDataProvider<HubDataProvider>();
  const inputId = useId();
  const headingId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | undefined>();
  const [preview, setPreview] = useState<CsvPreviewResponse | undefined>();
  const [refusal, setRefusal] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [key, setKey] = useState(newIdempotencyKey);
  const t = (name: string, options?: object) => translate(`resources.csv_import.${name}`, options);

  const check = async (picked: File | undefined) => {
    setFile(picked);
    setPreview(undefined);
    setRefusal(undefined);
    setKey(newIdempotencyKey());
    if (!picked) {
      return;
    }
    setBusy(true);
    try {
      const { data } = await dataProvider.previewCsv(path, picked);
      setPreview(data);
    } catch (error) {
      setRefusal(messageOf(error) || translate('ra.notification.http_error'));
    } finally {
      setBusy(false);
    }
  };

  const commit = async () => {
    if (!file || !preview?.valid) {
      return;
    }
    setBusy(true);
    try {
      const { data } = await dataProvider.importCsv(path, file, key);
      notify(t('imported', { inserted: data.inserted, replaced: data.replaced }), {
        type: 'success',
      });
      setFile(undefined);
      setPreview(undefined);
      setKey(newIdempotencyKey());
      if (input.current) {
        input.current.value = '';
      }
      onImported?.();
    } catch (error) {
      setKey(newIdempotencyKey());
      setRefusal(messageOf(error) || translate('ra.notification.http_error'));
    } finally {
      setBusy(false);
    }
  };

  const bad = preview?.lines.filter((line) => line.errors.length > 0) ?? [];

  return (
    <Box component="section" aria-labelledby={headingId} sx={{ display: 'grid', gap: 1.5 }}>
      <Typography id={headingId} component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {hint}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}>
        <UploadFileIcon color="action" aria-hidden />
        <label htmlFor={inputId}>
          <Typography component="span" variant="body2" sx={{ fontWeight: 500, mr: 1 }}>
            {t('choose_file')}
          </Typography>
        </label>
        <input
          id={inputId}
          ref={input}
          type="file"
          accept=".csv,text/csv"
          disabled={busy}
          onChange={(event) => void check(event.target.files?.[0])}
        />
      </Box>
      {refusal && (
        <Alert severity="error" role="alert">
          {refusal}
        </Alert>
      )}
      {preview && (
        <>
          <Alert severity={preview.valid ? 'success' : 'error'} role="status">
            {preview.valid
              ? t('preview_clean', { lines: number(preview.lineCount) })
              : t('preview_bad', {
                  lines: number(preview.lineCount),
                  bad: number(preview.errorCount),
                })}
          </Alert>
          {preview.replacedMonths && preview.replacedMonths.length > 0 && (
            <Alert severity="info">
              {t('replaces', {
                months: preview.replacedMonths.map((entry) => month(entry.month)).join(', '),
              })}
            </Alert>
          )}
          {bad.length > 0 && (
            <Box component="ul" aria-label={t('bad_lines')} sx={{ m: 0, pl: 3 }}>
              {bad.map((line) => (
                <li key={line.line}>
                  <Typography variant="body2" sx={{ color: 'error.dark' }}>
                    {t('line', { line: line.line })}:{' '}
                    {line.errors.map((error) => error.message).join(' ')}
                  </Typography>
                </li>
              ))}
            </Box>
          )}
          <Box sx={{ overflowX: 'auto', maxHeight: 420 }}>
            <Table size="small" stickyHeader aria-label={t('preview_table')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('line_number')}</TableCell>
                  {columns.map((column) => (
                    <TableCell key={column}>{column}</TableCell>
                  ))}
                  <TableCell>{t('reason')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {preview.lines.slice(0, 500).map((line) => {
                  const invalid = line.errors.length > 0;
                  const fields = new Set(line.errors.map((error) => error.field));
                  return (
                    <TableRow
                      key={line.line}
                      aria-invalid={invalid || undefined}
                      data-testid={`csv-line-${line.line}`}
                      sx={
                        invalid
                          ? { bgcolor: (theme) => alpha(theme.palette.error.main, 0.08) }
                          : undefined
                      }
                    >
                      <TableCell>{line.line}</TableCell>
                      {columns.map((column) => (
                        <TableCell
                          key={column}
                          sx={
                            fields.has(column) || fields.has('line')
                              ? { color: 'error.dark', fontWeight: 600 }
                              : undefined
                          }
                        >
                          {line.cells[column] ?? ''}
                        </TableCell>
                      ))}
                      <TableCell sx={{ color: 'error.dark' }}>
                        {line.errors.map((error) => error.message).join(' ')}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </Box>
          {preview.lines.length > 500 && (
            <Typography variant="body2" color="text.secondary">
              {t('more_lines', { count: number(preview.lines.length - 500) })}
            </Typography>
          )}
        </>
      )}
      <Box>
        <Button
          variant="contained"
          onClick={() => void commit()}
          disabled={busy || !preview?.valid}
        >
          {t('commit')}
        </Button>
      </Box>
    </Box>
  );
};
