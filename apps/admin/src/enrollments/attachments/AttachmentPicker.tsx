import AttachFileIcon from '@mui/icons-material/AttachFile';
import CloseIcon from '@mui/icons-material/Close';
import { Alert, Box, Button, IconButton, LinearProgress, Typography } from '@mui/material';
import { useId, useRef, useState } from 'react';
import { useTranslate } from 'react-admin';
import type { AttachmentResponse } from '../../api/responses';
import { visuallyHidden } from '../../layout/visuallyHidden';
import {
  ACCEPTED_FILES,
  MAX_ATTACHMENT_BYTES,
  uploadAttachment,
  type AttachmentCheck,
  type AttachmentPurpose,
} from './attachments-api';
import { useFileSize } from './useFileSize';

type Props = {
  enrollmentId: string;
  purpose: AttachmentPurpose;
  check?: AttachmentCheck;
  /** The uploads that go with what is sent. */
  value: readonly AttachmentResponse[];
  onChange: (next: AttachmentResponse[]) => void;
  /** While the form is sending, or an upload is under way, the parent may wait. */
  onBusyChange?: (busy: boolean) => void;
  disabled?: boolean;
};

/**
 * Files for an answer or a check's evidence: each chosen file is uploaded at once (the API
 * sniffs its bytes and refuses a lie about its type), shown with its progress, then as a chip
 * until the form is sent. A refused file says why, in the console's language, and is left out.
 */
export const AttachmentPicker = ({
  enrollmentId,
  purpose,
  check,
  value,
  onChange,
  onBusyChange,
  disabled = false,
}: Props) => {
  const translate = useTranslate();
  const size = useFileSize();
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState<string | undefined>();
  const [errors, setErrors] = useState<string[]>([]);
  const [announcement, setAnnouncement] = useState('');

  const upload = async (files: File[]) => {
    const problems: string[] = [];
    let next = [...value];
    onBusyChange?.(true);
    for (const file of files) {
      if (file.size > MAX_ATTACHMENT_BYTES) {
        problems.push(translate('attachments.too_large', { name: file.name }));
        continue;
      }
      setUploading(file.name);
      try {
        const stored = await uploadAttachment(enrollmentId, file, purpose, check);
        if (!next.some((attachment) => attachment.id === stored.id)) {
          next = [...next, stored];
          onChange(next);
          setAnnouncement(translate('attachments.uploaded', { name: stored.fileName }));
        }
      } catch (error) {
        const { body, message } = (error ?? {}) as {
          body?: { message?: string };
          message?: string;
        };
        problems.push(
          translate('attachments.failed', {
            name: file.name,
            reason: body?.message ?? message ?? '',
          }),
        );
      }
    }
    setUploading(undefined);
    setErrors(problems);
    onBusyChange?.(false);
  };

  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept={ACCEPTED_FILES}
          multiple
          hidden
          aria-describedby={hintId}
          disabled={disabled || uploading !== undefined}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (files.length > 0) {
              void upload(files);
            }
          }}
        />
        <Button
          variant="outlined"
          size="small"
          startIcon={<AttachFileIcon />}
          disabled={disabled || uploading !== undefined}
          onClick={() => input.current?.click()}
        >
          {translate(purpose === 'evidence' ? 'attachments.add_evidence' : 'attachments.add')}
        </Button>
        <Typography id={hintId} variant="caption" color="text.secondary">
          {translate(purpose === 'evidence' ? 'attachments.hint_evidence' : 'attachments.hint')}
        </Typography>
      </Box>
      <Box role="status" aria-live="polite">
        {uploading !== undefined ? (
          <>
            <Typography variant="body2">
              {translate('attachments.uploading', { name: uploading })}
            </Typography>
            <LinearProgress aria-label={translate('attachments.uploading', { name: uploading })} />
          </>
        ) : (
          <Box component="span" sx={visuallyHidden}>
            {announcement}
          </Box>
        )}
      </Box>
      {errors.map((text) => (
        <Alert
          key={text}
          severity="error"
          role="alert"
          onClose={() => setErrors((all) => all.filter((e) => e !== text))}
        >
          {text}
        </Alert>
      ))}
      {value.length > 0 && (
        <Box
          component="ul"
          aria-label={translate('attachments.files')}
          sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', m: 0, p: 0, listStyle: 'none' }}
        >
          {value.map((attachment) => (
            <Box
              component="li"
              key={attachment.id}
              sx={{
                display: 'flex',
                alignItems: 'center',
                gap: 0.5,
                pl: 1.5,
                border: 1,
                borderColor: 'divider',
                borderRadius: 4,
              }}
            >
              <AttachFileIcon fontSize="small" aria-hidden />
              <Typography variant="body2">
                {attachment.fileName} · {size(attachment.sizeBytes)}
              </Typography>
              <IconButton
                size="small"
                disabled={disabled}
                aria-label={translate('attachments.remove', { name: attachment.fileName })}
                onClick={() => onChange(value.filter((a) => a.id !== attachment.id))}
              >
                <CloseIcon fontSize="small" />
              </IconButton>
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
};
