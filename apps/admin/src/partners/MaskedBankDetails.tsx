import { useTranslate } from 'react-admin';
import type { MaskedBankDetails as Masked } from '../api/responses';

/** "IBAN •••• 7466 · ESSESESS · Contoso Ltd": what the API shows of an account, never more. */
export const MaskedBankDetails = ({ bankDetails }: { bankDetails: Masked | null }) => {
  const translate = useTranslate();
  if (!bankDetails) {
    return <>{translate('resources.partners.bank.none')}</>;
  }
  const kind = translate(`resources.partners.bank.kind_${bankDetails.kind}`);
  const parts = [
    `${kind} •••• ${bankDetails.last4}`,
    bankDetails.bic ? `BIC ${bankDetails.bic}` : undefined,
    bankDetails.accountHolderName,
  ].filter(Boolean);
  return (
    <span aria-label={translate('resources.partners.bank.masked', { last4: bankDetails.last4 })}>
      {parts.join(' · ')}
    </span>
  );
};
