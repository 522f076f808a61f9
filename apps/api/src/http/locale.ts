import type { Locale } from '@hub/domain';

/**
 * The caller's language from Accept-Language (RFC 9110 §12.5.4): the tag with the highest
 * weight among those we have (en, sv); English when none is acceptable or the header is absent.
 */
export function localeOf(acceptLanguage: string | string[] | undefined): Locale {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : (acceptLanguage ?? '');
  let best: { locale: Locale; weight: number } | undefined;
  for (const part of header.split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const language = tag.split('-')[0];
    if (language !== 'en' && language !== 'sv') {
      continue;
    }
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (Number.isFinite(weight) && weight > 0 && (best === undefined || weight > best.weight)) {
      best = { locale: language, weight };
    }
  }
  return best?.locale ?? 'en';
}
