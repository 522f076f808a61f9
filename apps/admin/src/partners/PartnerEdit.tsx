import { Edit, SimpleForm, useTranslate } from 'react-admin';
import { PartnerInputs } from './PartnerInputs';
import { usePartnerForm } from './usePartnerForm';

/** Ada changes the profile; `If-Match` carries the version she read (a 412 says it changed). */
export const PartnerEdit = () => {
  const translate = useTranslate();
  const { validate, transform, mutationOptions } = usePartnerForm();
  return (
    <Edit
      title={translate('resources.partners.action.edit')}
      mutationMode="pessimistic"
      transform={transform}
      mutationOptions={mutationOptions}
      redirect={() => '/partners'}
    >
      <SimpleForm validate={validate} mode="onBlur" reValidateMode="onChange">
        <PartnerInputs />
      </SimpleForm>
    </Edit>
  );
};
