import { Box, LinearProgress, Typography, useMediaQuery, type Theme } from '@mui/material';
import type { RegionResponse } from '@hub/web';
import { useMemo, type ReactNode } from 'react';
import {
  DataTable,
  List,
  ListContextProvider,
  SimpleList,
  useCreatePath,
  useListContext,
  useTranslate,
} from 'react-admin';
import { CellLink } from '../layout/CellLink';
import { ResourceEmpty } from '../layout/ResourceEmpty';
import { useCompareNames } from '../markets/useCountryName';
import { useRegionName } from './useRegionName';

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

/** The region's name, linking to its page (countries, currencies, map). */
const RegionName = ({ region }: { region: RegionResponse }) => {
  const regionName = useRegionName();
  const createPath = useCreatePath();
  return (
    <CellLink to={createPath({ resource: 'regions', id: region.id, type: 'show' })}>
      {regionName(region.id, region.name)}
    </CellLink>
  );
};

/** By the names shown, in the language's collation (the API sorts the English names). */
const InLanguageOrder = ({ children }: { children: ReactNode }) => {
  const list = useListContext<RegionResponse>();
  const regionName = useRegionName();
  const compare = useCompareNames();
  const { data, sort } = list;
  const sorted = useMemo(() => {
    if (!data || sort.field !== 'name') {
      return data;
    }
    const name = (region: RegionResponse) => regionName(region.id, region.name);
    const ascending = [...data].sort((a, b) => compare(name(a), name(b)));
    return sort.order === 'DESC' ? ascending.reverse() : ascending;
  }, [data, sort, regionName, compare]);
  return (
    <ListContextProvider value={{ ...list, data: sorted } as typeof list}>
      {children}
    </ListContextProvider>
  );
};

/** Phones: one line per region (name, then its countries and currencies), no table to scroll. */
const RegionSimpleList = () => {
  const regionName = useRegionName();
  const translate = useTranslate();
  return (
    <SimpleList<RegionResponse>
      primaryText={(region) => regionName(region.id, region.name)}
      secondaryText={(region) =>
        `${translate('resources.regions.fields.countryCount')}: ${region.countryCount} · ${region.currencies.join(', ')}`
      }
      rowClick="show"
    />
  );
};

const Column = DataTable.Col<RegionResponse>;

export const RegionList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return (
    <List<RegionResponse>
      sort={{ field: 'name', order: 'ASC' }}
      perPage={50}
      pagination={false}
      exporter={false}
      empty={<ResourceEmpty resource="regions" />}
    >
      <InLanguageOrder>
        {isSmall ? (
          <RegionSimpleList />
        ) : (
          <DataTable<RegionResponse> rowClick="show" bulkActionButtons={false}>
            <Column source="name" render={(region) => <RegionName region={region} />} />
            <Column source="countryCount" render={(region) => <CountryCount region={region} />} />
            <Column
              source="currencies"
              disableSort
              render={(region) => region.currencies.join(', ')}
            />
          </DataTable>
        )}
      </InLanguageOrder>
    </List>
  );
};
