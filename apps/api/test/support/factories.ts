// Test data through the real repositories of the test's own database (never a shared seed).
// Each factory inserts a valid row, lets a test override what it is about, and returns it.
import { tenants } from '@hub/devstack';
import type { EnrollmentProgram, EnrollmentState, VerificationCheck } from '@hub/domain';
import { DataSource } from 'typeorm';
import request, { type Response, type Test } from 'supertest';
import { FieldEncryption } from '../../src/crypto/field-encryption.js';
import { EnrollmentCheckEntity } from '../../src/modules/enrollments/enrollment-check.entity.js';
import { EnrollmentEntity } from '../../src/modules/enrollments/enrollment.entity.js';
import { PartnerEntity } from '../../src/modules/partners/partner.entity.js';
import { ProviderListingEntity } from '../../src/modules/providers/provider-listing.entity.js';
import { ProviderEntity } from '../../src/modules/providers/provider.entity.js';
import { RevenueRecordEntity } from '../../src/modules/partners/revenue-record.entity.js';
import { TEST_DATA_KEY } from './constants.js';
import { type TestApp } from './test-app.js';

const fields = new FieldEncryption(TEST_DATA_KEY);
export const SWEDISH_IBAN = 'SE4550000000058398257466';

/** A complete profile as the API takes it (Contoso in Stockholm). */
export const partnerBody = (overrides: Record<string, unknown> = {}) => ({
  legalName: 'Contoso AB',
  partnerId: '1234567',
  address: { country: 'SE', addressLine1: 'Storgatan 1', city: 'Stockholm', postalCode: '111 22' },
  bankDetails: {
    iban: 'SE45 5000 0000 0583 9825 7466',
    bic: 'ESSESESS',
    accountHolderName: 'Contoso AB',
  },
  adminEmail: 'ada@contoso.com',
  website: 'https://contoso.com',
  phone: '+46 8 123 456 78',
  preferredLanguage: 'en',
  ...overrides,
});

const dataSource = (t: TestApp): DataSource => t.app.get(DataSource);

/** A partner row (Contoso's tenant unless told), with encrypted bank details. */
export async function createPartner(
  t: TestApp,
  overrides: Partial<PartnerEntity> = {},
): Promise<PartnerEntity> {
  const bank = {
    kind: 'iban',
    country: 'SE',
    iban: SWEDISH_IBAN,
    bic: 'ESSESESS',
    accountHolderName: 'Contoso AB',
  };
  return dataSource(t)
    .getRepository(PartnerEntity)
    .save({
      tenantId: tenants.contoso.id,
      legalName: 'Contoso AB',
      partnerId: '1234567',
      address: {
        country: 'SE',
        addressLine1: 'Storgatan 1',
        city: 'Stockholm',
        postalCode: '111 22',
      },
      country: 'SE',
      bankDetailsEncrypted: fields.encrypt(JSON.stringify(bank)),
      bankLast4: SWEDISH_IBAN.slice(-4),
      bankBlindIndex: fields.blindIndex(SWEDISH_IBAN),
      adminEmail: 'ada@contoso.com',
      website: 'https://contoso.com',
      phone: '+4681234567',
      preferredLanguage: 'en',
      ...overrides,
    });
}

/**
 * An enrollment of a partner in any state, with the checks a test names as passed. States past
 * submission get a submission date; use the API's commands to test transitions themselves.
 */
export async function createEnrollment(
  t: TestApp,
  partner: PartnerEntity,
  options: {
    program?: EnrollmentProgram;
    state?: EnrollmentState;
    passedChecks?: readonly VerificationCheck[];
    eligibilityAnswers?: EnrollmentEntity['eligibilityAnswers'];
  } = {},
): Promise<EnrollmentEntity> {
  const state = options.state ?? 'draft';
  const enrollment = await dataSource(t)
    .getRepository(EnrollmentEntity)
    .save({
      partnerId: partner.id,
      tenantId: partner.tenantId,
      program: options.program ?? 'indirect_reseller',
      state,
      country: partner.country,
      eligibilityAnswers: options.eligibilityAnswers ?? {},
      submittedAt: state === 'draft' ? null : new Date(Date.now() - 3 * 86_400_000),
    });
  for (const check of options.passedChecks ?? []) {
    await dataSource(t).getRepository(EnrollmentCheckEntity).save({
      enrollmentId: enrollment.id,
      check,
      status: 'passed',
      note: null,
      recordedBy: 'Rita Reviewer',
    });
  }
  return enrollment;
}

/** Monthly USD revenue rows for the last `months` full months. */
export async function createRevenue(
  t: TestApp,
  partner: PartnerEntity,
  options: { months: number; usdPerMonth: number; now?: Date },
): Promise<void> {
  const now = options.now ?? new Date();
  const rows = Array.from({ length: options.months }, (_, index) => {
    const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1 - index, 1));
    return {
      partnerId: partner.id,
      month: date.toISOString().slice(0, 7),
      amountMinor: String(options.usdPerMonth * 100),
      currency: 'USD',
      channel: 'indirect_reseller' as const,
      productKind: 'cloud' as const,
    };
  });
  await dataSource(t).getRepository(RevenueRecordEntity).save(rows);
}

export const ALL_INDIRECT_CHECKS: readonly VerificationCheck[] = [
  'email_ownership',
  'employment',
  'business',
  'partner_id',
];

export type PersonaClient = {
  get(path: string): Test;
  post(path: string, body?: object, headers?: Record<string, string>): Test;
  put(path: string, body: object, headers?: Record<string, string>): Test;
  command(
    id: string,
    command: string,
    body?: object,
    headers?: Record<string, string>,
  ): Promise<Response>;
};

/** Calls the API as a persona; `command` sends If-Match from the enrollment's current ETag. */
export function asPersona(t: TestApp, token: string): PersonaClient {
  const auth = { authorization: `Bearer ${token}` };
  return {
    get: (path: string) => request(t.server).get(path).set(auth),
    post: (path: string, body: object = {}, headers: Record<string, string> = {}) =>
      request(t.server).post(path).set(auth).set(headers).send(body),
    put: (path: string, body: object, headers: Record<string, string> = {}) =>
      request(t.server).put(path).set(auth).set(headers).send(body),
    async command(
      id: string,
      command: string,
      body: object = {},
      headers: Record<string, string> = {},
    ) {
      const current = await request(t.server).get(`/api/enrollments/${id}`).set(auth);
      const etag = String(current.headers['etag'] ?? '"0"');
      return request(t.server)
        .post(`/api/enrollments/${id}/${command}`)
        .set(auth)
        .set({ 'if-match': etag, ...headers })
        .send(body);
    },
  };
}

/** The response, after checking its status; a wrong status fails with the body it carried. */
export function expectStatus<R extends { status: number; body: unknown }>(
  response: R,
  status: number,
): R {
  if (response.status !== status) {
    throw new Error(
      `Expected HTTP ${status}, got ${response.status}: ${JSON.stringify(response.body)}`,
    );
  }
  return response;
}

/** A complete listing as a distributor sends it (Northwind Distribution, the Nordics). */
export const listingBody = (overrides: Record<string, unknown> = {}) => ({
  name: 'Northwind Distribution',
  shortDescription: {
    en: 'Cloud distributor for the Nordics.',
    sv: 'Molndistributör för Norden.',
  },
  longDescription: {
    en: 'We train and finance resellers.',
    sv: 'Vi utbildar och finansierar återförsäljare.',
  },
  website: 'https://www.northwind.example',
  contactEmail: 'partners@northwind.example',
  contactPhone: '+46 8 123 456 78',
  headquartersCountry: 'SE',
  regions: ['Europe'],
  countries: ['SE', 'NO', 'DK', 'FI'],
  services: ['technical_training', 'marketing_help', 'financing_credit_terms'],
  productAreas: ['azure', 'microsoft_365'],
  languages: ['sv', 'en'],
  offices: [
    {
      name: 'Head office',
      addressLine1: 'Storgatan 1',
      city: 'Stockholm',
      postalCode: '111 22',
      country: 'SE',
      latitude: 59.33,
      longitude: 18.07,
    },
  ],
  minimumRequirements: { en: 'An active PartnerID.', sv: 'Ett aktivt PartnerID.' },
  ...overrides,
});

/** The provider organization of a distributor tenant (Northwind's unless told). */
export async function createProvider(
  t: TestApp,
  overrides: Partial<ProviderEntity> = {},
): Promise<ProviderEntity> {
  return dataSource(t)
    .getRepository(ProviderEntity)
    .save({ tenantId: tenants.northwind.id, ...overrides });
}

/** A provider whose listing is published (live), as if a reviewer had approved it. */
export async function createPublishedProvider(
  t: TestApp,
  overrides: Partial<ProviderEntity> = {},
  listing: Record<string, unknown> = {},
): Promise<ProviderEntity> {
  const provider = await createProvider(t, { lastConfirmedAt: new Date(), ...overrides });
  await dataSource(t)
    .getRepository(ProviderListingEntity)
    .save({
      providerId: provider.id,
      state: 'published',
      slot: 'live',
      fields: listingBody(listing),
      reason: null,
      submittedAt: new Date(),
      publishedAt: new Date(),
    });
  return provider;
}
