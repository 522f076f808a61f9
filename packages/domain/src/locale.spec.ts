import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { isLocale, resolveLocale } from './locale.js';

describe('resolveLocale', () => {
  it('keeps a remembered choice over the browser preference', () => {
    expect(resolveLocale({ stored: 'en', languages: ['sv-SE'] })).toBe('en');
    expect(resolveLocale({ stored: 'sv', languages: ['en-US'] })).toBe('sv');
  });

  it('follows a browser that prefers Swedish when nothing is remembered', () => {
    expect(resolveLocale({ stored: null, languages: ['de-DE', 'sv-FI'] })).toBe('sv');
    expect(resolveLocale({ stored: undefined, languages: ['SV'] })).toBe('sv');
  });

  it('falls back to English, and ignores tags that only look Swedish', () => {
    expect(resolveLocale({ stored: 'fr', languages: ['fr-FR'] })).toBe('en');
    expect(resolveLocale({ stored: undefined, languages: ['svx', 'en'] })).toBe('en');
    expect(resolveLocale({ stored: undefined, languages: [] })).toBe('en');
  });

  it('always answers a known locale, whatever was stored', () => {
    fc.assert(
      fc.property(fc.anything(), fc.array(fc.string()), (stored, languages) => {
        expect(isLocale(resolveLocale({ stored, languages }))).toBe(true);
      }),
    );
  });
});
