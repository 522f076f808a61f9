// How long an application has waited, in business days (DOMAIN.md §6.2: verification "takes about
// 3–5 business days ... If it is still pending after 5 business days, open a ticket"). Business
// days are Monday to Friday in UTC; public holidays differ per country and are not known here.

import type { EnrollmentState } from './enrollment-table.js';

const DAY_MS = 86_400_000;

/** Whole UTC days since 1970-01-01 (a Thursday). */
const dayNumber = (instant: Date): number => Math.floor(instant.getTime() / DAY_MS);

/** 0 = Monday … 6 = Sunday. */
const weekday = (day: number): number => (((day + 3) % 7) + 7) % 7;

/**
 * The business days from `from` to `to`: the Mondays to Fridays after the day of `from`, up to
 * and including the day of `to` (UTC). Submitted on a Friday, it is 1 on Monday and 0 over the
 * weekend. 0 when `to` is not after `from`, and for an invalid date.
 */
export function businessDaysBetween(from: Date, to: Date): number {
  const start = dayNumber(from);
  const end = dayNumber(to);
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) {
    return 0;
  }
  const days = end - start;
  const weeks = Math.floor(days / 7);
  let count = weeks * 5;
  for (let day = start + weeks * 7 + 1; day <= end; day += 1) {
    if (weekday(day) < 5) {
      count += 1;
    }
  }
  return count;
}

/**
 * The start (00:00 UTC) of the `n`-th business day after the day of `from`: the first instant at
 * which `businessDaysBetween(from, ·)` reaches `n`. `n` ≤ 0 gives the start of `from`'s own day.
 */
export function addBusinessDays(from: Date, n: number): Date {
  let day = dayNumber(from);
  let left = Math.max(0, Math.floor(n));
  const weeks = Math.floor(Math.max(0, left - 1) / 5);
  day += weeks * 7;
  left -= weeks * 5;
  while (left > 0) {
    day += 1;
    if (weekday(day) < 5) {
      left -= 1;
    }
  }
  return new Date(day * DAY_MS);
}

/** The review target when the program sets none (DOMAIN.md §6.2: "about 3–5 business days"). */
export const DEFAULT_REVIEW_TARGET_BUSINESS_DAYS = 5;

/**
 * Whose move it is, for the service level: `running` while Microsoft owes the next step (a new
 * or reviewed application, a credit check under way), `paused` while the partner owes an answer
 * (that time is not counted against the reviewers), `stopped` before submission and once the
 * review is decided (the partner owes the support plan or the agreement, or it is over).
 */
export type ServiceLevelClock = 'running' | 'paused' | 'stopped';

const clockOf: Readonly<Record<EnrollmentState, ServiceLevelClock>> = {
  draft: 'stopped',
  submitted: 'running',
  in_review: 'running',
  info_requested: 'paused',
  verified: 'stopped',
  credit_check_pending: 'running',
  credit_check_passed: 'stopped',
  support_plan_recorded: 'stopped',
  agreement_accepted: 'stopped',
  active: 'stopped',
  transitioned_to_indirect: 'stopped',
  rejected: 'stopped',
  withdrawn: 'stopped',
};

export const serviceLevelClock = (state: EnrollmentState): ServiceLevelClock => clockOf[state];

/** The states whose clock runs: the queue's "overdue" can only be one of these. */
export const serviceLevelRunningStates: readonly EnrollmentState[] = (
  Object.keys(clockOf) as EnrollmentState[]
).filter((state) => clockOf[state] === 'running');

/**
 * What the service level stores per application, and how a transition moves it. `overdueFrom`
 * is the instant from which the age exceeds the target (kept so a queue can filter on it);
 * `pausedSince` is set while the partner owes an answer; `pausedBusinessDays` is what the
 * partner's answers have taken so far.
 */
export type ServiceLevelTimes = {
  readonly overdueFrom: Date | null;
  readonly pausedSince: Date | null;
  readonly pausedBusinessDays: number;
};

/**
 * The service level times after a move from `from` to `to` at `now`. Submitting starts the clock
 * (again, for a resubmission: the target counts from the new submission); entering the paused
 * state freezes it; leaving it shifts the overdue instant by the business days the partner took.
 */
export function moveServiceLevel(input: {
  readonly times: ServiceLevelTimes;
  readonly from: EnrollmentState;
  readonly to: EnrollmentState;
  readonly now: Date;
  readonly targetBusinessDays: number;
}): ServiceLevelTimes {
  const { times, from, to, now } = input;
  if (from === 'draft' && to === 'submitted') {
    return {
      overdueFrom: addBusinessDays(now, input.targetBusinessDays + 1),
      pausedSince: null,
      pausedBusinessDays: 0,
    };
  }
  const before = clockOf[from];
  const after = clockOf[to];
  if (before !== 'paused' && after === 'paused') {
    return { ...times, pausedSince: now };
  }
  if (before === 'paused' && after !== 'paused' && times.pausedSince !== null) {
    const waited = businessDaysBetween(times.pausedSince, now);
    return {
      overdueFrom: times.overdueFrom === null ? null : addBusinessDays(times.overdueFrom, waited),
      pausedSince: null,
      pausedBusinessDays: times.pausedBusinessDays + waited,
    };
  }
  return times;
}

/** One application's service level as the queue shows it. */
export type ServiceLevel = {
  readonly clock: ServiceLevelClock;
  /** Business days since submission, without the days the partner owed an answer. */
  readonly ageBusinessDays: number;
  readonly targetBusinessDays: number;
  readonly overdue: boolean;
};

export function serviceLevel(input: {
  readonly state: EnrollmentState;
  readonly submittedAt: Date | null;
  /** When the review was decided: a stopped clock stops there. */
  readonly decidedAt?: Date | null;
  readonly times: ServiceLevelTimes;
  readonly now: Date;
  readonly targetBusinessDays: number;
}): ServiceLevel {
  const { state, submittedAt, times, now, targetBusinessDays } = input;
  const clock = clockOf[state];
  const until = times.pausedSince ?? (clock === 'stopped' ? input.decidedAt : null) ?? now;
  const age =
    submittedAt === null
      ? 0
      : Math.max(0, businessDaysBetween(submittedAt, until) - times.pausedBusinessDays);
  return {
    clock,
    ageBusinessDays: age,
    targetBusinessDays,
    overdue: clock === 'running' && times.overdueFrom !== null && now >= times.overdueFrom,
  };
}

/**
 * The reviewers' queue tabs (issue 8): where each state is worked. `decided` holds what no
 * reviewer needs to touch again.
 */
export type QueueTab =
  'new' | 'in_review' | 'waiting' | 'credit_check' | 'verified' | 'decided' | 'draft';

const tabOf: Readonly<Record<EnrollmentState, QueueTab>> = {
  draft: 'draft',
  submitted: 'new',
  in_review: 'in_review',
  info_requested: 'waiting',
  verified: 'verified',
  credit_check_pending: 'credit_check',
  credit_check_passed: 'credit_check',
  support_plan_recorded: 'verified',
  agreement_accepted: 'verified',
  active: 'decided',
  transitioned_to_indirect: 'decided',
  rejected: 'decided',
  withdrawn: 'decided',
};

export const queueTabOf = (state: EnrollmentState): QueueTab => tabOf[state];

/** The states of one tab, in the order of the lifecycle. */
export const queueTabStates = (tab: QueueTab): readonly EnrollmentState[] =>
  (Object.keys(tabOf) as EnrollmentState[]).filter((state) => tabOf[state] === tab);

export const queueTabs = [
  'new',
  'in_review',
  'waiting',
  'credit_check',
  'verified',
  'decided',
] as const satisfies readonly QueueTab[];
