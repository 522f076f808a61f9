import { Box, Card, CardContent, Chip, Typography } from '@mui/material';
import type { LocationResponse } from '@hub/web';
import { useGetOne, useTranslate } from 'react-admin';
import { useCountryName } from '../partners/useCountryName';
import { useRegionName } from '../regions/useRegionName';

/** "Location": marks an application that is the review of a location in another country. */
export const LocationMarker = ({ locationId }: { locationId: string | null | undefined }) => {
  const translate = useTranslate();
  return locationId ? (
    <Chip size="small" variant="outlined" label={translate('locations.location')} sx={{ ml: 1 }} />
  ) : null;
};

/** The location a case reviews: its legal entity, country, PartnerID, tenant and currency. */
export const LocationDetails = ({ locationId }: { locationId: string }) => {
  const translate = useTranslate();
  const countryName = useCountryName();
  const regionName = useRegionName();
  const { data } = useGetOne<LocationResponse>('locations', { id: locationId });
  if (!data) {
    return null;
  }
  const rows: [string, string][] = [
    ['legalName', data.legalName],
    ['country', countryName(data.country)],
    ['region', regionName(data.region)],
    ['currency', data.currency],
    ['partnerId', data.locationPartnerId],
    ['tenantId', data.tenantId],
    ['registrationId', data.registrationId ?? '—'],
    ['taxId', data.taxId],
    [
      'addressLine1',
      [data.address.addressLine1, data.address.postalCode, data.address.city]
        .filter(Boolean)
        .join(', '),
    ],
    ['iban', `•••• ${data.bankLast4}`],
  ];
  return (
    <Card component="section" aria-labelledby="case-location" sx={{ mt: 2 }}>
      <CardContent>
        <Typography id="case-location" component="h2" variant="h6">
          {translate('locations.location')}
        </Typography>
        <Box
          component="dl"
          sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: 1 }}
        >
          {rows.map(([field, value]) => (
            <Box key={field} sx={{ display: 'contents' }}>
              <Typography component="dt" color="text.secondary">
                {translate(`locations.fields.${field}`)}
              </Typography>
              <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
                {value}
              </Typography>
            </Box>
          ))}
        </Box>
      </CardContent>
    </Card>
  );
};
