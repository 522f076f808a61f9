import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { tenants } from '@hub/devstack';
import { DataSource } from 'typeorm';
import { EnrollmentCheckEntity } from '../../src/modules/enrollments/enrollment-check.entity.js';
import { type PartnerEntity } from '../../src/modules/partners/partner.entity.js';
import {
  ALL_INDIRECT_CHECKS,
  asPersona,
  createEnrollment,
  createPartner,
  expectStatus,
  type PersonaClient,
} from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// Issue 10 item 2: an active partner adds a location in another country (a new CSP account
// there); the domain's checklist, its refusals (a country that is no CSP market or is covered
// already, a currency that is not the market's, a tenant or PartnerID linked already), its review
// as an enrollment through the same commands and audit chain, and the partner's regions as the
// union of its verified locations'. Real PostgreSQL throughout.
describe('locations', () => {
  let t: TestApp;
  let db: DataSource;
  let ada: PersonaClient;
  let farid: PersonaClient;
  let rita: PersonaClient;
  let fabrikam: PartnerEntity;
  const swedishTenant = randomUUID();

  const swedish = (overrides: Record<string, unknown> = {}) => ({
    legalName: 'Fabrikam Sverige AB',
    country: 'SE',
    partnerId: '7654321',
    tenantId: swedishTenant,
    taxId: 'SE556677889901',
    address: { addressLine1: 'Drottninggatan 1', city: 'Stockholm', postalCode: '111 51' },
    bankDetails: { iban: 'SE4550000000058398257466', accountHolderName: 'Fabrikam Sverige AB' },
    partnerIdActive: true,
    partnerIdInPartnerCenter: true,
    ...overrides,
  });

  const count = async (sql: string, params: unknown[] = []): Promise<number> => {
    const [row] = await db.query<{ n: string }[]>(sql, params);
    return Number(row?.n);
  };
  const written = async () => ({
    locations: await count('SELECT count(*) n FROM partner_locations'),
    enrollments: await count('SELECT count(*) n FROM enrollments'),
    audit: await count('SELECT count(*) n FROM audit_events'),
    keys: await count('SELECT count(*) n FROM idempotency_keys'),
  });

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    ada = asPersona(t, await t.tokenFor('contoso-admin'));
    farid = asPersona(t, await t.tokenFor('fabrikam-admin'));
    rita = asPersona(t, await t.tokenFor('reviewer'));
    const contoso = await createPartner(t);
    await createEnrollment(t, contoso, { state: 'submitted' });
    fabrikam = await createPartner(t, {
      tenantId: tenants.fabrikam.id,
      legalName: 'Fabrikam, Inc.',
      partnerId: '3456789',
      country: 'US',
      address: {
        country: 'US',
        addressLine1: '1 Microsoft Way',
        city: 'Redmond',
        state: 'WA',
        postalCode: '98052',
      },
    });
    await createEnrollment(t, fabrikam, { state: 'active' });
  });
  afterAll(() => t.close());

  it('only an active partner adds a location; nothing is written otherwise', async () => {
    const before = await written();
    const refused = await ada.post('/api/locations', swedish({ country: 'NO' }), {
      'idempotency-key': randomUUID(),
    });
    expect([refused.status, refused.body.code]).toEqual([409, 'location.partner_not_active']);
    expect(await written()).toEqual(before);
  });

  it('the checklist judges a half-filled form and writes nothing', async () => {
    const before = await written();
    const partial = expectStatus(
      await farid.post('/api/locations/checklist', { country: 'SE' }, { 'accept-language': 'sv' }),
      200,
    );
    expect(partial.body).toMatchObject({ ready: false, region: 'Europe', currency: 'SEK' });
    const items = partial.body.items as { requirement: string; status: string; message: string }[];
    expect(items.map((i) => i.requirement)).toEqual([
      'legal_entity',
      'country_in_market',
      'country_not_covered',
      'location_partner_id',
      'partner_id_same_country',
      'partner_id_active',
      'partner_id_in_partner_center',
      'registration_id',
      'csp_tenant',
      'tax_id',
      'address',
      'bank_details',
    ]);
    expect(items[1]).toMatchObject({
      status: 'met',
      message: 'SE är en CSP-marknad i regionen Europe.',
    });
    expect(items[9]?.status).toBe('not_met');
    const full = expectStatus(await farid.post('/api/locations/checklist', swedish()), 200);
    const fullItems = full.body.items as { status: string }[];
    expect(fullItems.filter((i) => i.status !== 'met')).toEqual([]);
    expect(full.body.ready).toBe(true);
    // Fabrikam's own country is covered by its account; its global PartnerID is not a location's.
    const own = expectStatus(
      await farid.post(
        '/api/locations/checklist',
        swedish({ country: 'US', partnerId: '3456789' }),
      ),
      200,
    );
    const codes = Object.fromEntries(
      (own.body.items as { requirement: string; code: string }[]).map((i) => [
        i.requirement,
        i.code,
      ]),
    );
    expect(codes).toMatchObject({
      country_not_covered: 'locations.country_already_covered',
      location_partner_id: 'locations.global_partner_id_not_transactional',
      csp_tenant: 'locations.partner_id_already_linked',
    });
    expect(await written()).toEqual(before);
  });

  it.each([
    [
      'a country that is not a CSP market',
      { country: 'IR' },
      400,
      'locations.country_not_in_market',
    ],
    [
      'a currency that is not the market’s',
      { currency: 'EUR' },
      400,
      'locations.currency_mismatch',
    ],
    [
      'the partner’s own account country',
      {
        country: 'US',
        address: { addressLine1: '1 Main St', city: 'Austin', state: 'TX', postalCode: '73301' },
      },
      409,
      'locations.country_already_covered',
    ],
    [
      'a PartnerID linked to another partner’s tenant',
      { partnerId: '1234567' },
      409,
      'locations.partner_id_already_linked',
    ],
    [
      'a tenant linked to another PartnerID',
      { tenantId: tenants.contoso.id },
      409,
      'locations.tenant_already_linked',
    ],
    ['an unconfirmed PartnerID', { partnerIdActive: false }, 409, 'locations.checklist_incomplete'],
    ['a missing tax id', { taxId: ' ' }, 400, 'locations.tax_id_required'],
    [
      'an address that is not Swedish',
      { address: { addressLine1: 'x', city: 'Stockholm', postalCode: 'W1A 1AA' } },
      400,
      'partner.postal_code_invalid',
    ],
    ['no bank details', { bankDetails: undefined }, 400, 'partner.bank_account_holder_required'],
    [
      'a registration id Poland requires',
      {
        country: 'PL',
        currency: 'EUR',
        address: { addressLine1: 'ul. Prosta 1', city: 'Warszawa', postalCode: '00-001' },
      },
      400,
      'partner.registration_id_required',
    ],
  ])(
    'refuses %s with the domain’s code, writing nothing',
    async (_name, overrides, status, code) => {
      const before = await written();
      const refused = await farid.post('/api/locations', swedish(overrides), {
        'idempotency-key': randomUUID(),
      });
      expect([refused.status, refused.body.code]).toEqual([status, code]);
      expect(typeof refused.body.message).toBe('string');
      expect(await written()).toEqual({ ...before, keys: before.keys });
    },
  );

  let location: { id: string; enrollmentId: string };

  it('adds a Swedish location with SEK as its currency and opens its review, once per key', async () => {
    const key = randomUUID();
    const first = expectStatus(
      await farid.post('/api/locations', swedish({ currency: 'sek' }), { 'idempotency-key': key }),
      201,
    );
    expect(first.body).toMatchObject({
      country: 'SE',
      region: 'Europe',
      currency: 'SEK',
      legalName: 'Fabrikam Sverige AB',
      locationPartnerId: '7654321',
      tenantId: swedishTenant,
      partnerName: 'Fabrikam, Inc.',
      bankLast4: '7466',
      status: 'draft',
      verified: false,
      address: { country: 'SE', city: 'Stockholm' },
    });
    location = first.body;
    const replay = expectStatus(
      await farid.post('/api/locations', swedish({ currency: 'sek' }), { 'idempotency-key': key }),
      201,
    );
    expect(replay.body.id).toBe(location.id);
    expect(await count('SELECT count(*) n FROM partner_locations')).toBe(1);
    const [enrollment] = await db.query<Record<string, unknown>[]>(
      'SELECT program, state, country, partner_id, location_id FROM enrollments WHERE id = $1',
      [location.enrollmentId],
    );
    expect(enrollment).toEqual({
      program: 'indirect_reseller',
      state: 'draft',
      country: 'SE',
      partner_id: fabrikam.id,
      location_id: location.id,
    });
    const [stored] = await db.query<{ bank_details_encrypted: string; bank_blind_index: string }[]>(
      'SELECT bank_details_encrypted, bank_blind_index FROM partner_locations WHERE id = $1',
      [location.id],
    );
    expect(stored?.bank_details_encrypted).not.toContain('58398257466');
    expect(stored?.bank_blind_index).toHaveLength(64);
    expect(
      await count(
        `SELECT count(*) n FROM audit_events WHERE enrollment_id = $1 AND command = 'create'`,
        [location.enrollmentId],
      ),
    ).toBe(1);
  });

  it('a live location covers its country; the database backs the rules up', async () => {
    const again = await farid.post(
      '/api/locations',
      swedish({ tenantId: randomUUID(), partnerId: '7654322' }),
      { 'idempotency-key': randomUUID() },
    );
    expect([again.status, again.body.code]).toEqual([409, 'locations.country_already_covered']);
    // A copy of the live row, once with only the country the same, once only the tenant, once
    // only the PartnerID: each is refused by its partial unique index.
    const copy = (country: string, tenant: string, partnerId: string) =>
      db.query(
        `INSERT INTO partner_locations (partner_id, country, region, currency, legal_name,
           location_partner_id, tenant_id, tax_id, address, bank_details_encrypted, bank_last4,
           bank_blind_index, created_by_name)
         SELECT partner_id, $2, region, currency, legal_name, $4, $3, tax_id, address,
           bank_details_encrypted, bank_last4, bank_blind_index, created_by_name
           FROM partner_locations WHERE id = $1`,
        [location.id, country, tenant, partnerId],
      );
    await expect(copy('SE', randomUUID(), '1111111')).rejects.toThrow(
      /ux_partner_locations_partner_country/,
    );
    await expect(copy('NO', swedishTenant, '1111111')).rejects.toThrow(
      /ux_partner_locations_tenant/,
    );
    await expect(copy('NO', randomUUID(), '7654321')).rejects.toThrow(
      /ux_partner_locations_location_partner_id/,
    );
    expect(await count('SELECT count(*) n FROM partner_locations')).toBe(1);
  });

  it('the billing currency and country can never be changed, even in the database', async () => {
    await expect(
      db.query(`UPDATE partner_locations SET currency = 'EUR' WHERE id = $1`, [location.id]),
    ).rejects.toThrow(/never change/);
    await expect(
      db.query(`UPDATE partner_locations SET country = 'NO' WHERE id = $1`, [location.id]),
    ).rejects.toThrow(/never change/);
    await db.query(`UPDATE partner_locations SET legal_name = legal_name WHERE id = $1`, [
      location.id,
    ]);
    const [row] = await db.query<{ currency: string }[]>(
      'SELECT currency FROM partner_locations WHERE id = $1',
      [location.id],
    );
    expect(row?.currency).toBe('SEK');
  });

  it('partners see their own locations, staff every partner’s with filters', async () => {
    expect((await farid.get('/api/locations')).body).toHaveLength(1);
    expect((await ada.get('/api/locations')).body).toEqual([]);
    expectStatus(await ada.get(`/api/locations/${location.id}`), 404);
    expectStatus(await rita.get('/api/locations/not-a-uuid'), 404);
    const se = expectStatus(
      await rita.get(`/api/locations?filter=${encodeURIComponent('{"country":["SE"]}')}`),
      200,
    );
    expect(se.headers['content-range']).toBe('locations 0-0/1');
    const no = await rita.get(`/api/locations?filter=${encodeURIComponent('{"country":["NO"]}')}`);
    expect(no.body).toEqual([]);
    const queue = expectStatus(await rita.get(`/api/enrollments/${location.enrollmentId}`), 200);
    expect(queue.body).toMatchObject({ locationId: location.id, country: 'SE', region: 'Europe' });
  });

  it('is reviewed through the enrollment commands and audit chain; verified, its region counts', async () => {
    const regions = async () =>
      ((await farid.get('/api/csp-transaction-tenants')).body as { region: string }[])
        .map((r) => r.region)
        .sort();
    expect(await regions()).toEqual(['United States']);
    const customer = { tenantId: randomUUID(), name: 'Litware AB', country: 'SE' };
    const outside = await farid.post('/api/customers', customer, {
      'idempotency-key': randomUUID(),
    });
    expect(outside.body.code).toBe('restrictions.customer_outside_partner_regions');

    expectStatus(await farid.command(location.enrollmentId, 'submit'), 200);
    expectStatus(await rita.command(location.enrollmentId, 'start-review'), 200);
    for (const check of ALL_INDIRECT_CHECKS) {
      await db.getRepository(EnrollmentCheckEntity).save({
        enrollmentId: location.enrollmentId,
        check,
        status: 'passed',
        note: null,
        recordedBy: 'Rita Reviewer',
      });
    }
    expect(await regions()).toEqual(['United States']);
    const verified = expectStatus(await rita.command(location.enrollmentId, 'verify'), 200);
    expect(verified.body.state).toBe('verified');
    const seen = expectStatus(await farid.get(`/api/locations/${location.id}`), 200);
    expect(seen.body).toMatchObject({ status: 'verified', verified: true, currency: 'SEK' });
    expect(await regions()).toEqual(['Europe', 'United States']);
    // The location's CSP tenant is Fabrikam's transaction tenant in Europe: not a customer.
    const tenants = (await farid.get('/api/csp-transaction-tenants')).body as {
      region: string;
      tenantId: string;
    }[];
    expect(tenants.find((row) => row.region === 'Europe')?.tenantId).toBe(swedishTenant);
    expect(tenants.find((row) => row.region === 'United States')?.tenantId).toBe(fabrikam.tenantId);
    const own = await farid.post(
      '/api/customers',
      { ...customer, tenantId: swedishTenant },
      { 'idempotency-key': randomUUID() },
    );
    expect([own.status, own.body.code]).toEqual([409, 'restrictions.customer_is_own_csp_tenant']);
    expectStatus(
      await farid.post('/api/customers', customer, { 'idempotency-key': randomUUID() }),
      201,
    );
    const commands = await db.query<{ command: string }[]>(
      'SELECT command FROM audit_events WHERE enrollment_id = $1 ORDER BY seq',
      [location.enrollmentId],
    );
    expect(commands.map((c) => c.command)).toEqual(['create', 'submit', 'start_review', 'verify']);
  });

  it('a withdrawn location frees its country, tenant and PartnerID', async () => {
    const polishTenant = randomUUID();
    const polish = swedish({
      legalName: 'Fabrikam Polska sp. z o.o.',
      country: 'PL',
      partnerId: '8765432',
      tenantId: polishTenant,
      registrationId: { value: '123-456-32-18' },
      address: { addressLine1: 'ul. Prosta 1', city: 'Warszawa', postalCode: '00-001' },
    });
    const first = expectStatus(
      await farid.post('/api/locations', polish, { 'idempotency-key': randomUUID() }),
      201,
    );
    expect(first.body).toMatchObject({ currency: 'EUR', registrationIdType: 'TIN' });
    const twice = await farid.post('/api/locations', polish, { 'idempotency-key': randomUUID() });
    expect(twice.body.code).toBe('locations.country_already_covered');
    expectStatus(
      await farid.command(first.body.enrollmentId, 'withdraw', { reason: 'Not now.' }),
      200,
    );
    const again = expectStatus(
      await farid.post('/api/locations', polish, { 'idempotency-key': randomUUID() }),
      201,
    );
    expect(again.body.id).not.toBe(first.body.id);
    expect(
      await count('SELECT count(*) n FROM partner_locations WHERE closed AND id = $1', [
        first.body.id,
      ]),
    ).toBe(1);
  });
});
