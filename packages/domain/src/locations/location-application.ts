// Adding a location in another country (issue 10 item 2; DOMAIN.md §1 "Billing currency is fixed
// by the legal country", §2 "Account structure", "Prerequisites for a new CSP business account").
// A location is a new CSP account in its country: a legal entity registered there, a location
// PartnerID there, the tenant of that CSP account (one tenant ↔ one location PartnerID), the
// registration id where the country requires one, a tax id, the address and bank details. Its
// billing currency is its market's and never changes.
import { parseCountry, type CountryCode } from '../country/country.js';
import { parseTenantId, type TenantId } from '../identity/tenant-id.js';
import type { EnrollmentState } from '../enrollment/enrollment-table.js';
import { findMarket, type Market, type RegionName } from '../markets/markets.js';
import { parseBankDetails, type BankDetails } from '../partner/bank-details.js';
import { parseBusinessAddress, type BusinessAddress } from '../partner/business-address.js';
import { parsePartnerId, type PartnerId } from '../partner/partner-id.js';
import { parseRegistrationId, type RegistrationId } from '../partner/registration-id.js';
import { checkText, field } from '../partner/text.js';
import { refuse, type Refusal } from '../refusal.js';
import { err, ok, type Result } from '../result.js';
import { checkNewLocation, type ChecklistItem, type LocationRequirement } from './locations.js';

/** A location application, every field checked for the location's country. */
export type LocationApplication = {
  readonly legalName: string;
  readonly country: CountryCode;
  readonly market: Market;
  /** The market's billing currency: fixed at creation, never changed. */
  readonly currency: string;
  readonly partnerId: PartnerId;
  readonly tenantId: TenantId;
  readonly registrationId?: RegistrationId;
  readonly taxId: string;
  readonly address: BusinessAddress;
  readonly bankDetails: BankDetails;
};

/** A tenant ↔ location PartnerID link: a CSP account and the PartnerID it transacts under. */
export type TenantPartnerIdLink = {
  readonly tenantId: string;
  readonly partnerId: string;
};

/** A location the partner already has, with the state of its review (its enrollment). */
export type ExistingLocation = {
  readonly country: string;
  readonly tenantId: string;
  readonly partnerId: string;
  readonly state: EnrollmentState;
};

/** The partner's own CSP account: its legal country, tenant and (global) PartnerID. */
export type PartnerAccount = {
  readonly country: string;
  readonly tenantId: string;
  readonly partnerId: string | null;
};

const objectOf = (value: unknown): object =>
  typeof value === 'object' && value !== null ? value : {};

const given = (value: unknown): boolean =>
  value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');

/**
 * A location application from a form or an API body, or the first problem in form order: the
 * legal entity's name, a country that is a CSP market (`locations.country_not_in_market`), the
 * currency when given (it must be the market's: `locations.currency_mismatch`), the location
 * PartnerID, the CSP tenant, the registration id where the country requires one, the tax id,
 * the address (in the location's country) and the bank details.
 */
export function parseLocationApplication(input: unknown): Result<LocationApplication, Refusal> {
  const legalName = checkText(field(input, 'legalName'), 200);
  if (!legalName.ok) {
    return err(refuse('locations.legal_name_required'));
  }
  const country = parseCountry(field(input, 'country'));
  if (!country.ok) {
    return err(refuse(country.error.code, { field: 'country' }));
  }
  const market = findMarket(country.value);
  if (!market.ok) {
    return err(refuse('locations.country_not_in_market', { country: country.value }));
  }
  const currency = field(input, 'currency');
  const currencyText = typeof currency === 'string' ? currency.trim().toUpperCase() : '';
  if (given(currency) && currencyText !== market.value.currency) {
    return err(
      refuse('locations.currency_mismatch', {
        country: country.value,
        currency: currencyText.slice(0, 8),
        expected: market.value.currency,
      }),
    );
  }
  const partnerId = parsePartnerId(field(input, 'partnerId'));
  if (!partnerId.ok) {
    return partnerId;
  }
  const tenantId = parseTenantId(field(input, 'tenantId'));
  if (!tenantId.ok) {
    return err(refuse('locations.invalid_tenant_id'));
  }
  const registration = parseRegistrationId({
    type: field(field(input, 'registrationId'), 'type'),
    value: field(field(input, 'registrationId'), 'value'),
    country: country.value,
  });
  if (!registration.ok) {
    return registration;
  }
  const taxId = checkText(field(input, 'taxId'), 64);
  if (!taxId.ok) {
    return err(refuse('locations.tax_id_required'));
  }
  const address = parseBusinessAddress({
    ...objectOf(field(input, 'address')),
    country: country.value,
  });
  if (!address.ok) {
    return address;
  }
  const bank = parseBankDetails(field(input, 'bankDetails'));
  if (!bank.ok) {
    return bank;
  }
  return ok({
    legalName: legalName.value,
    country: country.value,
    market: market.value,
    currency: market.value.currency,
    partnerId: partnerId.value.partnerId,
    tenantId: tenantId.value,
    ...(registration.value === undefined ? {} : { registrationId: registration.value }),
    taxId: taxId.value,
    address: address.value,
    bankDetails: bank.value,
  });
}

/** Rejected and withdrawn locations no longer cover their country nor hold their links. */
export const isLiveLocation = (state: EnrollmentState): boolean =>
  state !== 'rejected' && state !== 'withdrawn';

/** A location counts for the partner's markets once its review has verified it. */
export const isVerifiedLocation = (state: EnrollmentState): boolean =>
  state === 'verified' || state === 'agreement_accepted' || state === 'active';

/**
 * Whether the partner may add a location in `country`: not its own account's country, and no
 * live location (one not rejected or withdrawn) there already.
 */
export function checkLocationCountry(
  account: PartnerAccount,
  locations: readonly ExistingLocation[],
  country: CountryCode,
): Result<CountryCode, Refusal> {
  const covered =
    account.country.toUpperCase() === country ||
    locations.some((l) => isLiveLocation(l.state) && l.country.toUpperCase() === country);
  return covered ? err(refuse('locations.country_already_covered', { country })) : ok(country);
}

/**
 * One CSP tenant maps to exactly one location PartnerID (DOMAIN.md §2): refuses a tenant
 * already linked to a PartnerID, and a PartnerID already linked to another tenant.
 */
export function checkTenantPartnerIdLink(
  existing: readonly TenantPartnerIdLink[],
  candidate: TenantPartnerIdLink,
): Result<TenantPartnerIdLink, Refusal> {
  const tenant = candidate.tenantId.toLowerCase();
  const byTenant = existing.find((l) => l.tenantId.toLowerCase() === tenant);
  if (byTenant !== undefined) {
    return err(refuse('locations.tenant_already_linked', { partnerId: byTenant.partnerId }));
  }
  if (existing.some((l) => l.partnerId === candidate.partnerId)) {
    return err(refuse('locations.partner_id_already_linked', { partnerId: candidate.partnerId }));
  }
  return ok(candidate);
}

/** The links a partner holds: its own account's (when it has a PartnerID) and its live locations'. */
export function partnerLinks(
  account: PartnerAccount,
  locations: readonly ExistingLocation[],
): TenantPartnerIdLink[] {
  return [
    ...(account.partnerId === null
      ? []
      : [{ tenantId: account.tenantId, partnerId: account.partnerId }]),
    ...locations
      .filter((l) => isLiveLocation(l.state))
      .map((l) => ({ tenantId: l.tenantId, partnerId: l.partnerId })),
  ];
}

/**
 * The CSP regions a partner sells in: its account's region (once the account is active) and
 * the regions of its verified locations, each once, sorted.
 */
export function partnerRegions(input: {
  readonly accountCountry: string;
  readonly accountActive: boolean;
  readonly locations: readonly Pick<ExistingLocation, 'country' | 'state'>[];
}): RegionName[] {
  const countries = [
    ...(input.accountActive ? [input.accountCountry] : []),
    ...input.locations.filter((l) => isVerifiedLocation(l.state)).map((l) => l.country),
  ];
  const regions = new Set<RegionName>();
  for (const country of countries) {
    const market = findMarket(country);
    if (market.ok) {
      regions.add(market.value.region);
    }
  }
  return [...regions].sort();
}

/** What the partner confirms about the location PartnerID (Partner Center shows it). */
export type LocationConfirmations = {
  readonly partnerIdActive?: boolean;
  readonly partnerIdInPartnerCenter?: boolean;
};

export type LocationApplicationRequirement =
  | LocationRequirement
  | 'legal_entity'
  | 'country_not_covered'
  | 'csp_tenant'
  | 'tax_id'
  | 'address'
  | 'bank_details';

export type LocationApplicationItem = Omit<ChecklistItem, 'requirement'> & {
  readonly requirement: LocationApplicationRequirement;
};

export type LocationApplicationChecklist = {
  readonly ready: boolean;
  /** The location's market and billing currency, when the country is a CSP market. */
  readonly market?: Market;
  readonly items: readonly LocationApplicationItem[];
};

export type LocationApplicationFacts = {
  readonly account: PartnerAccount;
  readonly locations: readonly ExistingLocation[];
  /** The form's fields, as parseLocationApplication reads them, plus the confirmations. */
  readonly application: unknown;
  /** Other partners' tenant ↔ PartnerID links (accounts and live locations): the rule is global. */
  readonly otherLinks?: readonly TenantPartnerIdLink[];
  readonly on?: Date;
};

const linksOf = (facts: LocationApplicationFacts): TenantPartnerIdLink[] => [
  ...partnerLinks(facts.account, facts.locations),
  ...(facts.otherLinks ?? []),
];

const fromResult = (
  requirement: LocationApplicationRequirement,
  result: { readonly ok: boolean; readonly error?: Refusal },
  met: Refusal,
): LocationApplicationItem =>
  result.ok || result.error === undefined
    ? { requirement, status: 'met', reason: met }
    : { requirement, status: 'not_met', reason: result.error };

const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : value === undefined || value === null ? undefined : '';

const flag = (value: unknown): boolean | undefined =>
  typeof value === 'boolean' ? value : undefined;

/**
 * The prerequisites checklist of a location application (the form shows it live): the legal
 * entity, the country (a CSP market, not covered yet), the domain's checkNewLocation for a new
 * CSP account in that country (the location PartnerID, not the account's global one, active and
 * in Partner Center; the registration id), the CSP tenant (1:1 with the PartnerID), the tax id,
 * the address and the bank details. Every item is evaluated; `ready` when all are met.
 */
export function checkLocationApplication(
  facts: LocationApplicationFacts,
): LocationApplicationChecklist {
  const input = facts.application;
  const rawCountry = field(input, 'country');
  const country = parseCountry(rawCountry);
  const market = country.ok ? findMarket(country.value) : undefined;
  const rawPartnerId = field(input, 'partnerId');
  const partnerId = parsePartnerId(rawPartnerId);
  const countryText = typeof rawCountry === 'string' ? rawCountry : '';
  const rawRegistration = field(input, 'registrationId');
  const newLocation = checkNewLocation({
    cspAccountCountry: countryText,
    location: {
      country: countryText,
      ...(given(rawPartnerId)
        ? {
            partnerId:
              typeof rawPartnerId === 'number' ? String(rawPartnerId) : textOf(rawPartnerId),
          }
        : {}),
      ...(partnerId.ok
        ? {
            partnerIdKind:
              partnerId.value.partnerId === facts.account.partnerId ? 'global' : 'location',
          }
        : {}),
      partnerIdActive: flag(field(input, 'partnerIdActive')),
      partnerIdInPartnerCenter: flag(field(input, 'partnerIdInPartnerCenter')),
      registrationId: {
        type: textOf(field(rawRegistration, 'type')),
        value: textOf(field(rawRegistration, 'value')),
      },
    },
    ...(facts.on === undefined ? {} : { on: facts.on }),
  });
  const items: LocationApplicationItem[] = [];
  const legalName = checkText(field(input, 'legalName'), 200);
  items.push(
    legalName.ok
      ? { requirement: 'legal_entity', status: 'met', reason: refuse('locations.legal_entity') }
      : {
          requirement: 'legal_entity',
          status: 'not_met',
          reason: refuse('locations.legal_name_required'),
        },
  );
  const [inMarket, ...rest] = newLocation.items;
  items.push(inMarket!);
  items.push(
    country.ok
      ? fromResult(
          'country_not_covered',
          checkLocationCountry(facts.account, facts.locations, country.value),
          refuse('locations.country_not_covered', { country: country.value }),
        )
      : { requirement: 'country_not_covered', status: 'not_met', reason: country.error },
  );
  // The location is a new CSP account in its own country: its legal country is new, not changed.
  items.push(...rest.filter((i) => i.requirement !== 'legal_country_unchanged'));
  const tenant = parseTenantId(field(input, 'tenantId'));
  items.push(
    !tenant.ok
      ? {
          requirement: 'csp_tenant',
          status: 'not_met',
          reason: refuse('locations.invalid_tenant_id'),
        }
      : fromResult(
          'csp_tenant',
          partnerId.ok
            ? checkTenantPartnerIdLink(linksOf(facts), {
                tenantId: tenant.value,
                partnerId: partnerId.value.partnerId,
              })
            : ok(tenant.value),
          refuse('locations.csp_tenant'),
        ),
  );
  const taxId = checkText(field(input, 'taxId'), 64);
  items.push(
    taxId.ok
      ? { requirement: 'tax_id', status: 'met', reason: refuse('locations.tax_id') }
      : { requirement: 'tax_id', status: 'not_met', reason: refuse('locations.tax_id_required') },
  );
  const address = field(input, 'address');
  items.push(
    fromResult(
      'address',
      parseBusinessAddress({
        ...objectOf(address),
        country: country.ok ? country.value : countryText,
      }),
      refuse('locations.address'),
    ),
  );
  items.push(
    fromResult(
      'bank_details',
      parseBankDetails(field(input, 'bankDetails')),
      refuse('locations.bank_details'),
    ),
  );
  return {
    ready: items.every((i) => i.status === 'met'),
    ...(market?.ok === true ? { market: market.value } : {}),
    items,
  };
}

/**
 * A new location for a partner, or the first refusal: the country not covered yet, the
 * application itself (parseLocationApplication), the tenant ↔ PartnerID link, and then
 * every item of the checklist met (`locations.checklist_incomplete`, naming the items).
 */
export function decideNewLocation(
  facts: LocationApplicationFacts,
): Result<LocationApplication, Refusal> {
  // A country already covered is said first: nothing else about the form matters then.
  const country = parseCountry(field(facts.application, 'country'));
  if (country.ok) {
    const covered = checkLocationCountry(facts.account, facts.locations, country.value);
    if (!covered.ok) {
      return covered;
    }
  }
  const application = parseLocationApplication(facts.application);
  if (!application.ok) {
    return application;
  }
  const { tenantId, partnerId } = application.value;
  const link = checkTenantPartnerIdLink(linksOf(facts), {
    tenantId,
    partnerId,
  });
  if (!link.ok) {
    return link;
  }
  const checklist = checkLocationApplication(facts);
  if (!checklist.ready) {
    return err(
      refuse('locations.checklist_incomplete', {
        requirements: checklist.items.filter((i) => i.status !== 'met').map((i) => i.requirement),
      }),
    );
  }
  return application;
}
