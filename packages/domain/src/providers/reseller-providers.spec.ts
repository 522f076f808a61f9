// Recording an indirect reseller's providers (issue 10 item 6), with expectations written out from
// DOMAIN.md §3 and §5: an active indirect reseller, a provider in the directory, a region they
// share, each pair once.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { regionNames, type RegionName } from '../markets/markets.data.js';
import { decideResellerProvider, sharedRegions } from './reseller-providers.js';

const base = {
  resellerActive: true,
  resellerRegions: ['Europe'] as RegionName[],
  provider: { id: 'nordic-distribution', regions: ['Europe', 'United States'] as RegionName[] },
  linkedProviderIds: ['other-provider'],
};

describe('recording a provider an indirect reseller works with', () => {
  it('answers the regions both serve', () => {
    expect(decideResellerProvider(base)).toEqual({ ok: true, value: { regions: ['Europe'] } });
  });

  it('refuses a reseller that is not an active indirect reseller', () => {
    expect(decideResellerProvider({ ...base, resellerActive: false })).toMatchObject({
      ok: false,
      error: { code: 'relationships.not_indirect_reseller' },
    });
  });

  it('refuses a provider that is not in the directory', () => {
    expect(decideResellerProvider({ ...base, provider: null })).toMatchObject({
      ok: false,
      error: { code: 'relationships.provider_not_found' },
    });
  });

  it('refuses a provider of other regions, naming both sides', () => {
    expect(
      decideResellerProvider({
        ...base,
        provider: { id: 'us-only', regions: ['United States'] },
      }),
    ).toEqual({
      ok: false,
      error: {
        code: 'relationships.provider_not_in_region',
        details: { resellerRegions: ['Europe'], providerRegions: ['United States'] },
      },
    });
  });

  it('refuses a provider recorded already', () => {
    expect(
      decideResellerProvider({ ...base, linkedProviderIds: ['nordic-distribution'] }),
    ).toMatchObject({ ok: false, error: { code: 'relationships.already_linked' } });
  });

  it('is accepted exactly when the regions meet (property)', () => {
    const regions = fc.uniqueArray(fc.constantFrom(...regionNames), { maxLength: 4 });
    fc.assert(
      fc.property(regions, regions, (mine, theirs) => {
        const result = decideResellerProvider({
          ...base,
          resellerRegions: mine,
          provider: { id: 'p', regions: theirs },
          linkedProviderIds: [],
        });
        const meet = mine.some((region) => theirs.includes(region));
        expect(result.ok).toBe(meet);
        if (result.ok) {
          expect(result.value.regions).toEqual(sharedRegions(mine, theirs));
          expect(result.value.regions.every((r) => mine.includes(r) && theirs.includes(r))).toBe(
            true,
          );
        }
      }),
    );
  });
});
