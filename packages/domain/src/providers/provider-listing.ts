// The field rules of a provider's directory listing (issue 9 item 1; DOMAIN.md §5). The API
// validates every draft with parseProviderListing before it is saved and again before it is
// submitted; the console uses the same rules for instant feedback. Never throws on user input.
import { isCountryCode, type CountryCode } from '../country/country.js';
import { findMarket, markets, parseRegionName, type RegionName } from '../markets/markets.js';
import { parseEmailAddress, type EmailAddress } from '../partner/email.js';
import { parsePhone, type PhoneNumber } from '../partner/phone.js';
import { checkText, field } from '../partner/text.js';
import { refuse, type Refusal } from '../refusal.js';
import { err, ok, type Result } from '../result.js';

/**
 * What a provider offers resellers. The first three are what most providers give (DOMAIN.md §5:
 * technical training and assistance, marketing help, financing and credit terms); the rest is
 * the curated list of issue 9. A closed set: the directory's facet values.
 */
export const providerServices = [
  'technical_training',
  'marketing_help',
  'financing_credit_terms',
  'migration',
  'support_24_7',
  'security_services',
  'managed_services',
  'marketplace_automation_platform',
  'billing_platform',
  'training_academy',
] as const;
export type ProviderService = (typeof providerServices)[number];

/** The Microsoft product areas a provider sells and supports. A closed set. */
export const productAreas = [
  'azure',
  'microsoft_365',
  'dynamics_365',
  'power_platform',
  'security',
  'windows',
  'teams',
] as const;
export type ProductArea = (typeof productAreas)[number];

/**
 * The languages a listing may name: a BCP-47 subset, a primary language subtag from this list
 * (ISO 639-1), optionally with a region subtag that is a country code ("pt-BR", "en-GB").
 */
export const listingLanguages = [
  'ar',
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'fi',
  'fr',
  'he',
  'hi',
  'hr',
  'hu',
  'id',
  'is',
  'it',
  'ja',
  'ko',
  'lt',
  'lv',
  'ms',
  'nb',
  'nl',
  'nn',
  'pl',
  'pt',
  'ro',
  'ru',
  'sk',
  'sl',
  'sr',
  'sv',
  'sw',
  'th',
  'tr',
  'uk',
  'vi',
  'zh',
] as const;

export const LISTING_LIMITS = {
  name: { min: 2, max: 120 },
  shortDescription: { max: 200 },
  longDescription: { max: 4000 },
  website: { max: 2048 },
  languages: { max: 20 },
  offices: { max: 50 },
  officeName: { max: 120 },
  officeAddressLine: { max: 200 },
  officeCity: { max: 100 },
  officePostalCode: { max: 20 },
  minimumRequirements: { max: 1000 },
} as const;

export type LocalizedText = { readonly en: string; readonly sv: string };
export type OptionalLocalizedText = { readonly en: string | null; readonly sv: string | null };

export type ProviderOffice = {
  readonly name: string | null;
  readonly addressLine1: string;
  readonly city: string;
  readonly postalCode: string | null;
  readonly country: CountryCode;
  readonly latitude: number;
  readonly longitude: number;
};

/** A listing as it is stored and shown: trimmed, normalized, every rule met. */
export type ProviderListing = {
  readonly name: string;
  readonly shortDescription: LocalizedText;
  readonly longDescription: OptionalLocalizedText;
  readonly website: string;
  readonly contactEmail: EmailAddress;
  readonly contactPhone: PhoneNumber;
  readonly headquartersCountry: CountryCode;
  readonly regions: readonly RegionName[];
  readonly countries: readonly CountryCode[];
  readonly services: readonly ProviderService[];
  readonly productAreas: readonly ProductArea[];
  readonly languages: readonly string[];
  readonly offices: readonly ProviderOffice[];
  readonly minimumRequirements: OptionalLocalizedText;
  /** The uploaded logo it shows (the hex SHA-256 of the stored image), or none. */
  readonly logo: LogoId | null;
};

/**
 * A logo's id: the lower-case hex SHA-256 of the image as the API stores it (re-encoded), so the
 * same picture is the same id and a new picture is a new one (a cache never shows a stale logo).
 */
export type LogoId = string & { readonly __brand: 'LogoId' };

/**
 * The `logo` field: absent or null is no logo; otherwise exactly 64 lower-case hex characters.
 * (Whether the provider uploaded that image is the API's to check: it holds the images.)
 */
export function parseLogoId(input: unknown): Parsed<LogoId | null> {
  if (input === undefined || input === null) {
    return ok(null);
  }
  return typeof input === 'string' && /^[0-9a-f]{64}$/.test(input)
    ? ok(input as LogoId)
    : err(refuse('provider.logo_invalid', { field: 'logo' }));
}

type Parsed<T> = Result<T, Refusal>;
const at = (name: string, refusal: Refusal): Refusal =>
  refuse(refusal.code, { ...refusal.details, field: name });

/**
 * A required single text field of the providers' forms: trimmed, without control characters,
 * `min` to `max` characters; refusals name the field.
 */
export function listingText(input: unknown, name: string, max: number, min = 1): Parsed<string> {
  const checked = checkText(input, max);
  if (!checked.ok) {
    const code =
      checked.reason === 'missing'
        ? 'provider.field_required'
        : checked.reason === 'too_long'
          ? 'provider.field_too_long'
          : 'provider.field_invalid_characters';
    return err(refuse(code, { field: name, max }));
  }
  return checked.value.length < min
    ? err(refuse('provider.field_too_short', { field: name, min }))
    : ok(checked.value);
}

/** An optional text: absent, null or blank is null; otherwise the rules of `text`. */
function optionalText(input: unknown, name: string, max: number): Parsed<string | null> {
  if (input === undefined || input === null || (typeof input === 'string' && input.trim() === '')) {
    return ok(null);
  }
  return listingText(input, name, max);
}

function localized(input: unknown, name: string, max: number): Parsed<LocalizedText> {
  const en = listingText(field(input, 'en'), `${name}.en`, max);
  if (!en.ok) {
    return en;
  }
  const sv = listingText(field(input, 'sv'), `${name}.sv`, max);
  return sv.ok ? ok({ en: en.value, sv: sv.value }) : sv;
}

function optionalLocalized(
  input: unknown,
  name: string,
  max: number,
): Parsed<OptionalLocalizedText> {
  const en = optionalText(field(input, 'en'), `${name}.en`, max);
  if (!en.ok) {
    return en;
  }
  const sv = optionalText(field(input, 'sv'), `${name}.sv`, max);
  return sv.ok ? ok({ en: en.value, sv: sv.value }) : sv;
}

/**
 * WHATWG URL, global in every runtime the domain runs in (Node, browsers); declared here because
 * the package compiles without DOM or Node typings.
 */
declare const URL: new (input: string) => {
  readonly href: string;
  readonly hostname: string;
  readonly username: string;
  readonly password: string;
};

/** https:// (or http://) with a host name that has a dot, no user or password, no spaces. */
export function parseWebsite(input: unknown): Parsed<string> {
  if (typeof input !== 'string' || input.trim().length > LISTING_LIMITS.website.max) {
    return err(refuse('provider.website_invalid', { field: 'website' }));
  }
  const value = input.trim();
  let url: InstanceType<typeof URL>;
  try {
    url = new URL(value);
  } catch {
    return err(refuse('provider.website_invalid', { field: 'website' }));
  }
  const valid =
    /^https?:\/\//i.test(value) &&
    !/\s/.test(value) &&
    url.username === '' &&
    url.password === '' &&
    /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,63}$/.test(url.hostname);
  return valid ? ok(url.href) : err(refuse('provider.website_invalid', { field: 'website' }));
}

/** A BCP-47 tag of the subset: "sv", "en-GB" (case normalized: "EN-gb" → "en-GB"). */
export function parseLanguageTag(input: unknown): string | undefined {
  if (typeof input !== 'string') {
    return undefined;
  }
  const match = /^([a-zA-Z]{2})(?:-([a-zA-Z]{2}))?$/.exec(input.trim());
  if (match === null) {
    return undefined;
  }
  const language = match[1]!.toLowerCase();
  const region = match[2]?.toUpperCase();
  if (!(listingLanguages as readonly string[]).includes(language)) {
    return undefined;
  }
  if (region === undefined) {
    return language;
  }
  return isCountryCode(region) ? `${language}-${region}` : undefined;
}

/**
 * A list of distinct values, each read by `read` (undefined: not one of the choices), with at
 * least `min` and at most `max` values.
 */
function list<T>(
  input: unknown,
  name: string,
  limits: { readonly min: number; readonly max: number },
  read: (value: unknown) => T | undefined,
): Parsed<readonly T[]> {
  if (input === undefined || input === null) {
    input = [];
  }
  if (!Array.isArray(input)) {
    return err(refuse('provider.list_required', { field: name }));
  }
  if (input.length < limits.min) {
    return err(refuse('provider.list_required', { field: name }));
  }
  if (input.length > limits.max) {
    return err(refuse('provider.list_too_long', { field: name, max: limits.max }));
  }
  const values: T[] = [];
  for (const raw of input as unknown[]) {
    const value = read(raw);
    const shown = typeof raw === 'string' ? raw.slice(0, 64) : typeof raw;
    if (value === undefined) {
      return err(refuse('provider.unknown_value', { field: name, value: shown }));
    }
    if (values.includes(value)) {
      return err(refuse('provider.duplicate_value', { field: name, value: shown }));
    }
    values.push(value);
  }
  return ok(values);
}

const oneOf =
  <T extends string>(choices: readonly T[]) =>
  (value: unknown): T | undefined =>
    typeof value === 'string' && (choices as readonly string[]).includes(value)
      ? (value as T)
      : undefined;

const regionValue = (value: unknown): RegionName | undefined => {
  const region = parseRegionName(value);
  return region.ok ? region.value : undefined;
};

const regionByCountry: ReadonlyMap<string, RegionName> = new Map(
  markets.map((market) => [market.country, market.region]),
);

const marketCountry = (value: unknown): CountryCode | undefined => {
  const market = typeof value === 'string' ? findMarket(value) : undefined;
  return market?.ok ? market.value.country : undefined;
};

function coordinate(input: unknown, name: string, limit: number): Parsed<number> {
  return typeof input === 'number' && Number.isFinite(input) && Math.abs(input) <= limit
    ? ok(input)
    : err(refuse('provider.coordinate_invalid', { field: name, min: -limit, max: limit }));
}

function office(
  input: unknown,
  index: number,
  countries: readonly CountryCode[],
): Parsed<ProviderOffice> {
  const prefix = `offices.${index}`;
  const L = LISTING_LIMITS;
  const name = optionalText(field(input, 'name'), `${prefix}.name`, L.officeName.max);
  const addressLine1 = listingText(
    field(input, 'addressLine1'),
    `${prefix}.addressLine1`,
    L.officeAddressLine.max,
  );
  const city = listingText(field(input, 'city'), `${prefix}.city`, L.officeCity.max);
  const postalCode = optionalText(
    field(input, 'postalCode'),
    `${prefix}.postalCode`,
    L.officePostalCode.max,
  );
  const latitude = coordinate(field(input, 'latitude'), `${prefix}.latitude`, 90);
  const longitude = coordinate(field(input, 'longitude'), `${prefix}.longitude`, 180);
  for (const part of [name, addressLine1, city, postalCode, latitude, longitude]) {
    if (!part.ok) {
      return part;
    }
  }
  const country = findMarket(field(input, 'country') as string);
  if (!country.ok) {
    return err(at(`${prefix}.country`, country.error));
  }
  if (!countries.includes(country.value.country)) {
    return err(
      refuse('provider.office_outside_countries', {
        field: `${prefix}.country`,
        country: country.value.country,
      }),
    );
  }
  // Every part was checked above; the casts only restate what the loop established.
  return ok({
    name: (name as { value: string | null }).value,
    addressLine1: (addressLine1 as { value: string }).value,
    city: (city as { value: string }).value,
    postalCode: (postalCode as { value: string | null }).value,
    country: country.value.country,
    latitude: (latitude as { value: number }).value,
    longitude: (longitude as { value: number }).value,
  });
}

/**
 * A listing from a request body. The first rule broken is refused with its code and the field
 * (`details.field`, a dotted path such as `offices.2.latitude`). Rules besides the fields' own:
 * - every country served is a CSP market in one of the listing's regions (a provider's markets
 *   are those of its CSP regions, DOMAIN.md §1, §5), and every region has at least one of them;
 * - the headquarters is a CSP market in one of the listing's regions (a CSP tenant needs legal
 *   presence in a country of its region, DOMAIN.md §1);
 * - every office is in a country the listing serves.
 */
export function parseProviderListing(input: unknown): Result<ProviderListing, Refusal> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return err(refuse('provider.listing_invalid'));
  }
  const L = LISTING_LIMITS;
  const name = listingText(field(input, 'name'), 'name', L.name.max, L.name.min);
  if (!name.ok) {
    return name;
  }
  const shortDescription = localized(
    field(input, 'shortDescription'),
    'shortDescription',
    L.shortDescription.max,
  );
  if (!shortDescription.ok) {
    return shortDescription;
  }
  const longDescription = optionalLocalized(
    field(input, 'longDescription'),
    'longDescription',
    L.longDescription.max,
  );
  if (!longDescription.ok) {
    return longDescription;
  }
  const website = parseWebsite(field(input, 'website'));
  if (!website.ok) {
    return website;
  }
  const email = parseEmailAddress(field(input, 'contactEmail'));
  if (!email.ok) {
    return err(at('contactEmail', email.error));
  }
  const phone = parsePhone(field(input, 'contactPhone'));
  if (!phone.ok) {
    return err(at('contactPhone', phone.error));
  }
  const regions = list(field(input, 'regions'), 'regions', { min: 1, max: 16 }, regionValue);
  if (!regions.ok) {
    return regions;
  }
  const countries = list(
    field(input, 'countries'),
    'countries',
    { min: 1, max: 246 },
    marketCountry,
  );
  if (!countries.ok) {
    return countries;
  }
  const served = countries.value.map((country) => ({
    country,
    region: regionByCountry.get(country),
  }));
  const outside = served.find((entry) => !regions.value.includes(entry.region!));
  if (outside !== undefined) {
    return err(
      refuse('provider.country_outside_regions', { field: 'countries', country: outside.country }),
    );
  }
  const empty = regions.value.find((region) => !served.some((entry) => entry.region === region));
  if (empty !== undefined) {
    return err(refuse('provider.region_without_country', { field: 'regions', region: empty }));
  }
  const headquarters = findMarket(field(input, 'headquartersCountry') as string);
  if (!headquarters.ok) {
    return err(at('headquartersCountry', headquarters.error));
  }
  if (!regions.value.includes(headquarters.value.region)) {
    return err(
      refuse('provider.headquarters_outside_regions', {
        field: 'headquartersCountry',
        country: headquarters.value.country,
      }),
    );
  }
  const services = list(
    field(input, 'services'),
    'services',
    { min: 1, max: providerServices.length },
    oneOf(providerServices),
  );
  if (!services.ok) {
    return services;
  }
  const areas = list(
    field(input, 'productAreas'),
    'productAreas',
    { min: 1, max: productAreas.length },
    oneOf(productAreas),
  );
  if (!areas.ok) {
    return areas;
  }
  const languages = list(
    field(input, 'languages'),
    'languages',
    { min: 1, max: L.languages.max },
    parseLanguageTag,
  );
  if (!languages.ok) {
    return languages;
  }
  const rawOffices = field(input, 'offices');
  const officeList = list(rawOffices, 'offices', { min: 0, max: L.offices.max }, (value) =>
    typeof value === 'object' && value !== null ? value : undefined,
  );
  if (!officeList.ok) {
    return officeList;
  }
  const offices: ProviderOffice[] = [];
  for (const [index, raw] of officeList.value.entries()) {
    const parsed = office(raw, index, countries.value);
    if (!parsed.ok) {
      return parsed;
    }
    offices.push(parsed.value);
  }
  const minimumRequirements = optionalLocalized(
    field(input, 'minimumRequirements'),
    'minimumRequirements',
    L.minimumRequirements.max,
  );
  if (!minimumRequirements.ok) {
    return minimumRequirements;
  }
  const logo = parseLogoId(field(input, 'logo'));
  if (!logo.ok) {
    return logo;
  }
  return ok({
    name: name.value,
    shortDescription: shortDescription.value,
    longDescription: longDescription.value,
    website: website.value,
    contactEmail: email.value,
    contactPhone: phone.value,
    headquartersCountry: headquarters.value.country,
    regions: regions.value,
    countries: countries.value,
    services: services.value,
    productAreas: areas.value,
    languages: languages.value,
    offices,
    minimumRequirements: minimumRequirements.value,
    logo: logo.value,
  });
}
