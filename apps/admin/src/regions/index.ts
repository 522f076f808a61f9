import LanguageIcon from '@mui/icons-material/Language';
import type { ResourceProps } from 'react-admin';
import { RegionList } from './RegionList';

export const regions = {
  name: 'regions',
  list: RegionList,
  icon: LanguageIcon,
  recordRepresentation: 'name',
} satisfies ResourceProps;
