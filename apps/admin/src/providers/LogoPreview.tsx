import { Box, CircularProgress, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import type { HubDataProvider } from '../api/dataProvider';

type Loaded = { readonly logoId: string; readonly url?: string; readonly failed?: boolean };

/**
 * A provider's logo in a fixed square (the layout does not move while it loads), read with the
 * bearer token: `mine` for the distributor's own logos, a provider id for reviewers. Without a
 * logo the square says so in words.
 */
export const LogoPreview = ({
  providerId,
  logoId,
  name,
  size = 96,
}: {
  providerId: string;
  logoId: string | null | undefined;
  name: string;
  size?: number;
}) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<HubDataProvider>();
  const [loaded, setLoaded] = useState<Loaded>();

  useEffect(() => {
    if (!logoId) {
      return;
    }
    let isCurrent = true;
    dataProvider.logoDataUrl(providerId, logoId).then(
      (url) => isCurrent && setLoaded({ logoId, url }),
      () => isCurrent && setLoaded({ logoId, failed: true }),
    );
    return () => {
      isCurrent = false;
    };
  }, [dataProvider, providerId, logoId]);

  const current = loaded?.logoId === logoId ? loaded : undefined;
  const caption = (text: string) => (
    <Typography variant="caption" color="text.secondary" sx={{ textAlign: 'center', px: 0.5 }}>
      {text}
    </Typography>
  );
  return (
    <Box
      data-logo={logoId ?? ''}
      sx={{
        width: size,
        height: size,
        flex: 'none',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        bgcolor: 'background.paper',
        overflow: 'hidden',
      }}
    >
      {!logoId ? (
        caption(translate('resources.providers.logo.none'))
      ) : current?.url ? (
        <img
          src={current.url}
          alt={translate('resources.providers.logo.alt', { name })}
          width={size}
          height={size}
          style={{ objectFit: 'contain', width: '100%', height: '100%' }}
        />
      ) : current?.failed ? (
        caption(translate('resources.providers.logo.unavailable'))
      ) : (
        <CircularProgress size={24} aria-label={translate('ra.page.loading')} />
      )}
    </Box>
  );
};
