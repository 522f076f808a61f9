import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import {
  ALL_INDIRECT_CHECKS,
  asPersona,
  createEnrollment,
  createPartner,
  type PersonaClient,
} from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('concurrent writers', () => {
  let t: TestApp;
  let ada: PersonaClient;
  let rita: PersonaClient;
  let paul: PersonaClient;
  let client: pg.Client;
  beforeAll(async () => {
    t = await createTestApp();
    ada = asPersona(t, await t.tokenFor('contoso-admin'));
    rita = asPersona(t, await t.tokenFor('reviewer'));
    paul = asPersona(t, await t.tokenFor('program-admin'));
    client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await t.close();
  });

  const count = async (sql: string, values: unknown[]) =>
    Number((await client.query<{ n: string }>(sql, values)).rows[0]?.n);

  it('turns 50 concurrent submits with one Idempotency-Key into one submission, one audit row, one e-mail', async () => {
    const partner = await createPartner(t);
    const e = await createEnrollment(t, partner);
    const responses = await Promise.all(
      Array.from({ length: 50 }, () =>
        ada.post(
          `/api/enrollments/${e.id}/submit`,
          {},
          { 'if-match': '"1"', 'idempotency-key': 'submit-once' },
        ),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array.from({ length: 50 }, () => 200));
    for (const response of responses) {
      expect(response.body).toEqual(responses[0]?.body);
    }
    expect(responses.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(49);
    expect(responses[0]?.body).toEqual(expect.objectContaining({ state: 'submitted', version: 2 }));
    expect(
      await count(
        `SELECT count(*) n FROM audit_events WHERE enrollment_id = $1 AND command = 'submit'`,
        [e.id],
      ),
    ).toBe(1);
    expect(
      await count(`SELECT count(*) n FROM outbound_emails WHERE enrollment_id = $1`, [e.id]),
    ).toBe(1);
    expect(
      await count(
        `SELECT count(*) n FROM graphile_worker._private_jobs WHERE payload->>'id' IN (SELECT id::text FROM outbound_emails WHERE enrollment_id = $1)`,
        [e.id],
      ),
    ).toBe(1);
  });

  it('refuses the same Idempotency-Key with another body (422) and writes nothing', async () => {
    const partner = await createPartner(t, {
      tenantId: '9b2d4e71-5a6c-4f80-b3d2-1c7e8f9a0b02',
      legalName: 'Fabrikam',
    });
    const e = await createEnrollment(t, partner, {
      state: 'in_review',
      passedChecks: ALL_INDIRECT_CHECKS,
    });
    const first = await rita.post(
      `/api/enrollments/${e.id}/request-information`,
      { reasonCode: 'business_documents', message: 'Send the certificate.' },
      { 'if-match': '"1"', 'idempotency-key': 'k-1' },
    );
    expect(first.status).toBe(200);
    const other = await rita.post(
      `/api/enrollments/${e.id}/request-information`,
      { reasonCode: 'business_documents', message: 'Something else.' },
      { 'if-match': '"1"', 'idempotency-key': 'k-1' },
    );
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('http.idempotency_key_reused');
    expect(
      await count(`SELECT count(*) n FROM audit_events WHERE enrollment_id = $1`, [e.id]),
    ).toBe(1);
  });

  it('lets exactly one of two reviewers deciding at once with the same ETag win, 100 times over', async () => {
    const partner = await createPartner(t, {
      tenantId: 'c4e8a1f3-2d5b-4c6e-8f7a-9b0c1d2e3f03',
      legalName: 'Northwind Traders',
    });
    const outcomes: string[] = [];
    for (let round = 0; round < 100; round += 1) {
      const e = await createEnrollment(t, partner, {
        state: 'in_review',
        passedChecks: ALL_INDIRECT_CHECKS,
      });
      const [verify, reject] = await Promise.all([
        rita.post(`/api/enrollments/${e.id}/verify`, {}, { 'if-match': '"1"' }),
        paul.post(
          `/api/enrollments/${e.id}/reject`,
          { reasonCode: 'business_unverifiable', reason: 'Address does not match the register.' },
          { 'if-match': '"1"' },
        ),
      ]);
      const statuses = [verify.status, reject.status].sort();
      outcomes.push(statuses.join('+'));
      const state = (
        await client.query<{ state: string; version: number }>(
          'SELECT state, version FROM enrollments WHERE id = $1',
          [e.id],
        )
      ).rows[0];
      expect(state?.version).toBe(2);
      expect(state?.state).toBe(verify.status === 200 ? 'verified' : 'rejected');
      expect(
        await count('SELECT count(*) n FROM audit_events WHERE enrollment_id = $1', [e.id]),
      ).toBe(1);
    }
    expect(new Set(outcomes)).toEqual(new Set(['200+412']));
  }, 180_000);
});
