import LoginIcon from '@mui/icons-material/Login';
import { Box, Button, CardContent, CircularProgress, Typography } from '@mui/material';
import { useState } from 'react';
import { Login, useLocation, useLogin, useNotify, useTranslate } from 'react-admin';
import { LanguageMenu } from './LanguageMenu';

type NextLocation = { nextPathname?: string; nextSearch?: string } | null;

/** One button: sign in at the organization's identity provider (OpenID Connect), then come back. */
const SignIn = () => {
  const translate = useTranslate();
  const login = useLogin();
  const notify = useNotify();
  const next = useLocation().state as NextLocation;
  const [isRedirecting, setRedirecting] = useState(false);

  const signIn = () => {
    setRedirecting(true);
    const returnTo = next?.nextPathname
      ? `${next.nextPathname}${next.nextSearch ?? ''}`
      : undefined;
    login({ returnTo }).catch((error: unknown) => {
      setRedirecting(false);
      const message =
        error instanceof Error && error.message.startsWith('hub.')
          ? error.message
          : 'hub.login.unavailable';
      notify(message, { type: 'error' });
    });
  };

  return (
    <CardContent sx={{ display: 'grid', gap: 2, maxWidth: 360 }}>
      <Box>
        <Typography component="h1" variant="h5">
          {translate('hub.login.title')}
        </Typography>
        <Typography color="text.secondary">{translate('hub.login.subtitle')}</Typography>
      </Box>
      <Button
        variant="contained"
        size="large"
        onClick={signIn}
        disabled={isRedirecting}
        aria-busy={isRedirecting}
        startIcon={
          isRedirecting ? <CircularProgress size={18} color="inherit" aria-hidden /> : <LoginIcon />
        }
      >
        {translate('hub.login.sign_in')}
      </Button>
      <Typography role="status" variant="body2" color="text.secondary">
        {isRedirecting ? translate('hub.login.signing_in') : translate('hub.login.help')}
      </Typography>
      <Box sx={{ display: 'flex', justifyContent: 'flex-end' }}>
        <LanguageMenu />
      </Box>
    </CardContent>
  );
};

export const LoginPage = () => (
  <Login>
    <SignIn />
  </Login>
);
