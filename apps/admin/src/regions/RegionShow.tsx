import {
  Box,
  LinearProgress,
  Link,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { MarketResponse, RegionResponse } from '@hub/web';
import { useId, useMemo, type ReactNode } from 'react';
import {
  LinkBase,
  Show,
  useCreatePath,
  useGetList,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { CellLink } from '../layout/CellLink';
import { CurrencyCell } from '../markets/CurrencyCell';
import { LazyWorldMap, MapLegend, useAllMarkets } from '../markets/MarketMap';
import { useCompareNames, useCountryName } from '../markets/useCountryName';
import { currencyShares } from './region-summary';
import { useRegionName } from './useRegionName';

/** "Region Europa": the page's title in the current language. */
const RegionTitle = () => {
  const region = useRecordContext<RegionResponse>();
  const regionName = useRegionName();
  const translate = useTranslate();
  return (
    <>
      {translate('ra.page.show', {
        name: translate('resources.regions.name', { smart_count: 1 }),
        recordRepresentation: region ? regionName(region.id, region.name) : '',
      })}
    </>
  );
};

/** A titled part of the page, named by its heading for screen readers. */
const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const id = useId();
  return (
    <Box component="section" aria-labelledby={id} sx={{ display: 'grid', gap: 1 }}>
      <Typography id={id} component="h2" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
};

/** The region's markets, in the names' order in the current language. */
function useRegionMarkets(region: string | undefined) {
  const name = useCountryName();
  const compare = useCompareNames();
  const { data, isPending } = useGetList<MarketResponse>(
    'markets',
    {
      filter: { region },
      pagination: { page: 1, perPage: 500 },
      sort: { field: 'countryName', order: 'ASC' },
    },
    { enabled: region !== undefined },
  );
  const sorted = useMemo(
    () => (data ? [...data].sort((a, b) => compare(name(a), name(b))) : undefined),
    [data, name, compare],
  );
  return { markets: sorted, isPending };
}

/** Each billing currency with the number of the region's countries billed in it. */
const CurrencyShares = ({ markets }: { markets: readonly MarketResponse[] }) => {
  const translate = useTranslate();
  const shares = currencyShares(markets);
  const largest = Math.max(1, ...shares.map((share) => share.countries));
  return (
    <Table size="small" sx={{ maxWidth: 480 }} data-testid="currency-shares">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.regions.fields.currency')}</TableCell>
          <TableCell>{translate('resources.regions.fields.countryCount')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {shares.map((share) => (
          <TableRow key={share.currency}>
            <TableCell>{share.currency}</TableCell>
            <TableCell>
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 160 }}>
                <Typography variant="body2" sx={{ minWidth: '2ch', textAlign: 'right' }}>
                  {share.countries}
                </Typography>
                <LinearProgress
                  variant="determinate"
                  value={(100 * share.countries) / largest}
                  aria-hidden
                  sx={{ flex: 1, height: 8, borderRadius: 1 }}
                />
              </Box>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const CountryTable = ({ markets }: { markets: readonly MarketResponse[] }) => {
  const translate = useTranslate();
  const name = useCountryName();
  const createPath = useCreatePath();
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid="region-countries">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.markets.fields.countryName')}</TableCell>
            <TableCell>{translate('resources.markets.fields.country')}</TableCell>
            <TableCell>{translate('resources.markets.fields.currency')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {markets.map((market) => (
            <TableRow key={market.id}>
              <TableCell>
                <CellLink to={createPath({ resource: 'markets', id: market.id, type: 'show' })}>
                  {name(market)}
                </CellLink>
              </TableCell>
              <TableCell>{market.country}</TableCell>
              <TableCell>
                <CurrencyCell market={market} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

/** The region's countries and billing currencies, and the region on the map. */
const RegionDetails = () => {
  const region = useRecordContext<RegionResponse>();
  const translate = useTranslate();
  const regionName = useRegionName();
  const { markets, isPending } = useRegionMarkets(region?.id);
  const { data: all } = useAllMarkets();
  const highlighted = useMemo(
    () => new Set((markets ?? []).map((market) => market.country)),
    [markets],
  );
  if (!region) {
    return null;
  }
  const name = regionName(region.id, region.name);
  const marketsList = `/markets?filter=${encodeURIComponent(JSON.stringify({ region: region.id }))}`;
  return (
    <Box sx={{ p: 2, display: 'grid', gap: 3 }}>
      <Typography>
        {translate('resources.regions.summary', {
          countries: translate('resources.regions.countries', {
            smart_count: region.countryCount,
          }),
          currencies: translate('resources.regions.currencies', {
            smart_count: region.currencies.length,
          }),
        })}{' '}
        <Link component={LinkBase} to={marketsList}>
          {translate('resources.regions.show_markets', { name })}
        </Link>
      </Typography>
      <Section title={translate('resources.regions.currencies_title')}>
        {markets ? <CurrencyShares markets={markets} /> : <Skeleton height={120} />}
      </Section>
      <Section title={translate('resources.regions.map_title')}>
        {all && markets ? (
          <LazyWorldMap
            markets={all}
            highlighted={highlighted}
            focus={region.id}
            label={translate('resources.regions.map_label', { name })}
          />
        ) : (
          <Skeleton variant="rectangular" sx={{ width: '100%', aspectRatio: '960 / 440' }} />
        )}
        <MapLegend
          entries={[{ region: region.id, count: markets?.length ?? region.countryCount }]}
          neutralLabel={translate('resources.regions.neutral')}
        />
      </Section>
      <Section title={translate('resources.regions.countries_title')}>
        {isPending || !markets ? <Skeleton height={240} /> : <CountryTable markets={markets} />}
      </Section>
    </Box>
  );
};

export const RegionShow = () => (
  <Show<RegionResponse> title={<RegionTitle />}>
    <RegionDetails />
  </Show>
);
