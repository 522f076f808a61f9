import FactCheckIcon from '@mui/icons-material/FactCheck';
import StorefrontIcon from '@mui/icons-material/Storefront';
import type { ResourceProps } from 'react-admin';
import { MyListing } from './MyListing';
import { ProviderList } from './ProviderList';
import { ProviderModeration } from './ProviderModeration';

/** Directory listings for reviewers: the moderation list and one provider's moderation page. */
export const providers = {
  name: 'providers',
  list: ProviderList,
  show: ProviderModeration,
  icon: FactCheckIcon,
  options: { label: 'resources.providers.list.title' },
} satisfies ResourceProps;

/**
 * The distributor's own listing at /admin/my-listing (the link of the provider e-mails): a menu
 * entry whose page reads `GET /api/providers/mine`, not a list of a resource.
 */
export const myListing = {
  name: 'my-listing',
  list: MyListing,
  icon: StorefrontIcon,
  options: { label: 'resources.providers.mine.menu' },
} satisfies ResourceProps;
