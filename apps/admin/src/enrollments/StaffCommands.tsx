import { Box, MenuItem, TextField, Typography } from '@mui/material';
import { creditScoreBands, supportPlans, type MessageTemplateCommand } from '@hub/domain';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import type { AvailableCommand, EnrollmentResponse, MessageTemplate } from '../api/responses';
import { toCommandPath } from '../api/responses';
import type { useEnrollmentCommand } from '../api/useEnrollmentCommand';
import { CommandButton } from './CommandButton';
import { CommandDialog } from './CommandDialog';
import { MessageReasonField } from './MessageReasonField';
import { commandKey } from './commands';

/** What each staff command asks for before it runs. */
const prompts: Record<
  string,
  {
    field: 'message' | 'reason' | 'note';
    /** The label's key under resources.enrollments.decisions. */
    label: string;
    required: boolean;
    color?: 'primary' | 'error' | 'success' | 'warning';
  }
> = {
  // Primary, not warning: MUI's contained warning button fails the contrast check (axe).
  'request-information': { field: 'message', label: 'email', required: true, color: 'primary' },
  reject: { field: 'reason', label: 'email', required: true, color: 'error' },
  'pass-credit-check': { field: 'note', label: 'note', required: false, color: 'success' },
  'fail-credit-check': {
    field: 'reason',
    label: 'partner_reason',
    required: false,
    color: 'error',
  },
};

/** The commands whose e-mail is a reason's template, edited by the reviewer. */
const templated: Record<string, MessageTemplateCommand> = {
  'request-information': 'request_information',
  reject: 'reject',
};

/** The credit check's outcomes, which carry the bureau's evidence. */
const creditOutcomes = new Set(['pass-credit-check', 'fail-credit-check']);

const buttonColor = (command: string) =>
  command === 'reject' || command === 'fail-credit-check'
    ? 'error'
    : command === 'verify' || command === 'pass-credit-check' || command === 'activate'
      ? 'success'
      : 'primary';

/**
 * Exactly the decisions the domain allows this reviewer or program admin now
 * (`availableCommands`): a blocked one is shown disabled with its reason. Request information
 * and reject take a reason from the list, whose e-mail (in the partner's language) fills the
 * text for the reviewer to edit: what is sent is what the partner receives. The credit check's
 * outcome carries the bureau's reference, score band and a note.
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
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [template, setTemplate] = useState<MessageTemplate | null | undefined>();
  const [text, setText] = useState('');
  const [reference, setReference] = useState('');
  const [scoreBand, setScoreBand] = useState('');
  const available = enrollment.availableCommands.filter(
    (each) => toCommandPath(each.command) !== 'update-draft',
  );
  const openPath = open ? toCommandPath(open.command) : undefined;
  const prompt = openPath ? prompts[openPath] : undefined;
  const messageCommand = openPath ? templated[openPath] : undefined;

  const close = () => {
    setOpen(undefined);
    setReason('');
    setReasonMissing(false);
    setTemplate(undefined);
    setText('');
    setReference('');
    setScoreBand('');
  };

  const preview =
    template === null
      ? translate('resources.enrollments.decisions.template_loading')
      : template === undefined
        ? reason === ''
          ? undefined
          : translate('resources.enrollments.decisions.template_unavailable')
        : translate('resources.enrollments.decisions.email_preview', {
            recipient: template.recipient,
            language: translate(`resources.enrollments.decisions.in_language.${template.locale}`),
            subject: template.subject,
          });

  const bodyOf = (value: string): object | undefined => {
    if (openPath === 'record-support-plan') {
      return { plan };
    }
    if (messageCommand && prompt) {
      return reason === '' ? undefined : { reasonCode: reason, [prompt.field]: value };
    }
    return {
      ...(prompt && value ? { [prompt.field]: value } : {}),
      ...(openPath && creditOutcomes.has(openPath) && reference.trim() !== ''
        ? { reference: reference.trim() }
        : {}),
      ...(openPath && creditOutcomes.has(openPath) && scoreBand !== '' ? { scoreBand } : {}),
    };
  };

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
            prompt ? translate(`resources.enrollments.decisions.${prompt.label}`) : undefined
          }
          textRequired={prompt?.required ?? false}
          {...(messageCommand
            ? {
                text,
                onTextChange: setText,
                textHelper: preview,
                textRows: 10,
                textAutoFocus: false,
              }
            : {})}
          confirmLabel={translate(`enums.command.${commandKey(openPath)}`, { _: openPath })}
          confirmColor={prompt?.color ?? 'primary'}
          pending={commands.pending === openPath}
          onClose={close}
          onConfirm={async (value) => {
            const body = bodyOf(value);
            if (body === undefined) {
              setReasonMissing(true);
              return false;
            }
            return commands.run(openPath, body);
          }}
        >
          {messageCommand && (
            <MessageReasonField
              enrollmentId={enrollment.id}
              command={messageCommand}
              reason={reason}
              missing={reasonMissing && reason === ''}
              onReason={(value) => {
                setReason(value);
                setReasonMissing(false);
              }}
              onTemplate={(filled) => {
                setTemplate(filled);
                if (filled) {
                  setText(filled.body);
                }
              }}
            />
          )}
          {creditOutcomes.has(openPath) && (
            <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: { sm: '1fr 1fr' } }}>
              <TextField
                fullWidth
                margin="dense"
                label={translate('resources.enrollments.decisions.reference')}
                value={reference}
                onChange={(event) => setReference(event.target.value)}
                slotProps={{ htmlInput: { maxLength: 100 } }}
              />
              <TextField
                select
                fullWidth
                margin="dense"
                label={translate('resources.enrollments.decisions.score_band')}
                value={scoreBand}
                onChange={(event) => setScoreBand(event.target.value)}
              >
                <MenuItem value="">
                  {translate('resources.enrollments.decisions.no_score_band')}
                </MenuItem>
                {creditScoreBands.map((each) => (
                  <MenuItem key={each} value={each}>
                    {translate(`enums.credit_score_band.${each}`)}
                  </MenuItem>
                ))}
              </TextField>
            </Box>
          )}
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
