import { MenuItem, TextField } from '@mui/material';
import { messageReasons, type MessageTemplateCommand } from '@hub/domain';
import { useRef } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import type { HubDataProvider } from '../api/dataProvider';
import type { MessageTemplate } from '../api/responses';

/**
 * The reason of a request for information or a rejection, from the domain's list. Choosing one
 * asks the API for its template, filled in for this application in the partner's language, and
 * hands it to the dialog's text field for the reviewer to edit.
 */
export const MessageReasonField = ({
  enrollmentId,
  command,
  reason,
  onReason,
  onTemplate,
  missing = false,
}: {
  enrollmentId: string;
  command: MessageTemplateCommand;
  reason: string;
  onReason: (reason: string) => void;
  /** The filled template, `null` while it loads, `undefined` when it could not be loaded. */
  onTemplate: (template: MessageTemplate | null | undefined) => void;
  /** The reviewer tried to send without a reason. */
  missing?: boolean;
}) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<HubDataProvider>();
  const enumKey = command === 'reject' ? 'rejection_reason' : 'information_reason';
  // Only the answer for the reason chosen last fills the text (an earlier one may arrive later).
  const latest = useRef('');

  const choose = async (value: string) => {
    latest.current = value;
    onReason(value);
    onTemplate(null);
    try {
      const { data } = await dataProvider.messageTemplate(enrollmentId, command, value);
      if (latest.current === value) {
        onTemplate(data);
      }
    } catch {
      if (latest.current === value) {
        onTemplate(undefined);
      }
    }
  };

  return (
    <TextField
      select
      fullWidth
      required
      autoFocus
      margin="dense"
      label={translate('resources.enrollments.decisions.reason_code')}
      error={missing}
      helperText={
        missing
          ? translate('ra.validation.required')
          : translate('resources.enrollments.decisions.choose_reason')
      }
      value={reason}
      onChange={(event) => void choose(event.target.value)}
    >
      {messageReasons[command].map((each) => (
        <MenuItem key={each} value={each}>
          {translate(`enums.${enumKey}.${each}`)}
        </MenuItem>
      ))}
    </TextField>
  );
};
