import { Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import {
  DataTable,
  DateInput,
  List,
  SelectInput,
  useListContext,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { regionNames } from '@hub/domain';
import type { SearchMissResponse } from '../api/responses';
import { useFormatters } from '../api/useFormatters';
import { ResourceEmpty } from '../layout/ResourceEmpty';
import { useCountryName } from '../partners/useCountryName';
import { useRegionName } from '../regions/useRegionName';
import { SearchIndexPanel } from './SearchIndexPanel';

/** "SE | NO" → "Sweden or Norway"; "" → "any country". */
const useKeyLabel = () => {
  const translate = useTranslate();
  const countryName = useCountryName();
  const regionName = useRegionName();
  return {
    country: (value: string) =>
      value === ''
        ? translate('directory_insights.any')
        : value
            .split(' & ')
            .map((part) =>
              part.split(' | ').map(countryName).join(translate('directory_insights.or')),
            )
            .join(', '),
    region: (value: string) =>
      value === ''
        ? translate('directory_insights.any')
        : value
            .split(' & ')
            .map((part) =>
              part
                .split(' | ')
                .map((name) => regionName(name))
                .join(translate('directory_insights.or')),
            )
            .join(', '),
  };
};

/** The countries resellers searched most without finding a provider (this page's rows). */
const MissChart = () => {
  const { data } = useListContext<SearchMissResponse>();
  const translate = useTranslate();
  const label = useKeyLabel();
  const byCountry = new Map<string, number>();
  for (const row of data ?? []) {
    const key = label.country(row.country);
    byCountry.set(key, (byCountry.get(key) ?? 0) + row.count);
  }
  const top = [...byCountry].sort((a, b) => b[1] - a[1]).slice(0, 10);
  if (top.length === 0) {
    return null;
  }
  return (
    <Box
      role="img"
      aria-label={translate('directory_insights.chart_label', {
        list: top.map(([name, count]) => `${name}: ${count}`).join(', '),
      })}
    >
      <BarChart
        height={Math.max(120, 40 * top.length + 60)}
        layout="horizontal"
        xAxis={[{ tickMinStep: 1 }]}
        yAxis={[{ scaleType: 'band', data: top.map(([name]) => name), width: 160 }]}
        series={[
          { data: top.map(([, count]) => count), label: translate('directory_insights.searches') },
        ]}
        hideLegend
      />
    </Box>
  );
};

/**
 * One counted filter in words: "services:migration|training_academy" → "Service: Migration or
 * Training academy" (the listing's own labels; languages by their names in the console's language).
 */
const useFilterLabel = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const countryName = useCountryName();
  return (filter: string): string => {
    const [facet = '', values = ''] = filter.split(/:(.*)/s);
    const languageNames = new Intl.DisplayNames([locale], { type: 'language' });
    const value = (one: string): string => {
      switch (facet) {
        case 'services':
          return translate(`enums.provider_service.${one}`, { _: one });
        case 'productAreas':
          return translate(`enums.product_area.${one}`, { _: one });
        case 'languages':
          return languageNames.of(one) ?? one;
        case 'authorized':
          return translate(one === 'true' ? 'directory_insights.yes' : 'directory_insights.no');
        case 'headquartersCountry':
          return countryName(one);
        default:
          return one;
      }
    };
    const words = values.split('|').map(value).join(translate('directory_insights.or'));
    return `${translate(`directory_insights.facet.${facet}`, { _: facet })}: ${words}`;
  };
};

const Filters = (row: SearchMissResponse) => {
  const translate = useTranslate();
  const label = useFilterLabel();
  return row.filters.length === 0 ? (
    <Typography variant="body2" color="text.secondary">
      {translate('directory_insights.no_filters')}
    </Typography>
  ) : (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap' }}>
      {row.filters.map((filter) => (
        <Chip key={filter} size="small" label={label(filter)} />
      ))}
    </Stack>
  );
};

const MissTable = () => {
  const translate = useTranslate();
  const label = useKeyLabel();
  const { dateTime, number } = useFormatters();
  return (
    <Card>
      <CardContent>
        <Typography component="h2" variant="h6" gutterBottom>
          {translate('directory_insights.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('directory_insights.hint')}
        </Typography>
        <MissChart />
      </CardContent>
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="count" render={(row: SearchMissResponse) => number(row.count)} />
        <DataTable.Col
          source="region"
          render={(row: SearchMissResponse) => label.region(row.region)}
        />
        <DataTable.Col
          source="country"
          render={(row: SearchMissResponse) => label.country(row.country)}
        />
        <DataTable.Col source="filters" disableSort render={Filters} />
        <DataTable.Col
          source="withText"
          disableSort
          render={(row: SearchMissResponse) =>
            translate(
              row.withText ? 'directory_insights.with_text' : 'directory_insights.without_text',
            )
          }
        />
        <DataTable.Col
          source="lastSeenAt"
          render={(row: SearchMissResponse) => dateTime(row.lastSeenAt)}
        />
      </DataTable>
    </Card>
  );
};

/**
 * Unmet demand, for staff: where resellers searched the directory and found no provider, by
 * region, country and filters (never what they typed), as a chart and a table; and the
 * directory index's upkeep.
 */
export const UnmetDemand = () => {
  const translate = useTranslate();
  const regionName = useRegionName();
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <List
        sort={{ field: 'count', order: 'DESC' }}
        perPage={25}
        title={translate('resources.search-misses.name')}
        filters={[
          <DateInput key="since" source="since" label="directory_insights.since" alwaysOn />,
          <SelectInput
            key="region"
            source="region"
            label="resources.search-misses.fields.region"
            choices={regionNames.map((name) => ({ id: name, name: regionName(name) }))}
            // The API filters by a list of regions; this picks one.
            parse={(value: string) => (value ? [value] : undefined)}
            format={(value: unknown) => (Array.isArray(value) ? (value[0] as string) : value)}
            alwaysOn
          />,
        ]}
        empty={<ResourceEmpty resource="search-misses" />}
        component="div"
      >
        <MissTable />
      </List>
      <SearchIndexPanel />
    </Stack>
  );
};
