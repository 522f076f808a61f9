import { Alert, Box, Typography } from '@mui/material';
import { stateCodes } from '@hub/domain';
import type { ReactNode } from 'react';
import {
  AutocompleteInput,
  BooleanInput,
  FormDataConsumer,
  RadioButtonGroupInput,
  SelectInput,
  TextInput,
  useGetList,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import type { MarketResponse } from '@hub/web';
import { MaskedBankDetails } from './MaskedBankDetails';
import { useCountryName } from './useCountryName';
import { bankUsesIban, partnerIdWarning, type PartnerFormValues } from './partner-form';

const Section = ({ title, id, children }: { title: string; id: string; children: ReactNode }) => (
  <Box component="section" aria-labelledby={id} sx={{ width: '100%', mb: 2 }}>
    <Typography id={id} component="h2" variant="h6" sx={{ mb: 1 }}>
      {title}
    </Typography>
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' },
        columnGap: 2,
        '& > *': { minWidth: 0 },
      }}
    >
      {children}
    </Box>
  </Box>
);

/** The country of the business address, from the program's markets (`GET /api/markets`). */
const CountryInput = () => {
  const { data = [], isPending } = useGetList<MarketResponse>('markets', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'countryName', order: 'ASC' },
  });
  const countryName = useCountryName();
  const [locale] = useLocaleState();
  // Country names in the console's language, sorted in its collation.
  const collator = new Intl.Collator(locale);
  const choices = data
    .map((market) => ({ id: market.country, name: countryName(market.country) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return (
    <AutocompleteInput
      source="address.country"
      label="resources.partners.fields.address_country"
      choices={choices}
      isPending={isPending}
      isRequired
      fullWidth
    />
  );
};

const StateInput = ({ country }: { country: string | undefined }) => {
  const codes = country ? stateCodes[country] : undefined;
  return codes ? (
    <SelectInput
      source="address.state"
      label="resources.partners.fields.address_state"
      choices={codes.map((code) => ({ id: code, name: code }))}
      isRequired
      fullWidth
    />
  ) : (
    <TextInput source="address.state" label="resources.partners.fields.address_state" fullWidth />
  );
};

const BankInputs = ({ values }: { values: PartnerFormValues }) => {
  const translate = useTranslate();
  const isEdit = (values.bankDetails ?? null) !== null;
  const show = !isEdit || values.changeBankDetails === true;
  const iban = bankUsesIban(values.address?.country);
  return (
    <>
      {isEdit && (
        <Box sx={{ gridColumn: '1 / -1', mb: 1 }}>
          <Typography variant="body2" color="text.secondary">
            {translate('resources.partners.bank.stored')}
          </Typography>
          <Typography>
            <MaskedBankDetails bankDetails={values.bankDetails ?? null} />
          </Typography>
          <BooleanInput source="changeBankDetails" label="resources.partners.bank.change" />
        </Box>
      )}
      {show && (
        <>
          <Alert severity="info" sx={{ gridColumn: '1 / -1', mb: 2 }}>
            {translate(
              iban ? 'resources.partners.bank.iban_hint' : 'resources.partners.bank.account_hint',
            )}
          </Alert>
          <TextInput
            source="newBankDetails.accountHolderName"
            label="resources.partners.fields.accountHolderName"
            fullWidth
          />
          {iban ? (
            <TextInput
              source="newBankDetails.iban"
              label="resources.partners.fields.iban"
              autoComplete="off"
              fullWidth
            />
          ) : (
            <>
              <TextInput
                source="newBankDetails.accountNumber"
                label="resources.partners.fields.accountNumber"
                autoComplete="off"
                fullWidth
              />
              <TextInput
                source="newBankDetails.routingNumber"
                label="resources.partners.fields.routingNumber"
                fullWidth
              />
            </>
          )}
          <TextInput source="newBankDetails.bic" label="resources.partners.fields.bic" fullWidth />
        </>
      )}
    </>
  );
};

/** The partner profile's inputs, shared by create and edit; validation is the form's (partner-form.ts). */
export const PartnerInputs = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%' }}>
      <Section id="partner-company" title={translate('resources.partners.sections.company')}>
        <TextInput source="legalName" isRequired fullWidth />
        <FormDataConsumer<PartnerFormValues>>
          {({ formData }) => {
            const warning = partnerIdWarning(formData.partnerId);
            return (
              <TextInput
                source="partnerId"
                fullWidth
                inputProps={{ inputMode: 'numeric' }}
                helperText={
                  warning
                    ? translate(warning.message, warning.args)
                    : 'resources.partners.fields.partnerId_hint'
                }
              />
            );
          }}
        </FormDataConsumer>
        <TextInput source="website" type="url" fullWidth />
        <TextInput source="phone" type="tel" autoComplete="tel" fullWidth />
      </Section>
      <Section id="partner-address" title={translate('resources.partners.sections.address')}>
        <CountryInput />
        <TextInput
          source="address.addressLine1"
          label="resources.partners.fields.address_addressLine1"
          autoComplete="address-line1"
          isRequired
          fullWidth
        />
        <TextInput
          source="address.addressLine2"
          label="resources.partners.fields.address_addressLine2"
          autoComplete="address-line2"
          fullWidth
        />
        <TextInput
          source="address.city"
          label="resources.partners.fields.address_city"
          autoComplete="address-level2"
          isRequired
          fullWidth
        />
        <FormDataConsumer<PartnerFormValues>>
          {({ formData }) => <StateInput country={formData.address?.country} />}
        </FormDataConsumer>
        <TextInput
          source="address.postalCode"
          label="resources.partners.fields.address_postalCode"
          autoComplete="postal-code"
          fullWidth
        />
      </Section>
      <Section id="partner-bank" title={translate('resources.partners.sections.bank')}>
        <FormDataConsumer<PartnerFormValues>>
          {({ formData }) => <BankInputs values={formData} />}
        </FormDataConsumer>
      </Section>
      <Section id="partner-admin" title={translate('resources.partners.sections.admin')}>
        <TextInput source="adminEmail" type="email" autoComplete="email" isRequired fullWidth />
        <RadioButtonGroupInput
          source="preferredLanguage"
          choices={[
            { id: 'en', name: 'enums.language.en' },
            { id: 'sv', name: 'enums.language.sv' },
          ]}
          helperText="resources.partners.fields.preferredLanguage_hint"
          isRequired
        />
      </Section>
    </Box>
  );
};
