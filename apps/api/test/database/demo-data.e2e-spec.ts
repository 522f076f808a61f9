import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { personas, tenants } from '@hub/devstack';
import {
  parseProviderListing,
  regionNames,
  type ProviderListing,
  enrollmentTables,
  enrollmentPrograms,
  requiredVerificationChecks,
  type EnrollmentProgram,
} from '@hub/domain';
import { DataSource } from 'typeorm';
import request from 'supertest';
import { seedDemo } from '../../dev/demo-data.js';
import { ProviderSearchSync } from '../../src/modules/providers/provider-search-sync.js';
import { FieldEncryption } from '../../src/crypto/field-encryption.js';
import { dataSourceOptions } from '../../src/database/data-source.js';
import { verifyAuditChains } from '../../src/modules/audit/audit.service.js';
import { TEST_DATA_KEY } from '../support/constants.js';
import { asPersona, expectStatus } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase } from '../support/test-database.js';

type EnrollmentRow = {
  id: string;
  tenant_id: string;
  program: EnrollmentProgram;
  state: string;
  version: number;
  submitted_at: Date | null;
  decided_at: Date | null;
  support_plan: string | null;
  information_request: string | null;
  policy_id: string | null;
  country: string;
};

describe('demo data (npm start)', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: DataSource;
  let firstLoad: number;
  const options = { encryptionKey: TEST_DATA_KEY };
  beforeAll(async () => {
    database = await createTestDatabase();
    firstLoad = await seedDemo(database.url, options);
    db = await new DataSource(dataSourceOptions(database.url)).initialize();
  });
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  const enrollments = () =>
    db.query<EnrollmentRow[]>('SELECT * FROM enrollments ORDER BY created_at');

  it('loads once; a second start adds nothing and reports 0', async () => {
    const counts = async () =>
      (
        await db.query<{ n: string }[]>(
          `SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM partners)
              + (SELECT count(*) FROM revenue_records) + (SELECT count(*) FROM enrollments)
              + (SELECT count(*) FROM enrollment_checks) + (SELECT count(*) FROM credit_checks)
              + (SELECT count(*) FROM agreement_acceptances)
              + (SELECT count(*) FROM audit_events) + (SELECT count(*) FROM providers)
              + (SELECT count(*) FROM provider_listings) + (SELECT count(*) FROM fx_rates) AS n`,
        )
      )[0]!.n;
    expect(Number(await counts())).toBe(firstLoad);
    expect(await seedDemo(database.url, options)).toBe(0);
    expect(Number(await counts())).toBe(firstLoad);
    const users = await db.query<{ n: string }[]>('SELECT count(*) AS n FROM users');
    expect(Number(users[0]!.n)).toBe(personas.length);
  });

  it('has an enrollment in every state of both programs’ tables, in several markets', async () => {
    const rows = await enrollments();
    for (const program of enrollmentPrograms) {
      const states = new Set(rows.filter((r) => r.program === program).map((r) => r.state));
      expect([...states].sort()).toEqual([...enrollmentTables[program].states].sort());
    }
    const partners = await db.query<{ country: string }[]>('SELECT country FROM partners');
    expect(partners.length).toBeGreaterThanOrEqual(20);
    expect(new Set(partners.map((p) => p.country)).size).toBeGreaterThanOrEqual(12);
  });

  it('gives Contoso nothing, so Ada can enroll it; Fabrikam is Farid’s tenant', async () => {
    const contoso = await db.query<{ n: string }[]>(
      `SELECT (SELECT count(*) FROM partners WHERE tenant_id = $1)
            + (SELECT count(*) FROM enrollments WHERE tenant_id = $1) AS n`,
      [tenants.contoso.id],
    );
    expect(Number(contoso[0]!.n)).toBe(0);
    const fabrikam = await db.query<{ legal_name: string }[]>(
      'SELECT legal_name FROM partners WHERE tenant_id = $1',
      [tenants.fabrikam.id],
    );
    expect(fabrikam).toEqual([{ legal_name: 'Fabrikam, Inc.' }]);
  });

  it('fills the review queue with submitted and in-review applications of both programs', async () => {
    const rows = await enrollments();
    for (const program of enrollmentPrograms) {
      for (const state of ['submitted', 'in_review']) {
        expect(rows.some((r) => r.program === program && r.state === state)).toBe(true);
      }
    }
  });

  it('dates everything in the past, in order: the ages look real', async () => {
    const late = await db.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM audit_events a JOIN enrollments e ON e.id = a.enrollment_id
        WHERE a.at > now() OR a.at < e.created_at OR (e.submitted_at IS NOT NULL AND e.submitted_at > now())`,
    );
    expect(Number(late[0]!.n)).toBe(0);
    const unordered = await db.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM audit_events a JOIN audit_events b
          ON b.enrollment_id = a.enrollment_id AND b.seq = a.seq + 1 WHERE b.at < a.at`,
    );
    expect(Number(unordered[0]!.n)).toBe(0);
  });

  it('verifies every audit chain, one per enrollment and one per provider', async () => {
    const report = await verifyAuditChains(db);
    expect(report.broken).toBeUndefined();
    const providers = await db.query<{ n: string }[]>('SELECT count(*) AS n FROM providers');
    expect(report.chains).toBe((await enrollments()).length + Number(providers[0]!.n));
  });

  it('lists at least 150 providers in every CSP region, each facet with several values', async () => {
    const rows = await db.query<{ fields: ProviderListing; tenant_id: string }[]>(
      `SELECT l.fields, p.tenant_id FROM provider_listings l JOIN providers p ON p.id = l.provider_id
        WHERE l.slot = 'live' AND l.state = 'published'`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(150);
    for (const row of rows) {
      expect(parseProviderListing(row.fields).ok).toBe(true);
    }
    expect(new Set(rows.flatMap((r) => r.fields.regions))).toEqual(new Set(regionNames));
    for (const facet of ['services', 'productAreas', 'languages', 'countries'] as const) {
      expect(new Set(rows.flatMap((r) => r.fields[facet])).size).toBeGreaterThan(5);
    }
    expect(rows.filter((r) => r.tenant_id === tenants.northwind.id)).toHaveLength(1);
  });

  it('records trails that follow a legal path through the table to the state', async () => {
    const trail = await db.query<
      {
        enrollment_id: string;
        command: string;
        state_before: string | null;
        state_after: string;
        actor_kind: string;
      }[]
    >('SELECT * FROM audit_events ORDER BY enrollment_id, seq');
    for (const enrollment of await enrollments()) {
      const rows = trail.filter((row) => row.enrollment_id === enrollment.id);
      expect(rows[0]).toEqual(
        expect.objectContaining({ command: 'create', state_before: null, state_after: 'draft' }),
      );
      const table = enrollmentTables[enrollment.program];
      let state = 'draft';
      for (const row of rows.slice(1)) {
        expect(row.state_before).toBe(state);
        const transition = table.transitions.find(
          (t) => t.from === state && t.command === row.command,
        );
        if (transition) {
          expect(transition.to).toBe(row.state_after);
          expect(transition.actors).toContain(row.actor_kind);
        } else {
          // What is no transition: recording a check, the e-mail link, saving the draft, and the
          // reviewers' assignment of the case.
          expect(['record_check', 'confirm_email', 'update_draft', 'claim', 'assign']).toContain(
            row.command,
          );
          expect(row.state_after).toBe(state);
        }
        state = row.state_after;
      }
      expect(state).toBe(enrollment.state);
      // Every write moved the version on: one audit row each.
      expect(enrollment.version).toBe(rows.length);
    }
  });

  it('keeps each state’s data consistent', async () => {
    const checks = await db.query<{ enrollment_id: string; check: string; status: string }[]>(
      'SELECT * FROM enrollment_checks',
    );
    const acceptances = await db.query<
      {
        enrollment_id: string;
        kind: string;
        version: string;
        region: string;
        signatory_name: string;
      }[]
    >('SELECT * FROM agreement_acceptances');
    const pastVerification = [
      'verified',
      'credit_check_pending',
      'credit_check_passed',
      'support_plan_recorded',
      'agreement_accepted',
      'active',
      'transitioned_to_indirect',
    ];
    for (const e of await enrollments()) {
      expect(e.submitted_at === null).toBe(e.state === 'draft');
      expect(e.information_request !== null).toBe(e.state === 'info_requested');
      expect(e.decided_at !== null).toBe(
        pastVerification.includes(e.state) || ['rejected', 'withdrawn'].includes(e.state),
      );
      if (pastVerification.includes(e.state)) {
        const passed = checks.filter((c) => c.enrollment_id === e.id && c.status === 'passed');
        expect(passed.map((c) => c.check).sort()).toEqual(
          [...requiredVerificationChecks(e.program)].sort(),
        );
      }
      expect(e.support_plan !== null).toBe(
        e.program === 'direct_bill' &&
          [
            'support_plan_recorded',
            'agreement_accepted',
            'active',
            'transitioned_to_indirect',
          ].includes(e.state),
      );
      expect(e.policy_id !== null).toBe(e.program === 'direct_bill' && e.state !== 'draft');
      const accepted = acceptances.filter((a) => a.enrollment_id === e.id);
      if (['agreement_accepted', 'active', 'transitioned_to_indirect'].includes(e.state)) {
        expect(accepted).toEqual([
          expect.objectContaining({
            kind:
              e.program === 'direct_bill'
                ? 'microsoft_partner_agreement'
                : 'indirect_reseller_terms',
            version: '2019-09',
            signatory_name: expect.any(String),
          }),
        ]);
      } else {
        expect(accepted).toEqual([]);
      }
    }
    const revenue = await db.query<{ partner_id: string; currency: string }[]>(
      'SELECT partner_id, currency FROM revenue_records',
    );
    expect(new Set(revenue.map((r) => r.currency))).toEqual(new Set(['USD']));
    const directBillPartners = await db.query<{ partner_id: string }[]>(
      `SELECT DISTINCT partner_id FROM enrollments WHERE program = 'direct_bill'`,
    );
    for (const { partner_id } of directBillPartners) {
      expect(revenue.filter((r) => r.partner_id === partner_id).length).toBeGreaterThanOrEqual(12);
    }
  });

  it('stores bank details encrypted as the API does: only the last 4 in clear', async () => {
    const fields = new FieldEncryption(TEST_DATA_KEY);
    const partners = await db.query<
      {
        legal_name: string;
        bank_details_encrypted: string;
        bank_last4: string;
        bank_blind_index: string;
      }[]
    >('SELECT legal_name, bank_details_encrypted, bank_last4, bank_blind_index FROM partners');
    for (const partner of partners) {
      const bank = JSON.parse(fields.decrypt(partner.bank_details_encrypted)) as {
        iban?: string;
        accountNumber?: string;
      };
      const number = bank.iban ?? bank.accountNumber ?? '';
      expect(number.slice(-4)).toBe(partner.bank_last4);
      expect(partner.bank_details_encrypted).not.toContain(number);
      expect(partner.bank_blind_index).toBe(fields.blindIndex(number));
    }
    // One account is on two profiles: Wingtip Toys gave Tailspin Toys' (a demo duplicate).
    expect(new Set(partners.map((p) => p.bank_blind_index)).size).toBe(partners.length - 1);
  });
});

describe('demo data through the API: the console is alive on first start', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ DATA_ENCRYPTION_KEY: TEST_DATA_KEY, MEILI_INDEX_PREFIX: 'demo_' });
    await seedDemo(t.databaseUrl, { encryptionKey: TEST_DATA_KEY });
  });

  it('gives the distributor its provider, and makes the published listings searchable', async () => {
    const dana = asPersona(t, await t.tokenFor('distributor'));
    const mine = expectStatus(await dana.get('/api/providers/mine'), 200);
    expect(mine.body.live.fields.name).toBe('Northwind Distribution');
    expect(await t.app.get(ProviderSearchSync).reconcile()).toBeGreaterThanOrEqual(150);
    const found = expectStatus(
      await request(t.server)
        .post('/api/search/multi-search')
        .send({
          queries: [{ indexUid: 'providers', q: 'northwind', filter: 'countries = SE', limit: 5 }],
        }),
      200,
    );
    expect(found.body.results[0].hits[0].name).toBe('Northwind Distribution');
    const rita = asPersona(t, await t.tokenFor('reviewer'));
    const queue = expectStatus(
      await rita.get('/api/providers?filter={"state":["submitted"]}'),
      200,
    );
    expect(queue.body).toHaveLength(2);
  });
  afterAll(() => t.close());

  it('shows the reviewer every application, each case page and timeline answering', async () => {
    const rita = asPersona(t, await t.tokenFor('reviewer'));
    const list = expectStatus(await rita.get('/api/enrollments?range=[0,99]'), 200);
    const rows = list.body as { id: string; state: string }[];
    expect(rows.length).toBeGreaterThanOrEqual(22);
    for (const row of rows) {
      const one = expectStatus(await rita.get(`/api/enrollments/${row.id}`), 200);
      expect(one.body.state).toBe(row.state);
      expectStatus(await rita.get(`/api/enrollments/${row.id}/timeline`), 200);
    }
    const queue = expectStatus(
      await rita.get(`/api/enrollments?filter=${encodeURIComponent('{"state":"submitted"}')}`),
      200,
    );
    const first = (queue.body as { id: string; availableCommands: { command: string }[] }[])[0]!;
    expect(first.availableCommands.map((c) => c.command)).toContain('start-review');
  });

  it('flags two pairs of duplicate applicants, each both ways: a PartnerID and a bank account', async () => {
    const rita = asPersona(t, await t.tokenFor('reviewer'));
    const flagged = expectStatus(
      await rita.get(`/api/enrollments?filter=${encodeURIComponent('{"duplicate":true}')}`),
      200,
    );
    const rows = flagged.body as {
      id: string;
      legalName: string;
      duplicates: { legalName: string; signals: string[]; enrollments: { id: string }[] }[];
    }[];
    expect(rows.map((row) => row.legalName).sort()).toEqual([
      'Tailspin Toys GmbH',
      'Trey Research K.K.',
      'Wingtip Toys GmbH',
      'Woodgrove Bank Ltda.',
    ]);
    const pairs = [
      ['Trey Research K.K.', 'Woodgrove Bank Ltda.', 'partner_id'],
      ['Tailspin Toys GmbH', 'Wingtip Toys GmbH', 'bank_account'],
    ] as const;
    for (const [a, b, signal] of pairs) {
      for (const [name, otherName] of [
        [a, b],
        [b, a],
      ]) {
        const row = rows.find((r) => r.legalName === name)!;
        const other = rows.find((r) => r.legalName === otherName)!;
        expect(row.duplicates).toEqual([
          expect.objectContaining({
            legalName: otherName,
            signals: [signal],
            enrollments: [expect.objectContaining({ id: other.id })],
          }),
        ]);
      }
    }
  });

  it('lets Farid record Fabrikam’s support plan now that its credit check has passed', async () => {
    const farid = asPersona(t, await t.tokenFor('fabrikam-admin'));
    const list = expectStatus(await farid.get('/api/enrollments'), 200);
    const direct = (list.body as { id: string; program: string }[]).find(
      (e) => e.program === 'direct_bill',
    )!;
    const plan = expectStatus(
      await farid.command(direct.id, 'record-support-plan', { plan: 'asfp' }),
      200,
    );
    expect(plan.body.state).toBe('support_plan_recorded');
  });

  it('gives Ada no partner yet: she starts from an empty profile', async () => {
    const ada = asPersona(t, await t.tokenFor('contoso-admin'));
    const me = expectStatus(await ada.get('/api/me'), 200);
    expect(me.body.partnerId).toBeNull();
    expect(expectStatus(await ada.get('/api/enrollments'), 200).body).toEqual([]);
  });
});
