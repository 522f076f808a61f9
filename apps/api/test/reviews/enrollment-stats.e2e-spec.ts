// The dashboard's figures through the API on real PostgreSQL: backlog by state, submissions and
// decisions per week, median days to decision, approval rate by region, the overdue count, and
// that the queue's filters (the dashboard's links) find the same rows.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { EnrollmentEntity } from '../../src/modules/enrollments/enrollment.entity.js';
import {
  asPersona,
  createEnrollment,
  createPartner,
  expectStatus,
  type PersonaClient,
} from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const DAY = 86_400_000;

/** 12:00 UTC on the Monday `weeksAgo` weeks before this week's, plus `days`. */
function mondayNoon(weeksAgo: number, days = 0): Date {
  const today = Math.floor(Date.now() / DAY);
  const monday = today - ((today + 3) % 7);
  return new Date((monday - 7 * weeksAgo + days) * DAY + DAY / 2);
}

type StatsBody = {
  windowStart: string;
  windowEnd: string;
  backlog: { state: string; count: number; exact: boolean }[];
  weeks: {
    weekStart: string;
    weekEnd: string;
    submitted: number;
    decided: number;
    approved: number;
    rejected: number;
    medianDaysToDecision: number | null;
  }[];
  medianDaysToDecision: number | null;
  approvalByRegion: { region: string; approved: number; rejected: number; approvalRate: number }[];
  overdue: { count: number; exact: boolean };
};

describe('GET /api/enrollment-stats', () => {
  let t: TestApp;
  let rita: PersonaClient;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    rita = asPersona(t, await t.tokenFor('reviewer'));
    const db = t.app.get(DataSource);
    let n = 0;
    const make = async (
      key: string,
      country: string,
      state: EnrollmentEntity['state'],
      times: Partial<EnrollmentEntity>,
      program: EnrollmentEntity['program'] = 'indirect_reseller',
    ) => {
      n += 1;
      const partner = await createPartner(t, {
        tenantId: `7a1e6b0c-2222-4222-8222-${String(n).padStart(12, '0')}`,
        legalName: `Stats ${key}`,
        country,
        partnerId: String(5_000_000 + n),
        adminEmail: `admin@${key}.example`,
        bankLast4: String(2000 + n),
      });
      const enrollment = await createEnrollment(t, partner, { state, program });
      await db.getRepository(EnrollmentEntity).update(enrollment.id, {
        submittedAt: null,
        decidedAt: null,
        slaOverdueFrom: null,
        ...times,
      });
      ids[key] = enrollment.id;
    };
    // Decided in the window: Europe 1 of 2 approved, the United States 1 of 1.
    await make('rejected-se', 'SE', 'rejected', {
      submittedAt: mondayNoon(3),
      decidedAt: mondayNoon(2),
    });
    await make('verified-de', 'DE', 'verified', {
      submittedAt: mondayNoon(2),
      decidedAt: mondayNoon(2, 2),
    });
    await make('active-us', 'US', 'active', {
      submittedAt: mondayNoon(1),
      decidedAt: mondayNoon(1, 4),
    });
    // A withdrawal is not a decision; a decision before the window is not counted.
    await make('withdrawn-au', 'AU', 'withdrawn', {
      submittedAt: mondayNoon(1),
      decidedAt: mondayNoon(1, 1),
    });
    await make('rejected-br-old', 'BR', 'rejected', {
      submittedAt: mondayNoon(20),
      decidedAt: mondayNoon(15),
    });
    // Open: two overdue (clock running, past the target), one waiting on the partner (paused,
    // so never overdue), one on time, one draft (not in the backlog).
    const past = new Date(Date.now() - DAY);
    const future = new Date(Date.now() + DAY);
    await make('in-review-overdue', 'SE', 'in_review', {
      submittedAt: mondayNoon(0),
      slaOverdueFrom: past,
    });
    await make('submitted-on-time', 'NO', 'submitted', {
      submittedAt: mondayNoon(0),
      slaOverdueFrom: future,
    });
    await make('waiting', 'DK', 'info_requested', {
      submittedAt: mondayNoon(0),
      slaOverdueFrom: past,
    });
    await make(
      'credit-overdue',
      'US',
      'credit_check_pending',
      { submittedAt: mondayNoon(0), slaOverdueFrom: past },
      'direct_bill',
    );
    await make('draft', 'SE', 'draft', {});
  });
  afterAll(() => t.close());

  const stats = async (): Promise<StatsBody> =>
    expectStatus(await rita.get('/api/enrollment-stats'), 200).body as StatsBody;

  it('counts the backlog by open state, every open state listed', async () => {
    const body = await stats();
    expect(body.backlog).toEqual([
      { state: 'submitted', count: 1, exact: true },
      { state: 'in_review', count: 1, exact: true },
      { state: 'info_requested', count: 1, exact: true },
      { state: 'credit_check_pending', count: 1, exact: true },
      { state: 'credit_check_passed', count: 0, exact: true },
      { state: 'verified', count: 1, exact: true },
      { state: 'support_plan_recorded', count: 0, exact: true },
      { state: 'agreement_accepted', count: 0, exact: true },
    ]);
  });

  it('gives 12 weeks, Monday to Sunday, with submissions, decisions and median days', async () => {
    const body = await stats();
    expect(body.weeks).toHaveLength(12);
    expect(body.windowStart).toBe(mondayNoon(11).toISOString().slice(0, 10));
    expect(body.weeks[11]?.weekStart).toBe(mondayNoon(0).toISOString().slice(0, 10));
    expect(body.weeks[11]?.weekEnd).toBe(mondayNoon(0, 6).toISOString().slice(0, 10));
    expect(body.windowEnd).toBe(body.weeks[11]?.weekEnd);
    const figures = body.weeks.map(({ weekStart: _s, weekEnd: _e, ...rest }) => rest);
    const none = { submitted: 0, decided: 0, approved: 0, rejected: 0, medianDaysToDecision: null };
    expect(figures.slice(0, 8)).toEqual(Array(8).fill(none));
    expect(figures.slice(8)).toEqual([
      { ...none, submitted: 1 },
      // 7 days (rejected) and 2 days (verified): median 4.5
      { submitted: 1, decided: 2, approved: 1, rejected: 1, medianDaysToDecision: 4.5 },
      // the withdrawal counts as a submission, not as a decision
      { submitted: 2, decided: 1, approved: 1, rejected: 0, medianDaysToDecision: 4 },
      { ...none, submitted: 4 },
    ]);
    // the median of 7, 2 and 4 days, not the median of the weeks' medians
    expect(body.medianDaysToDecision).toBe(4);
  });

  it('gives the approval rate by CSP region over the weeks’ decisions', async () => {
    expect((await stats()).approvalByRegion).toEqual([
      { region: 'Europe', approved: 1, rejected: 1, approvalRate: 0.5 },
      { region: 'United States', approved: 1, rejected: 0, approvalRate: 1 },
    ]);
  });

  it('counts overdue as the queue does: running clock past the target', async () => {
    const body = await stats();
    expect(body.overdue).toEqual({ count: 2, exact: true });
    const queue = expectStatus(
      await rita.get(`/api/enrollments?filter=${encodeURIComponent('{"overdue":true}')}`),
      200,
    );
    expect(queue.body).toHaveLength(body.overdue.count);
  });

  it('finds a week’s decisions in the queue by the decision dates the dashboard links with', async () => {
    const week = (await stats()).weeks[9]!;
    const filter = JSON.stringify({ decidedFrom: week.weekStart, decidedTo: week.weekEnd });
    const queue = expectStatus(
      await rita.get(`/api/enrollments?filter=${encodeURIComponent(filter)}`),
      200,
    );
    expect((queue.body as { id: string }[]).map((row) => row.id).sort()).toEqual(
      [ids['rejected-se'], ids['verified-de']].sort(),
    );
    const bad = await rita.get(
      `/api/enrollments?filter=${encodeURIComponent('{"decidedFrom":"2026-02-30"}')}`,
    );
    expect(bad.status).toBe(400);
  });

  it('is the same for a program admin', async () => {
    const paul = asPersona(t, await t.tokenFor('program-admin'));
    const body = expectStatus(await paul.get('/api/enrollment-stats'), 200).body as StatsBody;
    expect(body.overdue.count).toBe(2);
  });

  it.each(['fabrikam-admin', 'contoso-user', 'distributor'])(
    'refuses %s with 403 stats.staff_only, in the caller’s language',
    async (persona) => {
      const token = await t.tokenFor(persona);
      const response = await asPersona(t, token)
        .get('/api/enrollment-stats')
        .set('accept-language', 'sv');
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({
        statusCode: 403,
        code: 'stats.staff_only',
        message: 'Bara Microsofts granskare och programadministratörer ser granskningens siffror.',
      });
    },
  );
});
