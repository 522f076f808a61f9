import BusinessIcon from '@mui/icons-material/Business';
import type { ResourceProps } from 'react-admin';
import { PartnerCreate } from './PartnerCreate';
import { PartnerEdit } from './PartnerEdit';
import { PartnerList } from './PartnerList';
import { PartnerShow } from './PartnerShow';

/** "My company" for a partner's users; staff read partners through the applications. */
export const partners = {
  name: 'partners',
  list: PartnerList,
  show: PartnerShow,
  create: PartnerCreate,
  edit: PartnerEdit,
  icon: BusinessIcon,
  recordRepresentation: 'legalName',
  options: { label: 'resources.partners.my_company' },
} satisfies ResourceProps;
