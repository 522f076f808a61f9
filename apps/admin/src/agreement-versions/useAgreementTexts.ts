import type { AgreementVersionResponse } from '@hub/web';
import { useLocaleState, useTranslate } from 'react-admin';

/** A version's title and text in the console's language, and its agreement's name. */
export function useAgreementTexts() {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  return {
    text: (version: AgreementVersionResponse) =>
      locale === 'sv' ? version.texts.sv : version.texts.en,
    agreementName: (kind: string) => translate(`enums.agreement.${kind}`, { _: kind }),
  };
}
