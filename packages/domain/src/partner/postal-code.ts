import type { CountryCode } from '../country/country.js';
import { refuse, type Refusal } from '../refusal.js';
import { err, ok, type Result } from '../result.js';

/**
 * Postal code formats for the largest CSP markets (by economy and partner count; more than the
 * 30 the issue asks for). `pattern` is matched against the code upper-cased with surrounding
 * spaces removed; `format` turns a match into its canonical written form. `required: false` marks
 * countries where many valid addresses have no code (Ireland's Eircode is recent and optional).
 * Countries not listed here accept any short alphanumeric code, or none.
 */
type PostalRule = {
  readonly pattern: RegExp;
  readonly example: string;
  readonly required: boolean;
  readonly format?: (compact: string) => string;
};

const digits = (n: number, example: string): PostalRule => ({
  pattern: new RegExp(`^[0-9]{${n}}$`),
  example,
  required: true,
});
/** Digits written with a separator after `at` characters ("123 45", "00-950", "1000-001"). */
const split = (pattern: RegExp, at: number, separator: string, example: string): PostalRule => ({
  pattern,
  example,
  required: true,
  format: (c) => `${c.slice(0, at)}${separator}${c.slice(at)}`,
});
const britishPattern =
  /^(GIR0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPS-UW]|[A-HK-Y][0-9][ABEHMNPRV-Y])[0-9][ABD-HJLNP-UW-Z]{2})$/;
const british = (example: string, prefix?: string): PostalRule => ({
  pattern:
    prefix === undefined
      ? britishPattern
      : new RegExp(`^${prefix}[0-9]{1,2}[0-9][ABD-HJLNP-UW-Z]{2}$`),
  example,
  required: true,
  format: (c) => `${c.slice(0, -3)} ${c.slice(-3)}`,
});

export const postalCodeRules: Readonly<Partial<Record<string, PostalRule>>> = {
  US: {
    pattern: /^[0-9]{5}([0-9]{4})?$/,
    example: '98052',
    required: true,
    format: (c) => (c.length === 9 ? `${c.slice(0, 5)}-${c.slice(5)}` : c),
  },
  CA: split(
    /^[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z][0-9][ABCEGHJ-NPRSTV-Z][0-9]$/,
    3,
    ' ',
    'K1A 0B1',
  ),
  MX: digits(5, '06600'),
  BR: split(/^[0-9]{8}$/, 5, '-', '01310-100'),
  AR: { pattern: /^([A-HJ-NP-Z][0-9]{4}[A-Z]{3}|[0-9]{4})$/, example: 'C1425DKA', required: true },
  CL: digits(7, '8320000'),
  CO: digits(6, '110111'),
  PE: digits(5, '15001'),
  GB: british('SW1A 1AA'),
  GG: british('GY1 1AA', 'GY'),
  JE: british('JE2 3AB', 'JE'),
  IM: british('IM1 1AA', 'IM'),
  IE: {
    pattern: /^([AC-FHKNPRTV-Y][0-9]{2}|D6W)[0-9AC-FHKNPRTV-Y]{4}$/,
    example: 'D02 X285',
    required: false,
    format: (c) => `${c.slice(0, 3)} ${c.slice(3)}`,
  },
  FR: digits(5, '75008'),
  DE: digits(5, '10117'),
  IT: digits(5, '00184'),
  ES: { pattern: /^(0[1-9]|[1-4][0-9]|5[0-2])[0-9]{3}$/, example: '28001', required: true },
  PT: split(/^[1-9][0-9]{6}$/, 4, '-', '1000-001'),
  NL: split(/^[1-9][0-9]{3}(?!SA|SD|SS)[A-Z]{2}$/, 4, ' ', '1012 AB'),
  BE: digits(4, '1000'),
  LU: { pattern: /^[0-9]{4}$/, example: '1111', required: true },
  CH: { pattern: /^[1-9][0-9]{3}$/, example: '8001', required: true },
  AT: { pattern: /^[1-9][0-9]{3}$/, example: '1010', required: true },
  DK: { pattern: /^[1-9][0-9]{3}$/, example: '1050', required: true },
  SE: split(/^[1-9][0-9]{4}$/, 3, ' ', '111 52'),
  NO: digits(4, '0150'),
  FI: digits(5, '00100'),
  PL: split(/^[0-9]{5}$/, 2, '-', '00-950'),
  CZ: split(/^[1-7][0-9]{4}$/, 3, ' ', '110 00'),
  SK: split(/^[089][0-9]{4}$/, 3, ' ', '811 01'),
  HU: { pattern: /^[1-9][0-9]{3}$/, example: '1051', required: true },
  RO: digits(6, '010011'),
  GR: split(/^[1-8][0-9]{4}$/, 3, ' ', '105 57'),
  RU: digits(6, '101000'),
  UA: digits(5, '01001'),
  TR: digits(5, '34000'),
  IL: { pattern: /^([0-9]{5}|[0-9]{7})$/, example: '6100000', required: true },
  SA: {
    pattern: /^[0-9]{5}([0-9]{4})?$/,
    example: '12211',
    required: true,
    format: (c) => (c.length === 9 ? `${c.slice(0, 5)}-${c.slice(5)}` : c),
  },
  EG: digits(5, '11511'),
  ZA: digits(4, '2196'),
  NG: digits(6, '100001'),
  IN: split(/^[1-9][0-9]{5}$/, 3, ' ', '560 001'),
  CN: digits(6, '100000'),
  JP: split(/^[0-9]{7}$/, 3, '-', '100-0001'),
  KR: digits(5, '04524'),
  TW: { pattern: /^[0-9]{3}([0-9]{2,3})?$/, example: '110', required: true },
  AU: digits(4, '2000'),
  NZ: digits(4, '6011'),
  SG: digits(6, '018956'),
  MY: digits(5, '50450'),
  TH: digits(5, '10330'),
  ID: digits(5, '10110'),
  PH: digits(4, '1226'),
  VN: { pattern: /^[0-9]{5,6}$/, example: '100000', required: true },
};

const genericPostalCode = /^[A-Z0-9]([A-Z0-9 -]{0,10}[A-Z0-9])?$/;

/**
 * A postal code for a country, in its canonical written form, or undefined where the country does
 * not require one and none was given. Spaces and hyphens may be typed anywhere for the listed
 * countries; they are put back where the country writes them.
 */
export function parsePostalCode(
  country: CountryCode,
  input: unknown,
): Result<string | undefined, Refusal> {
  const rule = postalCodeRules[country];
  const malformed = (): Result<string | undefined, Refusal> =>
    rule === undefined
      ? err(refuse('partner.postal_code_malformed', { country }))
      : err(refuse('partner.postal_code_invalid', { country, example: rule.example }));
  if (input !== undefined && input !== null && typeof input !== 'string') {
    return malformed();
  }
  const text = typeof input === 'string' ? input.trim().toUpperCase() : '';
  if (text === '') {
    return rule?.required === true
      ? err(refuse('partner.postal_code_required', { country }))
      : ok(undefined);
  }
  if (text.length > 16) {
    return malformed();
  }
  if (rule === undefined) {
    return genericPostalCode.test(text) ? ok(text) : malformed();
  }
  const compact = text.replace(/[ -]/g, '');
  if (!rule.pattern.test(compact)) {
    return malformed();
  }
  return ok(rule.format === undefined ? compact : rule.format(compact));
}
