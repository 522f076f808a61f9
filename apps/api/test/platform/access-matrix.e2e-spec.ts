// Every operation of the OpenAPI document × every persona → the status it must answer. The
// routes are read from the document the API serves, so a new endpoint without a row here fails
// this test until someone decides who may call it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { tenants } from '@hub/devstack';
import request from 'supertest';
import { createEnrollment, createPartner, createProvider } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { RevenueRecordEntity } from '../../src/modules/partners/revenue-record.entity.js';
import { DataSource } from 'typeorm';

/** In this order: the destructive rows (DELETE) succeed for the last persona only. */
const personas = [
  'anonymous',
  'distributor',
  'fabrikam-admin',
  'contoso-user',
  'reviewer',
  'program-admin',
  'contoso-admin',
] as const;
type Persona = (typeof personas)[number];
type Expected = Readonly<Record<Persona, number>>;

const row = (
  anonymous: number,
  distributor: number,
  fabrikamAdmin: number,
  contosoUser: number,
  reviewer: number,
  programAdmin: number,
  contosoAdmin: number,
): Expected => ({
  anonymous,
  distributor,
  'fabrikam-admin': fabrikamAdmin,
  'contoso-user': contosoUser,
  reviewer,
  'program-admin': programAdmin,
  'contoso-admin': contosoAdmin,
});

const everyone = (status: number) => row(status, status, status, status, status, status, status);
/** Contoso's records: its own people and staff see them, Fabrikam gets 404, distributors 403. */
const contosoRecord = (status: number) => row(401, 403, 404, status, status, status, status);
/** A command with a stale If-Match: whoever may see the enrollment gets 412, nothing is written. */
const staleCommand = contosoRecord(412);
/** Reviewers' and program admins' alone (provider moderation). */
const staffOnly = (status: number) => row(401, 403, 403, 403, status, status, 403);
/** The distributor's own provider. */
const distributorOnly = (status: number) => row(401, status, 403, 403, 403, 403, 403);

type Case = {
  readonly expected: Expected;
  /** An object is sent as JSON; a string as it is (with its content type in `headers`). */
  readonly body?: object | string;
  readonly headers?: Record<string, string>;
  /** A query string to add to the path, e.g. `?name=a.pdf`. */
  readonly query?: string;
};

const stale = { 'if-match': '"999"' };
const csv = { 'content-type': 'text/csv' };
/** Imports replace a month, so each persona that may import succeeds again. */
const revenueCsv = 'month,amount,currency,product_type\n2025-01,1000.00,USD,cloud\n';
const ratesCsv = 'month,currency,usd_per_unit\n2025-01,SEK,0.095\n';
const signatory = { name: 'Ada Lindqvist', title: 'CEO', email: 'ada@contoso.com' };

function cases(ids: {
  partner: string;
  enrollment: string;
  revenue: string;
  provider: string;
}): Record<string, Case> {
  const profile = {
    legalName: 'Contoso AB',
    partnerId: '1234567',
    address: {
      country: 'SE',
      addressLine1: 'Storgatan 1',
      city: 'Stockholm',
      postalCode: '111 22',
    },
    bankDetails: { iban: 'SE4550000000058398257466', accountHolderName: 'Contoso AB' },
    adminEmail: 'ada@contoso.com',
    preferredLanguage: 'en',
  };
  return {
    'GET /api/config': { expected: everyone(200) },
    'GET /api/me': { expected: row(401, 200, 200, 200, 200, 200, 200) },
    'GET /api/health': { expected: everyone(200) },
    'GET /api/health/live': { expected: everyone(200) },
    'GET /api/health/ready': { expected: everyone(200) },
    'GET /api/markets': { expected: everyone(200) },
    'GET /api/markets/{country}': { expected: everyone(200) },
    'GET /api/regions': { expected: everyone(200) },
    'GET /api/regions/{name}': { expected: everyone(200) },
    'GET /api/partners': { expected: row(401, 403, 200, 200, 200, 200, 200) },
    // Both tenants have their profile already: one per tenant.
    'POST /api/partners': { expected: row(401, 403, 409, 403, 403, 403, 409), body: profile },
    'GET /api/partners/{id}': { expected: contosoRecord(200) },
    'PUT /api/partners/{id}': {
      expected: row(401, 403, 404, 403, 403, 403, 412),
      body: profile,
      headers: stale,
    },
    'GET /api/revenue-records': { expected: row(401, 403, 200, 200, 200, 200, 200) },
    'POST /api/revenue-records': {
      expected: row(401, 403, 404, 403, 403, 403, 201),
      body: {
        partnerId: ids.partner,
        month: '2026-01',
        amount: '100.00',
        currency: 'USD',
        channel: 'indirect_reseller',
        productKind: 'cloud',
      },
    },
    'DELETE /api/revenue-records/{id}': { expected: row(401, 403, 404, 403, 403, 403, 200) },
    // The partner's global admin, or staff on its behalf; other tenants see nothing.
    'POST /api/partners/{partnerId}/revenue-imports/preview': {
      expected: row(401, 403, 404, 403, 200, 200, 200),
      body: revenueCsv,
      headers: csv,
    },
    'POST /api/partners/{partnerId}/revenue-imports': {
      expected: row(401, 403, 404, 403, 201, 201, 201),
      body: revenueCsv,
      headers: csv,
    },
    'GET /api/partners/{partnerId}/revenue-window': { expected: contosoRecord(200) },
    'GET /api/enrollments/{enrollmentId}/revenue-window': { expected: contosoRecord(200) },
    // FX rates are program data: everyone signed in reads them, program admins import them.
    'GET /api/program-settings': { expected: staffOnly(200) },
    'PUT /api/program-settings': {
      expected: row(401, 403, 403, 403, 403, 412, 403),
      body: {},
      headers: stale,
    },
    // Agreement versions: everyone signed in reads them, program admins publish (one far in the
    // future, which changes nothing current), staff see who accepted; accepting needs a global
    // admin of an active partner (both tenants' enrollments are drafts here).
    'GET /api/agreement-versions': { expected: row(401, 200, 200, 200, 200, 200, 200) },
    'POST /api/agreement-versions': {
      expected: row(401, 403, 403, 403, 403, 201, 403),
      body: {
        kind: 'indirect_reseller_terms',
        version: 'access-matrix',
        publishedOn: '2099-01-01',
        texts: {
          en: { title: 'Terms', body: 'Terms.' },
          sv: { title: 'Villkor', body: 'Villkor.' },
        },
      },
    },
    'GET /api/agreement-versions/{id}': { expected: row(401, 200, 200, 200, 200, 200, 200) },
    'GET /api/agreement-versions/{id}/partners': { expected: staffOnly(200) },
    'POST /api/agreement-versions/{id}/acceptances': {
      expected: row(401, 403, 409, 403, 403, 403, 409),
      body: { signatory },
    },
    // The CSP-to-CSP restriction: a partner's own users read, its global admin marks and
    // registers; both tenants' enrollments are drafts here, so nothing is written.
    'GET /api/csp-transaction-tenants': { expected: row(401, 403, 200, 200, 403, 403, 200) },
    'POST /api/csp-transaction-tenants': {
      expected: row(401, 403, 409, 403, 403, 403, 409),
      body: { region: 'Europe', tenantId: '0b6e1d3a-5f7c-4e2a-9d8b-1c2e3f4a5b6c' },
    },
    'GET /api/customers': { expected: row(401, 403, 200, 200, 403, 403, 200) },
    'POST /api/customers': {
      expected: row(401, 403, 409, 403, 403, 403, 409),
      body: { tenantId: '0b6e1d3a-5f7c-4e2a-9d8b-1c2e3f4a5b6c', name: 'Litware', country: 'SE' },
    },
    // Reseller ↔ provider relationships: a reseller's users, the distributor and staff read their
    // own; an active indirect reseller's global admin records (both are drafts here: 409).
    'GET /api/reseller-providers': { expected: row(401, 200, 200, 200, 200, 200, 200) },
    'POST /api/reseller-providers': {
      expected: row(401, 403, 409, 403, 403, 403, 409),
      body: { providerId: '0b6e1d3a-5f7c-4e2a-9d8b-1c2e3f4a5b6c' },
    },
    // Locations: partners their own, staff all; the checklist is the partner's form; adding one
    // needs the global admin of an active partner (both tenants' enrollments are drafts here).
    'GET /api/locations': { expected: row(401, 403, 200, 200, 200, 200, 200) },
    'GET /api/locations/{id}': { expected: row(401, 403, 404, 404, 404, 404, 404) },
    'POST /api/locations/checklist': {
      expected: row(401, 403, 200, 200, 403, 403, 200),
      body: { country: 'SE' },
    },
    'POST /api/locations': {
      expected: row(401, 403, 409, 403, 403, 403, 409),
      body: { country: 'SE' },
    },
    'GET /api/fx-rates': { expected: row(401, 200, 200, 200, 200, 200, 200) },
    'POST /api/fx-rates/imports/preview': {
      expected: row(401, 403, 403, 403, 403, 200, 403),
      body: ratesCsv,
      headers: csv,
    },
    'POST /api/fx-rates/imports': {
      expected: row(401, 403, 403, 403, 403, 201, 403),
      body: ratesCsv,
      headers: csv,
    },
    'GET /api/enrollments': { expected: row(401, 403, 200, 200, 200, 200, 200) },
    // Both tenants have an open draft of this program already.
    'POST /api/enrollments': {
      expected: row(401, 403, 409, 403, 403, 403, 409),
      body: { program: 'indirect_reseller' },
    },
    'GET /api/enrollments/{id}': { expected: contosoRecord(200) },
    'PUT /api/enrollments/{id}': {
      expected: staleCommand,
      body: { eligibility: {} },
      headers: stale,
    },
    'GET /api/enrollments/{id}/timeline': { expected: contosoRecord(200) },
    'GET /api/enrollments/{id}/notes': { expected: row(401, 403, 403, 403, 200, 200, 403) },
    // Without ?command=&reason= the route names what is missing (400) once the caller is staff.
    'GET /api/enrollments/{id}/message-templates': { expected: staffOnly(400) },
    'GET /api/enrollments/{id}/credit-checks': { expected: staffOnly(200) },
    'POST /api/enrollments/{id}/notes': {
      expected: row(401, 403, 403, 403, 201, 201, 403),
      body: { body: 'A note.' },
    },
    'POST /api/enrollments/{id}/checks': {
      expected: row(401, 403, 403, 403, 412, 412, 403),
      body: { check: 'business', status: 'passed' },
      headers: stale,
    },
    'POST /api/enrollments/{id}/submit': { expected: staleCommand, headers: stale },
    // Files: the partner's global admin answers with them only while information is requested
    // (this draft: 409); staff add evidence, not answers (403). Checked before the bytes are.
    'POST /api/enrollments/{id}/attachments': {
      expected: row(401, 403, 404, 403, 403, 403, 409),
      query: '?name=extract.pdf&purpose=answer',
      body: '%PDF-1.4 not much of a file',
      headers: { 'content-type': 'application/pdf' },
    },
    'GET /api/enrollments/{id}/attachments': { expected: contosoRecord(200) },
    'GET /api/enrollments/{id}/attachments/{attachmentId}/content': {
      expected: row(401, 403, 404, 404, 404, 404, 404),
    },
    'GET /api/staff': { expected: row(401, 403, 403, 403, 200, 200, 403) },
    'GET /api/enrollments/export': { expected: row(401, 403, 200, 200, 200, 200, 200) },
    // The dashboard's figures span every tenant: staff only, partners and distributors 403.
    'GET /api/enrollment-stats': { expected: staffOnly(200) },
    'GET /api/enrollments/tab-counts': { expected: row(401, 403, 200, 200, 200, 200, 200) },
    // Staff only; a row the caller cannot see comes back as that row's 404, not the batch's.
    'POST /api/enrollments/bulk': {
      expected: row(401, 403, 403, 403, 200, 200, 403),
      body: {
        action: 'claim',
        items: [{ id: '00000000-0000-4000-8000-000000000000', version: 1 }],
      },
    },
    'POST /api/enrollments/{id}/claim': { expected: staleCommand, headers: stale },
    'POST /api/enrollments/{id}/assign': {
      expected: staleCommand,
      body: { assigneeUserId: '00000000-0000-4000-8000-000000000000' },
      headers: stale,
    },
    'POST /api/enrollments/{id}/unassign': { expected: staleCommand, headers: stale },
    'POST /api/enrollments/{id}/start-review': { expected: staleCommand, headers: stale },
    'POST /api/enrollments/{id}/request-information': {
      expected: staleCommand,
      body: { reasonCode: 'business_documents', message: 'm' },
      headers: stale,
    },
    'POST /api/enrollments/{id}/answer-information': {
      expected: staleCommand,
      body: { message: 'm' },
      headers: stale,
    },
    'POST /api/enrollments/{id}/verify': { expected: staleCommand, headers: stale },
    'POST /api/enrollments/{id}/reject': {
      expected: staleCommand,
      body: { reasonCode: 'other', reason: 'r' },
      headers: stale,
    },
    'POST /api/enrollments/{id}/withdraw': { expected: staleCommand, headers: stale },
    'POST /api/enrollments/{id}/request-credit-check': { expected: staleCommand, headers: stale },
    'POST /api/enrollments/{id}/pass-credit-check': { expected: staleCommand, headers: stale },
    'POST /api/enrollments/{id}/fail-credit-check': { expected: staleCommand, headers: stale },
    'POST /api/enrollments/{id}/record-support-plan': {
      expected: staleCommand,
      body: { plan: 'asfp' },
      headers: stale,
    },
    'POST /api/enrollments/{id}/accept-agreement': {
      expected: staleCommand,
      body: { version: '2019-09', signatory },
      headers: stale,
    },
    'POST /api/enrollments/{id}/activate': { expected: staleCommand, headers: stale },
    'POST /api/enrollments/{id}/transition-to-indirect': {
      expected: staleCommand,
      body: { providerId: '0b6e1d3a-5f7c-4e2a-9d8b-1c2e3f4a5b6c' },
      headers: stale,
    },
    // Providers: the distributor its own ('mine'), reviewers and program admins every one.
    'GET /api/providers': { expected: staffOnly(200) },
    'GET /api/providers/mine': { expected: distributorOnly(200) },
    'GET /api/leads': { expected: distributorOnly(200) },
    'GET /api/search-misses': { expected: staffOnly(200) },
    // The reviewer queues a rebuild (no worker runs here), so the program admin finds one open.
    'POST /api/search-index/rebuilds': { expected: row(401, 403, 403, 403, 202, 409, 403) },
    'GET /api/search-index/rebuilds/{id}': { expected: row(401, 403, 403, 403, 404, 404, 403) },
    'POST /api/search-index/consistency-check': { expected: staffOnly(200), body: {} },
    // Public: the test's provider has no published listing, so every caller gets 404.
    'POST /api/directory/providers/{id}/leads': {
      expected: everyone(404),
      body: {
        name: 'Kim Akers',
        email: 'kim@wideworldimporters.example',
        company: 'Wide World Importers',
        country: 'SE',
        message: 'Do you train new resellers?',
        website: '',
        elapsedMs: 15000,
      },
    },
    'PUT /api/providers/mine/draft': { expected: distributorOnly(412), body: {}, headers: stale },
    'POST /api/providers/mine/submit': { expected: distributorOnly(412), headers: stale },
    'POST /api/providers/mine/withdraw': { expected: distributorOnly(412), headers: stale },
    'POST /api/providers/mine/confirm-freshness': {
      expected: distributorOnly(412),
      headers: stale,
    },
    'POST /api/providers/mine/preview-search': { expected: distributorOnly(422), body: {} },
    // Logos: the upload sniffs the bytes (text is no image: 415); no logo of this id exists.
    'POST /api/providers/mine/logos': {
      expected: distributorOnly(415),
      body: 'not an image',
      headers: { 'content-type': 'image/png' },
    },
    'GET /api/providers/mine/logos/{logoId}': { expected: distributorOnly(404) },
    'GET /api/providers/{id}/logos/{logoId}': { expected: staffOnly(404) },
    'GET /api/directory/providers/{id}/logo': { expected: everyone(404) },
    'GET /api/providers/{id}': { expected: staffOnly(200) },
    'GET /api/providers/{id}/timeline': { expected: staffOnly(200) },
    'POST /api/providers/{id}/approve': { expected: staffOnly(412), headers: stale },
    'POST /api/providers/{id}/reject': {
      expected: staffOnly(412),
      body: { reason: 'r' },
      headers: stale,
    },
    'POST /api/providers/{id}/suspend': {
      expected: staffOnly(412),
      body: { reason: 'r' },
      headers: stale,
    },
    'POST /api/providers/{id}/reinstate': { expected: staffOnly(412), headers: stale },
    'POST /api/providers/{id}/authorized': {
      expected: staffOnly(412),
      body: { authorized: true },
      headers: stale,
    },
    // The directory's search: public.
    'POST /api/search/multi-search': {
      expected: everyone(200),
      body: { queries: [{ indexUid: 'providers', q: 'northwind' }] },
    },
    'POST /api/search/indexes/{indexUid}/facet-search': {
      expected: everyone(200),
      body: { facetName: 'countries', facetQuery: 'swe' },
    },
    'GET /api/email-verifications/{token}': { expected: everyone(200) },
    'POST /api/email-verifications/{token}': { expected: everyone(404) },
  } satisfies Record<string, Case>;
}

describe('access: every operation × every persona', () => {
  let t: TestApp;
  let operations: { method: string; path: string }[];
  let table: Record<string, Case>;
  let params: Record<string, string>;
  const tokens = new Map<Persona, string>();

  beforeAll(async () => {
    t = await createTestApp();
    const contoso = await createPartner(t);
    const fabrikam = await createPartner(t, {
      tenantId: tenants.fabrikam.id,
      legalName: 'Fabrikam, Inc.',
    });
    const enrollment = await createEnrollment(t, contoso);
    await createEnrollment(t, fabrikam);
    const revenue = await t.app.get(DataSource).getRepository(RevenueRecordEntity).save({
      partnerId: contoso.id,
      month: '2026-02',
      amountMinor: '100',
      currency: 'USD',
      channel: 'indirect_reseller',
      productKind: 'cloud',
    });
    const provider = await createProvider(t);
    table = cases({
      partner: contoso.id,
      enrollment: enrollment.id,
      revenue: revenue.id,
      provider: provider.id,
    });
    params = {
      id: '',
      country: 'SE',
      name: 'Europe',
      token: 'not-a-token-of-ours-at-all',
      indexUid: 'providers',
      logoId: 'a'.repeat(64),
    };
    params['enrollmentId'] = enrollment.id;
    params['attachmentId'] = '00000000-0000-4000-8000-000000000000';
    params['partnerId'] = contoso.id;
    params['revenueId'] = revenue.id;
    params['providerId'] = provider.id;
    const [terms] = await t.app
      .get(DataSource)
      .query<{ id: string }[]>(
        `SELECT id FROM agreement_versions WHERE kind = 'indirect_reseller_terms' AND version = '2019-09'`,
      );
    params['agreementVersionId'] = terms!.id;
    for (const persona of personas) {
      if (persona !== 'anonymous') {
        tokens.set(persona, await t.tokenFor(persona));
      }
    }
    const document = await request(t.server).get('/api/docs-json').expect(200);
    operations = Object.entries(
      document.body.paths as Record<string, Record<string, unknown>>,
    ).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })),
    );
  });
  afterAll(() => t.close());

  const concrete = (path: string): string => {
    const id = path.startsWith('/api/agreement-versions')
      ? params['agreementVersionId']
      : path.startsWith('/api/enrollments')
        ? params['enrollmentId']
        : path.startsWith('/api/partners')
          ? params['partnerId']
          : path.startsWith('/api/providers') || path.startsWith('/api/directory/providers')
            ? params['providerId']
            : params['revenueId'];
    return path.replace(/\{(\w+)\}/g, (_whole, name: string) =>
      name === 'id' ? id! : params[name]!,
    );
  };

  it('has a row for every operation the API documents, and no row for one it does not', () => {
    const documented = operations.map((o) => `${o.method} ${o.path}`).sort();
    expect(Object.keys(table).sort()).toEqual(documented);
  });

  it("never shows a partner another tenant's record, in any GET (lists included)", async () => {
    const contosoIds = [params['partnerId']!, params['enrollmentId']!, params['revenueId']!];
    const leaks: string[] = [];
    let reads = 0;
    for (const { path } of operations.filter((o) => o.method === 'GET')) {
      for (const persona of ['fabrikam-admin', 'distributor'] as const) {
        const response = await request(t.server)
          .get(concrete(path))
          .set('authorization', `Bearer ${tokens.get(persona)!}`);
        reads += 1;
        const text = JSON.stringify(response.body) + response.text;
        // (a 404 may name the id the caller sent: that is no leak)
        for (const id of [...contosoIds, tenants.contoso.id]) {
          if (text.includes(id) && !concrete(path).includes(id)) {
            leaks.push(`${path} as ${persona} (${response.status}) shows ${id}`);
          }
        }
      }
    }
    console.log(`tenant isolation: ${reads} reads by other tenants, ${leaks.length} leaks`);
    expect(leaks).toEqual([]);
  }, 180_000);

  it('answers each persona with the status its row decides', async () => {
    const mismatches: string[] = [];
    for (const { method, path } of operations) {
      const entry = table[`${method} ${path}`];
      if (!entry) {
        continue; // reported by the test above
      }
      for (const persona of personas) {
        let call = request(t.server)[method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'](
          concrete(path) + (entry.query ?? ''),
        );
        const token = tokens.get(persona);
        if (token) {
          call = call.set('authorization', `Bearer ${token}`);
        }
        if (entry.headers) {
          call = call.set(entry.headers);
        }
        const response = await (entry.body ? call.send(entry.body) : call);
        if (response.status !== entry.expected[persona]) {
          mismatches.push(
            `${method} ${path} as ${persona}: ${response.status} (expected ${entry.expected[persona]}) ${JSON.stringify(response.body).slice(0, 160)}`,
          );
        }
        expect(response.status).toBeLessThan(500);
      }
    }
    expect(mismatches).toEqual([]);
  }, 180_000);
});
