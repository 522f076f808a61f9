import AddLocationAltIcon from '@mui/icons-material/AddLocationAlt';
import type { ResourceProps } from 'react-admin';
import { LocationCreate } from './LocationCreate';
import { LocationList } from './LocationList';

/** A partner's locations in other countries at /admin/locations, and adding one. */
export const locations = {
  name: 'locations',
  list: LocationList,
  create: LocationCreate,
  icon: AddLocationAltIcon,
} satisfies ResourceProps;
