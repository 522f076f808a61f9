// react-admin's store (list parameters, preferences) in localStorage, except the language:
// react-admin keeps it under the store key `locale`; here that key reads and writes `hub.locale`,
// the key the directory uses too, so one choice holds on the whole origin.
import { localStorageStore, type Store } from 'react-admin';
import { localeStorageKey, readStoredLocale, storeLocale } from '@hub/web';
import { isLocale } from '@hub/domain';

const localeKey = 'locale';

export function createStore(): Store {
  const base = localStorageStore('1', 'HubConsole');
  const subscribers = new Map<symbol, (value: unknown) => void>();
  const publish = (value: unknown) => {
    for (const callback of [...subscribers.values()]) {
      callback(value);
    }
  };
  // A choice made in another tab (the directory, say) applies here too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === localeStorageKey) {
      publish(readStoredLocale());
    }
  };

  return {
    ...base,
    setup: () => {
      base.setup();
      window.addEventListener('storage', onStorage);
    },
    teardown: () => {
      base.teardown();
      window.removeEventListener('storage', onStorage);
    },
    getItem: <T>(key: string, defaultValue?: T): T | undefined =>
      key === localeKey
        ? ((readStoredLocale() as T | undefined) ?? defaultValue)
        : base.getItem(key, defaultValue),
    setItem: <T>(key: string, value: T): void => {
      if (key !== localeKey) {
        base.setItem(key, value);
        return;
      }
      if (isLocale(value)) {
        storeLocale(value);
        publish(value);
      }
    },
    removeItem: (key: string): void => {
      if (key !== localeKey) {
        base.removeItem(key);
      }
    },
    subscribe: (key: string, callback: (value: unknown) => void) => {
      if (key !== localeKey) {
        return base.subscribe(key, callback);
      }
      const id = Symbol(key);
      subscribers.set(id, callback);
      return () => {
        subscribers.delete(id);
      };
    },
  };
}
