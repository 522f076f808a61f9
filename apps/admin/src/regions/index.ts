import LanguageIcon from '@mui/icons-material/Language';
import type { ResourceProps } from 'react-admin';
import { RegionList } from './RegionList';
import { RegionShow } from './RegionShow';

export const regions = {
  name: 'regions',
  list: RegionList,
  show: RegionShow,
  icon: LanguageIcon,
  recordRepresentation: 'name',
} satisfies ResourceProps;
