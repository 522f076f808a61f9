import MarkEmailUnreadIcon from '@mui/icons-material/MarkEmailUnread';
import type { ResourceProps } from 'react-admin';
import { LeadList } from './LeadList';

/** Distributors: the resellers who contacted their provider through the directory. */
export const leads = {
  name: 'leads',
  list: LeadList,
  icon: MarkEmailUnreadIcon,
} satisfies ResourceProps;
