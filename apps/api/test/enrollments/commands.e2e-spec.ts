import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { tenants } from '@hub/devstack';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { FxRateEntity } from '../../src/modules/partners/fx-rate.entity.js';
import { RevenueRecordEntity } from '../../src/modules/partners/revenue-record.entity.js';
import {
  ALL_INDIRECT_CHECKS,
  asPersona,
  createEnrollment,
  createPartner,
  createRevenue,
  expectStatus,
  partnerBody,
  type PersonaClient,
} from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('enrollment commands', () => {
  let t: TestApp;
  let ada: PersonaClient;
  let bo: PersonaClient;
  let farid: PersonaClient;
  let rita: PersonaClient;
  let paul: PersonaClient;
  let dana: PersonaClient;
  beforeAll(async () => {
    t = await createTestApp();
    const as = async (persona: string) => asPersona(t, await t.tokenFor(persona));
    ada = await as('contoso-admin');
    bo = await as('contoso-user');
    farid = await as('fabrikam-admin');
    rita = await as('reviewer');
    paul = await as('program-admin');
    dana = await as('distributor');
  });
  afterAll(() => t.close());

  const db = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  const count = (sql: string, values: unknown[] = []) =>
    db(async (c) => Number((await c.query<{ n: string }>(sql, values)).rows[0]?.n));

  beforeEach(() =>
    db((c) =>
      c.query(`TRUNCATE enrollment_checks, credit_checks, enrollment_notes, agreement_acceptances, outbound_emails,
        idempotency_keys, revenue_records CASCADE;
        ALTER TABLE audit_events DISABLE TRIGGER USER; DELETE FROM audit_events;
        ALTER TABLE audit_events ENABLE TRIGGER USER; DELETE FROM enrollments; DELETE FROM partners;`),
    ),
  );

  describe('preconditions', () => {
    it('refuses a command without If-Match with 428 and changes nothing', async () => {
      const partner = await createPartner(t);
      const e = await createEnrollment(t, partner);
      const response = expectStatus(await ada.post(`/api/enrollments/${e.id}/submit`), 428);
      expect(response.body.code).toBe('http.precondition_required');
      expect((await ada.get(`/api/enrollments/${e.id}`)).body.state).toBe('draft');
    });

    it('refuses a stale If-Match with 412 naming the current version', async () => {
      const partner = await createPartner(t);
      const e = await createEnrollment(t, partner);
      const response = expectStatus(
        await ada.post(`/api/enrollments/${e.id}/submit`, {}, { 'if-match': '"7"' }),
        412,
      );
      expect(response.body).toEqual(
        expect.objectContaining({
          code: 'http.precondition_failed',
          details: { current: 1, expected: 7 },
        }),
      );
    });

    it('answers a command not allowed in the state with 409 naming state and command', async () => {
      const partner = await createPartner(t);
      const e = await createEnrollment(t, partner, { state: 'active' });
      const response = expectStatus(await ada.command(e.id, 'submit'), 409);
      expect(response.body).toEqual(
        expect.objectContaining({
          code: 'enrollment.illegal_transition',
          details: expect.objectContaining({ state: 'active', command: 'submit' }),
        }),
      );
      expect(response.body.message).toContain('active');
    });

    it('says it in Swedish when asked to', async () => {
      const partner = await createPartner(t);
      const e = await createEnrollment(t, partner, { state: 'active' });
      const response = expectStatus(
        await ada.command(e.id, 'submit', {}, { 'accept-language': 'sv-SE,sv;q=0.9,en;q=0.5' }),
        409,
      );
      expect(response.body.message).toMatch(/kan inte ta emot kommandot/);
    });
  });

  describe('who may do what', () => {
    it('refuses a partner user submitting (403, the domain names who may)', async () => {
      const partner = await createPartner(t);
      const e = await createEnrollment(t, partner);
      const response = expectStatus(await bo.command(e.id, 'submit'), 403);
      expect(response.body.code).toBe('enrollment.actor_not_allowed');
      expect(response.body.details.allowed).toEqual(['partner_global_admin']);
    });

    it('lets a partner user read only: no draft answers, no answer to a request (403)', async () => {
      const partner = await createPartner(t);
      const draft = await createEnrollment(t, partner, { program: 'direct_bill' });
      const saved = expectStatus(
        await bo.put(
          `/api/enrollments/${draft.id}`,
          { eligibility: { hasSigningAuthority: true } },
          { 'if-match': '"1"' },
        ),
        403,
      );
      expect(saved.body.code).toBe('enrollment.actor_not_allowed');
      const asked = await createEnrollment(t, partner, { state: 'info_requested' });
      expect(
        expectStatus(await bo.command(asked.id, 'answer-information', { message: 'Here.' }), 403)
          .body.code,
      ).toBe('enrollment.actor_not_allowed');
      expectStatus(await ada.command(asked.id, 'answer-information', { message: 'Here.' }), 200);
    });

    it('answers 404 for another tenant’s enrollment, never 403', async () => {
      const partner = await createPartner(t);
      const e = await createEnrollment(t, partner);
      expect(expectStatus(await farid.get(`/api/enrollments/${e.id}`), 404).body.code).toBe(
        'enrollment.not_found',
      );
      expectStatus(
        await farid.post(`/api/enrollments/${e.id}/submit`, {}, { 'if-match': '"1"' }),
        404,
      );
      expect((await farid.get('/api/enrollments')).body).toEqual([]);
    });

    it('shows distributors no enrollment', async () => {
      const partner = await createPartner(t);
      await createEnrollment(t, partner);
      expect(expectStatus(await dana.get('/api/enrollments'), 403).body.code).toBe(
        'partner.no_access',
      );
    });

    it('lets a reviewer record the credit check, and refuses the partner passing its own', async () => {
      const partner = await createPartner(t);
      const e = await createEnrollment(t, partner, {
        program: 'direct_bill',
        state: 'credit_check_pending',
      });
      expect(expectStatus(await ada.command(e.id, 'pass-credit-check'), 403).body.code).toBe(
        'enrollment.actor_not_allowed',
      );
      const passed = expectStatus(
        await rita.command(e.id, 'pass-credit-check', { note: 'D&B 82' }),
        200,
      );
      expect(passed.body.state).toBe('credit_check_passed');
      expect(
        await count(
          `SELECT count(*) n FROM outbound_emails WHERE template = 'credit_check_passed'`,
        ),
      ).toBe(1);
    });

    it('records a check once: the same check again changes nothing', async () => {
      const partner = await createPartner(t);
      const e = await createEnrollment(t, partner, { state: 'in_review' });
      const body = { check: 'business', status: 'passed' };
      const first = expectStatus(
        await rita.post(`/api/enrollments/${e.id}/checks`, body, { 'if-match': '"1"' }),
        200,
      );
      const again = expectStatus(
        await rita.post(`/api/enrollments/${e.id}/checks`, body, { 'if-match': '"2"' }),
        200,
      );
      expect(again.body.version).toBe(first.body.version);
      expect(
        await count(`SELECT count(*) n FROM audit_events WHERE enrollment_id = $1`, [e.id]),
      ).toBe(1);
    });

    it('lets only staff record checks and notes', async () => {
      const partner = await createPartner(t);
      const e = await createEnrollment(t, partner, { state: 'in_review' });
      expectStatus(
        await ada.post(
          `/api/enrollments/${e.id}/checks`,
          { check: 'business', status: 'passed' },
          { 'if-match': '"1"' },
        ),
        403,
      );
      expectStatus(await ada.post(`/api/enrollments/${e.id}/notes`, { body: 'x' }), 403);
      expectStatus(await paul.post(`/api/enrollments/${e.id}/notes`, { body: 'Looks fine.' }), 201);
      expect((await rita.get(`/api/enrollments/${e.id}/notes`)).body).toEqual([
        expect.objectContaining({ body: 'Looks fine.', author: 'Paul Admin' }),
      ]);
    });
  });

  describe('guards', () => {
    it('refuses to verify before the required checks passed (409, nothing written)', async () => {
      const partner = await createPartner(t);
      const e = await createEnrollment(t, partner, {
        state: 'in_review',
        passedChecks: ['business'],
      });
      const response = expectStatus(await rita.command(e.id, 'verify'), 409);
      expect(response.body.code).toBe('enrollment.verification_incomplete');
      expect(await count('SELECT count(*) n FROM audit_events')).toBe(0);
    });

    it('refuses a rejection without a reason (400) and a blank information request', async () => {
      const partner = await createPartner(t);
      const e = await createEnrollment(t, partner, { state: 'in_review' });
      expect(
        expectStatus(await rita.command(e.id, 'reject', { reasonCode: 'other', reason: '  ' }), 400)
          .body.code,
      ).toBe('enrollment.reason_required');
      expect(expectStatus(await rita.command(e.id, 'reject', {}), 400).body.code).toBe(
        'http.validation_failed',
      );
      expect(
        expectStatus(
          await rita.command(e.id, 'request-information', { reasonCode: 'other', message: '' }),
          400,
        ).body.code,
      ).toBe('enrollment.message_required');
      const noCode = expectStatus(
        await rita.command(e.id, 'request-information', { message: 'Send it.' }),
        400,
      );
      expect(noCode.body.code).toBe('http.validation_failed');
      expect(JSON.stringify(noCode.body.details)).toContain('reasonCode');
      expect(
        expectStatus(
          await rita.command(e.id, 'reject', { reasonCode: 'bank_details', reason: 'No.' }),
          400,
        ).body.code,
      ).toBe('http.validation_failed');
    });

    it('locks the support plan until the credit check passed, with the domain’s reason', async () => {
      const partner = await createPartner(t);
      const e = await createEnrollment(t, partner, { program: 'direct_bill', state: 'verified' });
      const before = expectStatus(await ada.get(`/api/enrollments/${e.id}`), 200);
      expect(before.body.lockedCommands).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            command: 'record-support-plan',
            code: 'enrollment.credit_check_not_passed',
          }),
        ]),
      );
      const refused = expectStatus(
        await ada.command(e.id, 'record-support-plan', { plan: 'asfp' }),
        409,
      );
      expect(refused.body.code).toBe('enrollment.credit_check_not_passed');
      await db((c) =>
        c.query(`UPDATE enrollments SET state = 'credit_check_passed' WHERE id = $1`, [e.id]),
      );
      const recorded = expectStatus(
        await ada.command(e.id, 'record-support-plan', { plan: 'asfp' }),
        200,
      );
      expect(recorded.body).toEqual(
        expect.objectContaining({ state: 'support_plan_recorded', supportPlan: 'asfp' }),
      );
    });

    it('refuses a direct bill submit with unmet revenue, naming the requirement', async () => {
      const partner = await createPartner(t);
      await createRevenue(t, partner, { months: 12, usdPerMonth: 1000 });
      const e = await createEnrollment(t, partner, {
        program: 'direct_bill',
        eligibilityAnswers: {
          hasSigningAuthority: true,
          providesFirstLevelSupport: true,
          hasBillingInfrastructure: true,
        },
      });
      const draft = expectStatus(await ada.get(`/api/enrollments/${e.id}`), 200);
      expect(draft.body.eligibility.verdict).toBe('not_eligible');
      expect(draft.body.eligibility.revenue).toEqual(
        expect.objectContaining({ totalUsd: '12000.00' }),
      );
      expect(draft.body.eligibility.requirements).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            requirement: 'revenue',
            status: 'not_met',
            code: 'eligibility.revenue_below_minimum',
          }),
        ]),
      );
      expect(draft.body.policy).toEqual(expect.objectContaining({ recorded: false }));
      const revenueRule = (
        draft.body.eligibility.requirements as { requirement: string; message: string }[]
      ).find((r) => r.requirement === 'revenue');
      expect(revenueRule?.message).toContain('USD 12,000.00');
      const refused = expectStatus(await ada.command(e.id, 'submit'), 409);
      expect(refused.body.code).toBe('enrollment.not_eligible');
      expect((await ada.get(`/api/enrollments/${e.id}`)).body.state).toBe('draft');
    });

    it('converts direct bill revenue in another currency at each month’s FX rate', async () => {
      const partner = await createPartner(t);
      const months = Array.from({ length: 12 }, (_, index) => {
        const now = new Date();
        return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1 - index, 1))
          .toISOString()
          .slice(0, 7);
      });
      const db = t.app.get(DataSource);
      await db.getRepository(RevenueRecordEntity).save(
        months.map((month) => ({
          partnerId: partner.id,
          month,
          amountMinor: '10000000', // SEK 100,000.00 a month
          currency: 'SEK',
          channel: 'indirect_reseller' as const,
          productKind: 'cloud' as const,
        })),
      );
      await db
        .getRepository(FxRateEntity)
        .save(
          months.map((month) => ({ month, currency: 'SEK', usdPerUnit: '0.095', source: 'test' })),
        );
      const e = await createEnrollment(t, partner, {
        program: 'direct_bill',
        eligibilityAnswers: { hasSigningAuthority: true, providesFirstLevelSupport: true },
      });
      const draft = expectStatus(await ada.get(`/api/enrollments/${e.id}`), 200);
      // 12 × SEK 100,000 at 0.095 USD: USD 114,000, as the revenue window beside it converts it.
      expect(draft.body.eligibility.revenue).toEqual(
        expect.objectContaining({ totalUsd: '114000.00' }),
      );
      expect(
        (draft.body.eligibility.requirements as { requirement: string; code: string }[]).find(
          (r) => r.requirement === 'revenue',
        )?.code,
      ).toBe('eligibility.revenue_below_minimum');
    });

    it('refuses accepting another program’s agreement or a superseded/unknown version, storing nothing', async () => {
      const partner = await createPartner(t);
      const e = await createEnrollment(t, partner, {
        state: 'verified',
        passedChecks: ALL_INDIRECT_CHECKS,
      });
      const signatory = { name: 'Ada Lindqvist', title: 'CEO', email: 'ada@contoso.com' };
      const unknown = expectStatus(
        await ada.command(e.id, 'accept-agreement', { version: '1999-01', signatory }),
        400,
      );
      expect(unknown.body.code).toBe('agreements.unknown_version');
      const gmail = expectStatus(
        await ada.command(e.id, 'accept-agreement', {
          version: '2019-09',
          signatory: { ...signatory, email: 'ada@gmail.com' },
        }),
        400,
      );
      expect(gmail.body.code).toBe('partner.email_consumer_domain');
      expect(
        expectStatus(
          await bo.command(e.id, 'accept-agreement', { version: '2019-09', signatory }),
          403,
        ).body.code,
      ).toBe('agreements.global_admin_required');
      expect(await count('SELECT count(*) n FROM agreement_acceptances')).toBe(0);
      const submitted = await createEnrollment(t, partner, {
        program: 'direct_bill',
        state: 'verified',
      });
      expect(
        expectStatus(
          await ada.command(submitted.id, 'accept-agreement', { version: '2019-09', signatory }),
          409,
        ).body.code,
      ).toBe('agreements.not_acceptable_in_state');
      expect(await count('SELECT count(*) n FROM agreement_acceptances')).toBe(0);
    });
  });

  describe('bad input', () => {
    it.each([['tenantId'], ['state'], ['version'], ['id']])(
      'refuses a partner profile with the read-only field %s (400 naming it)',
      async (field) => {
        const response = expectStatus(
          await ada.post('/api/partners', { ...partnerBody(), [field]: 'x' }),
          400,
        );
        expect(response.body.code).toBe('http.validation_failed');
        expect(response.body.details.fields).toEqual([`property ${field} should not exist`]);
        expect(await count('SELECT count(*) n FROM partners')).toBe(0);
      },
    );

    it.each([
      [{ partnerId: '12ab' }, 'partner.partner_id_not_numeric', 'partnerId'],
      [
        { bankDetails: { iban: 'SE45 5000 0000 0583 9825 7467', accountHolderName: 'C' } },
        'partner.iban_wrong_checksum',
        'bankDetails',
      ],
      [
        {
          address: {
            country: 'SE',
            addressLine1: 'Storgatan 1',
            city: 'Stockholm',
            postalCode: 'ABC',
          },
        },
        'partner.postal_code_invalid',
        'address',
      ],
      [{ adminEmail: 'ada@outlook.com' }, 'partner.email_consumer_domain', 'adminEmail'],
      [
        { address: { country: 'CU', addressLine1: 'Calle 1', city: 'Havana' } },
        'partner.country_not_in_market',
        'address.country',
      ],
    ])('refuses %j with 400 and the domain’s code', async (override, code, field) => {
      const response = expectStatus(await ada.post('/api/partners', partnerBody(override)), 400);
      expect(response.body).toEqual(
        expect.objectContaining({ code, details: expect.objectContaining({ field }) }),
      );
      expect(await count('SELECT count(*) n FROM partners')).toBe(0);
    });

    it('refuses a command body with unknown fields', async () => {
      const partner = await createPartner(t);
      const e = await createEnrollment(t, partner);
      const response = expectStatus(await ada.command(e.id, 'submit', { state: 'active' }), 400);
      expect(response.body.details.fields).toEqual(['property state should not exist']);
    });

    it('answers a malformed id with 404 and an unknown command with 404', async () => {
      expectStatus(await ada.get('/api/enrollments/not-a-uuid'), 404);
      expectStatus(
        await ada.post(
          '/api/enrollments/3f1c6a52-8b7e-4d3a-9c21-6e0f5a7b8c01/approve',
          {},
          { 'if-match': '"1"' },
        ),
        404,
      );
    });

    it('lets only the tenant’s global admin create the profile, once', async () => {
      expect(expectStatus(await bo.post('/api/partners', partnerBody()), 403).body.code).toBe(
        'partner.global_admin_required',
      );
      expectStatus(await ada.post('/api/partners', partnerBody()), 201);
      expect(expectStatus(await ada.post('/api/partners', partnerBody()), 409).body.code).toBe(
        'partner.already_exists',
      );
      const mine = expectStatus(await bo.get('/api/partners'), 200);
      expect(mine.body).toEqual([
        expect.objectContaining({ tenantId: tenants.contoso.id, canEdit: false }),
      ]);
    });
  });

  describe('the e-mail ownership link', () => {
    it('is e-mailed on submit and passes the e-mail ownership check when confirmed', async () => {
      const partner = await createPartner(t);
      const e = await createEnrollment(t, partner);
      expectStatus(await ada.command(e.id, 'submit'), 200);
      const body = await db(
        async (c) =>
          (
            await c.query<{ body: string }>(
              `SELECT body FROM outbound_emails WHERE template = 'submitted'`,
            )
          ).rows[0]?.body ?? '',
      );
      const link = /\/api\/email-verifications\/([\w-]+)/.exec(body);
      expect(link).not.toBeNull();
      const page = await ada.get(`/api/email-verifications/${link![1]}`).expect(200);
      expect(page.text).toContain('<form method="post"');
      await ada.post(`/api/email-verifications/${link![1]}`).expect(200);
      const after = expectStatus(await rita.get(`/api/enrollments/${e.id}`), 200);
      expect(after.body.checks[0]).toEqual(
        expect.objectContaining({
          check: 'email_ownership',
          status: 'passed',
          recordedBy: 'ada@contoso.com',
        }),
      );
      expect(after.body.emailConfirmedAt).not.toBeNull();
      expectStatus(await ada.post('/api/email-verifications/not-a-real-token-at-all'), 404);
    });
  });
});
