import { AutocompleteInput, SearchInput } from 'react-admin';
import { useRegionName } from '../regions/useRegionName';
import { useRegions } from '../regions/useRegions';
import { useCompareNames } from './useCountryName';

/** Region filter ("Region"), its choices fed by the `regions` resource, in the language's order. */
const RegionInput = ({ source }: { source: string; alwaysOn?: boolean }) => {
  const { data = [], isPending } = useRegions();
  const regionName = useRegionName();
  const compare = useCompareNames();
  const choices = data
    .map((region) => ({ id: region.id, name: regionName(region.id, region.name) }))
    .sort((a, b) => compare(a.name, b.name));
  return (
    <AutocompleteInput
      source={source}
      choices={choices}
      isPending={isPending}
      sx={{ minWidth: { xs: 0, sm: 280 } }}
    />
  );
};

/** Billing currency filter: the currencies in use across the regions. */
const CurrencyInput = ({ source }: { source: string; alwaysOn?: boolean }) => {
  const { data = [], isPending } = useRegions();
  const currencies = [...new Set(data.flatMap((region) => region.currencies))].sort();
  return (
    <AutocompleteInput
      source={source}
      choices={currencies.map((code) => ({ id: code, name: code }))}
      isPending={isPending}
      sx={{ minWidth: { xs: 0, sm: 160 } }}
    />
  );
};

export const marketFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <RegionInput key="region" source="region" alwaysOn />,
  <CurrencyInput key="currency" source="currency" />,
];
