import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import { Box, Button, Chip, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import {
  useDataProvider,
  useGetManyReference,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { HubDataProvider } from '../api/dataProvider';
import { newIdempotencyKey } from '../api/httpClient';
import type {
  AttachmentResponse,
  CheckKind,
  CheckResponse,
  EnrollmentResponse,
} from '../api/responses';
import { AttachmentLinks } from './attachments/AttachmentLinks';
import { AttachmentPicker } from './attachments/AttachmentPicker';
import { useApiError } from '../api/useApiError';
import { useFormatters } from '../api/useFormatters';
import { CommandDialog } from './CommandDialog';

const statusColor = { pending: 'default', passed: 'success', failed: 'error' } as const;

/** States in which a reviewer records checks (before the decision). */
const recordableStates = ['submitted', 'in_review', 'info_requested'];

/**
 * The verification checks a reviewer records (e-mail ownership, employment, business, PartnerID):
 * the required ones gate `verify`. Each is recorded passed or failed with an optional note.
 */
export const ChecksPanel = ({ enrollment }: { enrollment: EnrollmentResponse }) => {
  const translate = useTranslate();
  const { dateTime } = useFormatters();
  const dataProvider = useDataProvider<HubDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const onError = useApiError();
  const [open, setOpen] = useState<{ check: CheckKind; status: 'passed' | 'failed' } | undefined>();
  const [pending, setPending] = useState(false);
  const [evidence, setEvidence] = useState<AttachmentResponse[]>([]);
  const [uploading, setUploading] = useState(false);
  const key = useRef<string | undefined>(undefined);
  // The evidence kept with each check (staff see every attached file of the application).
  const { data: files = [] } = useGetManyReference<AttachmentResponse>('enrollment-attachments', {
    target: 'enrollmentId',
    id: enrollment.id,
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'uploadedAt', order: 'ASC' },
  });
  const byKind = new Map(enrollment.checks.map((check) => [check.check, check]));
  const kinds = [
    ...new Set<CheckKind>([...enrollment.requiredChecks, ...enrollment.checks.map((c) => c.check)]),
  ];
  const canRecord = recordableStates.includes(enrollment.state);

  const record = async (note: string): Promise<boolean> => {
    if (!open || pending) {
      return false;
    }
    setPending(true);
    key.current ??= newIdempotencyKey();
    try {
      await dataProvider.recordCheck(
        enrollment.id,
        {
          check: open.check,
          status: open.status,
          ...(note ? { note } : {}),
          ...(evidence.length > 0 ? { attachmentIds: evidence.map((file) => file.id) } : {}),
        },
        enrollment.version,
        key.current,
      );
      notify('resources.enrollments.checks.recorded', { type: 'success' });
      setEvidence([]);
      return true;
    } catch (error) {
      onError(error);
      return false;
    } finally {
      key.current = undefined;
      setPending(false);
      refresh();
    }
  };

  return (
    <Box component="section" aria-labelledby="checks">
      <Typography id="checks" component="h2" variant="h6">
        {translate('resources.enrollments.checks.title')}
      </Typography>
      <List>
        {kinds.map((kind) => {
          const check: CheckResponse = byKind.get(kind) ?? {
            check: kind,
            status: 'pending',
            note: null,
            recordedBy: null,
            recordedAt: null,
          };
          const label = translate(`enums.check.${kind}`, { _: kind });
          const required = enrollment.requiredChecks.includes(kind);
          return (
            <ListItem key={kind} divider disableGutters sx={{ flexWrap: 'wrap', gap: 1 }}>
              <ListItemText
                sx={{ flex: '1 1 240px' }}
                primary={
                  <Box
                    component="span"
                    sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}
                  >
                    <span>{label}</span>
                    <Chip
                      size="small"
                      color={statusColor[check.status]}
                      label={translate(`enums.check_status.${check.status}`)}
                    />
                    {required && (
                      <Chip
                        size="small"
                        variant="outlined"
                        label={translate('resources.enrollments.checks.required')}
                      />
                    )}
                  </Box>
                }
                secondary={
                  <>
                    <span style={{ display: 'block' }}>
                      {translate(`resources.enrollments.checks.describe.${kind}`, { _: '' })}
                    </span>
                    {check.recordedBy && check.recordedAt && (
                      <span style={{ display: 'block' }}>
                        {translate('resources.enrollments.checks.recorded_by', {
                          name: check.recordedBy,
                          at: dateTime(check.recordedAt),
                        })}
                      </span>
                    )}
                    {check.note && (
                      <span style={{ display: 'block', fontStyle: 'italic' }}>“{check.note}”</span>
                    )}
                    <AttachmentLinks
                      enrollmentId={enrollment.id}
                      attachments={files.filter(
                        (file) =>
                          file.purpose === 'evidence' &&
                          file.check === kind &&
                          file.attachedAt !== null,
                      )}
                    />
                  </>
                }
                slotProps={{ secondary: { component: 'div' } }}
              />
              {canRecord && (
                <Box sx={{ display: 'flex', gap: 1 }}>
                  <Button
                    size="small"
                    variant="outlined"
                    color="success"
                    startIcon={<CheckIcon />}
                    aria-label={translate('resources.enrollments.checks.pass', { check: label })}
                    onClick={() => setOpen({ check: kind, status: 'passed' })}
                  >
                    {translate('resources.enrollments.checks.pass_short')}
                  </Button>
                  <Button
                    size="small"
                    variant="outlined"
                    color="error"
                    startIcon={<CloseIcon />}
                    aria-label={translate('resources.enrollments.checks.fail', { check: label })}
                    onClick={() => setOpen({ check: kind, status: 'failed' })}
                  >
                    {translate('resources.enrollments.checks.fail_short')}
                  </Button>
                </Box>
              )}
            </ListItem>
          );
        })}
      </List>
      {open && (
        <CommandDialog
          open
          title={translate(
            open.status === 'passed'
              ? 'resources.enrollments.checks.pass'
              : 'resources.enrollments.checks.fail',
            { check: translate(`enums.check.${open.check}`, { _: open.check }) },
          )}
          textLabel={translate('resources.enrollments.checks.note')}
          textRequired={open.status === 'failed'}
          confirmLabel={translate(
            open.status === 'passed'
              ? 'resources.enrollments.checks.pass_short'
              : 'resources.enrollments.checks.fail_short',
          )}
          confirmColor={open.status === 'passed' ? 'success' : 'error'}
          pending={pending || uploading}
          onClose={() => {
            setOpen(undefined);
            setEvidence([]);
          }}
          onConfirm={record}
        >
          <Box sx={{ mb: 2 }}>
            <AttachmentPicker
              enrollmentId={enrollment.id}
              purpose="evidence"
              check={open.check}
              value={evidence}
              onChange={setEvidence}
              onBusyChange={setUploading}
              disabled={pending}
            />
          </Box>
        </CommandDialog>
      )}
    </Box>
  );
};
