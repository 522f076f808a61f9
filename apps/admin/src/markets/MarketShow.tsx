import { Link } from '@mui/material';
import type { MarketResponse } from '@hub/web';
import {
  FunctionField,
  LinkBase,
  Show,
  SimpleShowLayout,
  TextField,
  useCreatePath,
} from 'react-admin';
import { useRegionName } from '../regions/useRegionName';
import { CountryName, MarketTitle } from './CountryName';
import { CurrencyCell } from './CurrencyCell';

/** The region, linking to its page (its countries, currencies and map). */
const RegionLink = ({ market }: { market: MarketResponse }) => {
  const regionName = useRegionName();
  const createPath = useCreatePath();
  const to = createPath({ resource: 'regions', id: market.region, type: 'show' });
  return (
    <Link component={LinkBase} to={to}>
      {regionName(market.region)}
    </Link>
  );
};

export const MarketShow = () => (
  <Show<MarketResponse> title={<MarketTitle />}>
    <SimpleShowLayout>
      <FunctionField<MarketResponse> source="countryName" render={() => <CountryName />} />
      <TextField source="country" />
      <FunctionField<MarketResponse>
        source="region"
        render={(market) => <RegionLink market={market} />}
      />
      <FunctionField<MarketResponse>
        source="currency"
        render={(market) => <CurrencyCell market={market} />}
      />
    </SimpleShowLayout>
  </Show>
);
