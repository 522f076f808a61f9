import { describe, expect, it } from '@jest/globals';
import {
  localeStorageKey,
  readStoredLocale,
  resolveInitialLocale,
  storeLocale,
} from './locale-storage.js';

const memory = (initial: Record<string, string> = {}) => {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
};
const disabled = {
  getItem: (): string | null => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('the remembered language', () => {
  it('is stored under hub.locale and read back', () => {
    const storage = memory();
    storeLocale('sv', storage);
    expect(storage.getItem(localeStorageKey)).toBe('sv');
    expect(readStoredLocale(storage)).toBe('sv');
  });

  it('ignores a value that is not one of our languages', () => {
    expect(readStoredLocale(memory({ [localeStorageKey]: 'de' }))).toBeUndefined();
  });

  it('survives disabled storage: nothing remembered, nothing thrown', () => {
    expect(readStoredLocale(disabled)).toBeUndefined();
    expect(() => storeLocale('en', disabled)).not.toThrow();
  });

  it('wins over the browser preference, which wins over English', () => {
    expect(resolveInitialLocale(memory({ [localeStorageKey]: 'en' }), ['sv-SE'])).toBe('en');
    expect(resolveInitialLocale(memory(), ['sv-SE'])).toBe('sv');
    expect(resolveInitialLocale(disabled, ['fr'])).toBe('en');
  });
});
