import DownloadIcon from '@mui/icons-material/Download';
import { Box, Button } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useApiError } from '../../api/useApiError';
import { downloadAttachment } from './attachments-api';
import { useFileSize } from './useFileSize';

export type AttachmentRef = {
  readonly id: string;
  readonly fileName: string;
  readonly mediaType?: string;
  readonly sizeBytes: number;
};

/** Download buttons for files of an application (an answer's, a check's evidence). */
export const AttachmentLinks = ({
  enrollmentId,
  attachments,
}: {
  enrollmentId: string;
  attachments: readonly AttachmentRef[];
}) => {
  const translate = useTranslate();
  const size = useFileSize();
  const onError = useApiError();
  if (attachments.length === 0) {
    return null;
  }
  return (
    <Box
      component="ul"
      sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', m: 0, mt: 0.5, p: 0, listStyle: 'none' }}
    >
      {attachments.map((attachment) => (
        <li key={attachment.id}>
          <Button
            size="small"
            variant="text"
            startIcon={<DownloadIcon />}
            data-print="keep"
            aria-label={translate('attachments.download', {
              name: attachment.fileName,
              size: size(attachment.sizeBytes),
            })}
            onClick={() => void downloadAttachment({ ...attachment, enrollmentId }).catch(onError)}
            sx={{ textTransform: 'none' }}
          >
            {attachment.fileName} ({size(attachment.sizeBytes)})
          </Button>
        </li>
      ))}
    </Box>
  );
};

/** The attachment refs an audit row's details carry (`attachments`), if any. */
export const attachmentsOf = (
  details: Record<string, unknown> | null | undefined,
): AttachmentRef[] => {
  const value = details?.['attachments'];
  return Array.isArray(value)
    ? value.filter(
        (item): item is AttachmentRef =>
          typeof item === 'object' &&
          item !== null &&
          typeof (item as AttachmentRef).id === 'string' &&
          typeof (item as AttachmentRef).fileName === 'string',
      )
    : [];
};
