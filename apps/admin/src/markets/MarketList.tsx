import { DataTable, List, useCreatePath } from 'react-admin';
import { CellLink } from '../layout/CellLink';
import { ResourceEmpty } from '../layout/ResourceEmpty';
import { useRegionName } from '../regions/useRegionName';
import { CurrencyCell } from './CurrencyCell';
import type { MarketResponse } from '@hub/web';
import { marketFilters } from './MarketFilters';

const CountryCell = ({ market }: { market: MarketResponse }) => {
  const createPath = useCreatePath();
  return (
    <CellLink to={createPath({ resource: 'markets', id: market.id, type: 'show' })}>
      {market.countryName}
    </CellLink>
  );
};

const RegionCell = ({ market }: { market: MarketResponse }) => {
  const regionName = useRegionName();
  return <>{regionName(market.region)}</>;
};

const Column = DataTable.Col<MarketResponse>;

export const MarketList = () => (
  <List<MarketResponse>
    filters={marketFilters}
    sort={{ field: 'countryName', order: 'ASC' }}
    perPage={25}
    exporter={false}
    empty={<ResourceEmpty resource="markets" />}
  >
    <DataTable<MarketResponse> rowClick="show" bulkActionButtons={false}>
      <Column source="countryName" render={(market) => <CountryCell market={market} />} />
      <Column source="country" />
      <Column source="region" render={(market) => <RegionCell market={market} />} />
      <Column source="currency" render={(market) => <CurrencyCell market={market} />} />
    </DataTable>
  </List>
);
