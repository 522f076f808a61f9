import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { tenants } from '@hub/devstack';
import { DataSource } from 'typeorm';
import { type EnrollmentEntity } from '../../src/modules/enrollments/enrollment.entity.js';
import { type PartnerEntity } from '../../src/modules/partners/partner.entity.js';
import { type ProviderEntity } from '../../src/modules/providers/provider.entity.js';
import {
  ALL_INDIRECT_CHECKS,
  asPersona,
  createEnrollment,
  createPartner,
  createPublishedProvider,
  expectStatus,
  type PersonaClient,
} from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// Issue 10 items 4 and 6 (DOMAIN.md §3): an active direct bill partner's global admin requests
// the transition to indirect reseller with a provider of its region; the request is an indirect
// reseller application reviewed like any other while the partner stays active direct bill; it
// becomes irreversible only once the indirect reseller terms are accepted, which records the
// provider as the reseller's and e-mails partner and provider. A rejected or withdrawn request
// leaves the direct bill enrollment as it was. Resellers record further providers themselves.
describe('the transition from direct bill to indirect reseller', () => {
  let t: TestApp;
  let farid: PersonaClient;
  let rita: PersonaClient;
  let dana: PersonaClient;
  let ada: PersonaClient;
  let fabrikam: PartnerEntity;
  let directBill: EnrollmentEntity;
  let usProvider: ProviderEntity;
  let europeProvider: ProviderEntity;
  let db: DataSource;

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await db.query<{ n: string }[]>(sql, params))[0]!.n);
  const snapshot = async () => ({
    enrollments: await count('SELECT count(*) n FROM enrollments'),
    audit: await count('SELECT count(*) n FROM audit_events'),
    emails: await count('SELECT count(*) n FROM outbound_emails'),
    relationships: await count('SELECT count(*) n FROM reseller_providers'),
    directBill: (
      await db.query<{ state: string }[]>('SELECT state FROM enrollments WHERE id = $1', [
        directBill.id,
      ])
    )[0]!.state,
  });
  const request = (providerId: string, headers: Record<string, string> = {}) =>
    farid.command(directBill.id, 'transition-to-indirect', { providerId }, headers);
  const signatory = {
    version: '2019-09',
    signatory: { name: 'Farid Haddad', title: 'CEO', email: 'farid@fabrikam.example' },
  };
  /** Review the transition's application as Rita: start, verify. */
  const review = async (id: string) => {
    expectStatus(await rita.command(id, 'start-review'), 200);
    return expectStatus(await rita.command(id, 'verify'), 200);
  };

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    farid = asPersona(t, await t.tokenFor('fabrikam-admin'));
    rita = asPersona(t, await t.tokenFor('reviewer'));
    dana = asPersona(t, await t.tokenFor('distributor'));
    ada = asPersona(t, await t.tokenFor('contoso-admin'));
    fabrikam = await createPartner(t, {
      tenantId: tenants.fabrikam.id,
      legalName: 'Fabrikam, Inc.',
      country: 'US',
      adminEmail: 'farid@fabrikam.example',
      address: {
        country: 'US',
        addressLine1: '1 Microsoft Way',
        city: 'Redmond',
        state: 'WA',
        postalCode: '98052',
      },
    });
    directBill = await createEnrollment(t, fabrikam, {
      program: 'direct_bill',
      state: 'active',
      passedChecks: ALL_INDIRECT_CHECKS,
    });
    // Northwind (Dana's) serves the United States here; another provider serves only Europe.
    usProvider = await createPublishedProvider(
      t,
      {},
      { name: 'Northwind Americas', regions: ['United States'], countries: ['US'] },
    );
    europeProvider = await createPublishedProvider(
      t,
      { tenantId: randomUUID() },
      { name: 'Nordic Cloud Distribution', contactEmail: 'partners@nordic.example' },
    );
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    directBill = (await db.getRepository('EnrollmentEntity').findOneByOrFail({
      id: directBill.id,
    })) as EnrollmentEntity;
  });

  it('refuses what cannot be a transition, and writes nothing', async () => {
    const before = await snapshot();
    const cases = [
      [await request(europeProvider.id), 409, 'enrollment.provider_not_in_region'],
      [await request(randomUUID()), 404, 'relationships.provider_not_found'],
      [await request('not-a-provider'), 404, 'relationships.provider_not_found'],
      [await request('   '), 400, 'enrollment.provider_required'],
      [
        await ada.command(directBill.id, 'transition-to-indirect', { providerId: usProvider.id }),
        404,
        'enrollment.not_found',
      ],
      [
        await rita.command(directBill.id, 'transition-to-indirect', { providerId: usProvider.id }),
        403,
        'enrollment.actor_not_allowed',
      ],
    ] as const;
    for (const [response, status, code] of cases) {
      expect([response.status, response.body.code]).toEqual([status, code]);
    }
    const wrongRegion = await request(europeProvider.id);
    expect(wrongRegion.body.message).toContain('same CSP region');
    expect(await snapshot()).toEqual(before);
  });

  it('a request opens an indirect reseller application for review; the partner stays active direct bill', async () => {
    const key = randomUUID();
    const response = expectStatus(await request(usProvider.id, { 'idempotency-key': key }), 200);
    expect(response.body).toMatchObject({
      id: directBill.id,
      state: 'active',
      program: 'direct_bill',
      transition: {
        directBillEnrollmentId: directBill.id,
        state: 'submitted',
        providerId: usProvider.id,
        providerName: 'Northwind Americas',
      },
    });
    const opened = expectStatus(
      await farid.get(`/api/enrollments/${response.body.transition.enrollmentId}`),
      200,
    );
    expect(opened.body).toMatchObject({
      program: 'indirect_reseller',
      origin: 'transition',
      state: 'submitted',
      country: 'US',
      transition: { directBillEnrollmentId: directBill.id, providerName: 'Northwind Americas' },
    });
    // The direct bill verification carried over: the reviewer does not check the same tenant twice.
    expect((opened.body.checks as { status: string }[]).every((c) => c.status === 'passed')).toBe(
      true,
    );
    const replay = expectStatus(await request(usProvider.id, { 'idempotency-key': key }), 200);
    expect(replay.body.transition.enrollmentId).toBe(response.body.transition.enrollmentId);
    const second = await request(usProvider.id);
    expect([second.status, second.body.code]).toEqual([409, 'enrollment.transition_already_open']);
    const timeline = expectStatus(
      await farid.get(`/api/enrollments/${directBill.id}/timeline`),
      200,
    );
    expect((timeline.body as object[]).at(-1)).toMatchObject({
      command: 'transition_to_indirect',
      to: 'active',
    });
    expect(
      await count(`SELECT count(*) n FROM outbound_emails WHERE template = 'transition_requested'`),
    ).toBe(1);
    // It is in the reviewers' queue like any application.
    const queue = expectStatus(
      await rita.get('/api/enrollments?filter={"state":["submitted"]}'),
      200,
    );
    expect((queue.body as { id: string }[]).map((row) => row.id)).toContain(
      response.body.transition.enrollmentId,
    );
  });

  it('withdrawn while under review, it leaves the partner exactly as it was', async () => {
    const current = expectStatus(await farid.get(`/api/enrollments/${directBill.id}`), 200);
    const id = current.body.transition.enrollmentId as string;
    expectStatus(await farid.command(id, 'withdraw', { reason: 'Not this quarter.' }), 200);
    const after = expectStatus(await farid.get(`/api/enrollments/${directBill.id}`), 200);
    expect(after.body).toMatchObject({ state: 'active', transition: { state: 'withdrawn' } });
    expect(await count('SELECT count(*) n FROM reseller_providers')).toBe(0);
  });

  it('rejected, likewise; then a new request goes through review, acceptance makes it irreversible', async () => {
    const rejected = expectStatus(await request(usProvider.id), 200);
    const rejectedId = rejected.body.transition.enrollmentId as string;
    expectStatus(await rita.command(rejectedId, 'start-review'), 200);
    expectStatus(
      await rita.command(rejectedId, 'reject', {
        reasonCode: 'other',
        reason: 'Provider not confirmed.',
      }),
      200,
    );
    expect((await farid.get(`/api/enrollments/${directBill.id}`)).body.state).toBe('active');

    const requested = expectStatus(await request(usProvider.id), 200);
    const id = requested.body.transition.enrollmentId as string;
    const verified = await review(id);
    expect(verified.body.state).toBe('verified');
    expect((await farid.get(`/api/enrollments/${directBill.id}`)).body.state).toBe('active');

    const accepted = expectStatus(await farid.command(id, 'accept-agreement', signatory), 200);
    expect(accepted.body.state).toBe('active');
    const direct = expectStatus(await farid.get(`/api/enrollments/${directBill.id}`), 200);
    expect(direct.body).toMatchObject({
      state: 'transitioned_to_indirect',
      transition: { enrollmentId: id, state: 'active' },
    });
    const timeline = expectStatus(
      await farid.get(`/api/enrollments/${directBill.id}/timeline`),
      200,
    );
    // The history keeps both phases (and the two requests that did not go through).
    expect(
      (timeline.body as { command: string; to: string }[])
        .map((e) => `${e.command}>${e.to}`)
        .filter((line) => line.includes('transition')),
    ).toEqual([
      'transition_to_indirect>active',
      'transition_to_indirect>active',
      'transition_to_indirect>active',
      'complete_transition>transitioned_to_indirect',
    ]);
    // Irreversible: every command on the direct bill enrollment is refused with the reason.
    const back = await request(usProvider.id);
    expect([back.status, back.body.code]).toEqual([409, 'enrollment.transition_irreversible']);

    // The provider is recorded as the reseller's; both are e-mailed.
    const mine = expectStatus(await farid.get('/api/reseller-providers'), 200);
    expect(mine.body).toEqual([
      expect.objectContaining({
        providerId: usProvider.id,
        providerName: 'Northwind Americas',
        resellerName: 'Fabrikam, Inc.',
        origin: 'transition',
        regions: ['United States'],
      }),
    ]);
    const resellers = expectStatus(await dana.get('/api/reseller-providers'), 200);
    expect((resellers.body as { resellerName: string }[]).map((r) => r.resellerName)).toEqual([
      'Fabrikam, Inc.',
    ]);
    const emails = await db.query<{ template: string; recipient: string }[]>(
      `SELECT template, recipient FROM outbound_emails
        WHERE template IN ('transitioned_to_indirect', 'reseller_linked') ORDER BY template`,
    );
    expect(emails).toEqual([
      { template: 'reseller_linked', recipient: 'partners@northwind.example' },
      { template: 'transitioned_to_indirect', recipient: 'farid@fabrikam.example' },
    ]);
  });

  it('a tenant that is an indirect reseller already has nothing to transition to', async () => {
    const contoso = await createPartner(t);
    const direct = await createEnrollment(t, contoso, { program: 'direct_bill', state: 'active' });
    await createEnrollment(t, contoso, { program: 'indirect_reseller', state: 'active' });
    const before = await count('SELECT count(*) n FROM enrollments');
    const response = await ada.command(direct.id, 'transition-to-indirect', {
      providerId: usProvider.id,
    });
    // Contoso is in Sweden: the provider's region is checked, and so is the tenant's enrollment.
    expect([response.status, response.body.code]).toEqual([
      409,
      'enrollment.provider_not_in_region',
    ]);
    const europe = await ada.command(direct.id, 'transition-to-indirect', {
      providerId: europeProvider.id,
    });
    expect([europe.status, europe.body.code]).toEqual([
      409,
      'enrollment.already_indirect_reseller',
    ]);
    expect(await count('SELECT count(*) n FROM enrollments')).toBe(before);
  });
});

describe('the providers an indirect reseller works with', () => {
  let t: TestApp;
  let ada: PersonaClient;
  let bo: PersonaClient;
  let rita: PersonaClient;
  let nordic: ProviderEntity;
  let usOnly: ProviderEntity;
  let contosoEnrollment: EnrollmentEntity;

  beforeAll(async () => {
    t = await createTestApp();
    ada = asPersona(t, await t.tokenFor('contoso-admin'));
    bo = asPersona(t, await t.tokenFor('contoso-user'));
    rita = asPersona(t, await t.tokenFor('reviewer'));
    const contoso = await createPartner(t);
    contosoEnrollment = await createEnrollment(t, contoso, { state: 'verified' });
    nordic = await createPublishedProvider(t);
    usOnly = await createPublishedProvider(
      t,
      { tenantId: randomUUID() },
      { name: 'US Only', regions: ['United States'], countries: ['US'] },
    );
  });
  afterAll(() => t.close());

  it('only an active indirect reseller’s global admin records one', async () => {
    const early = await ada.post('/api/reseller-providers', { providerId: nordic.id });
    expect([early.status, early.body.code]).toEqual([409, 'relationships.not_indirect_reseller']);
    await t.app
      .get(DataSource)
      .query(`UPDATE enrollments SET state = 'active' WHERE id = $1`, [contosoEnrollment.id]);
    const user = await bo.post('/api/reseller-providers', { providerId: nordic.id });
    expect([user.status, user.body.code]).toEqual([403, 'partner.global_admin_required']);
    const staff = await rita.post('/api/reseller-providers', { providerId: nordic.id });
    expect([staff.status, staff.body.code]).toEqual([403, 'partner.no_access']);
  });

  it('records a provider of its region once, and e-mails the provider', async () => {
    const key = randomUUID();
    const first = expectStatus(
      await ada.post(
        '/api/reseller-providers',
        { providerId: nordic.id },
        { 'idempotency-key': key },
      ),
      201,
    );
    expect(first.body).toMatchObject({
      providerName: 'Northwind Distribution',
      resellerName: 'Contoso AB',
      origin: 'reseller',
      regions: ['Europe'],
      recordedByName: 'Ada Lindqvist',
    });
    const replay = expectStatus(
      await ada.post(
        '/api/reseller-providers',
        { providerId: nordic.id },
        { 'idempotency-key': key },
      ),
      201,
    );
    expect(replay.body.id).toBe(first.body.id);
    const twice = await ada.post('/api/reseller-providers', { providerId: nordic.id });
    expect([twice.status, twice.body.code]).toEqual([409, 'relationships.already_linked']);
    const region = await ada
      .post('/api/reseller-providers', { providerId: usOnly.id })
      .set('accept-language', 'sv');
    expect([region.status, region.body.code]).toEqual([
      409,
      'relationships.provider_not_in_region',
    ]);
    expect(region.body.message).toContain('Europe');
    for (const providerId of [randomUUID(), 'x', '']) {
      const missing = await ada.post('/api/reseller-providers', { providerId });
      expect([missing.status, missing.body.code]).toEqual([
        404,
        'relationships.provider_not_found',
      ]);
    }
    const bad = await ada.post('/api/reseller-providers', { providerId: 42 });
    expect(bad.status).toBe(400);
    expect(expectStatus(await bo.get('/api/reseller-providers'), 200).body).toHaveLength(1);
    const [emails] = await t.app
      .get(DataSource)
      .query<{ n: string }[]>(
        `SELECT count(*) n FROM outbound_emails WHERE template = 'reseller_linked'`,
      );
    expect(Number(emails?.n)).toBe(1);
  });
});
