import { ListItemText, MenuItem } from '@mui/material';
import type { ReactNode } from 'react';
import {
  AppBar,
  Layout as RaLayout,
  Logout,
  TitlePortal,
  UserMenu,
  useGetIdentity,
} from 'react-admin';
import { LanguageMenu } from './LanguageMenu';

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

const HubAppBar = () => (
  <AppBar
    toolbar={<LanguageMenu />}
    userMenu={
      <UserMenu>
        <SignedInAs />
        <Logout />
      </UserMenu>
    }
  >
    <TitlePortal />
  </AppBar>
);

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout appBar={HubAppBar}>{children}</RaLayout>
);
