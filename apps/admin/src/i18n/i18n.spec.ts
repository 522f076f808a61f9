import { describe, expect, it } from '@jest/globals';
import { en } from './en';
import { sv } from './sv';

/** Every message of a tree as [key path, text], e.g. ['ra.action.save', 'Save'], by key path. */
const leaves = (tree: object, prefix = ''): [string, unknown][] =>
  Object.entries(tree)
    .flatMap(([key, value]: [string, unknown]): [string, unknown][] =>
      typeof value === 'object' && value !== null
        ? leaves(value, `${prefix}${key}.`)
        : [[`${prefix}${key}`, value]],
    )
    .sort(([a], [b]) => a.localeCompare(b));

const keyPaths = (tree: object) => leaves(tree).map(([path]) => path);

/** The `%{name}` placeholders of each message. */
const placeholders = (tree: object) =>
  leaves(tree).map(([path, text]) => [
    path,
    [...String(text).matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort(),
  ]);

describe('console messages', () => {
  it('has the same keys in English and Swedish, at every depth', () => {
    expect(keyPaths(sv)).toEqual(keyPaths(en));
  });

  it('uses the same placeholders in English and Swedish', () => {
    expect(placeholders(sv)).toEqual(placeholders(en));
  });

  it('has a text for every key', () => {
    for (const tree of [en, sv]) {
      const blank = leaves(tree).filter(
        ([path, text]) =>
          path !== 'ra.boolean.null' && (typeof text !== 'string' || text.trim() === ''),
      );
      expect(blank).toEqual([]);
    }
  });

  it('carries the texts the browser tests rely on', () => {
    expect(en.hub.login.sign_in).toBe('Sign in with your work account');
    expect(sv.hub.login.sign_in).toBe('Logga in med ditt arbetskonto');
    expect(en.resources.markets.name).toBe('Market |||| Markets');
    expect(sv.resources.markets.name).toBe('Marknad |||| Marknader');
  });
});
