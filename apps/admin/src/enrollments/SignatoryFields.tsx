import { Box, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';

export type Signatory = { name: string; title: string; email: string };

/**
 * Who signs an agreement (DOMAIN.md §4's proof): full name, job title and work e-mail, as the
 * enrollment's first acceptance and a new version's acceptance both ask for them.
 */
export const SignatoryFields = ({
  signatory,
  onChange,
  emailError,
}: {
  signatory: Signatory;
  onChange: (signatory: Signatory) => void;
  /** The e-mail's refusal, once the person has tried to accept. */
  emailError?: string;
}) => {
  const translate = useTranslate();
  const set = (field: keyof Signatory) => (event: { target: { value: string } }) =>
    onChange({ ...signatory, [field]: event.target.value });
  return (
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
        error={emailError !== undefined}
        helperText={emailError}
      />
    </Box>
  );
};
