// The language choice, shared by the console and the directory (same origin): one localStorage
// key, one value. Which language wins is @hub/domain's rule (resolveLocale).
import { isLocale, resolveLocale, type Locale } from '@hub/domain';

export const localeStorageKey = 'hub.locale';

/** The remembered choice, if any and still valid. */
export function readStoredLocale(
  storage: Pick<Storage, 'getItem'> = window.localStorage,
): Locale | undefined {
  try {
    const value = storage.getItem(localeStorageKey);
    return isLocale(value) ? value : undefined;
  } catch {
    return undefined; // storage disabled: nothing remembered
  }
}

export function storeLocale(
  locale: Locale,
  storage: Pick<Storage, 'setItem'> = window.localStorage,
): void {
  try {
    storage.setItem(localeStorageKey, locale);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
}

/** The remembered choice, else the browser's preference, else English. */
export function resolveInitialLocale(
  storage: Pick<Storage, 'getItem'> = window.localStorage,
  languages: readonly string[] = window.navigator.languages,
): Locale {
  return resolveLocale({ stored: readStoredLocale(storage), languages });
}
