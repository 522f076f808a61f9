// Bank details for payouts and invoicing: IBAN where the bank's country uses it, otherwise an
// account number with a domestic routing code or a BIC. IBAN and BIC rules (mod-97 check digits,
// per-country length and BBAN format, BIC structure) come from ibantools, not from a hand-written table.
import {
  electronicFormatIBAN,
  getCountrySpecifications,
  validateBIC,
  validateIBAN,
  ValidationErrorsIBAN,
} from 'ibantools';
import { parseCountry, type CountryCode } from '../country/country.js';
import { refuse, type Refusal } from '../refusal.js';
import { err, ok, type Result } from '../result.js';
import { checkText, field } from './text.js';

declare const bankBrand: unique symbol;
declare const ibanBrand: unique symbol;
declare const bicBrand: unique symbol;
/** An IBAN in electronic form (no spaces, upper case), valid for its country. */
export type Iban = string & { readonly [ibanBrand]: 'Iban' };
/** A BIC (SWIFT code), 8 or 11 characters, upper case. */
export type Bic = string & { readonly [bicBrand]: 'Bic' };

export type BankDetails = (
  | {
      readonly kind: 'iban';
      readonly country: CountryCode;
      readonly iban: Iban;
      readonly bic?: Bic;
      readonly accountHolderName: string;
    }
  | {
      readonly kind: 'account';
      readonly country: CountryCode;
      readonly accountNumber: string;
      /** The domestic bank code where the country has one we check (US, CA, AU, IN), else as given. */
      readonly routingNumber?: string;
      readonly bic?: Bic;
      readonly accountHolderName: string;
    }
) & { readonly [bankBrand]: 'BankDetails' };

const specifications = getCountrySpecifications();
const ibanLengths: ReadonlyMap<string, number | null> = new Map(
  Object.entries(specifications).map(([code, spec]) => [code, spec.chars]),
);

/**
 * Whether banks in a country are reached by IBAN: the country is in SWIFT's official IBAN registry.
 * (ibantools also knows "experimental" national IBANs, e.g. Algeria's; those countries are
 * treated as non-IBAN: an account number and a BIC. An IBAN given for them is still checked.)
 */
export function usesIban(country: CountryCode): boolean {
  return specifications[country]?.IBANRegistry === true;
}

/** An IBAN: its country is known, its length and BBAN format are that country's, mod-97 holds. */
export function parseIban(input: unknown): Result<Iban, Refusal> {
  if (typeof input !== 'string' || input.length > 64) {
    return err(refuse('partner.iban_invalid'));
  }
  // electronicFormatIBAN returns null only for a non-string.
  const iban = electronicFormatIBAN(input) as string;
  const country = iban.slice(0, 2);
  if (!parseCountry(country).ok) {
    return err(refuse('partner.iban_unknown_country'));
  }
  const result = validateIBAN(iban);
  if (result.valid) {
    return ok(iban as Iban);
  }
  // Most useful first: a country without IBAN, then length, then format, then check digits
  // (ChecksumNotNumber, WrongIBANChecksum, WrongAccountBankBranchChecksum). NoIBANProvided and
  // QRIBANNotAllowed cannot occur: the input has a country prefix and QR-IBANs are allowed.
  const has = (code: ValidationErrorsIBAN): boolean => result.errorCodes.includes(code);
  if (has(ValidationErrorsIBAN.NoIBANCountry)) {
    return err(refuse('partner.iban_unknown_country'));
  }
  if (has(ValidationErrorsIBAN.WrongBBANLength)) {
    return err(
      refuse('partner.iban_wrong_length', { country, length: Number(ibanLengths.get(country)) }),
    );
  }
  if (has(ValidationErrorsIBAN.WrongBBANFormat)) {
    return err(refuse('partner.iban_wrong_format', { country }));
  }
  return err(refuse('partner.iban_wrong_checksum'));
}

/** A BIC/SWIFT code: 4 letters (bank), a known country, 2 location characters, optional branch. */
export function parseBic(input: unknown): Result<Bic, Refusal> {
  if (typeof input !== 'string' || input.length > 32) {
    return err(refuse('partner.bic_invalid'));
  }
  const bic = input.replace(/\s/g, '').toUpperCase();
  return validateBIC(bic).valid ? ok(bic as Bic) : err(refuse('partner.bic_invalid'));
}

/** US ABA routing number: 9 digits, a Federal Reserve prefix, and the 3-7-1 checksum. */
function isAbaRoutingNumber(c: string): boolean {
  const d = [...c].map(Number);
  const prefix = Number(c.slice(0, 2));
  const validPrefix =
    prefix <= 12 ||
    (prefix >= 21 && prefix <= 32) ||
    (prefix >= 61 && prefix <= 72) ||
    prefix === 80;
  const weights = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  const sum = d.reduce((acc, digit, i) => acc + digit * Number(weights[i]), 0);
  return validPrefix && sum % 10 === 0;
}

type RoutingRule = {
  readonly pattern: RegExp;
  readonly check?: (compact: string) => boolean;
  readonly example: string;
};
/**
 * Domestic routing codes we check. Canada: 5-digit transit + 3-digit institution (as printed on
 * cheques, "12345-003") or the 9-digit EFT form "0003 12345". Australia: the 6-digit BSB.
 * India: the IFSC (4 letters, 0, 6 characters). Where the country has one of these, the BIC is
 * optional; elsewhere a BIC is required for an account without IBAN.
 */
const routingRules: Readonly<Partial<Record<string, RoutingRule>>> = {
  US: { pattern: /^[0-9]{9}$/, check: isAbaRoutingNumber, example: '021000021' },
  CA: { pattern: /^([0-9]{8}|0[0-9]{8})$/, example: '12345-003' },
  AU: { pattern: /^[0-9]{6}$/, example: '062-000' },
  IN: { pattern: /^[A-Z]{4}0[A-Z0-9]{6}$/, example: 'SBIN0000001' },
};

const accountNumberPattern = /^[A-Z0-9]{4,34}$/;
const compact = (s: string): string =>
  s
    .trim()
    .toUpperCase()
    .replace(/[\s.-]/g, '');

export type BankDetailsInput = {
  /** Where the bank is. Required for an account number; for an IBAN, taken from the IBAN. */
  readonly country?: unknown;
  readonly iban?: unknown;
  readonly bic?: unknown;
  readonly accountNumber?: unknown;
  readonly routingNumber?: unknown;
  readonly accountHolderName?: unknown;
};

const given = (value: unknown): boolean => value !== undefined && value !== null && value !== '';

/**
 * Bank details. With an IBAN: the IBAN is checked and its country is the bank's (a `country`
 * given alongside must match it); the BIC is optional but checked. Without: the bank's country
 * must not use IBAN (`partner.bank_iban_required`), an account number is required, and a
 * domestic routing code (US, CA, AU, IN) or else a BIC. The account holder's name is required.
 */
export function parseBankDetails(input: unknown): Result<BankDetails, Refusal> {
  const holder = checkText(field(input, 'accountHolderName'), 140);
  if (!holder.ok) {
    return err(refuse('partner.bank_account_holder_required'));
  }
  const rawBic = field(input, 'bic');
  let bic: Bic | undefined;
  if (given(rawBic)) {
    const parsed = parseBic(rawBic);
    if (!parsed.ok) {
      return parsed;
    }
    bic = parsed.value;
  }
  const rawCountry = field(input, 'country');
  const rawIban = field(input, 'iban');
  if (given(rawIban)) {
    const iban = parseIban(rawIban);
    if (!iban.ok) {
      return iban;
    }
    // parseIban has checked that the IBAN starts with a known country code.
    const ibanCountry = iban.value.slice(0, 2) as CountryCode;
    if (given(rawCountry)) {
      const country = parseCountry(rawCountry);
      if (!country.ok || country.value !== ibanCountry) {
        return err(refuse('partner.bank_country_mismatch', { country: ibanCountry }));
      }
    }
    return ok({
      kind: 'iban',
      country: ibanCountry,
      iban: iban.value,
      ...(bic === undefined ? {} : { bic }),
      accountHolderName: holder.value,
    } as BankDetails);
  }
  const country = parseCountry(rawCountry);
  if (!country.ok) {
    return err(refuse(country.error.code, { field: 'country' }));
  }
  if (usesIban(country.value)) {
    return err(refuse('partner.bank_iban_required', { country: country.value }));
  }
  const rawAccount = field(input, 'accountNumber');
  const accountNumber =
    typeof rawAccount === 'string' && rawAccount.length <= 64 ? compact(rawAccount) : '';
  if (accountNumber === '') {
    return err(refuse('partner.bank_account_number_required'));
  }
  if (!accountNumberPattern.test(accountNumber)) {
    return err(refuse('partner.bank_account_number_invalid'));
  }
  const rule = routingRules[country.value];
  const rawRouting = field(input, 'routingNumber');
  const routingNumber =
    typeof rawRouting === 'string' && rawRouting.length <= 64 ? compact(rawRouting) : '';
  if (rule !== undefined) {
    if (routingNumber === '') {
      return err(
        refuse('partner.bank_routing_number_required', {
          country: country.value,
          example: rule.example,
        }),
      );
    }
    if (
      !rule.pattern.test(routingNumber) ||
      (rule.check !== undefined && !rule.check(routingNumber))
    ) {
      return err(refuse('partner.bank_routing_number_invalid', { country: country.value }));
    }
  } else if (bic === undefined) {
    return err(refuse('partner.bank_bic_required', { country: country.value }));
  } else if (routingNumber !== '' && !/^[A-Z0-9]{1,20}$/.test(routingNumber)) {
    return err(refuse('partner.bank_routing_number_invalid', { country: country.value }));
  }
  return ok({
    kind: 'account',
    country: country.value,
    accountNumber,
    ...(routingNumber === '' ? {} : { routingNumber }),
    ...(bic === undefined ? {} : { bic }),
    accountHolderName: holder.value,
  } as BankDetails);
}
