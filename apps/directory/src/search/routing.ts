// The whole search state in the address bar, readable and shareable:
//   /?q=contoso&region=Europe&country=SE&service=migration&product=azure&language=sv
//    &authorized=1&sort=name&page=2
// Lists repeat their key (region names hold commas). `region` and `country` are the names the
// region/country picker has always used, so its old links still work.
import type { UiState } from 'instantsearch.js';
import { PROVIDER_INDEX } from './provider-hit';

/** The facets kept in the URL: query key ↔ document attribute. */
export const urlFacets = [
  ['region', 'regions'],
  ['country', 'countries'],
  ['service', 'services'],
  ['product', 'productAreas'],
  ['language', 'languages'],
] as const;

export type FacetAttribute = (typeof urlFacets)[number][1];

/** Sort choices: the URL word ↔ instant-meilisearch's `index:attribute:order` name. */
export const sortChoices = [
  { key: 'relevance', value: PROVIDER_INDEX },
  { key: 'name', value: `${PROVIDER_INDEX}:nameSort:asc` },
  { key: 'confirmed', value: `${PROVIDER_INDEX}:lastConfirmedAt:desc` },
] as const;

export type IndexState = NonNullable<UiState[string]>;

const clean = (values: readonly string[]) =>
  [...new Set(values.map((v) => v.trim()).filter((v) => v !== '' && v.length <= 100))].slice(0, 50);

/** The index's UI state as query parameters, in a stable order. */
export function toSearchParams(state: IndexState): URLSearchParams {
  const params = new URLSearchParams();
  const query = state.query?.trim();
  if (query) {
    params.set('q', query);
  }
  for (const [key, attribute] of urlFacets) {
    for (const value of state.refinementList?.[attribute] ?? []) {
      params.append(key, value);
    }
  }
  if (state.toggle?.['authorized']) {
    params.set('authorized', '1');
  }
  const sort = sortChoices.find((choice) => choice.value === state.sortBy);
  if (sort && sort.key !== 'relevance') {
    params.set('sort', sort.key);
  }
  if (state.page && state.page > 1) {
    params.set('page', String(state.page));
  }
  return params;
}

/** Query parameters as the index's UI state; anything unknown or malformed is left out. */
export function fromSearchParams(params: URLSearchParams): IndexState {
  const state: IndexState = {};
  const query = params.get('q');
  if (query) {
    state.query = query.slice(0, 512);
  }
  for (const [key, attribute] of urlFacets) {
    const values = clean(params.getAll(key));
    if (values.length > 0) {
      state.refinementList = { ...state.refinementList, [attribute]: values };
    }
  }
  if (params.get('authorized') === '1') {
    state.toggle = { authorized: true };
  }
  const sort = sortChoices.find((choice) => choice.key === params.get('sort'));
  if (sort && sort.key !== 'relevance') {
    state.sortBy = sort.value;
  }
  const page = Number(params.get('page'));
  if (Number.isInteger(page) && page > 1 && page <= 100) {
    state.page = page;
  }
  return state;
}

/** The search page's URL for a state (always `/`: the search lives there). */
export const searchUrl = (state: IndexState): string => {
  const query = toSearchParams(state).toString();
  return query ? `/?${query}` : '/';
};
