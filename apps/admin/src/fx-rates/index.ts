import CurrencyExchangeIcon from '@mui/icons-material/CurrencyExchange';
import type { ResourceProps } from 'react-admin';
import { FxRateList } from './FxRateList';

/** Monthly FX rates to USD: staff read them, program admins import them. */
export const fxRates = {
  name: 'fx-rates',
  list: FxRateList,
  icon: CurrencyExchangeIcon,
} satisfies ResourceProps;
