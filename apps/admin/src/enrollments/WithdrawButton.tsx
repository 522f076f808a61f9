import UndoIcon from '@mui/icons-material/Undo';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import type { EnrollmentResponse } from '../api/responses';
import type { useEnrollmentCommand } from '../api/useEnrollmentCommand';
import { CommandButton } from './CommandButton';
import { CommandDialog } from './CommandDialog';
import { findCommand } from './commands';

/** The partner's global admin withdraws the application, after confirming (a reason is optional). */
export const WithdrawButton = ({
  enrollment,
  commands,
}: {
  enrollment: EnrollmentResponse;
  commands: ReturnType<typeof useEnrollmentCommand>;
}) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const command = findCommand(enrollment, 'withdraw');
  if (!command) {
    return null;
  }
  return (
    <>
      <CommandButton
        command={command}
        label={translate('enums.command.withdraw')}
        variant="outlined"
        color="error"
        startIcon={<UndoIcon />}
        pending={commands.pending === 'withdraw'}
        onClick={() => setOpen(true)}
      />
      <CommandDialog
        open={open}
        title={translate('resources.enrollments.withdraw.title')}
        description={translate('resources.enrollments.withdraw.confirm')}
        textLabel={translate('resources.enrollments.withdraw.reason')}
        confirmLabel={translate('enums.command.withdraw')}
        confirmColor="error"
        pending={commands.pending === 'withdraw'}
        onClose={() => setOpen(false)}
        onConfirm={(reason) => commands.run('withdraw', reason ? { reason } : {})}
      />
    </>
  );
};
