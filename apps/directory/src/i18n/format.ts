import type { Locale } from '@hub/domain';

type Values = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; an unknown name stays as written. */
export const format = (template: string, values: Values = {}): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );

/** The `one`/`other` form for a count in a locale's plural rules, filled with `count` and values. */
export const plural = (
  forms: { one: string; other: string },
  count: number,
  locale: Locale,
  values: Values = {},
) =>
  format(new Intl.PluralRules(locale).select(count) === 'one' ? forms.one : forms.other, {
    ...values,
    count,
  });
