import { useId } from 'react';
import { format } from '../i18n/format';
import { useI18n } from '../i18n/useI18n';
import type { MarketResponse } from '@hub/web';
import { currencyName } from './names';

/** The chosen country: its region and the currency resellers there are billed in. */
export const MarketDetails = ({
  market,
  name,
  regionName,
}: {
  market: MarketResponse;
  name: string;
  regionName: string;
}) => {
  const { locale, messages } = useI18n();
  const m = messages.finder;
  const titleId = useId();
  const currency = currencyName(market.currency, locale);
  return (
    <section className="market" aria-labelledby={titleId}>
      <h2 id={titleId}>{name}</h2>
      <p>{format(m.billed_in, { country: name, currency: market.currency })}</p>
      <dl>
        <dt>{m.market_region}</dt>
        <dd>{regionName}</dd>
        <dt>{m.billing_currency}</dt>
        <dd>
          <span className="currency-code">{market.currency}</span>
          {currency && <span> · {currency}</span>}
          {market.currencyInferred && <span className="note"> {m.currency_inferred}</span>}
        </dd>
      </dl>
    </section>
  );
};
