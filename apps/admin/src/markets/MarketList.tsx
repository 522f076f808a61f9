import { useMediaQuery, type Theme } from '@mui/material';
import type { MarketResponse } from '@hub/web';
import { useMemo, type ReactNode } from 'react';
import {
  DataTable,
  List,
  ListContextProvider,
  SimpleList,
  useCreatePath,
  useListContext,
} from 'react-admin';
import { CellLink } from '../layout/CellLink';
import { ResourceEmpty } from '../layout/ResourceEmpty';
import { useRegionName } from '../regions/useRegionName';
import { CurrencyCell } from './CurrencyCell';
import { marketFilters } from './MarketFilters';
import { MarketMap } from './MarketMap';
import { useCompareNames, useCountryName } from './useCountryName';

const CountryCell = ({ market }: { market: MarketResponse }) => {
  const createPath = useCreatePath();
  const name = useCountryName();
  return (
    <CellLink to={createPath({ resource: 'markets', id: market.id, type: 'show' })}>
      {name(market)}
    </CellLink>
  );
};

const RegionCell = ({ market }: { market: MarketResponse }) => {
  const regionName = useRegionName();
  return <>{regionName(market.region)}</>;
};

/**
 * The API sorts by the program's English names; this puts the rows in the order of the names
 * shown, in the language's collation (Swedish: Österrike after Zambia). Every market is on the
 * one page (there are some 250), so the order holds across the whole list.
 */
const InLanguageOrder = ({ children }: { children: ReactNode }) => {
  const list = useListContext<MarketResponse>();
  const name = useCountryName();
  const regionName = useRegionName();
  const compare = useCompareNames();
  const { data, sort } = list;
  const sorted = useMemo(() => {
    const label =
      sort.field === 'countryName'
        ? name
        : sort.field === 'region'
          ? (market: MarketResponse) => regionName(market.region)
          : undefined;
    if (!data || !label) {
      return data;
    }
    const ascending = [...data].sort(
      (a, b) => compare(label(a), label(b)) || compare(name(a), name(b)),
    );
    return sort.order === 'DESC' ? ascending.reverse() : ascending;
  }, [data, sort, name, regionName, compare]);
  return (
    <ListContextProvider value={{ ...list, data: sorted } as typeof list}>
      {children}
    </ListContextProvider>
  );
};

/** Phones: one line per market (country, then region and currency), no table to scroll. */
const MarketSimpleList = () => {
  const name = useCountryName();
  const regionName = useRegionName();
  return (
    <SimpleList<MarketResponse>
      primaryText={(market) => name(market)}
      secondaryText={(market) => regionName(market.region)}
      tertiaryText={(market) => market.currency}
      rowClick="show"
    />
  );
};

const Column = DataTable.Col<MarketResponse>;

export const MarketList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return (
    <List<MarketResponse>
      filters={marketFilters}
      sort={{ field: 'countryName', order: 'ASC' }}
      perPage={500}
      pagination={false}
      exporter={false}
      empty={<ResourceEmpty resource="markets" />}
    >
      <InLanguageOrder>
        <MarketMap />
        {isSmall ? (
          <MarketSimpleList />
        ) : (
          <DataTable<MarketResponse> rowClick="show" bulkActionButtons={false}>
            <Column source="countryName" render={(market) => <CountryCell market={market} />} />
            <Column source="country" />
            <Column source="region" render={(market) => <RegionCell market={market} />} />
            <Column source="currency" render={(market) => <CurrencyCell market={market} />} />
          </DataTable>
        )}
      </InLanguageOrder>
    </List>
  );
};
