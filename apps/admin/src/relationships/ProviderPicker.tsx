import { Autocomplete, Box, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { httpClient } from '../api/httpClient';
import { useCountryName } from '../partners/useCountryName';
import { useRegionName } from '../regions/useRegionName';

/** A provider as the directory's search answers it (the fields the picker shows). */
export type PickedProvider = {
  readonly id: string;
  readonly name: string;
  readonly headquartersCountry: string;
  readonly regions: readonly string[];
  readonly countries: readonly string[];
};

type SearchAnswer = { results: { hits: PickedProvider[]; estimatedTotalHits?: number }[] };

/** Meilisearch filter syntax: a value in double quotes, its quotes and backslashes escaped. */
const quoted = (value: string) => `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`;

/**
 * Finds an indirect provider in the public directory, as resellers do (the same search, through
 * the API), limited to providers that serve one of `regions`: type to search by name or text,
 * pick with the keyboard or the mouse.
 */
export const ProviderPicker = ({
  regions,
  value,
  onChange,
  exclude = [],
  id = 'provider-picker',
}: {
  regions: readonly string[];
  value: PickedProvider | null;
  onChange: (provider: PickedProvider | null) => void;
  exclude?: readonly string[];
  id?: string;
}) => {
  const translate = useTranslate();
  const countryName = useCountryName();
  const regionName = useRegionName();
  const regionList = regions.map((region) => regionName(region)).join(', ');
  const [input, setInput] = useState('');
  const [options, setOptions] = useState<PickedProvider[]>([]);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const regionKey = regions.join('|');

  useEffect(() => {
    if (regions.length === 0) {
      setOptions([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      setLoading(true);
      httpClient('/api/search/multi-search', {
        method: 'POST',
        headers: new Headers({ 'Content-Type': 'application/json' }),
        body: JSON.stringify({
          queries: [
            {
              indexUid: 'providers',
              q: input,
              filter: [regions.map((region) => `regions = ${quoted(region)}`)],
              limit: 20,
              attributesToRetrieve: ['id', 'name', 'headquartersCountry', 'regions', 'countries'],
            },
          ],
        }),
      })
        .then((response) => {
          if (current) {
            const answer = (response as { json: SearchAnswer }).json;
            setOptions(answer.results[0]?.hits ?? []);
            setFailed(false);
          }
        })
        .catch(() => current && setFailed(true))
        .finally(() => current && setLoading(false));
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // regionKey stands for regions (a new array each render).
  }, [input, regionKey]);

  return (
    <Autocomplete
      id={id}
      options={options.filter((option) => !exclude.includes(option.id))}
      value={value}
      onChange={(_, picked) => onChange(picked)}
      inputValue={input}
      onInputChange={(_, text) => setInput(text)}
      filterOptions={(all) => all}
      getOptionLabel={(option) => option.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      loading={loading}
      loadingText={translate('relationships.picker.loading')}
      noOptionsText={
        failed
          ? translate('relationships.picker.failed')
          : translate('relationships.picker.none', { regions: regionList })
      }
      renderOption={({ key, ...props }, option) => (
        <Box component="li" key={key} {...props} sx={{ display: 'grid !important' }}>
          <Typography>{option.name}</Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('relationships.picker.option', {
              country: countryName(option.headquartersCountry),
              count: option.countries.length,
            })}
          </Typography>
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={translate('relationships.picker.label')}
          helperText={translate('relationships.picker.hint', { regions: regionList })}
        />
      )}
      sx={{ maxWidth: 520 }}
    />
  );
};
