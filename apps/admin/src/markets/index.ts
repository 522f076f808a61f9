import PublicIcon from '@mui/icons-material/Public';
import type { ResourceProps } from 'react-admin';
import { MarketList } from './MarketList';
import { MarketShow } from './MarketShow';

export const markets = {
  name: 'markets',
  list: MarketList,
  show: MarketShow,
  icon: PublicIcon,
  recordRepresentation: 'countryName',
} satisfies ResourceProps;
