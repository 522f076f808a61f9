import { Box, Button, FormHelperText, Typography } from '@mui/material';
import {
  LISTING_LIMITS,
  listingLanguages,
  productAreas,
  providerServices,
  regionNames,
} from '@hub/domain';
import type { MarketResponse } from '@hub/web';
import { useEffect, useMemo, type ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  ArrayInput,
  AutocompleteArrayInput,
  AutocompleteInput,
  CheckboxGroupInput,
  NumberInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useGetList,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { useCountryName } from '../partners/useCountryName';
import { useRegionName } from '../regions/useRegionName';
import { countriesInRegions, type ListingFormValues } from './listing-form';
import { LogoInput } from './LogoInput';

const Section = ({ title, id, children }: { title: string; id: string; children: ReactNode }) => (
  <Box component="section" aria-labelledby={id} sx={{ width: '100%', mb: 3 }}>
    <Typography id={id} component="h2" variant="h6" sx={{ mb: 1.5 }}>
      {title}
    </Typography>
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' },
        columnGap: 2,
        '& > *': { minWidth: 0 },
      }}
    >
      {children}
    </Box>
  </Box>
);

const full = { gridColumn: '1 / -1' } as const;

/** A text with its character count against the domain's limit beside the hint. */
const CountedTextInput = ({
  source,
  max,
  hint,
  disabled,
  rows,
}: {
  source: string;
  max: number;
  hint: string;
  disabled: boolean;
  rows?: number;
}) => {
  const translate = useTranslate();
  const value = useWatch({ name: source }) as unknown;
  const count = typeof value === 'string' ? value.length : 0;
  return (
    <TextInput
      source={source}
      label={`resources.providers.fields.${source.replace('.', '_')}`}
      helperText={`${translate(hint, { max })} ${translate('resources.providers.hints.characters', { count, max })}`}
      multiline={rows !== undefined}
      minRows={rows}
      disabled={disabled}
      fullWidth
    />
  );
};

/** The program's markets, with each country's region and its name in the console's language. */
export function useMarkets() {
  const { data = [], isPending } = useGetList<MarketResponse>('markets', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'countryName', order: 'ASC' },
  });
  const countryName = useCountryName();
  const [locale] = useLocaleState();
  return useMemo(() => {
    const collator = new Intl.Collator(locale);
    const sorted = data
      .map((market) => ({ ...market, name: countryName(market.country) }))
      .sort((a, b) => collator.compare(a.name, b.name));
    const regionOf = new Map(data.map((market) => [market.country, market.region]));
    return { markets: sorted, regionOf: (country: string) => regionOf.get(country), isPending };
  }, [data, countryName, locale, isPending]);
}

/**
 * Regions, then the countries served (only those of the chosen regions, so a provider sells only
 * in its regions' markets), then the headquarters among them. Removing a region drops its
 * countries from the list.
 */
const MarketInputs = ({ disabled }: { disabled: boolean }) => {
  const translate = useTranslate();
  const regionName = useRegionName();
  const { markets, regionOf, isPending } = useMarkets();
  const { setValue } = useFormContext<ListingFormValues>();
  const regions = (useWatch({ name: 'regions' }) as string[] | undefined) ?? [];
  const countries = (useWatch({ name: 'countries' }) as string[] | undefined) ?? [];
  const inRegions = markets.filter((market) => regions.includes(market.region));

  useEffect(() => {
    if (isPending || markets.length === 0) {
      return;
    }
    const kept = countriesInRegions(countries, regions, regionOf);
    if (kept.length !== countries.length) {
      setValue('countries', kept, { shouldDirty: true });
    }
  }, [countries, regions, regionOf, isPending, markets.length, setValue]);

  const addRegion = (region: string) => {
    const all = markets.filter((m) => m.region === region).map((m) => m.country);
    setValue('countries', [...countries, ...all.filter((c) => !countries.includes(c))], {
      shouldDirty: true,
    });
  };

  return (
    <>
      <Box sx={full}>
        <AutocompleteArrayInput
          source="regions"
          label="resources.providers.fields.regions"
          helperText="resources.providers.hints.regions"
          choices={regionNames.map((name) => ({ id: name, name: regionName(name) }))}
          disabled={disabled}
          fullWidth
        />
      </Box>
      <Box sx={full}>
        <AutocompleteArrayInput
          source="countries"
          label="resources.providers.fields.countries"
          helperText={
            regions.length === 0
              ? 'resources.providers.hints.countries_none'
              : 'resources.providers.hints.countries'
          }
          choices={inRegions.map((market) => ({ id: market.country, name: market.name }))}
          isPending={isPending}
          disabled={disabled || regions.length === 0}
          fullWidth
        />
        {!disabled && regions.length > 0 && (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: -1, mb: 2 }}>
            {regions.map((region) => {
              const count = markets.filter((m) => m.region === region).length;
              const missing = markets.some(
                (m) => m.region === region && !countries.includes(m.country),
              );
              return missing ? (
                <Button key={region} size="small" variant="text" onClick={() => addRegion(region)}>
                  {translate('resources.providers.hints.add_region', {
                    region: regionName(region),
                    count,
                  })}
                </Button>
              ) : null;
            })}
          </Box>
        )}
      </Box>
    </>
  );
};

const HeadquartersInput = ({ disabled }: { disabled: boolean }) => {
  const { markets, isPending } = useMarkets();
  const regions = (useWatch({ name: 'regions' }) as string[] | undefined) ?? [];
  return (
    <AutocompleteInput
      source="headquartersCountry"
      label="resources.providers.fields.headquartersCountry"
      helperText="resources.providers.hints.headquartersCountry"
      choices={markets
        .filter((market) => regions.includes(market.region))
        .map((market) => ({ id: market.country, name: market.name }))}
      isPending={isPending}
      disabled={disabled}
      fullWidth
    />
  );
};

/** The languages a listing may name, in the console's language; values kept if already chosen. */
const LanguagesInput = ({ disabled }: { disabled: boolean }) => {
  const [locale] = useLocaleState();
  const chosen = (useWatch({ name: 'languages' }) as string[] | undefined) ?? [];
  const choices = useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
    const nameOf = (tag: string) => {
      try {
        return names.of(tag) ?? tag;
      } catch {
        return tag;
      }
    };
    const tags = [...new Set([...listingLanguages, ...chosen])];
    const collator = new Intl.Collator(locale);
    return tags
      .map((tag) => ({ id: tag, name: nameOf(tag) }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [locale, chosen]);
  return (
    <AutocompleteArrayInput
      source="languages"
      label="resources.providers.fields.languages"
      helperText="resources.providers.hints.languages"
      choices={choices}
      disabled={disabled}
      fullWidth
    />
  );
};

/** An office's country: one of the countries served. */
const OfficeCountryInput = ({ source, disabled }: { source: string; disabled: boolean }) => {
  const countryName = useCountryName();
  const countries = (useWatch({ name: 'countries' }) as string[] | undefined) ?? [];
  return (
    <SelectInput
      source={source}
      label="resources.providers.fields.office_country"
      choices={countries.map((code) => ({ id: code, name: countryName(code) }))}
      disabled={disabled}
      helperText={false}
      sx={{ minWidth: 180 }}
    />
  );
};

/** The listing editor's inputs; what the rules say about them is the editor's (ListingEditor). */
export const ListingInputs = ({ disabled }: { disabled: boolean }) => {
  const translate = useTranslate();
  const L = LISTING_LIMITS;
  return (
    <Box sx={{ width: '100%' }}>
      <Section id="listing-about" title={translate('resources.providers.sections.about')}>
        <Box sx={full}>
          <TextInput
            source="name"
            label="resources.providers.fields.name"
            disabled={disabled}
            isRequired
            fullWidth
          />
        </Box>
        <LogoInput disabled={disabled} />
        <CountedTextInput
          source="shortDescription.en"
          max={L.shortDescription.max}
          hint="resources.providers.hints.shortDescription"
          disabled={disabled}
          rows={2}
        />
        <CountedTextInput
          source="shortDescription.sv"
          max={L.shortDescription.max}
          hint="resources.providers.hints.shortDescription"
          disabled={disabled}
          rows={2}
        />
        <CountedTextInput
          source="longDescription.en"
          max={L.longDescription.max}
          hint="resources.providers.hints.longDescription"
          disabled={disabled}
          rows={4}
        />
        <CountedTextInput
          source="longDescription.sv"
          max={L.longDescription.max}
          hint="resources.providers.hints.longDescription"
          disabled={disabled}
          rows={4}
        />
      </Section>

      <Section id="listing-markets" title={translate('resources.providers.sections.markets')}>
        <MarketInputs disabled={disabled} />
      </Section>

      <Section id="listing-contact" title={translate('resources.providers.sections.contact')}>
        <TextInput
          source="website"
          label="resources.providers.fields.website"
          helperText="resources.providers.hints.website"
          type="url"
          disabled={disabled}
          fullWidth
        />
        <TextInput
          source="contactEmail"
          label="resources.providers.fields.contactEmail"
          type="email"
          disabled={disabled}
          fullWidth
        />
        <TextInput
          source="contactPhone"
          label="resources.providers.fields.contactPhone"
          helperText="resources.providers.hints.contactPhone"
          type="tel"
          disabled={disabled}
          fullWidth
        />
        <HeadquartersInput disabled={disabled} />
      </Section>

      <Section id="listing-offering" title={translate('resources.providers.sections.offering')}>
        <CheckboxGroupInput
          source="services"
          label="resources.providers.fields.services"
          choices={providerServices.map((id) => ({
            id,
            name: translate(`enums.provider_service.${id}`),
          }))}
          row={false}
          disabled={disabled}
        />
        <Box>
          <CheckboxGroupInput
            source="productAreas"
            label="resources.providers.fields.productAreas"
            choices={productAreas.map((id) => ({
              id,
              name: translate(`enums.product_area.${id}`),
            }))}
            row={false}
            disabled={disabled}
          />
        </Box>
        <Box sx={full}>
          <LanguagesInput disabled={disabled} />
        </Box>
      </Section>

      <Section id="listing-offices" title={translate('resources.providers.sections.offices')}>
        <Box sx={full}>
          <FormHelperText sx={{ mt: -1, mb: 1 }}>
            {translate('resources.providers.hints.offices')}{' '}
            {translate('resources.providers.hints.coordinates')}
          </FormHelperText>
          <ArrayInput source="offices" label={false}>
            <SimpleFormIterator
              inline
              disableReordering
              disableClear
              disabled={disabled}
              // react-admin shows an item's remove button on hover only: always, for the keyboard.
              sx={{ '& .RaSimpleFormIterator-action': { visibility: 'visible' } }}
              addButton={
                <Button size="small" variant="outlined" sx={{ mt: 1 }}>
                  {translate('resources.providers.actions.add_office')}
                </Button>
              }
            >
              <TextInput
                source="name"
                label="resources.providers.fields.office_name"
                helperText={false}
                disabled={disabled}
              />
              <TextInput
                source="addressLine1"
                label="resources.providers.fields.office_addressLine1"
                helperText={false}
                sx={{ minWidth: 220 }}
                disabled={disabled}
              />
              <TextInput
                source="postalCode"
                label="resources.providers.fields.office_postalCode"
                helperText={false}
                disabled={disabled}
                sx={{ maxWidth: 140 }}
              />
              <TextInput
                source="city"
                label="resources.providers.fields.office_city"
                helperText={false}
                disabled={disabled}
              />
              <OfficeCountryInput source="country" disabled={disabled} />
              <NumberInput
                source="latitude"
                label="resources.providers.fields.office_latitude"
                helperText={false}
                disabled={disabled}
                step={0.0001}
                sx={{ maxWidth: 130 }}
              />
              <NumberInput
                source="longitude"
                label="resources.providers.fields.office_longitude"
                helperText={false}
                disabled={disabled}
                step={0.0001}
                sx={{ maxWidth: 130 }}
              />
            </SimpleFormIterator>
          </ArrayInput>
        </Box>
      </Section>

      <Section
        id="listing-requirements"
        title={translate('resources.providers.sections.requirements')}
      >
        <CountedTextInput
          source="minimumRequirements.en"
          max={L.minimumRequirements.max}
          hint="resources.providers.hints.minimumRequirements"
          disabled={disabled}
          rows={3}
        />
        <CountedTextInput
          source="minimumRequirements.sv"
          max={L.minimumRequirements.max}
          hint="resources.providers.hints.minimumRequirements"
          disabled={disabled}
          rows={3}
        />
      </Section>
    </Box>
  );
};
