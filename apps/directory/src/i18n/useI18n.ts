import type { Locale } from '@hub/domain';
import { createContext, useContext } from 'react';
import { en, type Messages } from './en';

export type I18n = {
  locale: Locale;
  messages: Messages;
  setLocale: (locale: Locale) => void;
};

export const I18nContext = createContext<I18n>({
  locale: 'en',
  messages: en,
  setLocale: () => undefined,
});

/** The current language, its texts, and the switch. */
export const useI18n = (): I18n => useContext(I18nContext);
