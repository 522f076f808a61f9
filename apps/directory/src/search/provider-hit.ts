// A published listing as the search returns it: the API's search document (apps/api
// modules/search/provider-index.ts, `ProviderDocument`), read-only in the browser. The search
// responses are Meilisearch's own and are not described field by field in the OpenAPI document,
// so this shape is stated here; the API's search tests hold the document to it.
import type { Locale } from '@hub/domain';

export type ProviderOffice = {
  readonly name: string | null;
  readonly addressLine1: string;
  readonly city: string;
  readonly postalCode: string | null;
  readonly country: string;
  readonly latitude: number;
  readonly longitude: number;
};

export type ProviderDocument = {
  readonly id: string;
  readonly name: string;
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
  readonly offices: readonly ProviderOffice[];
  readonly minimumRequirementsEn: string | null;
  readonly minimumRequirementsSv: string | null;
  /**
   * The published logo's id (served at `/api/directory/providers/{id}/logo`), or null; absent
   * from documents indexed before logos existed (read as none).
   */
  readonly logo?: string | null;
  readonly authorized: boolean;
  /** Epoch milliseconds. */
  readonly lastConfirmedAt: number | null;
  readonly publishedAt: number;
};

/** The index uid the API exposes (PUBLIC_PROVIDER_INDEX in the API's provider-index.ts). */
export const PROVIDER_INDEX = 'providers';

/** A listing's text in the reader's language. */
export const inLanguage = (
  doc: Pick<ProviderDocument, 'shortDescriptionEn' | 'shortDescriptionSv'>,
  locale: Locale,
): string => (locale === 'sv' ? doc.shortDescriptionSv : doc.shortDescriptionEn);

export const descriptionAttribute = (locale: Locale) =>
  locale === 'sv' ? ('shortDescriptionSv' as const) : ('shortDescriptionEn' as const);
