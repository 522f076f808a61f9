import TravelExploreIcon from '@mui/icons-material/TravelExplore';
import type { ResourceProps } from 'react-admin';
import { UnmetDemand } from './UnmetDemand';

/** Staff: unmet demand in the directory, and the directory index's upkeep. */
export const searchMisses = {
  name: 'search-misses',
  list: UnmetDemand,
  icon: TravelExploreIcon,
} satisfies ResourceProps;
