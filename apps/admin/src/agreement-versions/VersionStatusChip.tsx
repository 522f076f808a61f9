import type { AgreementVersionResponse } from '@hub/web';
import { useTranslate } from 'react-admin';
import { StatusChip } from '../layout/StatusChip';

const colors = { scheduled: 'info', current: 'success', superseded: 'default' } as const;

/** Scheduled, current or superseded, in words (the colour is never the only cue). */
export const VersionStatusChip = ({ status }: { status: AgreementVersionResponse['status'] }) => {
  const translate = useTranslate();
  return (
    <StatusChip
      label={translate(`agreements.status.${status}`)}
      color={colors[status]}
      outlined={status === 'superseded'}
      shaded={['info', 'success']}
    />
  );
};
