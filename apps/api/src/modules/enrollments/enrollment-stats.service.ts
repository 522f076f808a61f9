import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { queueTabStates, queueTabs, regionNames, regionOf, type RegionName } from '@hub/domain';
import { DataSource } from 'typeorm';
import { DomainError } from '../../http/domain-error.js';
import { isStaff } from '../identity/access.js';
import { type AuthenticatedUser } from '../identity/authenticated-user.js';
import {
  type EnrollmentStatsResponse,
  type RegionApprovalResponse,
  type StatsWeekResponse,
} from './dto/enrollment-stats.response.js';
import { queueQuery, queueTotal } from './enrollment-queue.js';

const DAY_MS = 86_400_000;
/** The weeks the dashboard shows: the current one and the 11 before it. */
export const STATS_WEEKS = 12;

const isoDay = (instant: Date): string => instant.toISOString().slice(0, 10);

/** 00:00 UTC of the Monday of `now`'s week (ISO weeks, as PostgreSQL's date_trunc('week')). */
function weekStartOf(now: Date): Date {
  const day = Math.floor(now.getTime() / DAY_MS);
  const monday = day - ((day + 3) % 7);
  return new Date(monday * DAY_MS);
}

/** The open states, in the queue's tab order: every tab's but "decided"'s. */
const backlogStates = queueTabs.filter((tab) => tab !== 'decided').flatMap(queueTabStates);

const round1 = (value: number | null): number | null =>
  value === null ? null : Math.round(value * 10) / 10;

type WeekRow = { week: string | null; n: number };
type DecisionRow = {
  week: string | null;
  decided: number;
  rejected: number;
  median_days: number | null;
};
type CountryRow = { country: string; approved: number; rejected: number };

/**
 * The console's dashboard (issue 8 item 11): a few aggregates over the enrollments, for staff.
 * A decision is a review's outcome: verified (and whatever followed) or rejected; a withdrawal
 * is the partner's, not a decision, and is left out. Time to decision runs from the (last)
 * submission to the decision, in calendar days.
 *
 * Cost on the queue's benchmark (1,000,000 enrollments): the weekly and regional figures read
 * only 12 weeks of rows, through ix_enrollments_submitted and ix_enrollments_decided (range
 * scans, bounded by the window, not by the table); the backlog and the overdue count are the
 * queue's own totals (queueTotal: at most 10,001 index rows each, then the planner's estimate),
 * so nine small counts. Nothing here scans the table.
 */
@Injectable()
export class EnrollmentStatsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async stats(user: AuthenticatedUser, now = new Date()): Promise<EnrollmentStatsResponse> {
    if (!isStaff(user)) {
      throw new DomainError('stats.staff_only');
    }
    const windowStart = new Date(weekStartOf(now).getTime() - (STATS_WEEKS - 1) * 7 * DAY_MS);
    const [submitted, decisions, countries, backlog, overdueTotal] = await Promise.all([
      this.submittedPerWeek(windowStart),
      this.decisionsPerWeek(windowStart),
      this.decisionsPerCountry(windowStart),
      this.backlog(user, now),
      queueTotal(queueQuery(this.dataSource.manager, user, { overdue: true }, now)),
    ]);
    const weeks = weekRows(windowStart, submitted, decisions);
    const overall = decisions.find((row) => row.week === null);
    return {
      generatedAt: now.toISOString(),
      windowStart: isoDay(windowStart),
      windowEnd: weeks[weeks.length - 1]?.weekEnd ?? isoDay(now),
      backlog,
      weeks,
      medianDaysToDecision: round1(overall?.median_days ?? null),
      approvalByRegion: byRegion(countries),
      overdue: { count: overdueTotal.total, exact: overdueTotal.exact },
    };
  }

  /** Range scan of ix_enrollments_submitted over the window. */
  private submittedPerWeek(windowStart: Date): Promise<WeekRow[]> {
    return this.dataSource.query<WeekRow[]>(
      `SELECT to_char(date_trunc('week', submitted_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS week,
              count(*)::int AS n
         FROM enrollments
        WHERE submitted_at >= $1
        GROUP BY 1`,
      [windowStart],
    );
  }

  /** Range scan of ix_enrollments_decided over the window; the row with week NULL is the total. */
  private decisionsPerWeek(windowStart: Date): Promise<DecisionRow[]> {
    return this.dataSource.query<DecisionRow[]>(
      `SELECT to_char(date_trunc('week', decided_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS week,
              count(*)::int AS decided,
              (count(*) FILTER (WHERE state = 'rejected'))::int AS rejected,
              (percentile_cont(0.5) WITHIN GROUP (
                 ORDER BY extract(epoch FROM decided_at - submitted_at)) / 86400)::float8
                AS median_days
         FROM enrollments
        WHERE decided_at >= $1 AND state <> 'withdrawn' AND submitted_at IS NOT NULL
        GROUP BY GROUPING SETS ((date_trunc('week', decided_at AT TIME ZONE 'UTC')), ())`,
      [windowStart],
    );
  }

  /** The same rows as decisionsPerWeek, by market country (the region is the domain's). */
  private decisionsPerCountry(windowStart: Date): Promise<CountryRow[]> {
    return this.dataSource.query<CountryRow[]>(
      `SELECT country,
              (count(*) FILTER (WHERE state <> 'rejected'))::int AS approved,
              (count(*) FILTER (WHERE state = 'rejected'))::int AS rejected
         FROM enrollments
        WHERE decided_at >= $1 AND state <> 'withdrawn' AND submitted_at IS NOT NULL
        GROUP BY country`,
      [windowStart],
    );
  }

  /** Each open state's total, counted as the queue counts its own (capped, then estimated). */
  private async backlog(user: AuthenticatedUser, now: Date) {
    const rows = [];
    for (const state of backlogStates) {
      const total = await queueTotal(
        queueQuery(this.dataSource.manager, user, { state: [state] }, now),
      );
      rows.push({ state, count: total.total, exact: total.exact });
    }
    return rows;
  }
}

/** Every week of the window, oldest first, with zeros where nothing happened. */
function weekRows(
  windowStart: Date,
  submitted: readonly WeekRow[],
  decisions: readonly DecisionRow[],
): StatsWeekResponse[] {
  return Array.from({ length: STATS_WEEKS }, (_, index) => {
    const start = new Date(windowStart.getTime() + index * 7 * DAY_MS);
    const weekStart = isoDay(start);
    const decided = decisions.find((row) => row.week === weekStart);
    return {
      weekStart,
      weekEnd: isoDay(new Date(start.getTime() + 6 * DAY_MS)),
      submitted: submitted.find((row) => row.week === weekStart)?.n ?? 0,
      decided: decided?.decided ?? 0,
      approved: (decided?.decided ?? 0) - (decided?.rejected ?? 0),
      rejected: decided?.rejected ?? 0,
      medianDaysToDecision: round1(decided?.median_days ?? null),
    };
  });
}

/** Countries summed into their CSP regions, in the program's region order. */
function byRegion(rows: readonly CountryRow[]): RegionApprovalResponse[] {
  const sums = new Map<RegionName, { approved: number; rejected: number }>();
  for (const row of rows) {
    const region = regionOf(row.country);
    if (!region.ok) {
      continue; // not a CSP market (cannot be enrolled today); nothing to link to
    }
    const sum = sums.get(region.value) ?? { approved: 0, rejected: 0 };
    sum.approved += row.approved;
    sum.rejected += row.rejected;
    sums.set(region.value, sum);
  }
  return regionNames.flatMap((region) => {
    const sum = sums.get(region);
    return sum
      ? [{ region, ...sum, approvalRate: sum.approved / (sum.approved + sum.rejected) }]
      : [];
  });
}
