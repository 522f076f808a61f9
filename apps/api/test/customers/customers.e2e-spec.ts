import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { tenants } from '@hub/devstack';
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

// Issue 10 item 5, the CSP-to-CSP restriction: a partner's CSP transaction tenant per region
// (its own account tenant unless it marks another), and customer tenants it registers: never a
// CSP partner's transaction tenant, a CSP partner's other tenant is fine, and only in the markets
// of the partner's regions.
describe('customers and CSP transaction tenants', () => {
  let t: TestApp;
  let ada: PersonaClient;
  let bo: PersonaClient;
  let farid: PersonaClient;
  let rita: PersonaClient;
  let contosoEnrollment: EnrollmentEntity;
  const litware = randomUUID();
  const fabrikamBilling = randomUUID();

  const customer = (overrides: Record<string, unknown> = {}) => ({
    tenantId: litware,
    name: 'Litware AB',
    country: 'SE',
    ...overrides,
  });

  beforeAll(async () => {
    t = await createTestApp();
    ada = asPersona(t, await t.tokenFor('contoso-admin'));
    bo = asPersona(t, await t.tokenFor('contoso-user'));
    farid = asPersona(t, await t.tokenFor('fabrikam-admin'));
    rita = asPersona(t, await t.tokenFor('reviewer'));
    const contoso = await createPartner(t);
    contosoEnrollment = await createEnrollment(t, contoso, { state: 'verified' });
    const fabrikam = await createPartner(t, {
      tenantId: tenants.fabrikam.id,
      legalName: 'Fabrikam, Inc.',
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

  it('only an active partner registers customers', async () => {
    const refused = await ada.post('/api/customers', customer());
    expect([refused.status, refused.body.code]).toEqual([409, 'customers.partner_not_active']);
    await t.app
      .get(DataSource)
      .getRepository(EnrollmentEntity)
      .update({ id: contosoEnrollment.id }, { state: 'active' });
  });

  it('an active partner’s own account tenant is its transaction tenant until it marks another', async () => {
    const list = expectStatus(await bo.get('/api/csp-transaction-tenants'), 200);
    expect(list.headers['content-range']).toBe('csp-transaction-tenants 0-0/1');
    expect(list.body).toEqual([
      expect.objectContaining({ region: 'Europe', tenantId: tenants.contoso.id, marked: false }),
    ]);
  });

  it('registers a customer tenant in a market of its region, once per key and once per tenant', async () => {
    const key = randomUUID();
    const first = expectStatus(
      await ada.post('/api/customers', customer(), { 'idempotency-key': key }),
      201,
    );
    expect(first.body).toMatchObject({
      tenantId: litware,
      name: 'Litware AB',
      country: 'SE',
      region: 'Europe',
      currency: 'SEK',
      registeredByName: 'Ada Lindqvist',
    });
    const replay = expectStatus(
      await ada.post('/api/customers', customer(), { 'idempotency-key': key }),
      201,
    );
    expect(replay.body.id).toBe(first.body.id);
    const twice = await ada.post('/api/customers', customer());
    expect([twice.status, twice.body.code]).toEqual([409, 'customers.already_registered']);
    const mine = expectStatus(await bo.get('/api/customers'), 200);
    expect(mine.body).toHaveLength(1);
    expect((await farid.get('/api/customers')).body).toEqual([]);
  });

  it('refuses another partner’s CSP transaction tenant with the reason, its own, and markets outside its regions', async () => {
    const csp = await ada
      .post('/api/customers', customer({ tenantId: tenants.fabrikam.id, name: 'Fabrikam' }))
      .set('accept-language', 'sv');
    expect([csp.status, csp.body.code]).toEqual([
      409,
      'restrictions.buyer_is_csp_transaction_tenant',
    ]);
    expect(csp.body.message).toContain('separat klient för internt bruk');
    const own = await ada.post('/api/customers', customer({ tenantId: tenants.contoso.id }));
    expect([own.status, own.body.code]).toEqual([409, 'restrictions.customer_is_own_csp_tenant']);
    for (const [country, status, code] of [
      ['US', 409, 'restrictions.customer_outside_partner_regions'],
      ['IR', 404, 'market.country_not_in_market'],
      ['Sweden', 400, 'country.invalid'],
    ] as const) {
      const refused = await ada.post(
        '/api/customers',
        customer({ tenantId: randomUUID(), country }),
      );
      expect([country, refused.status, refused.body.code]).toEqual([country, status, code]);
    }
    const badTenant = await ada.post('/api/customers', customer({ tenantId: 'not-a-tenant' }));
    expect([badTenant.status, badTenant.body.code]).toEqual([
      400,
      'restrictions.invalid_tenant_id',
    ]);
    const unnamed = await ada.post(
      '/api/customers',
      customer({ tenantId: randomUUID(), name: ' ' }),
    );
    expect([unnamed.status, unnamed.body.code]).toEqual([400, 'customers.name_required']);
    expect((await ada.get('/api/customers')).body).toHaveLength(1);
  });

  it('only the partner’s global admin registers and marks; staff have no customers here', async () => {
    const byUser = await bo.post('/api/customers', customer({ tenantId: randomUUID() }));
    expect([byUser.status, byUser.body.code]).toEqual([403, 'partner.global_admin_required']);
    const byReviewer = await rita.post('/api/customers', customer({ tenantId: randomUUID() }));
    expect([byReviewer.status, byReviewer.body.code]).toEqual([403, 'partner.no_access']);
    expect((await rita.get('/api/customers')).status).toBe(403);
    const markByUser = await bo.post('/api/csp-transaction-tenants', {
      region: 'Europe',
      tenantId: randomUUID(),
    });
    expect(markByUser.status).toBe(403);
  });

  it('once Fabrikam transacts from another tenant, its corporate tenant may buy; the new one may not', async () => {
    const marked = expectStatus(
      await farid.post('/api/csp-transaction-tenants', {
        region: 'United States',
        tenantId: fabrikamBilling,
      }),
      201,
    );
    expect(marked.body).toMatchObject({
      region: 'United States',
      tenantId: fabrikamBilling,
      marked: true,
    });
    const again = await farid.post('/api/csp-transaction-tenants', {
      region: 'United States',
      tenantId: randomUUID(),
    });
    expect([again.status, again.body.code]).toEqual([409, 'restrictions.csp_tenant_region_taken']);
    const elsewhere = await farid.post('/api/csp-transaction-tenants', {
      region: 'Japan',
      tenantId: randomUUID(),
    });
    expect([elsewhere.status, elsewhere.body.code]).toEqual([
      409,
      'restrictions.region_not_partners',
    ]);
    const theirs = await ada.post('/api/csp-transaction-tenants', {
      region: 'Europe',
      tenantId: fabrikamBilling,
    });
    expect([theirs.status, theirs.body.code]).toEqual([
      409,
      'restrictions.csp_tenant_other_partner',
    ]);

    const corporate = await ada.post(
      '/api/customers',
      customer({ tenantId: tenants.fabrikam.id, name: 'Fabrikam (corporate)' }),
    );
    expect(corporate.status).toBe(201);
    const billing = await ada.post(
      '/api/customers',
      customer({ tenantId: fabrikamBilling, name: 'Fabrikam billing' }),
    );
    expect([billing.status, billing.body.code]).toEqual([
      409,
      'restrictions.buyer_is_csp_transaction_tenant',
    ]);
  });
});
