import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { EnrollmentState } from './enrollment-table.js';
import {
  addBusinessDays,
  businessDaysBetween,
  DEFAULT_REVIEW_TARGET_BUSINESS_DAYS,
  moveServiceLevel,
  queueTabOf,
  queueTabs,
  queueTabStates,
  serviceLevel,
  serviceLevelClock,
  serviceLevelRunningStates,
  type ServiceLevelClock,
} from './service-level.js';

const at = (iso: string) => new Date(iso);

describe('businessDaysBetween', () => {
  it.each([
    ['2026-11-27T10:00Z', '2026-11-27T18:00Z', 0, 'the same day'],
    ['2026-11-27T10:00Z', '2026-11-28T10:00Z', 0, 'Friday to Saturday'],
    ['2026-11-27T10:00Z', '2026-11-29T23:59Z', 0, 'Friday to Sunday'],
    ['2026-11-27T10:00Z', '2026-11-30T00:01Z', 1, 'Friday to Monday'],
    ['2026-11-30T09:00Z', '2026-12-04T09:00Z', 4, 'Monday to Friday'],
    ['2026-11-30T09:00Z', '2026-12-07T09:00Z', 5, 'Monday to the next Monday'],
    ['2026-11-28T09:00Z', '2026-12-05T09:00Z', 5, 'Saturday to the next Saturday'],
    ['2026-11-02T09:00Z', '2026-12-01T09:00Z', 21, 'a month (Mon 2 Nov to Tue 1 Dec 2026)'],
  ])('counts %s → %s as %i (%s)', (from, to, expected) => {
    expect(businessDaysBetween(at(from), at(to))).toBe(expected);
  });

  it('is 0 backwards in time and for invalid dates', () => {
    expect(businessDaysBetween(at('2026-12-04T09:00Z'), at('2026-11-30T09:00Z'))).toBe(0);
    expect(businessDaysBetween(new Date(Number.NaN), at('2026-11-30T09:00Z'))).toBe(0);
    expect(businessDaysBetween(at('2026-11-30T09:00Z'), new Date(Number.NaN))).toBe(0);
  });

  it('agrees with counting the weekdays one by one (any span up to 3 years)', () => {
    const day = 86_400_000;
    const spans = { short: 0, long: 0 };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 1100 }),
        fc.integer({ min: 0, max: day - 1 }),
        (startDay, length, offset) => {
          spans[length < 14 ? 'short' : 'long'] += 1;
          let expected = 0;
          for (let d = startDay + 1; d <= startDay + length; d += 1) {
            const weekday = new Date(d * day).getUTCDay();
            if (weekday !== 0 && weekday !== 6) {
              expected += 1;
            }
          }
          const from = new Date(startDay * day + offset);
          const to = new Date((startDay + length) * day + (day - 1 - offset));
          expect(businessDaysBetween(from, to)).toBe(expected);
        },
      ),
      { numRuns: 400 },
    );
    expect(spans.long).toBeGreaterThan(100);
  });
});

describe('addBusinessDays', () => {
  it.each([
    ['2026-11-27T10:00Z', 1, '2026-11-30T00:00:00.000Z', 'Friday + 1 is Monday'],
    ['2026-11-28T10:00Z', 1, '2026-11-30T00:00:00.000Z', 'Saturday + 1 is Monday'],
    ['2026-11-30T10:00Z', 5, '2026-12-07T00:00:00.000Z', 'Monday + 5 is the next Monday'],
    ['2026-11-30T10:00Z', 6, '2026-12-08T00:00:00.000Z', 'Monday + 6 is the next Tuesday'],
    ['2026-12-04T10:00Z', 10, '2026-12-18T00:00:00.000Z', 'Friday + 10 is Friday two weeks on'],
    ['2026-11-30T10:00Z', 0, '2026-11-30T00:00:00.000Z', '+ 0 is the start of the day'],
    ['2026-11-30T10:00Z', -3, '2026-11-30T00:00:00.000Z', 'a negative count is 0'],
  ])('%s + %i business days → %s (%s)', (from, n, expected) => {
    expect(addBusinessDays(at(from), n).toISOString()).toBe(expected);
  });

  it('lands on the first instant at which businessDaysBetween reaches n', () => {
    let reached = 0;
    fc.assert(
      fc.property(
        fc.date({
          min: at('2000-01-01T00:00Z'),
          max: at('2040-01-01T00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 1, max: 400 }),
        (from, n) => {
          const landed = addBusinessDays(from, n);
          expect(businessDaysBetween(from, landed)).toBe(n);
          expect(businessDaysBetween(from, new Date(landed.getTime() - 1))).toBe(n - 1);
          reached += 1;
        },
      ),
    );
    expect(reached).toBe(100);
  });
});

describe('the service-level clock and the queue tabs', () => {
  // Written out from issue 8 item 3 and DOMAIN.md §6.2, not read from the code's table.
  const expectedClock: Record<EnrollmentState, ServiceLevelClock> = {
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
  it.each(Object.entries(expectedClock))('%s: the clock is %s', (state, clock) => {
    expect(serviceLevelClock(state as EnrollmentState)).toBe(clock);
  });
  it('runs in exactly the states where Microsoft owes the next step', () => {
    expect([...serviceLevelRunningStates].sort()).toEqual([
      'credit_check_pending',
      'in_review',
      'submitted',
    ]);
  });

  it('puts each state in one tab, in the order reviewers work them', () => {
    expect(queueTabs).toEqual([
      'new',
      'in_review',
      'waiting',
      'credit_check',
      'verified',
      'decided',
    ]);
    expect(Object.fromEntries(queueTabs.map((tab) => [tab, queueTabStates(tab)]))).toEqual({
      new: ['submitted'],
      in_review: ['in_review'],
      waiting: ['info_requested'],
      credit_check: ['credit_check_pending', 'credit_check_passed'],
      verified: ['verified', 'support_plan_recorded', 'agreement_accepted'],
      decided: ['active', 'transitioned_to_indirect', 'rejected', 'withdrawn'],
    });
    expect(queueTabOf('draft')).toBe('draft');
    expect(queueTabStates('draft')).toEqual(['draft']);
  });
});

describe('the service level of an application', () => {
  const target = DEFAULT_REVIEW_TARGET_BUSINESS_DAYS;
  const submit = (now: Date, targetBusinessDays = target) =>
    moveServiceLevel({
      times: { overdueFrom: null, pausedSince: null, pausedBusinessDays: 0 },
      from: 'draft',
      to: 'submitted',
      now,
      targetBusinessDays,
    });

  it('is overdue from the sixth business day after a Monday submission', () => {
    const times = submit(at('2026-11-30T15:00Z'));
    expect(times.overdueFrom?.toISOString()).toBe('2026-12-08T00:00:00.000Z');
    const on = (iso: string, state: EnrollmentState = 'in_review') =>
      serviceLevel({
        state,
        submittedAt: at('2026-11-30T15:00Z'),
        times,
        now: at(iso),
        targetBusinessDays: target,
      });
    expect(on('2026-12-07T23:59Z')).toEqual({
      clock: 'running',
      ageBusinessDays: 5,
      targetBusinessDays: 5,
      overdue: false,
    });
    expect(on('2026-12-08T00:00Z')).toEqual({
      clock: 'running',
      ageBusinessDays: 6,
      targetBusinessDays: 5,
      overdue: true,
    });
    expect(on('2026-12-08T00:00Z', 'verified').overdue).toBe(false);
    const decided = (state: EnrollmentState) =>
      serviceLevel({
        state,
        submittedAt: at('2026-11-30T15:00Z'),
        decidedAt: at('2026-12-03T10:00Z'),
        times,
        now: at('2026-12-20T00:00Z'),
        targetBusinessDays: target,
      });
    expect(decided('rejected')).toEqual({
      clock: 'stopped',
      ageBusinessDays: 3,
      targetBusinessDays: 5,
      overdue: false,
    });
    // A running clock (a credit check after verification) counts on to now.
    expect(decided('credit_check_pending')).toEqual({
      clock: 'running',
      ageBusinessDays: 14,
      targetBusinessDays: 5,
      overdue: true,
    });
    expect(
      serviceLevel({
        state: 'draft',
        submittedAt: null,
        times: { overdueFrom: null, pausedSince: null, pausedBusinessDays: 0 },
        now: at('2026-12-08T00:00Z'),
        targetBusinessDays: target,
      }),
    ).toEqual({ clock: 'stopped', ageBusinessDays: 0, targetBusinessDays: 5, overdue: false });
  });

  it('does not count the days the partner owes an answer', () => {
    const submittedAt = at('2026-11-30T15:00Z'); // Monday
    let times = submit(submittedAt);
    const move = (from: EnrollmentState, to: EnrollmentState, iso: string) =>
      (times = moveServiceLevel({ times, from, to, now: at(iso), targetBusinessDays: target }));
    move('submitted', 'in_review', '2026-12-01T09:00Z');
    move('in_review', 'info_requested', '2026-12-02T09:00Z'); // Wednesday, age 2
    const paused = serviceLevel({
      state: 'info_requested',
      submittedAt,
      times,
      now: at('2026-12-09T09:00Z'),
      targetBusinessDays: target,
    });
    expect(paused).toEqual({
      clock: 'paused',
      ageBusinessDays: 2,
      targetBusinessDays: 5,
      overdue: false,
    });
    move('info_requested', 'in_review', '2026-12-09T09:00Z'); // the next Wednesday: 5 days waited
    expect(times.pausedBusinessDays).toBe(5);
    expect(times.pausedSince).toBeNull();
    expect(times.overdueFrom?.toISOString()).toBe('2026-12-15T00:00:00.000Z');
    const later = serviceLevel({
      state: 'in_review',
      submittedAt,
      times,
      now: at('2026-12-14T12:00Z'),
      targetBusinessDays: target,
    });
    expect(later).toEqual({
      clock: 'running',
      ageBusinessDays: 5,
      targetBusinessDays: 5,
      overdue: false,
    });
    // Moves that neither pause nor resume keep the times.
    expect(
      moveServiceLevel({
        times,
        from: 'in_review',
        to: 'verified',
        now: at('2026-12-14T12:00Z'),
        targetBusinessDays: target,
      }),
    ).toBe(times);
    // Leaving the pause with no start on record (data from before the clock) changes nothing.
    const unknown = { overdueFrom: null, pausedSince: null, pausedBusinessDays: 0 };
    expect(
      moveServiceLevel({
        times: unknown,
        from: 'info_requested',
        to: 'in_review',
        now: at('2026-12-14T12:00Z'),
        targetBusinessDays: target,
      }),
    ).toBe(unknown);
    const noDue = {
      overdueFrom: null,
      pausedSince: at('2026-12-02T09:00Z'),
      pausedBusinessDays: 0,
    };
    expect(
      moveServiceLevel({
        times: noDue,
        from: 'info_requested',
        to: 'withdrawn',
        now: at('2026-12-09T09:00Z'),
        targetBusinessDays: target,
      }),
    ).toEqual({ overdueFrom: null, pausedSince: null, pausedBusinessDays: 5 });
  });

  it('is overdue exactly when the age, counted weekday by weekday without the pauses, exceeds the target', () => {
    const day = 86_400_000;
    const seen = { overdue: 0, inTime: 0 };
    const weekdaysAfter = (a: Date, b: Date) => {
      let n = 0;
      for (let d = Math.floor(a.getTime() / day) + 1; d <= Math.floor(b.getTime() / day); d += 1) {
        const w = new Date(d * day).getUTCDay();
        n += w === 0 || w === 6 ? 0 : 1;
      }
      return n;
    };
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 20_000 })
          .map((d) => new Date(Date.UTC(2000, 0, 1) + (d * day) / 2)),
        fc.integer({ min: 1, max: 15 }),
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 6 * day }), fc.integer({ min: 0, max: 10 * day })),
          { maxLength: 3 },
        ),
        fc.integer({ min: 0, max: 30 * day }),
        (submittedAt, targetBusinessDays, pauses, tail) => {
          let times = submit(submittedAt, targetBusinessDays);
          let now = submittedAt.getTime();
          let waited = 0;
          for (const [running, paused] of pauses) {
            now += running;
            times = moveServiceLevel({
              times,
              from: 'in_review',
              to: 'info_requested',
              now: new Date(now),
              targetBusinessDays,
            });
            const pausedAt = new Date(now);
            now += paused;
            waited += weekdaysAfter(pausedAt, new Date(now));
            times = moveServiceLevel({
              times,
              from: 'info_requested',
              to: 'in_review',
              now: new Date(now),
              targetBusinessDays,
            });
          }
          now += tail;
          const age = weekdaysAfter(submittedAt, new Date(now)) - waited;
          const level = serviceLevel({
            state: 'in_review',
            submittedAt,
            times,
            now: new Date(now),
            targetBusinessDays,
          });
          expect(level.ageBusinessDays).toBe(age);
          expect(level.overdue).toBe(age > targetBusinessDays);
          seen[level.overdue ? 'overdue' : 'inTime'] += 1;
        },
      ),
      { numRuns: 300 },
    );
    expect(seen.overdue).toBeGreaterThan(30);
    expect(seen.inTime).toBeGreaterThan(30);
  });
});
