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
    // One formatter per currency: a list of figures formats the same few currencies again and again.
    const currencies = new Map<string, Intl.NumberFormat>();
    const inCurrency = (currency: string) => {
      let format = currencies.get(currency);
      if (!format) {
        format = new Intl.NumberFormat(locale, { style: 'currency', currency });
        currencies.set(currency, format);
      }
      return format;
    };
    const number = new Intl.NumberFormat(locale);
    // An exchange rate keeps every digit it was given (0.0067 JPY→USD would be 0.007 at the
    // default three decimals), and gets the language's separators: 0,0952 in Swedish.
    const rate = new Intl.NumberFormat(locale, { maximumFractionDigits: 10 });
    return {
      locale,
      /** An amount in its currency, in the language's way: "SEK 1,250.00", "1 250,00 kr". */
      money: (amount: string | number, currency: string) =>
        inCurrency(currency).format(Number(amount)),
      number: (value: number) => number.format(value),
      /** An exchange rate (a decimal string from the API), every stored digit kept. */
      rate: (value: string | number) => rate.format(Number(value)),
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
