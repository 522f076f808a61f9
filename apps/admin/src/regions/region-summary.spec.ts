import { describe, expect, it } from '@jest/globals';
import { markets } from '@hub/domain';
import { currencyShares } from './region-summary';

describe('currencyShares', () => {
  it('counts the countries per billing currency, the most used first, ties by code', () => {
    expect(
      currencyShares([
        { currency: 'SEK' },
        { currency: 'EUR' },
        { currency: 'DKK' },
        { currency: 'EUR' },
      ]),
    ).toEqual([
      { currency: 'EUR', countries: 2 },
      { currency: 'DKK', countries: 1 },
      { currency: 'SEK', countries: 1 },
    ]);
  });

  it('has nothing to say about no markets', () => {
    expect(currencyShares([])).toEqual([]);
  });

  it('adds up to the region’s countries (Europe)', () => {
    const europe = markets.filter((market) => market.region === 'Europe');
    const shares = currencyShares(europe);
    expect(shares.reduce((sum, share) => sum + share.countries, 0)).toBe(europe.length);
    expect(shares[0]?.currency).toBe('EUR');
    expect(shares.find((share) => share.currency === 'SEK')).toEqual({
      currency: 'SEK',
      countries: 1,
    });
  });
});
