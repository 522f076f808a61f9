import { describe, expect, it } from '@jest/globals';
import { en } from './en';
import { format, plural } from './format';
import { sv } from './sv';

/** Every message of a tree as [key path, text], by key path. */
const leaves = (tree: object, prefix = ''): [string, unknown][] =>
  Object.entries(tree)
    .flatMap(([key, value]: [string, unknown]): [string, unknown][] =>
      typeof value === 'object' && value !== null
        ? leaves(value, `${prefix}${key}.`)
        : [[`${prefix}${key}`, value]],
    )
    .sort(([a], [b]) => a.localeCompare(b));

const placeholders = (tree: object) =>
  leaves(tree).map(([path, text]) => [
    path,
    [...String(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort(),
  ]);

describe('directory messages', () => {
  it('has the same keys in English and Swedish, at every depth', () => {
    expect(leaves(sv).map(([path]) => path)).toEqual(leaves(en).map(([path]) => path));
  });

  it('uses the same placeholders in English and Swedish', () => {
    expect(placeholders(sv)).toEqual(placeholders(en));
  });

  it('has a text for every key', () => {
    for (const tree of [en, sv]) {
      expect(
        leaves(tree).filter(([, text]) => typeof text !== 'string' || text.trim() === ''),
      ).toEqual([]);
    }
  });

  it('carries the texts the browser tests rely on', () => {
    expect([en.finder.title, sv.finder.title]).toEqual([
      'Find an indirect provider',
      'Hitta en indirekt leverantör',
    ]);
    expect([en.language, sv.language]).toEqual(['Language', 'Språk']);
    expect([en.finder.region, en.finder.country]).toEqual(['Region', 'Country']);
  });
});

describe('format', () => {
  it('fills known placeholders and leaves unknown ones', () => {
    expect(format('{count} in {region}, {missing}', { count: 3, region: 'Europe' })).toBe(
      '3 in Europe, {missing}',
    );
  });
});

describe('plural', () => {
  it('picks the form by the locale’s plural rules', () => {
    expect(plural(en.finder.countries_in_region, 1, 'en', { region: 'Brazil' })).toBe(
      '1 country in Brazil.',
    );
    expect(plural(en.finder.countries_in_region, 45, 'en', { region: 'Europe' })).toBe(
      '45 countries in Europe.',
    );
    expect(plural(sv.finder.countries_in_region, 1, 'sv', { region: 'Brasilien' })).toBe(
      '1 land i Brasilien.',
    );
    expect(plural(sv.finder.countries_in_region, 45, 'sv', { region: 'Europa' })).toBe(
      '45 länder i Europa.',
    );
  });
});
