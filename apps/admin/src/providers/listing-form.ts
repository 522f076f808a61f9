// The listing editor's values, the body sent to `PUT /api/providers/mine/draft`, and the first
// rule a listing breaks, through @hub/domain's parseProviderListing (the rules the API applies on
// submit). A draft may be saved incomplete: the rules block only Submit.
import { parseProviderListing } from '@hub/domain';
import type { ProviderListingFieldsDto, ProviderResponse } from '@hub/web';

export type LocalizedValues = { en?: string | null; sv?: string | null };

export type OfficeValues = {
  name?: string | null;
  addressLine1?: string;
  city?: string;
  postalCode?: string | null;
  country?: string;
  latitude?: number | null;
  longitude?: number | null;
};

/** The editor's form: the listing's fields, as typed. */
export type ListingFormValues = {
  name?: string;
  shortDescription?: LocalizedValues;
  longDescription?: LocalizedValues;
  website?: string;
  contactEmail?: string;
  contactPhone?: string;
  headquartersCountry?: string;
  regions?: string[];
  countries?: string[];
  services?: string[];
  productAreas?: string[];
  languages?: string[];
  offices?: OfficeValues[];
  minimumRequirements?: LocalizedValues;
  /** The uploaded logo's id (POST /api/providers/mine/logos), or null for none. */
  logo?: string | null;
};

/** The first rule the fields break: its code, details and the field's dotted path. */
export type ListingProblem = {
  code: string;
  field: string;
  details: Record<string, unknown>;
};

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const number = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;
const localized = (value: unknown): LocalizedValues => {
  const record = (typeof value === 'object' && value !== null ? value : {}) as LocalizedValues;
  return { en: text(record.en), sv: text(record.sv) };
};

/**
 * A stored version's fields as form values. The generated DTO type says `Record<string, never>`
 * for the scalar fields (the API documents them as `unknown`, since the domain checks them), so
 * each value is read for what it is.
 */
export function toFormValues(fields: ProviderListingFieldsDto | undefined): ListingFormValues {
  const record = (fields ?? {}) as Record<string, unknown>;
  return {
    name: text(record['name']),
    shortDescription: localized(record['shortDescription']),
    longDescription: localized(record['longDescription']),
    website: text(record['website']),
    contactEmail: text(record['contactEmail']),
    contactPhone: text(record['contactPhone']),
    headquartersCountry: text(record['headquartersCountry']),
    regions: strings(record['regions']),
    countries: strings(record['countries']),
    services: strings(record['services']),
    productAreas: strings(record['productAreas']),
    languages: strings(record['languages']),
    offices: (Array.isArray(record['offices']) ? (record['offices'] as unknown[]) : []).map(
      (raw) => {
        const office = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<
          string,
          unknown
        >;
        return {
          name: text(office['name']),
          addressLine1: text(office['addressLine1']),
          city: text(office['city']),
          postalCode: text(office['postalCode']),
          country: text(office['country']),
          latitude: number(office['latitude']),
          longitude: number(office['longitude']),
        };
      },
    ),
    minimumRequirements: localized(record['minimumRequirements']),
    logo: typeof record['logo'] === 'string' ? record['logo'] : null,
  };
}

const trimmed = (value: string | null | undefined): string => (value ?? '').trim();
const orNull = (value: string | null | undefined): string | null =>
  trimmed(value) === '' ? null : trimmed(value);
const optionalLocalized = (value: LocalizedValues | undefined) => ({
  en: orNull(value?.en),
  sv: orNull(value?.sv),
});

/** The body of `PUT /api/providers/mine/draft`: every listing field, trimmed; blanks optional. */
export function toListingBody(values: ListingFormValues): Record<string, unknown> {
  return {
    name: trimmed(values.name),
    shortDescription: {
      en: trimmed(values.shortDescription?.en),
      sv: trimmed(values.shortDescription?.sv),
    },
    longDescription: optionalLocalized(values.longDescription),
    website: trimmed(values.website),
    contactEmail: trimmed(values.contactEmail),
    contactPhone: trimmed(values.contactPhone),
    headquartersCountry: trimmed(values.headquartersCountry),
    regions: values.regions ?? [],
    countries: values.countries ?? [],
    services: values.services ?? [],
    productAreas: values.productAreas ?? [],
    languages: values.languages ?? [],
    offices: (values.offices ?? []).map((office) => ({
      name: orNull(office.name),
      addressLine1: trimmed(office.addressLine1),
      city: trimmed(office.city),
      postalCode: orNull(office.postalCode),
      country: trimmed(office.country),
      latitude: typeof office.latitude === 'number' ? office.latitude : null,
      longitude: typeof office.longitude === 'number' ? office.longitude : null,
    })),
    minimumRequirements: optionalLocalized(values.minimumRequirements),
    logo: values.logo ?? null,
  };
}

/** The first listing rule the values break (what Submit would be refused for), or undefined. */
export function listingProblem(values: ListingFormValues): ListingProblem | undefined {
  const parsed = parseProviderListing(toListingBody(values));
  if (parsed.ok) {
    return undefined;
  }
  const details = (parsed.error.details ?? {}) as Record<string, unknown>;
  const field = details['field'];
  return { code: parsed.error.code, field: typeof field === 'string' ? field : '', details };
}

/**
 * The i18n key of a field's label from its dotted path: `shortDescription.sv` →
 * `resources.providers.fields.shortDescription_sv`, `offices.2.latitude` → `…office_latitude`.
 */
export function fieldLabelKey(path: string): string {
  const office = /^offices\.\d+\.(\w+)$/.exec(path);
  const key = office ? `office_${office[1]}` : path.replace(/\./g, '_');
  return `resources.providers.fields.${key}`;
}

/** Countries of the chosen regions only: what `countries` may hold (a provider's markets). */
export function countriesInRegions(
  countries: readonly string[],
  regions: readonly string[],
  regionOf: (country: string) => string | undefined,
): string[] {
  return countries.filter((country) => regions.includes(regionOf(country) ?? ''));
}

/** A text field of the provider's working version, else of its live one ('' when neither). */
export function providerText(
  provider: Pick<ProviderResponse, 'working' | 'live'>,
  key: 'name' | 'headquartersCountry',
): string {
  for (const version of [provider.working, provider.live]) {
    const value = (version?.fields as Record<string, unknown> | undefined)?.[key];
    if (typeof value === 'string' && value !== '') {
      return value;
    }
  }
  return '';
}
