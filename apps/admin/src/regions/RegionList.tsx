import { Box, LinearProgress, Typography } from '@mui/material';
import { DataTable, List, useListContext, useTranslate } from 'react-admin';
import { CellLink } from '../layout/CellLink';
import { ResourceEmpty } from '../layout/ResourceEmpty';
import type { RegionResponse } from './region.response';
import { useRegionName } from './useRegionName';

/** The markets list filtered on one region. */
const marketsOf = (region: RegionResponse) =>
  `/markets?filter=${encodeURIComponent(JSON.stringify({ region: region.id }))}`;

/** The country count with a bar against the largest region: a chart that costs nothing. */
const CountryCount = ({ region }: { region: RegionResponse }) => {
  const { data = [] } = useListContext<RegionResponse>();
  const largest = Math.max(1, ...data.map((each) => each.countryCount));
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 160 }}>
      <Typography variant="body2" sx={{ minWidth: '2ch', textAlign: 'right' }}>
        {region.countryCount}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={(100 * region.countryCount) / largest}
        aria-hidden
        sx={{ flex: 1, height: 8, borderRadius: 1 }}
      />
    </Box>
  );
};

const RegionName = ({ region }: { region: RegionResponse }) => {
  const regionName = useRegionName();
  const translate = useTranslate();
  const name = regionName(region.id, region.name);
  return (
    <CellLink to={marketsOf(region)} title={translate('resources.regions.show_markets', { name })}>
      {name}
    </CellLink>
  );
};

const Column = DataTable.Col<RegionResponse>;

export const RegionList = () => (
  <List<RegionResponse>
    sort={{ field: 'name', order: 'ASC' }}
    perPage={50}
    pagination={false}
    exporter={false}
    empty={<ResourceEmpty resource="regions" />}
  >
    <DataTable<RegionResponse>
      rowClick={(_id, _resource, record) => marketsOf(record)}
      bulkActionButtons={false}
    >
      <Column source="name" render={(region) => <RegionName region={region} />} />
      <Column source="countryCount" render={(region) => <CountryCount region={region} />} />
      <Column source="currencies" disableSort render={(region) => region.currencies.join(', ')} />
    </DataTable>
  </List>
);
