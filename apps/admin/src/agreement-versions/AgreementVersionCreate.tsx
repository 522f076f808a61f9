import { Box, Typography } from '@mui/material';
import { regionNames } from '@hub/domain';
import { useState } from 'react';
import {
  AutocompleteArrayInput,
  BooleanInput,
  Create,
  DateInput,
  FormDataConsumer,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { useApiError } from '../api/useApiError';
import { useRegionName } from '../regions/useRegionName';

type Draft = {
  kind: string;
  version: string;
  publishedOn: string;
  requireReacceptance?: boolean;
  reacceptBy?: string | null;
  regions?: string[];
  texts: { en: { title: string; body: string }; sv: { title: string; body: string } };
};

/** What the API takes: a deadline only when re-acceptance is asked for, no regions for all. */
export const toPublishBody = (draft: Draft) => ({
  kind: draft.kind,
  version: draft.version?.trim(),
  publishedOn: draft.publishedOn,
  ...(draft.requireReacceptance && draft.reacceptBy ? { reacceptBy: draft.reacceptBy } : {}),
  ...(draft.regions && draft.regions.length > 0 ? { regions: draft.regions } : {}),
  texts: draft.texts,
});

const TextFields = ({ locale }: { locale: 'en' | 'sv' }) => {
  const translate = useTranslate();
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, width: '100%' }}>
      <Typography component="legend" variant="subtitle1" sx={{ mb: 1 }}>
        {translate(`agreements.create.text_${locale}`)}
      </Typography>
      <TextInput
        source={`texts.${locale}.title`}
        label="agreements.create.title_field"
        validate={required()}
        fullWidth
      />
      <TextInput
        source={`texts.${locale}.body`}
        label="agreements.create.body_field"
        validate={required()}
        multiline
        minRows={6}
        fullWidth
      />
    </Box>
  );
};

/** A program admin publishes a new version, in English and Swedish. */
export const AgreementVersionCreate = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const onError = useApiError();
  const regionName = useRegionName();
  // One key per visit to the form: a retried click publishes once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const today = new Date().toISOString().slice(0, 10);
  return (
    <Create
      title={translate('agreements.create.title')}
      transform={(data: Draft) => toPublishBody(data)}
      mutationOptions={{
        meta: { idempotencyKey },
        onSuccess: (data: { id: string; version: string }) => {
          notify('agreements.create.published', {
            type: 'success',
            messageArgs: { version: data.version },
          });
          redirect('show', 'agreement-versions', data.id);
        },
        onError,
      }}
    >
      <SimpleForm
        defaultValues={{ kind: 'indirect_reseller_terms', publishedOn: today }}
        sx={{ maxWidth: 900 }}
      >
        <Typography sx={{ mb: 2 }} color="text.secondary">
          {translate('agreements.create.intro')}
        </Typography>
        <SelectInput
          source="kind"
          label="agreements.fields.kind"
          choices={[
            { id: 'indirect_reseller_terms', name: 'enums.agreement.indirect_reseller_terms' },
            {
              id: 'microsoft_partner_agreement',
              name: 'enums.agreement.microsoft_partner_agreement',
            },
          ]}
          validate={required()}
        />
        <TextInput
          source="version"
          label="agreements.fields.version"
          helperText="agreements.create.version_hint"
          validate={required()}
        />
        <DateInput
          source="publishedOn"
          label="agreements.fields.publishedOn"
          helperText="agreements.create.published_on_hint"
          validate={required()}
        />
        <BooleanInput
          source="requireReacceptance"
          label="agreements.create.require_reacceptance"
          helperText="agreements.create.require_reacceptance_hint"
        />
        <FormDataConsumer<Draft>>
          {({ formData }) =>
            formData.requireReacceptance ? (
              <DateInput
                source="reacceptBy"
                label="agreements.fields.reacceptBy"
                helperText="agreements.create.reaccept_by_hint"
                validate={required()}
              />
            ) : null
          }
        </FormDataConsumer>
        <AutocompleteArrayInput
          source="regions"
          label="agreements.fields.regions"
          helperText="agreements.create.regions_hint"
          choices={regionNames.map((region) => ({ id: region, name: regionName(region) }))}
          sx={{ minWidth: 320 }}
        />
        <TextFields locale="en" />
        <TextFields locale="sv" />
      </SimpleForm>
    </Create>
  );
};
