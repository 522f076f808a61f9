import { parseCountry, type CountryCode } from '../country/country.js';
import { refuse, type Refusal } from '../refusal.js';
import { err, ok, type Result } from '../result.js';
import { parsePostalCode } from './postal-code.js';
import { checkText, field } from './text.js';

declare const addressBrand: unique symbol;
/** A company's legal business address, checked for its country. Made only by parseBusinessAddress. */
export type BusinessAddress = {
  readonly country: CountryCode;
  readonly addressLine1: string;
  readonly addressLine2?: string;
  readonly addressLine3?: string;
  readonly city: string;
  /** State, province or prefecture: a code where the country has a fixed list (US, CA, AU, BR). */
  readonly state?: string;
  readonly postalCode?: string;
} & { readonly [addressBrand]: 'BusinessAddress' };

/** What a form or API body sends; field names follow Partner Center's address resource. */
export type BusinessAddressInput = {
  readonly country?: unknown;
  readonly addressLine1?: unknown;
  readonly addressLine2?: unknown;
  readonly addressLine3?: unknown;
  readonly city?: unknown;
  readonly state?: unknown;
  readonly postalCode?: unknown;
};

export type AddressField = 'addressLine1' | 'addressLine2' | 'addressLine3' | 'city' | 'state';
const maxLength: Readonly<Record<AddressField, number>> = {
  addressLine1: 100,
  addressLine2: 100,
  addressLine3: 100,
  city: 60,
  state: 60,
};

/** Countries whose state/province is required and must be one of these codes. */
export const stateCodes: Readonly<Partial<Record<string, readonly string[]>>> = {
  US: (
    'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ ' +
    'NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'
  ).split(' '),
  CA: 'AB BC MB NB NL NS NT NU ON PE QC SK YT'.split(' '),
  AU: 'ACT NSW NT QLD SA TAS VIC WA'.split(' '),
  BR: 'AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO'.split(' '),
};
/** Countries whose addresses need a state, province or prefecture, written as text. */
const stateRequired: ReadonlySet<string> = new Set(['IN', 'MX', 'CN', 'JP']);

function text(
  input: BusinessAddressInput,
  name: AddressField,
  required: boolean,
): Result<string | undefined, Refusal> {
  const raw = field(input, name);
  const checked = checkText(raw, maxLength[name]);
  if (checked.ok) {
    return ok(checked.value);
  }
  switch (checked.reason) {
    case 'missing':
      // Absent or blank optional fields are fine; a non-string where text belongs is not.
      return required || (raw !== undefined && raw !== null && typeof raw !== 'string')
        ? err(refuse('partner.address_field_required', { field: name }))
        : ok(undefined);
    case 'too_long':
      return err(refuse('partner.address_field_too_long', { field: name, max: maxLength[name] }));
    case 'control_characters':
      return err(refuse('partner.address_field_invalid_characters', { field: name }));
  }
}

function parseState(
  country: CountryCode,
  input: BusinessAddressInput,
): Result<string | undefined, Refusal> {
  const codes = stateCodes[country];
  const state = text(input, 'state', codes !== undefined || stateRequired.has(country));
  if (!state.ok || codes === undefined || state.value === undefined) {
    return state;
  }
  const code = state.value.toUpperCase();
  return codes.includes(code)
    ? ok(code)
    : err(refuse('partner.address_state_invalid', { country }));
}

/**
 * A legal business address. Required everywhere: country, first address line and city. A state
 * or province where the country's addresses need one (coded for US, CA, AU and BR); a postal code
 * in the country's format (see postal-code.ts). Returns the first problem in form order, with
 * `details.field` naming the field; the checks of each field are also exported for forms.
 */
export function parseBusinessAddress(input: unknown): Result<BusinessAddress, Refusal> {
  const source = (typeof input === 'object' && input !== null ? input : {}) as BusinessAddressInput;
  const country = parseCountry(field(source, 'country'));
  if (!country.ok) {
    return err(refuse(country.error.code, { field: 'country' }));
  }
  const line1 = text(source, 'addressLine1', true);
  if (!line1.ok) {
    return line1;
  }
  const line2 = text(source, 'addressLine2', false);
  if (!line2.ok) {
    return line2;
  }
  const line3 = text(source, 'addressLine3', false);
  if (!line3.ok) {
    return line3;
  }
  const city = text(source, 'city', true);
  if (!city.ok) {
    return city;
  }
  const state = parseState(country.value, source);
  if (!state.ok) {
    return state;
  }
  const postalCode = parsePostalCode(country.value, field(source, 'postalCode'));
  if (!postalCode.ok) {
    return err(refuse(postalCode.error.code, { ...postalCode.error.details, field: 'postalCode' }));
  }
  const address = {
    country: country.value,
    addressLine1: line1.value,
    ...(line2.value === undefined ? {} : { addressLine2: line2.value }),
    ...(line3.value === undefined ? {} : { addressLine3: line3.value }),
    city: city.value,
    ...(state.value === undefined ? {} : { state: state.value }),
    ...(postalCode.value === undefined ? {} : { postalCode: postalCode.value }),
  };
  return ok(address as BusinessAddress);
}
