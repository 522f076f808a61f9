import HandshakeIcon from '@mui/icons-material/Handshake';
import type { ResourceProps } from 'react-admin';
import { ResellerProviderList } from './ResellerProviderList';

/**
 * Reseller ↔ provider relationships at /admin/reseller-providers (issue 10 item 6): "Indirect
 * providers" for a reseller, "Resellers" for a distributor (the menu label is set in App.tsx).
 */
export const resellerProviders = {
  name: 'reseller-providers',
  list: ResellerProviderList,
  icon: HandshakeIcon,
} satisfies ResourceProps;
