import type { ChipProps } from '@mui/material';
import { useTranslate } from 'react-admin';
import { StatusChip } from '../layout/StatusChip';

const colors: Record<string, ChipProps['color']> = {
  draft: 'default',
  submitted: 'info',
  published: 'success',
  rejected: 'error',
  suspended: 'warning',
  superseded: 'default',
};

/** A listing version's state as a chip ("Submitted"); the colour is never the only cue. */
export const ListingStateChip = ({
  state,
  size = 'small',
}: {
  state: string;
  size?: ChipProps['size'];
}) => {
  const translate = useTranslate();
  return (
    <StatusChip
      label={translate(`enums.listing_state.${state}`, { _: state })}
      color={colors[state]}
      outlined={state === 'draft' || state === 'superseded'}
      shaded={['info', 'warning', 'success']}
      size={size}
    />
  );
};
