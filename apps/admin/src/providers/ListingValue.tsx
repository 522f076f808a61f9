import { Box, Chip, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { useCountryName } from '../partners/useCountryName';
import { useRegionName } from '../regions/useRegionName';
import type { CodeListField } from './listing-diff';
import type { OfficeValues } from './listing-form';

/** A code's label: a region, a country, a service, a product area or a language. */
export function useCodeLabel(): (field: CodeListField, code: string) => string {
  const translate = useTranslate();
  const countryName = useCountryName();
  const regionName = useRegionName();
  const [locale] = useLocaleState();
  return (field, code) => {
    switch (field) {
      case 'regions':
        return regionName(code);
      case 'countries':
        return countryName(code);
      case 'services':
        return translate(`enums.provider_service.${code}`, { _: code });
      case 'productAreas':
        return translate(`enums.product_area.${code}`, { _: code });
      case 'languages':
        try {
          return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
        } catch {
          return code;
        }
    }
  };
}

/** An empty value, said in words (never a blank cell). */
export const EmptyValue = () => {
  const translate = useTranslate();
  return (
    <Typography
      component="span"
      variant="body2"
      color="text.secondary"
      sx={{ fontStyle: 'italic' }}
    >
      {translate('resources.providers.moderation.empty_value')}
    </Typography>
  );
};

/** Codes as chips; `added` ones marked "+", `removed` ones struck through, in words too. */
export const CodeChips = ({
  field,
  codes,
  added = [],
  removed = [],
}: {
  field: CodeListField;
  codes: readonly string[];
  added?: readonly string[];
  removed?: readonly string[];
}) => {
  const translate = useTranslate();
  const label = useCodeLabel();
  if (codes.length === 0) {
    return <EmptyValue />;
  }
  return (
    <Box
      component="ul"
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, p: 0, m: 0, listStyle: 'none' }}
    >
      {codes.map((code) => {
        const isAdded = added.includes(code);
        const isRemoved = removed.includes(code);
        const text = label(field, code);
        return (
          <li key={code}>
            <Chip
              size="small"
              variant={isAdded || isRemoved ? 'filled' : 'outlined'}
              label={isAdded ? `+ ${text}` : isRemoved ? `− ${text}` : text}
              title={
                isAdded
                  ? translate('resources.providers.moderation.added')
                  : isRemoved
                    ? translate('resources.providers.moderation.removed')
                    : undefined
              }
              aria-label={
                isAdded
                  ? `${text} (${translate('resources.providers.moderation.added')})`
                  : isRemoved
                    ? `${text} (${translate('resources.providers.moderation.removed')})`
                    : undefined
              }
              sx={
                isAdded
                  ? { bgcolor: '#e8f5e9', color: '#1b5e20', fontWeight: 600 }
                  : isRemoved
                    ? { bgcolor: '#ffebee', color: '#b71c1c', textDecoration: 'line-through' }
                    : undefined
              }
            />
          </li>
        );
      })}
    </Box>
  );
};

/** One office on one line: name, address, country and coordinates. */
export const OfficeLine = ({ office, isNew }: { office: OfficeValues; isNew?: boolean }) => {
  const translate = useTranslate();
  const countryName = useCountryName();
  return (
    <Typography
      component="li"
      variant="body2"
      sx={isNew ? { bgcolor: '#e8f5e9', color: '#1b5e20', px: 0.5, borderRadius: 0.5 } : undefined}
    >
      {isNew ? '+ ' : ''}
      {translate('resources.providers.moderation.office_line', {
        name: office.name || '—',
        address: office.addressLine1 ?? '',
        postalCode: office.postalCode ?? '',
        city: office.city ?? '',
        country: countryName(office.country),
        latitude: office.latitude ?? '?',
        longitude: office.longitude ?? '?',
      })}
    </Typography>
  );
};

export const OfficeList = ({
  offices,
  isNew = () => false,
}: {
  offices: readonly OfficeValues[];
  isNew?: (office: OfficeValues) => boolean;
}) =>
  offices.length === 0 ? (
    <EmptyValue />
  ) : (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {offices.map((office, index) => (
        <OfficeLine key={index} office={office} isNew={isNew(office)} />
      ))}
    </Box>
  );

/** A text value; preserves line breaks; empty said in words. */
export const TextValue = ({ value, isCountry }: { value: string; isCountry?: boolean }) => {
  const countryName = useCountryName();
  if (value === '') {
    return <EmptyValue />;
  }
  return (
    <Typography
      component="span"
      variant="body2"
      sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
    >
      {isCountry ? countryName(value) : value}
    </Typography>
  );
};
