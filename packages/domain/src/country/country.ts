import { err, ok, type Result } from '../result.js';
import { refuse, type Refusal } from '../refusal.js';

/**
 * The 249 officially assigned ISO 3166-1 alpha-2 codes (ISO 3166 Maintenance Agency, as of 2024).
 * A short, stable, public table: no library is needed for it.
 */
const isoAlpha2 =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ ' +
  'BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ ' +
  'DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ' +
  'ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ ' +
  'LA LB LC LI LK LR LS LT LU LV LY ' +
  'MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ ' +
  'NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA ' +
  'RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ ' +
  'TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ ' +
  'VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW';

/**
 * Partner Center's own codes outside ISO 3166-1 (DOMAIN.md §1, "Codes that are not standard"):
 * XS Saba and XE Sint Eustatius (ISO folds both into BQ), XK Kosovo (user-assigned, no ISO code).
 */
export const programCountryCodes: readonly string[] = ['XS', 'XE', 'XK'];

const known: ReadonlySet<string> = new Set([...isoAlpha2.split(' '), ...programCountryCodes]);

/** Every code parseCountry accepts: ISO 3166-1 alpha-2 plus XS, XE and XK (252). */
export const countryCodes: readonly string[] = [...known].sort();

declare const countryBrand: unique symbol;
/** An ISO 3166-1 alpha-2 code (or XS/XE/XK), upper case. Made only by parseCountry. */
export type CountryCode = string & { readonly [countryBrand]: 'CountryCode' };

/**
 * A country code as a partner types it: surrounding spaces are ignored and lower case is
 * accepted ("se" → "SE"). "UK" is refused with a hint: the ISO code of the United Kingdom is GB.
 */
export function parseCountry(input: unknown): Result<CountryCode, Refusal> {
  if (typeof input !== 'string') {
    return err(refuse('country.invalid'));
  }
  const code = input.trim().toUpperCase();
  if (code === 'UK') {
    return err(refuse('country.use_gb_for_uk'));
  }
  if (!/^[A-Z]{2}$/.test(code) || !known.has(code)) {
    return err(refuse('country.invalid'));
  }
  return ok(code as CountryCode);
}

/** Whether a string is already a valid, normalized country code (no trimming, no case change). */
export function isCountryCode(value: unknown): value is CountryCode {
  return typeof value === 'string' && /^[A-Z]{2}$/.test(value) && known.has(value);
}
