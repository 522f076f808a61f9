import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import {
  asPersona,
  createEnrollment,
  createPartner,
  expectStatus,
  type PersonaClient,
} from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { EnrollmentsService } from '../../src/modules/enrollments/enrollments.service.js';

// Issue 8 item 9: the credit check through the bureau adapter (manual by default), its request
// and outcome as audited commands with e-mails, and its evidence on the case page.
describe('credit checks through the manual credit bureau', () => {
  let t: TestApp;
  let ada: PersonaClient;
  let rita: PersonaClient;
  let paul: PersonaClient;
  beforeAll(async () => {
    t = await createTestApp();
    ada = asPersona(t, await t.tokenFor('contoso-admin'));
    rita = asPersona(t, await t.tokenFor('reviewer'));
    paul = asPersona(t, await t.tokenFor('program-admin'));
  });
  afterAll(() => t.close());

  const query = async <T extends pg.QueryResultRow>(sql: string, values: unknown[] = []) => {
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      return (await client.query<T>(sql, values)).rows;
    } finally {
      await client.end();
    }
  };
  const emailsOf = (id: string) =>
    query<{ template: string; subject: string; body: string }>(
      `SELECT template, subject, body FROM outbound_emails WHERE enrollment_id = $1 ORDER BY created_at`,
      [id],
    );
  const auditOf = (id: string, command: string) =>
    query<{ actor_name: string; changes: Record<string, unknown> }>(
      `SELECT actor_name, changes FROM audit_events WHERE enrollment_id = $1 AND command = $2`,
      [id, command],
    );
  const verifiedDirectBill = async (legalName: string) => {
    const partner = await createPartner(t, { tenantId: randomUUID(), legalName });
    return createEnrollment(t, partner, { program: 'direct_bill', state: 'verified' });
  };

  it('orders the check: the case waits for the reviewer, the partner is told not to buy a plan yet', async () => {
    const e = await verifiedDirectBill('Fabrikam AB');
    const response = expectStatus(await rita.command(e.id, 'request-credit-check'), 200);
    expect(response.body.state).toBe('credit_check_pending');
    const checks = expectStatus(await rita.get(`/api/enrollments/${e.id}/credit-checks`), 200);
    expect(checks.body).toEqual([
      expect.objectContaining({
        bureau: 'manual',
        status: 'pending',
        requestedBy: 'Rita Reviewer',
        requestedAt: expect.any(String),
        reference: null,
        recordedAt: null,
      }),
    ]);
    const [audit] = await auditOf(e.id, 'request_credit_check');
    expect(audit!.changes).toEqual({ bureau: 'manual', creditCheckId: checks.body[0].id });
    const emails = await emailsOf(e.id);
    expect(emails.map((m) => m.template)).toEqual(['credit_check_requested']);
    expect(emails[0]!.subject).toBe("We are checking Fabrikam AB's credit");
    expect(emails[0]!.body).toContain("we'll e-mail you when you've passed the credit check");
  });

  it('records the pass with its evidence (who, when, reference, score band, note) and e-mails it', async () => {
    const e = await verifiedDirectBill('Northwind AB');
    expectStatus(await rita.command(e.id, 'request-credit-check'), 200);
    const evidence = { reference: 'DNB-2291-7', scoreBand: 'low', note: 'Paydex 80.' };
    const passed = expectStatus(await paul.command(e.id, 'pass-credit-check', evidence), 200);
    expect(passed.body.state).toBe('credit_check_passed');
    const checks = expectStatus(await rita.get(`/api/enrollments/${e.id}/credit-checks`), 200);
    expect(checks.body).toEqual([
      expect.objectContaining({
        status: 'passed',
        ...evidence,
        requestedBy: 'Rita Reviewer',
        recordedBy: 'Paul Admin',
        recordedByKind: 'program_admin',
        recordedAt: expect.any(String),
      }),
    ]);
    const [audit] = await auditOf(e.id, 'pass_credit_check');
    expect(audit).toEqual({ actor_name: 'Paul Admin', changes: evidence });
    expect((await emailsOf(e.id)).map((m) => m.template)).toEqual([
      'credit_check_requested',
      'credit_check_passed',
    ]);
  });

  it('records a failure: the application ends with one e-mail that says why', async () => {
    const e = await verifiedDirectBill('Litware AB');
    expectStatus(await rita.command(e.id, 'request-credit-check'), 200);
    const failed = expectStatus(
      await rita.command(e.id, 'fail-credit-check', {
        reference: 'DNB-0417',
        scoreBand: 'very_high',
        reason: 'The credit limit was declined.',
      }),
      200,
    );
    expect(failed.body.state).toBe('rejected');
    const [check] = expectStatus(await rita.get(`/api/enrollments/${e.id}/credit-checks`), 200)
      .body as Record<string, unknown>[];
    expect(check).toMatchObject({
      status: 'failed',
      reference: 'DNB-0417',
      scoreBand: 'very_high',
      note: 'The credit limit was declined.',
      recordedBy: 'Rita Reviewer',
    });
    const emails = await emailsOf(e.id);
    expect(emails.map((m) => m.template)).toEqual([
      'credit_check_requested',
      'credit_check_failed',
    ]);
    expect(emails[1]!.body).toContain('The credit limit was declined.');
  });

  it('keeps the outcome of a check requested before checks had rows', async () => {
    const partner = await createPartner(t, { tenantId: randomUUID(), legalName: 'Tailspin AB' });
    const e = await createEnrollment(t, partner, {
      program: 'direct_bill',
      state: 'credit_check_pending',
    });
    expectStatus(await rita.command(e.id, 'pass-credit-check', { reference: 'R-1' }), 200);
    const checks = expectStatus(await rita.get(`/api/enrollments/${e.id}/credit-checks`), 200);
    expect(checks.body).toEqual([
      expect.objectContaining({ status: 'passed', reference: 'R-1', requestedAt: null }),
    ]);
  });

  it('takes a bureau’s answer as the hub (the job a real adapter enqueues), once', async () => {
    const e = await verifiedDirectBill('Contoso Bureau AB');
    expectStatus(await rita.command(e.id, 'request-credit-check'), 200);
    const [pending] = expectStatus(await rita.get(`/api/enrollments/${e.id}/credit-checks`), 200)
      .body as { id: string }[];
    const enrollments = t.app.get(EnrollmentsService);
    const answer = {
      creditCheckId: pending!.id,
      outcome: 'passed' as const,
      reference: 'CS-991',
      scoreBand: 'moderate',
    };
    await enrollments.recordBureauOutcome(answer);
    // Delivered twice (a retried callback): the check is no longer pending, nothing changes.
    await enrollments.recordBureauOutcome({ ...answer, outcome: 'failed' });
    expect(expectStatus(await rita.get(`/api/enrollments/${e.id}`), 200).body.state).toBe(
      'credit_check_passed',
    );
    const [check] = expectStatus(await rita.get(`/api/enrollments/${e.id}/credit-checks`), 200)
      .body as Record<string, unknown>[];
    expect(check).toMatchObject({
      status: 'passed',
      reference: 'CS-991',
      scoreBand: 'moderate',
      recordedBy: 'Credit bureau (manual)',
      recordedByKind: 'system',
    });
    const [audit] = await auditOf(e.id, 'pass_credit_check');
    expect(audit).toEqual({
      actor_name: 'Credit bureau (manual)',
      changes: { reference: 'CS-991', scoreBand: 'moderate' },
    });
  });

  it('refuses bad evidence with 400 and shows the evidence to staff only', async () => {
    const e = await verifiedDirectBill('Wingtip AB');
    expectStatus(await rita.command(e.id, 'request-credit-check'), 200);
    expectStatus(await rita.command(e.id, 'pass-credit-check', { scoreBand: 'AAA' }), 400);
    expectStatus(
      await rita.command(e.id, 'pass-credit-check', { reference: 'r'.repeat(101) }),
      400,
    );
    expect(
      await query(`SELECT status FROM credit_checks WHERE enrollment_id = $1`, [e.id]),
    ).toEqual([{ status: 'pending' }]);
    const partnerView = await createPartner(t);
    const own = await createEnrollment(t, partnerView, { program: 'direct_bill' });
    expect(
      expectStatus(await ada.get(`/api/enrollments/${own.id}/credit-checks`), 403).body.code,
    ).toBe('partner.staff_only');
  });
});
