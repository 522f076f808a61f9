// The language choice, shared with the console (same origin): one localStorage key, one value.
import type { Locale } from '@hub/domain';

export const localeStorageKey = 'hub.locale';

export const isLocale = (value: unknown): value is Locale => value === 'en' || value === 'sv';

/** The remembered choice, if any and still valid. */
export function readStoredLocale(): Locale | undefined {
  try {
    const value = window.localStorage.getItem(localeStorageKey);
    return isLocale(value) ? value : undefined;
  } catch {
    return undefined; // storage disabled: nothing remembered
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(localeStorageKey, locale);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
}

/** The remembered choice, else the browser's preference, else English. */
export function resolveInitialLocale(): Locale {
  const preferred = window.navigator.languages.some((tag) => tag.toLowerCase().startsWith('sv'));
  return readStoredLocale() ?? (preferred ? 'sv' : 'en');
}
