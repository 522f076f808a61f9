import { describe, expect, it } from '@jest/globals';
import { locales } from '../messages.js';
import { regionNames } from './markets.data.js';
import { regionLabel, regionLabels } from './region-labels.js';

describe('regionLabels', () => {
  it('name every region in every language', () => {
    for (const locale of locales) {
      expect(Object.keys(regionLabels[locale]).sort()).toEqual([...regionNames].sort());
      expect(Object.values(regionLabels[locale]).every((label) => label.trim().length > 0)).toBe(
        true,
      );
    }
  });

  it('keep the program’s names in English and translate them in Swedish', () => {
    expect(regionLabel('Europe', 'en')).toBe('Europe');
    expect(regionLabel('Europe', 'sv')).toBe('Europa');
    expect(regionLabel('Korea, Republic of', 'sv')).toBe('Sydkorea');
  });

  it('give back a name that is not a region, inherited keys included', () => {
    expect(regionLabel('Atlantis', 'sv')).toBe('Atlantis');
    expect(regionLabel('constructor', 'en')).toBe('constructor');
    expect(regionLabel('__proto__', 'sv')).toBe('__proto__');
  });
});
