import { AutocompleteInput, SearchInput } from 'react-admin';
import { useRegionName } from '../regions/useRegionName';
import { useRegions } from '../regions/useRegions';

/** Region filter ("Region"), its choices fed by the `regions` resource. */
const RegionInput = ({ source }: { source: string; alwaysOn?: boolean }) => {
  const { data = [], isPending } = useRegions();
  const regionName = useRegionName();
  return (
    <AutocompleteInput
      source={source}
      choices={data}
      optionText={(region: { id: string; name: string }) => regionName(region.id, region.name)}
      isPending={isPending}
      sx={{ minWidth: 280 }}
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
      sx={{ minWidth: 160 }}
    />
  );
};

export const marketFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <RegionInput key="region" source="region" alwaysOn />,
  <CurrencyInput key="currency" source="currency" />,
];
