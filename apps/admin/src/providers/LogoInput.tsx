import { Alert, Box, Button, CircularProgress, FormHelperText, Typography } from '@mui/material';
import { useRef, useState, type ChangeEvent } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useDataProvider, useTranslate } from 'react-admin';
import type { HubDataProvider } from '../api/dataProvider';
import type { ListingFormValues } from './listing-form';
import { LogoPreview } from './LogoPreview';

/** What the API takes (it sniffs the bytes; the picker only narrows what the dialog offers). */
const ACCEPT = 'image/png,image/jpeg,image/webp';
/** The API's limit, checked here first so a large file is not sent only to be refused. */
const MAX_BYTES = 2 * 1024 * 1024;

type ApiError = { body?: { message?: string }; message?: string };

/**
 * The listing's logo: the current one, Upload logo (a button, so the keyboard reaches it; it
 * opens the file dialog) and Remove. An upload stores the image at once and puts its id into
 * the draft's `logo`, saved with the draft like every other field. The API's refusal (not an
 * image, too large, damaged) is shown here, in the console's language.
 */
export const LogoInput = ({ disabled }: { disabled: boolean }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<HubDataProvider>();
  const { setValue } = useFormContext<ListingFormValues>();
  const logo = useWatch<ListingFormValues, 'logo'>({ name: 'logo' });
  const name = useWatch<ListingFormValues, 'name'>({ name: 'name' });
  const fileInput = useRef<HTMLInputElement>(null);
  const [isUploading, setUploading] = useState(false);
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState<string>();

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // The same file may be chosen again after a refusal.
    event.target.value = '';
    if (!file) {
      return;
    }
    setError(undefined);
    setStatus(undefined);
    if (file.size > MAX_BYTES) {
      setError(translate('resources.providers.logo.too_large'));
      return;
    }
    setUploading(true);
    try {
      const { data } = await dataProvider.uploadLogo(file);
      setValue('logo', data.id, { shouldDirty: true });
      setStatus(translate('resources.providers.logo.uploaded'));
    } catch (caught) {
      const { body, message } = caught as ApiError;
      setError(body?.message ?? message ?? translate('ra.notification.http_error'));
    } finally {
      setUploading(false);
    }
  };

  const remove = () => {
    setValue('logo', null, { shouldDirty: true });
    setError(undefined);
    setStatus(translate('resources.providers.logo.removed'));
  };

  return (
    <Box
      role="group"
      aria-labelledby="listing-logo-label"
      sx={{ gridColumn: '1 / -1', mb: 2 }}
      data-field="logo"
    >
      <Typography id="listing-logo-label" variant="subtitle2" component="h3" sx={{ mb: 1 }}>
        {translate('resources.providers.fields.logo')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <LogoPreview providerId="mine" logoId={logo} name={name ?? ''} />
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, minWidth: 0 }}>
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
            <Button
              id="logo"
              variant="outlined"
              onClick={() => fileInput.current?.click()}
              disabled={disabled || isUploading}
              aria-busy={isUploading}
              aria-describedby="listing-logo-hint"
              startIcon={
                isUploading ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined
              }
            >
              {translate('resources.providers.actions.upload_logo')}
            </Button>
            {logo && (
              <Button onClick={remove} disabled={disabled || isUploading} color="inherit">
                {translate('resources.providers.actions.remove_logo')}
              </Button>
            )}
          </Box>
          <input
            ref={fileInput}
            type="file"
            name="logo-file"
            accept={ACCEPT}
            hidden
            tabIndex={-1}
            onChange={(event) => void onFile(event)}
          />
          <FormHelperText id="listing-logo-hint" sx={{ m: 0 }}>
            {translate('resources.providers.hints.logo')}
          </FormHelperText>
        </Box>
      </Box>
      <Box aria-live="polite" sx={{ mt: 1 }}>
        {isUploading && (
          <FormHelperText>{translate('resources.providers.logo.uploading')}</FormHelperText>
        )}
        {status && !isUploading && <FormHelperText>{status}</FormHelperText>}
      </Box>
      {error && (
        <Alert severity="error" role="alert" sx={{ mt: 1 }}>
          {error}
        </Alert>
      )}
    </Box>
  );
};
