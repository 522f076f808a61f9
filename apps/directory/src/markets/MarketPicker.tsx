import { regionLabel } from '@hub/domain';
import { useCallback, useId, useMemo } from 'react';
import { fetchAll } from '../api/fetch-list';
import { useRemote } from '../api/useRemote';
import { format, plural } from '../i18n/format';
import { useI18n } from '../i18n/useI18n';
import { MarketDetails } from './MarketDetails';
import type { MarketResponse, RegionResponse } from '@hub/web';
import { countryName } from './names';

const loadRegions = (signal: AbortSignal) =>
  fetchAll<RegionResponse>({ resource: 'regions', sort: ['name', 'ASC'], signal });

export type Selection = { region?: string; country?: string };

/**
 * Region, then country (with its billing currency): where the reseller's business is. The
 * search page keeps the selection as its region and country filters.
 */
export const MarketPicker = ({
  selection,
  select,
}: {
  selection: Selection;
  select: (next: Selection) => void;
}) => {
  const { locale, messages } = useI18n();
  const m = messages.finder;
  const ids = { region: useId(), country: useId(), status: useId() };

  const [regions, retryRegions] = useRemote(loadRegions);
  const region =
    regions.status === 'ready'
      ? regions.data.find((each) => each.id === selection.region)
      : undefined;
  const regionName = (each: RegionResponse) => regionLabel(each.id, locale);

  const loadMarkets = useMemo(
    () =>
      region
        ? (signal: AbortSignal) =>
            fetchAll<MarketResponse>({
              resource: 'markets',
              sort: ['countryName', 'ASC'],
              filter: { region: region.id },
              signal,
            })
        : undefined,
    [region],
  );
  const [markets, retryMarkets] = useRemote(loadMarkets);

  const countries = useMemo(() => {
    if (markets.status !== 'ready') {
      return [];
    }
    const collator = new Intl.Collator(locale);
    return markets.data
      .map((market) => ({ market, name: countryName(market, locale) }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [markets, locale]);
  const market = countries.find(({ market }) => market.id === selection.country);

  const retry = useCallback(() => {
    if (regions.status === 'error') {
      retryRegions();
    } else {
      retryMarkets();
    }
  }, [regions.status, retryRegions, retryMarkets]);

  const status = ((): string => {
    switch (regions.status) {
      case 'idle':
      case 'loading':
        return m.loading_regions;
      case 'error':
        return m.error;
      case 'ready':
        break;
    }
    if (regions.data.length === 0) {
      return m.no_regions;
    }
    if (!region) {
      return '';
    }
    const name = regionName(region);
    switch (markets.status) {
      case 'idle':
      case 'loading':
        return format(m.loading_countries, { region: name });
      case 'error':
        return m.error;
      case 'ready':
        return countries.length === 0
          ? format(m.no_countries, { region: name })
          : plural(m.countries_in_region, countries.length, locale, { region: name });
    }
  })();
  const hasFailed = regions.status === 'error' || markets.status === 'error';

  return (
    <section className="picker" aria-labelledby={`${ids.region}-legend`}>
      <fieldset>
        <legend id={`${ids.region}-legend`}>{m.legend}</legend>
        <div className="field">
          <label htmlFor={ids.region}>{m.region}</label>
          <select
            id={ids.region}
            value={region?.id ?? ''}
            aria-describedby={ids.status}
            onChange={(event) => select({ region: event.target.value || undefined })}
          >
            <option value="">
              {regions.status === 'loading' ? m.loading_regions : m.choose_region}
            </option>
            {regions.status === 'ready' &&
              regions.data.map((each) => (
                <option key={each.id} value={each.id}>
                  {regionName(each)}
                </option>
              ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.country}>{m.country}</label>
          <select
            id={ids.country}
            value={market?.market.id ?? ''}
            disabled={!region}
            aria-describedby={ids.status}
            onChange={(event) =>
              select({ region: region?.id, country: event.target.value || undefined })
            }
          >
            <option value="">{region ? m.choose_country : m.region_first}</option>
            {countries.map(({ market: each, name }) => (
              <option key={each.id} value={each.id}>
                {name}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <div className="status-row">
        <p
          id={ids.status}
          className={hasFailed ? 'status status-error' : 'status'}
          role="status"
          aria-live="polite"
        >
          {status}
        </p>
        {hasFailed && (
          <button type="button" onClick={retry}>
            {m.retry}
          </button>
        )}
      </div>
      {market && region && (
        <MarketDetails market={market.market} name={market.name} regionName={regionName(region)} />
      )}
    </section>
  );
};
