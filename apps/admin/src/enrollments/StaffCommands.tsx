import { Box, MenuItem, TextField, Typography } from '@mui/material';
import { supportPlans } from '@hub/domain';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import type { AvailableCommand, EnrollmentResponse } from '../api/responses';
import { toCommandPath } from '../api/responses';
import type { useEnrollmentCommand } from '../api/useEnrollmentCommand';
import { CommandButton } from './CommandButton';
import { CommandDialog } from './CommandDialog';
import { commandKey } from './commands';

/** What each staff command asks for before it runs. */
const prompts: Record<
  string,
  {
    field: 'message' | 'reason' | 'note';
    required: boolean;
    color?: 'error' | 'success' | 'warning';
  }
> = {
  'request-information': { field: 'message', required: true, color: 'warning' },
  reject: { field: 'reason', required: true, color: 'error' },
  'pass-credit-check': { field: 'note', required: false, color: 'success' },
  'fail-credit-check': { field: 'reason', required: false, color: 'error' },
};

const buttonColor = (command: string) =>
  command === 'reject' || command === 'fail-credit-check'
    ? 'error'
    : command === 'verify' || command === 'pass-credit-check' || command === 'activate'
      ? 'success'
      : 'primary';

/**
 * Exactly the decisions the domain allows this reviewer or program admin now
 * (`availableCommands`): a blocked one is shown disabled with its reason. Request information
 * and reject ask for a text first; the credit check's result may carry a note.
 */
export const StaffCommands = ({
  enrollment,
  commands,
}: {
  enrollment: EnrollmentResponse;
  commands: ReturnType<typeof useEnrollmentCommand>;
}) => {
  const translate = useTranslate();
  const [open, setOpen] = useState<AvailableCommand | undefined>();
  const [plan, setPlan] = useState<string>('asfp');
  const available = enrollment.availableCommands.filter(
    (each) => toCommandPath(each.command) !== 'update-draft',
  );
  const openPath = open ? toCommandPath(open.command) : undefined;
  const prompt = openPath ? prompts[openPath] : undefined;

  return (
    <Box component="section" aria-labelledby="decisions">
      <Typography id="decisions" component="h2" variant="h6" gutterBottom>
        {translate('resources.enrollments.decisions.title')}
      </Typography>
      {available.length === 0 ? (
        <Typography color="text.secondary">
          {translate('resources.enrollments.decisions.none')}
        </Typography>
      ) : (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'flex-start' }}>
          {available.map((each) => {
            const path = toCommandPath(each.command);
            const needsDialog = prompts[path] !== undefined || path === 'record-support-plan';
            return (
              <CommandButton
                key={path}
                command={each}
                label={translate(`enums.command.${commandKey(path)}`, { _: path })}
                color={buttonColor(path)}
                variant={path === 'reject' ? 'outlined' : 'contained'}
                pending={commands.pending === path}
                onClick={() => (needsDialog ? setOpen(each) : void commands.run(path))}
              />
            );
          })}
        </Box>
      )}
      {open && openPath && (
        <CommandDialog
          open
          title={translate(`enums.command.${commandKey(openPath)}`, { _: openPath })}
          description={
            translate(`resources.enrollments.decisions.describe.${commandKey(openPath)}`, {
              _: '',
            }) || undefined
          }
          textLabel={
            prompt ? translate(`resources.enrollments.decisions.${prompt.field}`) : undefined
          }
          textRequired={prompt?.required ?? false}
          confirmLabel={translate(`enums.command.${commandKey(openPath)}`, { _: openPath })}
          confirmColor={prompt?.color ?? 'primary'}
          pending={commands.pending === openPath}
          onClose={() => setOpen(undefined)}
          onConfirm={(text) => {
            if (openPath === 'record-support-plan') {
              return commands.run(openPath, { plan });
            }
            const body = prompt && text ? { [prompt.field]: text } : {};
            return commands.run(openPath, body);
          }}
        >
          {openPath === 'record-support-plan' && (
            <TextField
              select
              fullWidth
              label={translate('resources.enrollments.support_plan.choose')}
              value={plan}
              onChange={(event) => setPlan(event.target.value)}
            >
              {supportPlans.map((each) => (
                <MenuItem key={each} value={each}>
                  {translate(`enums.support_plan.${each}`)}
                </MenuItem>
              ))}
            </TextField>
          )}
        </CommandDialog>
      )}
    </Box>
  );
};
