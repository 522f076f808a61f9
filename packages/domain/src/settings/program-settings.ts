// The program's settings that a program admin tunes in the console (issue 8 item 3, issue 9
// item 4): the reviewers' target in business days per enrollment program, and how often a
// distributor re-confirms its directory listing and how long a due listing stays visible. Each
// is a whole number of days within bounds that keep the program workable: a target of zero days
// or a listing confirmed every day would be noise; a year-long target or never-hidden listings
// would defeat the setting.
import { DEFAULT_REVIEW_TARGET_BUSINESS_DAYS } from '../enrollment/service-level.js';
import { DEFAULT_FRESHNESS_POLICY } from '../providers/freshness.js';
import { refuse, type Refusal } from '../refusal.js';
import { err, ok, type Result } from '../result.js';

export const PROGRAM_SETTING_LIMITS = {
  reviewTargetBusinessDays: { min: 1, max: 60, default: DEFAULT_REVIEW_TARGET_BUSINESS_DAYS },
  listingConfirmEveryDays: {
    min: 30,
    max: 730,
    default: DEFAULT_FRESHNESS_POLICY.confirmEveryDays,
  },
  listingHideAfterDays: { min: 7, max: 180, default: DEFAULT_FRESHNESS_POLICY.hideAfterDays },
} as const;

export type ProgramSettingName = keyof typeof PROGRAM_SETTING_LIMITS;

export const programSettingNames = Object.keys(PROGRAM_SETTING_LIMITS) as ProgramSettingName[];

/** A setting's value: a whole number of days within the setting's bounds. */
export function parseProgramSetting(
  name: ProgramSettingName,
  value: unknown,
): Result<number, Refusal> {
  const { min, max } = PROGRAM_SETTING_LIMITS[name];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    return err(refuse('settings.out_of_range', { field: name, min, max }));
  }
  return ok(value);
}
