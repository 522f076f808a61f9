import SendIcon from '@mui/icons-material/Send';
import { Box, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import type { AttachmentResponse, EnrollmentResponse } from '../api/responses';
import { AttachmentPicker } from './attachments/AttachmentPicker';
import { CommandButton } from './CommandButton';
import { findCommand } from './commands';
import type { useEnrollmentCommand } from '../api/useEnrollmentCommand';

/** The reviewer's request for information, and the partner's answer (`answer-information`). */
export const InformationAnswer = ({
  enrollment,
  commands,
}: {
  enrollment: EnrollmentResponse;
  commands: ReturnType<typeof useEnrollmentCommand>;
}) => {
  const translate = useTranslate();
  const [message, setMessage] = useState('');
  const [touched, setTouched] = useState(false);
  const [files, setFiles] = useState<AttachmentResponse[]>([]);
  const [uploading, setUploading] = useState(false);
  const command = findCommand(enrollment, 'answer-information');
  if (enrollment.state !== 'info_requested') {
    return null;
  }
  const missing = message.trim() === '';
  return (
    <Box component="section" aria-labelledby="info-request" sx={{ display: 'grid', gap: 1.5 }}>
      <Typography id="info-request" component="h2" variant="h6">
        {translate('resources.enrollments.information.title')}
      </Typography>
      {enrollment.lastInformationRequest && (
        <Box
          component="blockquote"
          sx={{ m: 0, pl: 2, borderLeft: 4, borderColor: 'warning.main', whiteSpace: 'pre-wrap' }}
        >
          {enrollment.lastInformationRequest}
        </Box>
      )}
      {command ? (
        <>
          <TextField
            label={translate('resources.enrollments.information.answer')}
            value={message}
            onChange={(event) => setMessage(event.target.value)}
            onBlur={() => setTouched(true)}
            error={touched && missing}
            helperText={touched && missing ? translate('ra.validation.required') : ' '}
            required
            multiline
            minRows={3}
            fullWidth
          />
          <AttachmentPicker
            enrollmentId={enrollment.id}
            purpose="answer"
            value={files}
            onChange={setFiles}
            onBusyChange={setUploading}
            disabled={commands.pending === 'answer-information'}
          />
          <Box>
            <CommandButton
              command={command}
              label={translate('resources.enrollments.information.send')}
              pending={commands.pending === 'answer-information' || uploading}
              startIcon={<SendIcon />}
              onClick={() => {
                setTouched(true);
                if (!missing) {
                  void commands
                    .run('answer-information', {
                      message: message.trim(),
                      ...(files.length > 0 ? { attachmentIds: files.map((file) => file.id) } : {}),
                    })
                    .then((done) => {
                      if (done) {
                        setMessage('');
                        setTouched(false);
                        setFiles([]);
                      }
                    });
                }
              }}
            />
          </Box>
        </>
      ) : null}
    </Box>
  );
};
