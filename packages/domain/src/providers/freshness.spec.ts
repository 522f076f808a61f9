import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DEFAULT_FRESHNESS_POLICY, listingFreshness } from './freshness.js';

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('listingFreshness', () => {
  const confirmed = day('2026-01-01');

  it('is current for 180 days after the last confirmation, due for 30 more, then hidden', () => {
    expect(listingFreshness(confirmed, day('2025-06-01'), day('2026-06-29'))).toEqual({
      state: 'current',
      confirmBy: day('2026-06-30'),
      hiddenFrom: day('2026-07-30'),
    });
    expect(listingFreshness(confirmed, day('2025-06-01'), day('2026-06-30')).state).toBe('due');
    expect(listingFreshness(confirmed, day('2025-06-01'), day('2026-07-29')).state).toBe('due');
    expect(listingFreshness(confirmed, day('2025-06-01'), day('2026-07-30')).state).toBe('hidden');
  });

  it('counts from the publication when it was never confirmed', () => {
    expect(listingFreshness(null, confirmed, day('2026-06-30')).state).toBe('due');
  });

  it('follows the policy it is given', () => {
    const policy = { confirmEveryDays: 10, hideAfterDays: 0 };
    expect(listingFreshness(confirmed, confirmed, day('2026-01-10'), policy).state).toBe('current');
    expect(listingFreshness(confirmed, confirmed, day('2026-01-11'), policy).state).toBe('hidden');
  });

  it('only ever moves forward as time passes: current, then due, then hidden', () => {
    const rank = { current: 0, due: 1, hidden: 2 } as const;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), (a, b) => {
        const at = (days: number) => new Date(confirmed.getTime() + days * 86_400_000);
        const [early, late] = a <= b ? [a, b] : [b, a];
        const first = listingFreshness(confirmed, confirmed, at(early), DEFAULT_FRESHNESS_POLICY);
        const second = listingFreshness(confirmed, confirmed, at(late), DEFAULT_FRESHNESS_POLICY);
        expect(rank[first.state]).toBeLessThanOrEqual(rank[second.state]);
      }),
    );
  });
});
