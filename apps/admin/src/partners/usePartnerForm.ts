import { useCallback, useState } from 'react';
import { useTranslate } from 'react-admin';
import { newIdempotencyKey } from '../api/httpClient';
import { useApiError } from '../api/useApiError';
import { toPartnerBody, validatePartnerForm, type PartnerFormValues } from './partner-form';

/**
 * What create and edit share: validation in the console's language, the body sent, and one
 * Idempotency-Key per save (a new one after a refusal, since the corrected body differs).
 */
export function usePartnerForm() {
  const translate = useTranslate();
  const onApiError = useApiError();
  const [key, setKey] = useState(newIdempotencyKey);
  const validate = useCallback(
    (values: PartnerFormValues) =>
      validatePartnerForm(values, (field) =>
        translate(`resources.partners.fields.address_${field}`),
      ),
    [translate],
  );
  const onError = useCallback(
    (error: unknown) => {
      setKey(newIdempotencyKey());
      onApiError(error);
    },
    [onApiError],
  );
  return {
    validate,
    transform: (values: PartnerFormValues) => toPartnerBody(values),
    mutationOptions: { meta: { idempotencyKey: key }, onError },
  };
}
