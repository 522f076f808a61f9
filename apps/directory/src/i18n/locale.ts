// The language choice, shared by the console and the directory (same origin): one localStorage
// key, one value. Which language wins is @hub/domain's rule (resolveLocale).
import { isLocale, resolveLocale, type Locale } from '@hub/domain';

export { isLocale };

export const localeStorageKey = 'hub.locale';

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
  return resolveLocale({ stored: readStoredLocale(), languages: window.navigator.languages });
}
