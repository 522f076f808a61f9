// The public directory's Meilisearch index: its documents and its settings, in code (issue 9
// item 10). PostgreSQL is the source of truth; the index holds published listings only.
import type { Settings } from 'meilisearch';

/** The index name the directory (instant-meilisearch) uses; the real uid carries a prefix. */
export const PUBLIC_PROVIDER_INDEX = 'providers';

/** A published listing as the directory searches it. Every field here is public. */
export type ProviderDocument = {
  readonly id: string;
  readonly name: string;
  /** Lower case, for sorting by name. */
  readonly nameSort: string;
  readonly shortDescriptionEn: string;
  readonly shortDescriptionSv: string;
  readonly longDescriptionEn: string | null;
  readonly longDescriptionSv: string | null;
  readonly website: string;
  readonly contactEmail: string;
  readonly contactPhone: string;
  readonly headquartersCountry: string;
  readonly regions: readonly string[];
  readonly countries: readonly string[];
  readonly services: readonly string[];
  readonly productAreas: readonly string[];
  readonly languages: readonly string[];
  readonly cities: readonly string[];
  readonly offices: readonly {
    readonly name: string | null;
    readonly addressLine1: string;
    readonly city: string;
    readonly postalCode: string | null;
    readonly country: string;
    readonly latitude: number;
    readonly longitude: number;
  }[];
  readonly minimumRequirementsEn: string | null;
  readonly minimumRequirementsSv: string | null;
  /**
   * The published logo's id (hex SHA-256 of the image), or null; the image is at
   * `/api/directory/providers/{id}/logo` (add `?v={logo}` so a new logo is a new URL).
   */
  readonly logo: string | null;
  readonly authorized: boolean;
  /** Epoch milliseconds. */
  readonly lastConfirmedAt: number | null;
  readonly publishedAt: number;
  /**
   * `public`, or `hidden` while the listing is past its freshness grace period: the search route
   * adds `visibility = public` to every filter.
   */
  readonly visibility: 'public' | 'hidden';
};

/** The facets the directory may ask for (each is filterable). */
export const providerFacets = [
  'regions',
  'countries',
  'services',
  'productAreas',
  'languages',
  'authorized',
  'headquartersCountry',
] as const;

export const providerSortable = ['nameSort', 'lastConfirmedAt'] as const;

export const providerSearchable = [
  'name',
  'shortDescriptionEn',
  'shortDescriptionSv',
  'cities',
  'longDescriptionEn',
  'longDescriptionSv',
  'minimumRequirementsEn',
  'minimumRequirementsSv',
] as const;

/**
 * The settings applied at start-up. `_geo` is deliberately not filterable or sortable: it makes
 * every small update about ten times slower (ARCHITECTURE.md pitfall 5); offices carry their
 * coordinates as plain fields for the provider page's map instead.
 */
export const providerIndexSettings = {
  searchableAttributes: [...providerSearchable],
  filterableAttributes: [...providerFacets, 'visibility', 'id'],
  sortableAttributes: [...providerSortable],
  displayedAttributes: ['*'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
  },
  synonyms: {
    distributor: ['indirect provider', 'distributör', 'leverantör'],
    'indirect provider': ['distributor', 'distributör', 'leverantör'],
    distributör: ['distributor', 'indirect provider', 'leverantör'],
    leverantör: ['distributor', 'indirect provider', 'distributör'],
    reseller: ['återförsäljare'],
    återförsäljare: ['reseller'],
    training: ['utbildning'],
    utbildning: ['training'],
    financing: ['finansiering'],
    finansiering: ['financing'],
  },
  faceting: { maxValuesPerFacet: 300 },
  pagination: { maxTotalHits: 1000 },
} as const satisfies Settings;

/**
 * Whether the index's current settings already are the wanted ones: every wanted key has the
 * wanted value (attribute sets compared as sets). Settings Meilisearch adds beside them
 * (defaults) are ignored, so an unchanged start-up sends no update and reindexes nothing.
 */
export function settingsCover(current: unknown, wanted: unknown, path = ''): boolean {
  if (Array.isArray(wanted)) {
    if (!Array.isArray(current) || current.length !== wanted.length) {
      return false;
    }
    const asSet =
      path === 'filterableAttributes' ||
      path === 'sortableAttributes' ||
      path.startsWith('synonyms.');
    const a = asSet ? (current as unknown[]).map(String).sort() : (current as unknown[]);
    const b = asSet ? (wanted as unknown[]).map(String).sort() : (wanted as unknown[]);
    return a.every((value, index) => settingsCover(value, b[index], path));
  }
  if (typeof wanted === 'object' && wanted !== null) {
    if (typeof current !== 'object' || current === null) {
      return false;
    }
    return Object.entries(wanted).every(([key, value]) =>
      settingsCover(
        (current as Record<string, unknown>)[key],
        value,
        path ? `${path}.${key}` : key,
      ),
    );
  }
  return current === wanted;
}
