import type { Locale } from '@hub/domain';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { en, type Messages } from './en';
import { localeStorageKey, readStoredLocale, resolveInitialLocale, storeLocale } from '@hub/web';
import { sv } from './sv';
import { I18nContext } from './useI18n';

const catalogs: Record<Locale, Messages> = { en, sv };

/** Holds the language: remembered as `hub.locale`, mirrored in `<html lang>` and the title. */
export const LocaleProvider = ({ children }: { children: ReactNode }) => {
  const [locale, setLocaleState] = useState<Locale>(resolveInitialLocale);
  const messages = catalogs[locale];

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = messages.meta.title;
  }, [locale, messages]);

  // A choice made in another tab (the console, say) applies here too.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      const stored = event.key === localeStorageKey ? readStoredLocale() : undefined;
      if (stored) {
        setLocaleState(stored);
      }
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const value = useMemo(
    () => ({
      locale,
      messages,
      setLocale: (next: Locale) => {
        storeLocale(next);
        setLocaleState(next);
      },
    }),
    [locale, messages],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
};
