import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  PROGRAM_SETTING_LIMITS,
  parseProgramSetting,
  programSettingNames,
} from './program-settings.js';

describe('program settings', () => {
  it('has the defaults the program documents: 5 business days, 180 days, 30 days', () => {
    expect(PROGRAM_SETTING_LIMITS.reviewTargetBusinessDays.default).toBe(5);
    expect(PROGRAM_SETTING_LIMITS.listingConfirmEveryDays.default).toBe(180);
    expect(PROGRAM_SETTING_LIMITS.listingHideAfterDays.default).toBe(30);
    expect(programSettingNames).toEqual([
      'reviewTargetBusinessDays',
      'listingConfirmEveryDays',
      'listingHideAfterDays',
    ]);
  });

  it.each([
    ['reviewTargetBusinessDays', 1, 60],
    ['listingConfirmEveryDays', 30, 730],
    ['listingHideAfterDays', 7, 180],
  ] as const)('%s takes whole days from %i to %i, and nothing else', (name, min, max) => {
    expect(parseProgramSetting(name, min)).toEqual({ ok: true, value: min });
    expect(parseProgramSetting(name, max)).toEqual({ ok: true, value: max });
    for (const bad of [min - 1, max + 1, min + 0.5, String(min), null, undefined, Number.NaN]) {
      expect(parseProgramSetting(name, bad)).toEqual({
        ok: false,
        error: { code: 'settings.out_of_range', details: { field: name, min, max } },
      });
    }
  });

  it('accepts exactly the whole numbers within the bounds (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...programSettingNames),
        fc.integer({ min: -1000, max: 1000 }),
        (name, days) => {
          const { min, max } = PROGRAM_SETTING_LIMITS[name];
          expect(parseProgramSetting(name, days).ok).toBe(days >= min && days <= max);
        },
      ),
    );
  });
});
