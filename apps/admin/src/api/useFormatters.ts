import { useMemo } from 'react';
import { useLocaleState } from 'react-admin';

/** Numbers, money and dates in the console's language (Intl, never hand-made). */
export function useFormatters() {
  const [locale] = useLocaleState();
  return useMemo(() => {
    // "15 Apr 2021" in English (the program writes dates day first), "15 apr. 2021" in Swedish.
    const dateLocale = locale === 'en' ? 'en-GB' : locale;
    const day = new Intl.DateTimeFormat(dateLocale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const dateTime = new Intl.DateTimeFormat(dateLocale, {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    const month = new Intl.DateTimeFormat(dateLocale, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    return {
      locale,
      money: (amount: string | number, currency: string) =>
        new Intl.NumberFormat(locale, { style: 'currency', currency }).format(Number(amount)),
      number: (value: number) => new Intl.NumberFormat(locale).format(value),
      /** A share from 0 to 1, as a whole percentage ("83 %" in Swedish). */
      percent: (value: number) =>
        new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value),
      /** A `YYYY-MM-DD` day (UTC). */
      day: (value: string) => day.format(new Date(`${value.slice(0, 10)}T00:00:00Z`)),
      /** A `YYYY-MM` month. */
      month: (value: string) => month.format(new Date(`${value}-01T00:00:00Z`)),
      dateTime: (value: string) => dateTime.format(new Date(value)),
    };
  }, [locale]);
}
