import { isLocale, regionLabel } from '@hub/domain';
import { useCallback } from 'react';
import { useLocaleState } from 'react-admin';

/** A region's name in the current language (from @hub/domain), else the API's name. */
export function useRegionName(): (id: string, name?: string) => string {
  const [locale] = useLocaleState();
  return useCallback(
    (id, name) => {
      const label = regionLabel(id, isLocale(locale) ? locale : 'en');
      return label === id && name ? name : label;
    },
    [locale],
  );
}
