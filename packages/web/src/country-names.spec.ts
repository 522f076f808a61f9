import { describe, expect, it } from '@jest/globals';
import { compareNames, countryName } from './country-names.js';

describe('countryName', () => {
  it("is the program's name in English", () => {
    expect(countryName('DE', 'Germany', 'en')).toBe('Germany');
  });

  it("is the browser's name in Swedish", () => {
    expect(countryName('SE', 'Sweden', 'sv')).toBe('Sverige');
    expect(countryName('DE', 'Germany', 'sv')).toBe('Tyskland');
  });

  it("keeps the program's name for its own X-codes and for codes nobody knows", () => {
    expect(countryName('XS', 'Saba', 'sv')).toBe('Saba');
    expect(countryName('XK', 'Kosovo', 'sv')).toBe('Kosovo');
    expect(countryName('not a code', 'Somewhere', 'sv')).toBe('Somewhere');
  });
});

describe('compareNames', () => {
  it('sorts in the language’s collation', () => {
    const names = ['Österrike', 'Zambia', 'Åland', 'Albanien'];
    expect([...names].sort(compareNames('sv'))).toEqual([
      'Albanien',
      'Zambia',
      'Åland',
      'Österrike',
    ]);
    expect([...names].sort(compareNames('en'))).toEqual([
      'Åland',
      'Albanien',
      'Österrike',
      'Zambia',
    ]);
  });
});
