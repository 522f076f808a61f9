import { GlobalStyles, ListItemText, MenuItem } from '@mui/material';
import type { ReactNode } from 'react';
import {
  AppBar,
  Layout as RaLayout,
  Logout,
  TitlePortal,
  UserMenu,
  useGetIdentity,
  useTranslate,
} from 'react-admin';
import { AgreementBanner } from '../agreement-versions/AgreementBanner';
import { LanguageMenu } from './LanguageMenu';
import { printStyles } from './printStyles';

/** Who is signed in, at the top of the user menu (the menu button shows the name). */
const SignedInAs = () => {
  const { identity } = useGetIdentity();
  if (!identity) {
    return null;
  }
  const username = typeof identity['username'] === 'string' ? identity['username'] : undefined;
  return (
    <MenuItem disabled sx={{ '&.Mui-disabled': { opacity: 1 } }}>
      <ListItemText primary={identity.fullName} secondary={username} />
    </MenuItem>
  );
};

/**
 * The user menu's button shows the person's name; its accessible name starts with that name
 * ("Ada Lindqvist, account menu"), not react-admin's "Profile" (WCAG 2.5.3, label in name).
 */
const HubUserMenu = () => {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const label = identity?.fullName
    ? translate('hub.user_menu', { name: identity.fullName })
    : 'ra.auth.user_menu';
  return (
    <UserMenu label={label}>
      <SignedInAs />
      <Logout />
    </UserMenu>
  );
};

const HubAppBar = () => (
  <AppBar toolbar={<LanguageMenu />} userMenu={<HubUserMenu />}>
    <TitlePortal />
  </AppBar>
);

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout appBar={HubAppBar}>
    <GlobalStyles styles={printStyles} />
    <AgreementBanner />
    {children}
  </RaLayout>
);
