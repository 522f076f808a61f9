import SearchIcon from '@mui/icons-material/Search';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  InputAdornment,
  LinearProgress,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import type { ProviderPreviewResponse, ProviderResponse } from '@hub/web';
import { countryName } from '@hub/web';
import { useEffect, useId, useState } from 'react';
import { useTranslate } from 'react-admin';
import { httpClient } from '../api/httpClient';
import { useLocale } from '../markets/useCountryName';

const DEBOUNCE_MS = 300;

type Preview =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly result: ProviderPreviewResponse }
  | { readonly state: 'failed'; readonly message: string };

/**
 * The distributor's draft as a result inside the real search (issue 9 item 3): the API runs the
 * public search with this provider's own draft ranked among the published listings, so Dana sees
 * where her changes would place her before a reviewer publishes them. Searches again when the
 * text, the country or the saved draft (the provider's version) changes.
 */
export const SearchPreview = ({ provider }: { provider: ProviderResponse }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const [q, setQ] = useState('');
  const [country, setCountry] = useState('');
  const [preview, setPreview] = useState<Preview>({ state: 'loading' });
  const summaryId = useId();
  const countries = (provider.working ?? provider.live)?.fields.countries ?? [];

  useEffect(() => {
    let current = true;
    setPreview((before) => (before.state === 'ready' ? before : { state: 'loading' }));
    const timer = setTimeout(() => {
      httpClient('/api/providers/mine/preview-search', {
        method: 'POST',
        body: JSON.stringify({ q, ...(country ? { country } : {}) }),
      }).then(
        ({ json }) => {
          if (current) {
            setPreview({ state: 'ready', result: json as ProviderPreviewResponse });
          }
        },
        (error: unknown) => {
          if (current) {
            setPreview({
              state: 'failed',
              message:
                error instanceof Error ? error.message : translate('ra.notification.http_error'),
            });
          }
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [q, country, provider.version, translate]);

  const result = preview.state === 'ready' ? preview.result : undefined;
  return (
    <Stack spacing={2}>
      <Typography color="text.secondary">
        {translate('resources.providers.preview.intro')}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
        <TextField
          label={translate('resources.providers.preview.query')}
          value={q}
          onChange={(event) => setQ(event.target.value)}
          inputProps={{ maxLength: 200, 'aria-describedby': summaryId }}
          InputProps={{
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon aria-hidden />
              </InputAdornment>
            ),
          }}
          sx={{ flex: '2 1 260px' }}
        />
        <TextField
          select
          label={translate('resources.providers.preview.country')}
          value={country}
          onChange={(event) => setCountry(event.target.value)}
          InputLabelProps={{ shrink: true }}
          SelectProps={{ displayEmpty: true }}
          sx={{ flex: '1 1 200px' }}
        >
          <MenuItem value="">{translate('resources.providers.preview.any_country')}</MenuItem>
          {countries.map((code) => (
            <MenuItem key={code} value={code}>
              {countryName(code, code, locale)}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      <Box sx={{ minHeight: 4 }}>{preview.state === 'loading' && <LinearProgress />}</Box>
      <Box id={summaryId} role="status" aria-live="polite">
        {preview.state === 'failed' ? (
          <Alert severity="warning">{preview.message}</Alert>
        ) : result ? (
          <Alert severity={result.draftPosition === null ? 'info' : 'success'}>
            {result.draftPosition === null
              ? translate('resources.providers.preview.not_found', {
                  smart_count: result.estimatedTotalHits,
                })
              : translate('resources.providers.preview.position', {
                  position: result.draftPosition,
                  smart_count: result.estimatedTotalHits,
                })}
          </Alert>
        ) : null}
      </Box>
      {result && result.hits.length > 0 && (
        <Box
          component="ol"
          aria-label={translate('resources.providers.preview.results')}
          sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1.5 }}
        >
          {result.hits.map((hit, index) => (
            <Box component="li" key={`${hit.id}-${String(hit.draft)}`}>
              <Card
                variant="outlined"
                sx={hit.draft ? { borderColor: 'primary.main', borderWidth: 2 } : undefined}
              >
                <CardContent sx={{ display: 'flex', gap: 2, '&:last-child': { pb: 2 } }}>
                  <Typography
                    aria-hidden
                    color="text.secondary"
                    sx={{ fontVariantNumeric: 'tabular-nums', minWidth: '2ch' }}
                  >
                    {index + 1}.
                  </Typography>
                  <Box sx={{ minWidth: 0 }}>
                    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
                      <Typography component="h3" variant="subtitle1" fontWeight={600}>
                        {hit.name}
                      </Typography>
                      {hit.draft && (
                        <Chip
                          size="small"
                          color="primary"
                          label={translate('resources.providers.preview.your_draft')}
                        />
                      )}
                    </Box>
                    <Typography variant="body2">
                      {locale === 'sv' ? hit.shortDescriptionSv : hit.shortDescriptionEn}
                    </Typography>
                    <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                      {translate('resources.providers.preview.serves', {
                        smart_count: hit.countries.length,
                      })}
                    </Typography>
                    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, mt: 1 }}>
                      {hit.services.map((service) => (
                        <Chip
                          key={service}
                          size="small"
                          variant="outlined"
                          label={translate(`enums.provider_service.${service}`, { _: service })}
                        />
                      ))}
                    </Box>
                  </Box>
                </CardContent>
              </Card>
            </Box>
          ))}
        </Box>
      )}
    </Stack>
  );
};
