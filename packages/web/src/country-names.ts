// Country names and their order in the reader's language. The program data is English; other
// languages take names from the browser's own locale data (Intl.DisplayNames) by ISO code.
import type { Locale } from '@hub/domain';

const displayNames = new Map<Locale, Intl.DisplayNames>();
const collators = new Map<Locale, Intl.Collator>();

/**
 * A country's name in `locale`, by its code: the browser's name for an ISO 3166-1 code, else
 * the program's own (English) name — for the program's user-assigned codes (XS, XE, XK: any
 * X-code) and every code the browser does not know.
 */
export function countryName(code: string, programName: string, locale: Locale): string {
  if (locale === 'en' || /^X[A-Z]$/.test(code)) {
    return programName;
  }
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    displayNames.set(locale, names);
  }
  try {
    return names.of(code) ?? programName;
  } catch {
    return programName; // not a well-formed region code
  }
}

/** Compares two names as the language sorts them (Swedish: å, ä, ö after z). */
export function compareNames(locale: Locale): (a: string, b: string) => number {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    collators.set(locale, collator);
  }
  return collator.compare;
}
