import type { Locale } from './messages.js';

export const isLocale = (value: unknown): value is Locale => value === 'en' || value === 'sv';

/**
 * The language to show: the person's remembered choice if it is one we have, else Swedish when
 * the browser prefers it, else English. Both UIs use this, so they always agree.
 */
export function resolveLocale(options: {
  readonly stored: unknown;
  readonly languages: readonly string[];
}): Locale {
  if (isLocale(options.stored)) {
    return options.stored;
  }
  return options.languages.some(
    (tag) => typeof tag === 'string' && tag.toLowerCase().split('-')[0] === 'sv',
  )
    ? 'sv'
    : 'en';
}
