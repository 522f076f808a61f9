import { useCallback } from 'react';
import { useInstantSearch } from 'react-instantsearch';

export type Selection = { region?: string; country?: string };

/**
 * The region/country picker as the entry to the search: it shows the region and country when
 * exactly one of each is refined, and choosing one refines `regions` and `countries` to it
 * (choosing Sweden filters `countries = SE`), back on the first page.
 */
export function useRegionCountry(): [Selection, (next: Selection) => void] {
  const { indexUiState, setIndexUiState } = useInstantSearch();
  const regions = indexUiState.refinementList?.['regions'] ?? [];
  const countries = indexUiState.refinementList?.['countries'] ?? [];
  const selection: Selection = {
    ...(regions.length === 1 ? { region: regions[0] } : {}),
    ...(countries.length === 1 ? { country: countries[0] } : {}),
  };
  const select = useCallback(
    (next: Selection) =>
      setIndexUiState((state) => ({
        ...state,
        page: 1,
        refinementList: {
          ...state.refinementList,
          regions: next.region ? [next.region] : [],
          countries: next.country ? [next.country] : [],
        },
      })),
    [setIndexUiState],
  );
  return [selection, select];
}
