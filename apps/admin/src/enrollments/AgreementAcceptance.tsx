import HistoryEduIcon from '@mui/icons-material/HistoryEdu';
import { Alert, Box, Checkbox, FormControlLabel, TextField, Typography } from '@mui/material';
import { parseSignatory } from '@hub/domain';
import { useState } from 'react';
import { useGetIdentity, useTranslate } from 'react-admin';
import type { EnrollmentResponse } from '../api/responses';
import type { useEnrollmentCommand } from '../api/useEnrollmentCommand';
import { useFormatters } from '../api/useFormatters';
import { CommandButton } from './CommandButton';
import { findCommand } from './commands';

type Signatory = { name: string; title: string; email: string };

/**
 * Once verified: the agreement of the enrollment's own program (indirect reseller terms or the
 * Microsoft Partner Agreement), accepted by a named signatory; the proof is the acceptance shown
 * afterwards (who, title, e-mail, version, time).
 */
export const AgreementAcceptance = ({
  enrollment,
  commands,
}: {
  enrollment: EnrollmentResponse;
  commands: ReturnType<typeof useEnrollmentCommand>;
}) => {
  const translate = useTranslate();
  const { dateTime } = useFormatters();
  const { identity } = useGetIdentity();
  const [signatory, setSignatory] = useState<Signatory>(() => ({
    name: identity?.fullName ?? '',
    title: '',
    email: typeof identity?.['username'] === 'string' ? identity['username'] : '',
  }));
  const [authority, setAuthority] = useState(false);
  const [touched, setTouched] = useState(false);
  const command = findCommand(enrollment, 'accept-agreement');
  const { acceptance, agreement } = enrollment;

  if (acceptance) {
    return (
      <Box component="section" aria-labelledby="agreement">
        <Typography id="agreement" component="h2" variant="h6" gutterBottom>
          {translate('resources.enrollments.agreement.title')}
        </Typography>
        <Alert severity="success">
          {translate('resources.enrollments.agreement.accepted', {
            agreement: translate(`enums.agreement.${acceptance.kind}`, { _: acceptance.kind }),
            version: acceptance.version,
            name: acceptance.signatoryName,
            title: acceptance.signatoryTitle,
            email: acceptance.signatoryEmail,
            at: dateTime(acceptance.acceptedAt),
          })}
        </Alert>
      </Box>
    );
  }
  if (!command || !agreement) {
    return null;
  }
  const parsed = parseSignatory(signatory);
  const error = !parsed.ok ? parsed.error : undefined;
  const errorText = error
    ? translate(`errors.${error.code}`, { ...error.details, _: error.code })
    : undefined;
  const emailError = error?.code.startsWith('partner.email') ? errorText : undefined;
  const otherError = error && !emailError ? errorText : undefined;
  const agreementName = translate(`enums.agreement.${agreement.kind}`, { _: agreement.kind });
  const set = (name: keyof Signatory) => (event: { target: { value: string } }) =>
    setSignatory({ ...signatory, [name]: event.target.value });

  return (
    <Box component="section" aria-labelledby="agreement" sx={{ display: 'grid', gap: 1.5 }}>
      <Typography id="agreement" component="h2" variant="h6">
        {translate('resources.enrollments.agreement.title')}
      </Typography>
      <Typography>
        {translate('resources.enrollments.agreement.intro', {
          agreement: agreementName,
          version: agreement.version,
        })}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr' }, gap: 2 }}>
        <TextField
          label={translate('resources.enrollments.agreement.name')}
          value={signatory.name}
          onChange={set('name')}
          autoComplete="name"
          required
        />
        <TextField
          label={translate('resources.enrollments.agreement.job_title')}
          value={signatory.title}
          onChange={set('title')}
          autoComplete="organization-title"
          required
        />
        <TextField
          label={translate('resources.enrollments.agreement.email')}
          type="email"
          value={signatory.email}
          onChange={set('email')}
          autoComplete="email"
          required
          error={touched && emailError !== undefined}
          helperText={touched ? emailError : undefined}
        />
      </Box>
      <FormControlLabel
        control={
          <Checkbox checked={authority} onChange={(event) => setAuthority(event.target.checked)} />
        }
        label={translate('resources.enrollments.agreement.authority', { agreement: agreementName })}
      />
      {touched && otherError && <Alert severity="error">{otherError}</Alert>}
      <Box>
        <CommandButton
          command={command}
          label={translate('resources.enrollments.agreement.accept', { agreement: agreementName })}
          pending={commands.pending === 'accept-agreement'}
          startIcon={<HistoryEduIcon />}
          extraReason={
            authority ? undefined : translate('resources.enrollments.agreement.authority_required')
          }
          onClick={() => {
            setTouched(true);
            if (parsed.ok && authority) {
              void commands.run('accept-agreement', {
                version: agreement.version,
                signatory: {
                  name: signatory.name.trim(),
                  title: signatory.title.trim(),
                  email: signatory.email.trim(),
                },
              });
            }
          }}
        />
      </Box>
    </Box>
  );
};
