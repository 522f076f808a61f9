import { parseCountry, type CountryCode } from '../country/country.js';
import { refuse, type Refusal } from '../refusal.js';
import { err, ok, type Result } from '../result.js';
import { field } from './text.js';

/** Business registration id types named by DOMAIN.md §2 (`reg-number-id.md`, 05/10/2021). */
export type RegistrationIdType =
  | 'BIN'
  | 'CNPJ'
  | 'EDRPOU'
  | 'EIN'
  | 'IDNO'
  | 'IDNP'
  | 'IIN'
  | 'INN'
  | 'KPP'
  | 'NIN'
  | 'PAN'
  | 'PESEL'
  | 'PUBLIC_SERVICE_NUMBER'
  | 'RIF'
  | 'TAX_ID'
  | 'TIN'
  | 'TRN'
  | 'UNP'
  | 'VAT'
  /** Any company id, in a country where the id is optional. */
  | 'COMPANY_ID';

declare const registrationIdBrand: unique symbol;
export type RegistrationId = {
  readonly country: CountryCode;
  readonly type: RegistrationIdType;
  /** Upper case, without spaces, dots, slashes or hyphens. */
  readonly value: string;
} & { readonly [registrationIdBrand]: 'RegistrationId' };

type Format = { readonly pattern: RegExp; readonly check?: (compact: string) => boolean };

const digitsOf = (s: string): number[] => [...s].map((c) => c.charCodeAt(0) - 48);
/** Σ weight × value; a missing value makes the sum NaN, so no check digit can match it. */
const weighted = (values: readonly number[], weights: readonly number[]): number =>
  weights.reduce((sum, w, i) => sum + w * Number(values[i]), 0);

/** Brazil CNPJ, numeric or (from July 2026) alphanumeric: two mod-11 check digits, char − 48. */
function isCnpj(c: string): boolean {
  const v = digitsOf(c);
  const dv = (weights: readonly number[]): number => {
    const r = weighted(v, weights) % 11;
    return r < 2 ? 0 : 11 - r;
  };
  return (
    !/^(.)\1{13}$/.test(c) &&
    dv([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]) === v[12] &&
    dv([6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]) === v[13]
  );
}

/** Russia INN: 10 digits (organizations) or 12 (individuals), mod-11 check digits. */
function isRussianInn(c: string): boolean {
  const v = digitsOf(c);
  const dv = (weights: readonly number[]): number => (weighted(v, weights) % 11) % 10;
  if (c.length === 10) {
    return dv([2, 4, 10, 3, 5, 9, 4, 6, 8]) === v[9];
  }
  return (
    dv([7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === v[10] &&
    dv([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === v[11]
  );
}

/** Poland NIP: weights 6,5,7,2,3,4,5,6,7, sum mod 11 is the last digit (10 never is). */
const isPolishNip = (c: string): boolean => {
  const v = digitsOf(c);
  return weighted(v, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11 === v[9];
};

/** Poland PESEL: weights 1,3,7,9,…; (10 − sum mod 10) mod 10 is the last digit. */
const isPesel = (c: string): boolean => {
  const v = digitsOf(c);
  return (10 - (weighted(v, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === v[10];
};

/** Turkey T.C. Kimlik No (NIN): 11 digits, no leading 0, two check digits. */
const isTurkishNin = (c: string): boolean => {
  const v = digitsOf(c);
  const odd = weighted(v, [1, 0, 1, 0, 1, 0, 1, 0, 1]);
  const even = weighted(v, [0, 1, 0, 1, 0, 1, 0, 1]);
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  const eleventh = weighted(v, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]) % 10;
  return tenth === v[9] && eleventh === v[10];
};

/** Thailand 13-digit TIN: weights 13..2, (11 − sum mod 11) mod 10 is the last digit. */
const isThaiTin = (c: string): boolean => {
  const v = digitsOf(c);
  return (11 - (weighted(v, [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 10 === v[12];
};

/** Kazakhstan BIN/IIN: weights 1..11, and if that gives 10, weights 3..11,1,2; 10 again is invalid. */
const isKazakhId = (c: string): boolean => {
  const v = digitsOf(c);
  let check = weighted(v, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) % 11;
  if (check === 10) {
    check = weighted(v, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]) % 11;
  }
  return check !== 10 && check === v[11];
};

/** Ukraine EDRPOU: 8 digits; weights depend on the number's range, with a +2 retry on 10. */
const isEdrpou = (c: string): boolean => {
  const v = digitsOf(c);
  const value = Number(c);
  const base =
    value < 30_000_000 || value > 60_000_000 ? [1, 2, 3, 4, 5, 6, 7] : [7, 1, 2, 3, 4, 5, 6];
  let check = weighted(v, base) % 11;
  if (check === 10) {
    check =
      (weighted(
        v,
        base.map((w) => w + 2),
      ) %
        11) %
      10;
  }
  return check === v[7];
};

/** China Unified Social Credit Code (the company TIN): 18 characters, mod-31 check character. */
const usccAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const isUscc = (c: string): boolean => {
  const v = [...c].map((ch) => usccAlphabet.indexOf(ch));
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const check = (31 - (weighted(v, weights) % 31)) % 31;
  return v.every((x) => x >= 0) && check === v[17];
};

const f = (pattern: RegExp, check?: (compact: string) => boolean): Format =>
  check === undefined ? { pattern } : { pattern, check };
const anyTin = f(/^(?=.*[0-9])[A-Z0-9]{5,20}$/);

/**
 * Countries where the id is mandatory, with the accepted types (one is enough) and their formats.
 * DOMAIN.md §2's list of 05/10/2021, plus China (TIN) and the United States (EIN), which
 * `reg-number-id.md` also lists: we include them, since both are in the page Microsoft points to.
 * Formats are the public ones; checksums only where the algorithm is published and stable.
 * Where no format is documented (Iraq, Myanmar, South Sudan; Tajikistan's EIN and KPP) any
 * 5–20 letters and digits with at least one digit are accepted.
 */
export const registrationIdRules: Readonly<
  Partial<Record<string, Readonly<Partial<Record<RegistrationIdType, Format>>>>>
> = {
  AM: { INN: f(/^[0-9]{8}$/), VAT: f(/^[0-9]{8}$/), PUBLIC_SERVICE_NUMBER: f(/^[0-9]{10}$/) },
  AZ: { TIN: f(/^[0-9]{10}$/), INN: f(/^[0-9]{10}$/) },
  BY: { UNP: f(/^[0-9A-Z]{9}$/) },
  BR: { CNPJ: f(/^[0-9A-Z]{12}[0-9]{2}$/, isCnpj) },
  CN: { TIN: f(/^[0-9A-HJ-NPQRTUWXY]{18}$/, isUscc) },
  HU: { TIN: f(/^([0-9]{8}[1-5][0-9]{2}|8[0-9]{9})$/) },
  IN: {
    TAX_ID: f(/^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/),
    PAN: f(/^[A-Z]{3}[ABCFGHLJPT][A-Z][0-9]{4}[A-Z]$/),
  },
  IQ: { TIN: anyTin },
  KZ: { BIN: f(/^[0-9]{12}$/, isKazakhId), IIN: f(/^[0-9]{12}$/, isKazakhId) },
  KG: { INN: f(/^[0-9]{14}$/) },
  MD: { IDNO: f(/^[0-9]{13}$/), IDNP: f(/^[0-9]{13}$/) },
  MM: { TIN: anyTin },
  PL: { TIN: f(/^[0-9]{10}$/, isPolishNip), PESEL: f(/^[0-9]{11}$/, isPesel) },
  RU: { INN: f(/^([0-9]{10}|[0-9]{12})$/, isRussianInn) },
  SA: { TIN: f(/^([0-9]{10}|3[0-9]{13}3)$/) },
  ZA: { TRN: f(/^[0-9]{10}$/) },
  SS: { TIN: anyTin },
  TJ: { INN: f(/^[0-9]{9}$/), EIN: anyTin, KPP: anyTin },
  TH: { TIN: f(/^[0-9]{13}$/, isThaiTin) },
  TR: { TIN: f(/^[0-9]{10}$/), NIN: f(/^[1-9][0-9]{10}$/, isTurkishNin) },
  UA: { EDRPOU: f(/^[0-9]{8}$/, isEdrpou) },
  AE: { TAX_ID: f(/^[0-9]{15}$/), VAT: f(/^[0-9]{15}$/) },
  US: { EIN: f(/^[0-9]{9}$/) },
  UZ: { INN: f(/^[0-9]{9}$/) },
  VE: { RIF: f(/^[VEJPG][0-9]{9}$/) },
  VN: { TIN: f(/^[0-9]{10}([0-9]{3})?$/) },
};

/** Optional ids (everywhere else): a company id, not a personal one, of a plausible shape. */
const optionalFormat = f(/^(?=.*[0-9])[A-Z0-9]{4,30}$/);

/** Whether a partner located in `country` must give a business registration id. */
export function isRegistrationIdRequired(country: CountryCode): boolean {
  return registrationIdRules[country] !== undefined;
}

/** The id types accepted in a country where the id is mandatory (empty elsewhere). */
export function acceptedRegistrationIdTypes(country: CountryCode): readonly RegistrationIdType[] {
  return Object.keys(registrationIdRules[country] ?? {}) as RegistrationIdType[];
}

export type RegistrationIdInput = {
  readonly country?: unknown;
  readonly type?: unknown;
  readonly value?: unknown;
};

const compactOf = (value: string): string =>
  value
    .trim()
    .toUpperCase()
    .replace(/[\s./-]/g, '');

/**
 * A business registration id for a partner located in `country`. Mandatory where DOMAIN.md §2
 * says so (`partner.registration_id_required`, naming the accepted types), with `type` one of
 * those types; when `type` is omitted, the first accepted type whose format matches is taken.
 * Elsewhere the id is optional: absent gives `ok(undefined)`, present must look like a company id.
 */
export function parseRegistrationId(input: unknown): Result<RegistrationId | undefined, Refusal> {
  const country = parseCountry(field(input, 'country'));
  if (!country.ok) {
    return err(refuse(country.error.code, { field: 'country' }));
  }
  const rawValue = field(input, 'value');
  const rawType = field(input, 'type');
  const rules = registrationIdRules[country.value];
  const types = acceptedRegistrationIdTypes(country.value);
  const value = typeof rawValue === 'string' && rawValue.length <= 200 ? compactOf(rawValue) : '';
  if (
    rawValue !== undefined &&
    rawValue !== null &&
    (typeof rawValue !== 'string' || rawValue.length > 200)
  ) {
    return err(
      refuse('partner.registration_id_invalid', { country: country.value, type: 'COMPANY_ID' }),
    );
  }
  if (rules === undefined) {
    if (value === '') {
      return ok(undefined);
    }
    if (!optionalFormat.pattern.test(value)) {
      return err(
        refuse('partner.registration_id_invalid', { country: country.value, type: 'COMPANY_ID' }),
      );
    }
    return ok({ country: country.value, type: 'COMPANY_ID', value } as RegistrationId);
  }
  if (value === '') {
    return err(refuse('partner.registration_id_required', { country: country.value, types }));
  }
  let candidates: readonly RegistrationIdType[];
  if (rawType === undefined || rawType === null || rawType === '') {
    const matching = types.filter((t) => rules[t]?.pattern.test(value) === true);
    candidates = matching.length > 0 ? matching : types;
  } else if (typeof rawType === 'string' && (types as readonly string[]).includes(rawType)) {
    candidates = [rawType as RegistrationIdType];
  } else {
    return err(
      refuse('partner.registration_id_type_not_accepted', { country: country.value, types }),
    );
  }
  const type = candidates[0] as RegistrationIdType;
  const format = rules[type] as Format;
  if (!format.pattern.test(value)) {
    return err(refuse('partner.registration_id_invalid', { country: country.value, type }));
  }
  if (format.check !== undefined && !format.check(value)) {
    return err(refuse('partner.registration_id_checksum', { country: country.value, type }));
  }
  return ok({ country: country.value, type, value } as RegistrationId);
}
