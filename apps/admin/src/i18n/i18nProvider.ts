import type { Locale } from '@hub/domain';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider } from 'react-admin';
import { en } from './en';
import { resolveInitialLocale } from '@hub/web';
import { sv } from './sv';

const catalogs: Record<Locale, typeof en> = { en, sv };

const polyglot = polyglotI18nProvider(
  (locale) => (locale === 'sv' ? catalogs.sv : catalogs.en),
  resolveInitialLocale(),
  [
    { locale: 'en', name: 'English' },
    { locale: 'sv', name: 'Svenska' },
  ],
);

const setDocumentLanguage = (locale: string) => {
  document.documentElement.lang = locale;
};

/** Polyglot over en/sv; keeps `<html lang>` in step with the language shown. */
export const i18nProvider: I18nProvider = {
  ...polyglot,
  changeLocale: async (locale, options) => {
    await polyglot.changeLocale(locale, options);
    setDocumentLanguage(locale);
  },
};

setDocumentLanguage(polyglot.getLocale());
