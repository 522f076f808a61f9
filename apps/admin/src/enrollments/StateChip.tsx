import type { ChipProps } from '@mui/material';
import { useTranslate } from 'react-admin';
import { StatusChip } from '../layout/StatusChip';

const colors: Record<string, ChipProps['color']> = {
  draft: 'default',
  submitted: 'info',
  in_review: 'info',
  info_requested: 'warning',
  verified: 'primary',
  credit_check_pending: 'warning',
  credit_check_passed: 'primary',
  support_plan_recorded: 'primary',
  agreement_accepted: 'primary',
  active: 'success',
  transitioned_to_indirect: 'default',
  rejected: 'error',
  withdrawn: 'default',
};

/** An application's state as a chip ("In review"); the colour is never the only cue. */
export const StateChip = ({
  state,
  size = 'small',
}: {
  state: string;
  size?: ChipProps['size'];
}) => {
  const translate = useTranslate();
  return (
    <StatusChip
      label={translate(`enums.state.${state}`, { _: state })}
      color={colors[state]}
      outlined={state === 'draft' || state === 'withdrawn'}
      shaded={['info', 'warning']}
      size={size}
    />
  );
};
