// Unmet demand (issue 9 item 6): a directory search that found no provider is counted by its
// region, country and the other facet filters it used, never by its text or its sender (no
// personal data). This reads the filter the directory sent (Meilisearch syntax, as
// instant-meilisearch writes it: `"countries"="SE"`, AND-ed elements, OR-ed lists) into that
// key. Only values the directory offers are kept, so a script cannot fill the table with junk.
import { isCountryCode } from '../country/country.js';
import { regionNames } from '../markets/markets.data.js';
import { listingLanguages, productAreas, providerServices } from './provider-listing.js';

/** The facets a miss is counted by, and the values each may take. */
const facetValues: Readonly<Record<string, (value: string) => boolean>> = {
  regions: (value) => (regionNames as readonly string[]).includes(value),
  countries: (value) => isCountryCode(value),
  services: (value) => (providerServices as readonly string[]).includes(value),
  productAreas: (value) => (productAreas as readonly string[]).includes(value),
  languages: (value) => (listingLanguages as readonly string[]).includes(value),
  authorized: (value) => value === 'true' || value === 'false',
};

/** What a search without results is counted by. */
export type SearchMissKey = {
  /** The CSP regions filtered on ("" for none), several joined by " | " (sorted). */
  readonly region: string;
  /** The countries filtered on, the same way. */
  readonly country: string;
  /** The other facet filters, each `facet:value` (an OR-ed list `facet:a|b`), sorted. */
  readonly filters: readonly string[];
};

const condition = /^\s*"?([A-Za-z]+)"?\s*=\s*"?([^"]{1,100})"?\s*$/;

/** `facet = value` with a facet and value the directory offers; undefined for anything else. */
function read(text: string): { facet: string; value: string } | undefined {
  const match = condition.exec(text);
  if (match === null) {
    return undefined;
  }
  const facet = match[1]!;
  const value = match[2]!.trim();
  const known = facetValues[facet];
  return known !== undefined && known(value) ? { facet, value } : undefined;
}

/**
 * The key of a search's filter: each AND-ed element that is one facet's value, or an OR-ed list
 * of one facet's values, counts; any other element (a range, a negation, another facet, an
 * unknown value) is left out of the key rather than refused (the search itself checks syntax).
 */
export function searchMissKey(filter: readonly (string | readonly string[])[]): SearchMissKey {
  const byFacet = new Map<string, Set<string>[]>();
  for (const element of filter) {
    const parts = (typeof element === 'string' ? [element] : element).map(read);
    const facets = new Set(parts.map((part) => part?.facet));
    const facet = parts[0]?.facet;
    if (facet === undefined || facets.size !== 1) {
      continue;
    }
    const values = new Set(parts.map((part) => part!.value));
    byFacet.set(facet, [...(byFacet.get(facet) ?? []), values]);
  }
  const joined = (facet: string): string[] =>
    (byFacet.get(facet) ?? []).map((values) => [...values].sort().join(' | ')).sort();
  const filters = [...byFacet.keys()]
    .filter((facet) => facet !== 'regions' && facet !== 'countries')
    .flatMap((facet) => joined(facet).map((values) => `${facet}:${values.replaceAll(' | ', '|')}`))
    .sort();
  return {
    region: joined('regions').join(' & '),
    country: joined('countries').join(' & '),
    filters,
  };
}
