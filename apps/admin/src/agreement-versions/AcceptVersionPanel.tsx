import HistoryEduIcon from '@mui/icons-material/HistoryEdu';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  CircularProgress,
  FormControlLabel,
  Typography,
} from '@mui/material';
import { parseSignatory } from '@hub/domain';
import type { AgreementVersionResponse, EnrollmentResponse } from '@hub/web';
import { useState } from 'react';
import {
  useDataProvider,
  useGetIdentity,
  useGetList,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useApiError } from '../api/useApiError';
import { useViewer } from '../api/useViewer';
import { SignatoryFields, type Signatory } from '../enrollments/SignatoryFields';
import { useAgreementTexts } from './useAgreementTexts';

/** The partner's active enrollment whose standing points at this version, if any. */
const useStandingFor = (version: AgreementVersionResponse) => {
  const { data, isPending } = useGetList<EnrollmentResponse>('enrollments', {
    pagination: { page: 1, perPage: 50 },
    sort: { field: 'createdAt', order: 'DESC' },
  });
  const standings = (data ?? []).flatMap((e) => (e.agreementStanding ? [e.agreementStanding] : []));
  return {
    isPending,
    due: standings.find((s) => s.currentVersionId === version.id),
    accepted: standings.some((s) => s.kind === version.kind && s.accepted === version.version),
  };
};

/**
 * A partner's side of a version: its global admin accepts it as a named signatory when it is the
 * version the company needs; other users are told to ask their global admin.
 */
export const AcceptVersionPanel = ({ version }: { version: AgreementVersionResponse }) => {
  const translate = useTranslate();
  const { isGlobalAdmin } = useViewer();
  const { identity } = useGetIdentity();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const onError = useApiError();
  const { agreementName } = useAgreementTexts();
  const { isPending, due, accepted } = useStandingFor(version);
  const [signatory, setSignatory] = useState<Signatory>(() => ({
    name: identity?.fullName ?? '',
    title: '',
    email: typeof identity?.['username'] === 'string' ? identity['username'] : '',
  }));
  const [authority, setAuthority] = useState(false);
  const [touched, setTouched] = useState(false);
  const [sending, setSending] = useState(false);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  if (isPending) {
    return null;
  }
  const name = agreementName(version.kind);
  if (accepted) {
    return <Alert severity="success">{translate('agreements.accept.already')}</Alert>;
  }
  if (!due) {
    return null;
  }
  if (!isGlobalAdmin) {
    return <Alert severity="info">{translate('agreements.accept.not_admin')}</Alert>;
  }
  const parsed = parseSignatory(signatory);
  const error = parsed.ok ? undefined : parsed.error;
  const errorText = error
    ? translate(`errors.${error.code}`, { ...error.details, _: error.code })
    : undefined;
  const accept = async () => {
    setTouched(true);
    if (!parsed.ok || !authority) {
      return;
    }
    setSending(true);
    try {
      await dataProvider.create(`agreement-versions/${version.id}/acceptances`, {
        data: {
          signatory: {
            name: signatory.name.trim(),
            title: signatory.title.trim(),
            email: signatory.email.trim(),
          },
        },
        meta: { idempotencyKey },
      });
      notify('agreements.accept.accepted', { type: 'success' });
      refresh();
    } catch (caught) {
      onError(caught);
    } finally {
      setSending(false);
    }
  };
  return (
    <Box component="section" aria-labelledby="accept-version" sx={{ display: 'grid', gap: 1.5 }}>
      <Typography id="accept-version" component="h2" variant="h6">
        {translate('agreements.accept.title')}
      </Typography>
      <Typography>
        {translate('agreements.accept.intro', { agreement: name, version: version.version })}
      </Typography>
      <SignatoryFields signatory={signatory} onChange={setSignatory} />
      <FormControlLabel
        control={
          <Checkbox checked={authority} onChange={(event) => setAuthority(event.target.checked)} />
        }
        label={translate('agreements.accept.authority', { agreement: name })}
      />
      {touched && errorText && <Alert severity="error">{errorText}</Alert>}
      {touched && !authority && (
        <Alert severity="warning">{translate('agreements.accept.authority_required')}</Alert>
      )}
      <Box>
        <Button
          variant="contained"
          startIcon={sending ? <CircularProgress size={18} /> : <HistoryEduIcon />}
          disabled={sending}
          onClick={() => void accept()}
        >
          {translate('agreements.accept.submit', { version: version.version })}
        </Button>
      </Box>
    </Box>
  );
};
