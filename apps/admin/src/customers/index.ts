import StorefrontIcon from '@mui/icons-material/Storefront';
import type { ResourceProps } from 'react-admin';
import { CustomerList } from './CustomerList';

/** A partner's customers at /admin/customers, with its CSP transaction tenants. */
export const customers = {
  name: 'customers',
  list: CustomerList,
  icon: StorefrontIcon,
} satisfies ResourceProps;
