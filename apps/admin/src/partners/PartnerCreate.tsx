import { Create, SimpleForm, useLocaleState, useTranslate } from 'react-admin';
import { PartnerInputs } from './PartnerInputs';
import { usePartnerForm } from './usePartnerForm';

/** Ada creates her tenant's profile: the tenant comes from her token, never from the form. */
export const PartnerCreate = () => {
  const translate = useTranslate();
  const { validate, transform, mutationOptions } = usePartnerForm();
  const [locale] = useLocaleState();
  return (
    <Create
      title={translate('resources.partners.action.create')}
      transform={transform}
      mutationOptions={mutationOptions}
      redirect={() => '/partners'}
    >
      <SimpleForm
        validate={validate}
        defaultValues={{ preferredLanguage: locale === 'sv' ? 'sv' : 'en' }}
        mode="onBlur"
        reValidateMode="onChange"
      >
        <PartnerInputs />
      </SimpleForm>
    </Create>
  );
};
