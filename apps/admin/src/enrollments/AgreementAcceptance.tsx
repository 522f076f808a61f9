import HistoryEduIcon from '@mui/icons-material/HistoryEdu';
import { Alert, Box, Checkbox, FormControlLabel, Typography } from '@mui/material';
import { parseSignatory } from '@hub/domain';
import { useState } from 'react';
import { useGetIdentity, useTranslate } from 'react-admin';
import type { EnrollmentResponse } from '../api/responses';
import type { useEnrollmentCommand } from '../api/useEnrollmentCommand';
import { useFormatters } from '../api/useFormatters';
import { CommandButton } from './CommandButton';
import { SignatoryFields, type Signatory } from './SignatoryFields';
import { findCommand } from './commands';

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
      <SignatoryFields
        signatory={signatory}
        onChange={setSignatory}
        emailError={touched ? emailError : undefined}
      />
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
