// Phone numbers through libphonenumber-js with its `max` metadata. The default `min` metadata
// checks only the length of the national number (its isValid() is isPossible(): "+46 00 000 00 00"
// would pass), and `mobile` refuses the fixed lines most businesses give. `max` is the smallest
// build that validates the digits of every number type, so it is the smallest correct one.
// Imported as core functions + the metadata module (a plain JS module, not a JSON import).
import {
  isSupportedCountry,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode as PhoneCountry,
} from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/max/metadata';
import { refuse, type Refusal } from '../refusal.js';
import { err, ok, type Result } from '../result.js';

declare const phoneBrand: unique symbol;
/** A valid phone number in E.164 form ("+46812345678"). Made only by parsePhone. */
export type PhoneNumber = string & { readonly [phoneBrand]: 'PhoneNumber' };

/** Partner Center's Saba and Sint Eustatius codes share Bonaire's numbering plan (+599). */
const numberingPlanOf = (country: string): string =>
  country === 'XS' || country === 'XE' ? 'BQ' : country;

/**
 * A phone number as typed ("+46 8 123 456 78", "08-123 456 78" with defaultCountry "SE"), to
 * E.164. Without a leading + (or 00) the number is read in `defaultCountry`, the country of the
 * address it belongs to; without one it is refused (`partner.phone_needs_country_code`). Text
 * around the number is not ignored: the whole input must be the number.
 */
export function parsePhone(input: unknown, defaultCountry?: string): Result<PhoneNumber, Refusal> {
  if (typeof input !== 'string' || input.trim() === '' || input.length > 64) {
    return err(refuse('partner.phone_invalid'));
  }
  const plan = defaultCountry === undefined ? undefined : numberingPlanOf(defaultCountry);
  const country: PhoneCountry | undefined =
    plan !== undefined && isSupportedCountry(plan as PhoneCountry, metadata)
      ? (plan as PhoneCountry)
      : undefined;
  const trimmed = input.trim();
  // "00" is the international prefix almost everywhere; read it as "+" when no country is known.
  const text = country === undefined && trimmed.startsWith('00') ? `+${trimmed.slice(2)}` : trimmed;
  if (!text.startsWith('+') && country === undefined) {
    return err(refuse('partner.phone_needs_country_code'));
  }
  const options = { defaultCountry: country, extract: false };
  const length = validatePhoneNumberLength(text, options, metadata);
  if (length === 'TOO_SHORT') {
    return err(refuse('partner.phone_too_short'));
  }
  if (length === 'TOO_LONG') {
    return err(refuse('partner.phone_too_long'));
  }
  const phone = parsePhoneNumberFromString(text, options, metadata);
  if (phone === undefined || !phone.isValid()) {
    return err(refuse('partner.phone_invalid'));
  }
  return ok(phone.number as PhoneNumber);
}

/**
 * The phone as Partner Center's location form takes it (DOMAIN.md §2): the national number only,
 * digits without spaces, special characters or country code, at most 10 characters.
 */
export function toLocationPhone(phone: PhoneNumber): Result<string, Refusal> {
  const parsed = parsePhoneNumberFromString(phone, metadata);
  const national = parsed === undefined ? '' : parsed.nationalNumber;
  if (national === '' || national.length > 10) {
    return err(refuse('partner.phone_too_long_for_location', { max: 10 }));
  }
  return ok(national);
}
