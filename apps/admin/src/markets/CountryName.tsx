import type { MarketResponse } from '@hub/web';
import { useRecordContext, useTranslate } from 'react-admin';
import { useCountryName } from './useCountryName';

/** The record's country in the current language. */
export const CountryName = () => {
  const market = useRecordContext<MarketResponse>();
  const name = useCountryName();
  return market ? <>{name(market)}</> : null;
};

/** A market page's title: "Market Sverige" (react-admin's default would name it in English). */
export const MarketTitle = () => {
  const market = useRecordContext<MarketResponse>();
  const name = useCountryName();
  const translate = useTranslate();
  return (
    <>
      {translate('ra.page.show', {
        name: translate('resources.markets.name', { smart_count: 1 }),
        recordRepresentation: market ? name(market) : '',
      })}
    </>
  );
};
