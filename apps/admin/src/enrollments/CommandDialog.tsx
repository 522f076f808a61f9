import {
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from '@mui/material';
import { useId, useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';

export type CommandDialogProps = {
  open: boolean;
  title: string;
  description?: ReactNode;
  /** The text asked for (a message, a reason, a note); omitted: a plain confirmation. */
  textLabel?: string;
  textRequired?: boolean;
  /** Given with onTextChange, the text is the caller's (e.g. filled from a template). */
  text?: string;
  onTextChange?: (text: string) => void;
  /** Said under the text while it is valid (e.g. who receives it, in which language). */
  textHelper?: ReactNode;
  /** Taller text field, for a whole e-mail. */
  textRows?: number;
  /** Focus the text when the dialog opens (false when a field above it comes first). */
  textAutoFocus?: boolean;
  confirmLabel: string;
  confirmColor?: 'primary' | 'error' | 'success' | 'warning';
  pending: boolean;
  onClose: () => void;
  /** Resolves true when done: the dialog then closes and forgets the text. */
  onConfirm: (text: string) => Promise<boolean>;
  children?: ReactNode;
};

/**
 * A command that needs a confirmation or a text (request information, reject, withdraw, a check's
 * note). A MUI dialog: focus moves into it, Escape closes it, Tab stays inside.
 */
export const CommandDialog = ({
  open,
  title,
  description,
  textLabel,
  textRequired = false,
  text: givenText,
  onTextChange,
  textHelper,
  textRows = 3,
  textAutoFocus = true,
  confirmLabel,
  confirmColor = 'primary',
  pending,
  onClose,
  onConfirm,
  children,
}: CommandDialogProps) => {
  const translate = useTranslate();
  const [ownText, setOwnText] = useState('');
  const text = givenText ?? ownText;
  const setText = onTextChange ?? setOwnText;
  const [touched, setTouched] = useState(false);
  const titleId = useId();
  const missing = textRequired && text.trim() === '';

  const confirm = async () => {
    setTouched(true);
    if (missing) {
      return;
    }
    if (await onConfirm(text.trim())) {
      setText('');
      setTouched(false);
      onClose();
    }
  };

  return (
    <Dialog
      open={open}
      onClose={pending ? undefined : onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
    >
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        {description && <DialogContentText sx={{ mb: 2 }}>{description}</DialogContentText>}
        {children}
        {textLabel && (
          <TextField
            label={textLabel}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onBlur={() => setTouched(true)}
            required={textRequired}
            error={touched && missing}
            helperText={
              touched && missing ? translate('ra.validation.required') : (textHelper ?? ' ')
            }
            multiline
            minRows={textRows}
            fullWidth
            autoFocus={textAutoFocus}
            margin="dense"
          />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={pending}>
          {translate('ra.action.cancel')}
        </Button>
        <Button
          variant="contained"
          color={confirmColor}
          onClick={() => void confirm()}
          disabled={pending}
          aria-busy={pending}
          startIcon={
            pending ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined
          }
        >
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
