import { useCallback } from 'react';
import { useTranslate } from 'react-admin';

/** A region's name in the current language (`enums.region.<id>`), else the API's name. */
export function useRegionName(): (id: string, name?: string) => string {
  const translate = useTranslate();
  return useCallback((id, name) => translate(`enums.region.${id}`, { _: name ?? id }), [translate]);
}
