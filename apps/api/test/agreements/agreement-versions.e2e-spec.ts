import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { tenants } from '@hub/devstack';
import { DataSource } from 'typeorm';
import { AgreementAcceptanceEntity } from '../../src/modules/agreements/agreement-acceptance.entity.js';
import { type EnrollmentEntity } from '../../src/modules/enrollments/enrollment.entity.js';
import { type PartnerEntity } from '../../src/modules/partners/partner.entity.js';
import {
  asPersona,
  createEnrollment,
  createPartner,
  expectStatus,
  type PersonaClient,
} from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const texts = {
  en: { title: 'Microsoft indirect reseller terms', body: 'The 2027 terms, in English.' },
  sv: { title: 'Microsofts villkor för indirekta återförsäljare', body: 'Villkoren för 2027.' },
};
const newTerms = (overrides: Record<string, unknown> = {}) => ({
  kind: 'indirect_reseller_terms',
  version: '2027-01',
  publishedOn: day(0),
  reacceptBy: day(30),
  texts,
  ...overrides,
});
/** A list answer's rows. */
const list = (response: { body: unknown }) => response.body as Record<string, string>[];
const signatory = { name: 'Ada Lindqvist', title: 'CEO', email: 'ada@contoso.com' };

// Issue 10 item 3: a program admin publishes a new version of an agreement in English and
// Swedish; the active partners it concerns are e-mailed and see it due; their global admin
// accepts it as a named signatory (a superseded version, a second acceptance, another role or
// the other program's agreement are refused); staff see who has and has not accepted, and a
// partner past the deadline is flagged while its enrollment stays active.
describe('agreement versions', () => {
  let t: TestApp;
  let paul: PersonaClient;
  let rita: PersonaClient;
  let ada: PersonaClient;
  let bo: PersonaClient;
  let farid: PersonaClient;
  let contoso: EnrollmentEntity;
  let fabrikam: EnrollmentEntity;
  let published: { id: string };

  const db = () => t.app.get(DataSource);
  const emails = (template: string) =>
    db().query<{ recipient: string; subject: string; body: string; locale: string }[]>(
      `SELECT recipient, subject, body, locale FROM outbound_emails WHERE template = $1 ORDER BY recipient`,
      [template],
    );
  const accepted2019 = (partner: PartnerEntity, enrollment: EnrollmentEntity) =>
    db()
      .getRepository(AgreementAcceptanceEntity)
      .save({
        tenantId: partner.tenantId,
        partnerId: partner.id,
        enrollmentId: enrollment.id,
        kind: 'indirect_reseller_terms',
        version: '2019-09',
        region: 'Europe',
        acceptedByUserId: randomUUID(),
        signatoryName: 'Earlier Signer',
        signatoryTitle: 'CFO',
        signatoryEmail: partner.adminEmail,
        acceptedAt: new Date('2024-01-10T10:00:00Z'),
      });

  beforeAll(async () => {
    t = await createTestApp();
    paul = asPersona(t, await t.tokenFor('program-admin'));
    rita = asPersona(t, await t.tokenFor('reviewer'));
    ada = asPersona(t, await t.tokenFor('contoso-admin'));
    bo = asPersona(t, await t.tokenFor('contoso-user'));
    farid = asPersona(t, await t.tokenFor('fabrikam-admin'));
    const contosoPartner = await createPartner(t);
    contoso = await createEnrollment(t, contosoPartner, { state: 'active' });
    await accepted2019(contosoPartner, contoso);
    const fabrikamPartner = await createPartner(t, {
      tenantId: tenants.fabrikam.id,
      legalName: 'Fabrikam Sverige AB',
      adminEmail: 'farid@fabrikam.com',
      preferredLanguage: 'sv',
    });
    fabrikam = await createEnrollment(t, fabrikamPartner, { state: 'active' });
    await accepted2019(fabrikamPartner, fabrikam);
  });
  afterAll(() => t.close());

  it('lists the versions the program started with to anyone signed in; staff also see who accepted', async () => {
    const mine = expectStatus(await ada.get('/api/agreement-versions'), 200);
    expect(mine.headers['content-range']).toBe('agreement-versions 0-1/2');
    expect(list(mine).map((v) => [v.kind, v.version, v.status])).toEqual([
      ['indirect_reseller_terms', '2019-09', 'current'],
      ['microsoft_partner_agreement', '2019-09', 'current'],
    ]);
    expect(mine.body[0].acceptance).toBeUndefined();
    expect(mine.body[0].texts.sv.title).toBe('Microsofts villkor för indirekta återförsäljare');
    const staff = expectStatus(
      await rita.get(
        `/api/agreement-versions?filter=${encodeURIComponent('{"kind":["indirect_reseller_terms"]}')}`,
      ),
      200,
    );
    expect(staff.body).toHaveLength(1);
    expect(staff.body[0].acceptance).toEqual({ concerned: 2, accepted: 2, overdue: 0 });
  });

  it('only a program admin publishes, and a version that breaks a rule is refused in the caller’s language', async () => {
    const byReviewer = await rita.post('/api/agreement-versions', newTerms());
    expect(byReviewer.status).toBe(403);
    expect(byReviewer.body.code).toBe('agreement_version.program_admin_only');
    expect((await ada.post('/api/agreement-versions', newTerms())).status).toBe(403);
    for (const [change, status, code] of [
      [{ publishedOn: day(-1) }, 400, 'agreements.invalid_publication_date'],
      [{ reacceptBy: day(0) }, 400, 'agreements.invalid_deadline'],
      [{ version: '2019-09' }, 409, 'agreements.version_exists'],
      [{ kind: 'customer_agreement' }, 400, 'agreements.unknown_kind'],
      [{ regions: ['Atlantis'] }, 400, 'agreements.invalid_regions'],
      [
        { texts: { en: texts.en, sv: { title: 'Villkor', body: ' ' } } },
        400,
        'agreements.invalid_text',
      ],
    ] as const) {
      const refused = await paul
        .post('/api/agreement-versions', newTerms(change))
        .set('accept-language', 'sv');
      expect([refused.status, refused.body.code]).toEqual([status, code]);
      expect(refused.body.message).not.toMatch(/^[a-z_.]+$/);
    }
    const shapeless = await paul.post('/api/agreement-versions', {
      kind: 'indirect_reseller_terms',
    });
    expect(shapeless.status).toBe(400);
    expect((await db().query(`SELECT count(*)::int AS n FROM agreement_versions`))[0].n).toBe(2);
  });

  it('publishes a version once per Idempotency-Key, ranks it above the old one, and e-mails each partner it concerns in its language', async () => {
    const key = randomUUID();
    const first = expectStatus(
      await paul.post('/api/agreement-versions', newTerms(), { 'idempotency-key': key }),
      201,
    );
    expect(first.body).toMatchObject({
      kind: 'indirect_reseller_terms',
      version: '2027-01',
      rank: 2,
      publishedOn: day(0),
      reacceptBy: day(30),
      regions: null,
      status: 'current',
      publishedByName: 'Paul Admin',
      acceptance: { concerned: 2, accepted: 0, overdue: 0 },
    });
    const again = expectStatus(
      await paul.post('/api/agreement-versions', newTerms(), { 'idempotency-key': key }),
      201,
    );
    expect(again.body.id).toBe(first.body.id);
    published = first.body;
    const sent = await emails('agreement_version_published');
    expect(sent.map((e) => [e.recipient, e.locale])).toEqual([
      ['ada@contoso.com', 'en'],
      ['farid@fabrikam.com', 'sv'],
    ]);
    expect(sent[0]!.subject).toBe(
      `Action needed: accept the new Microsoft indirect reseller terms by ${day(30)}`,
    );
    expect(sent[0]!.body).toContain(`/admin/agreement-versions/${first.body.id}/show`);
    expect(sent[1]!.subject).toContain('Åtgärd krävs');
    // The older version is superseded now.
    const versions = expectStatus(
      await ada.get('/api/agreement-versions?sort=["publishedOn","ASC"]'),
      200,
    );
    expect(list(versions).map((v) => v.status)).toEqual(['superseded', 'current', 'current']);
  });

  it('an active partner sees the new version due on its enrollment, with the version to open', async () => {
    const read = expectStatus(await ada.get(`/api/enrollments/${contoso.id}`), 200);
    expect(read.body.agreementStanding).toEqual({
      status: 'due',
      kind: 'indirect_reseller_terms',
      accepted: '2019-09',
      currentVersionId: published.id,
      currentVersion: '2027-01',
      deadline: day(30),
    });
  });

  it('refuses another role, the superseded version and the other program’s agreement, and writes nothing', async () => {
    const byUser = await bo.post(`/api/agreement-versions/${published.id}/acceptances`, {
      signatory,
    });
    expect([byUser.status, byUser.body.code]).toEqual([403, 'agreements.global_admin_required']);
    const byReviewer = await rita.post(`/api/agreement-versions/${published.id}/acceptances`, {
      signatory,
    });
    expect([byReviewer.status, byReviewer.body.code]).toEqual([
      403,
      'agreements.global_admin_required',
    ]);
    const [old] = expectStatus(
      await ada.get(
        `/api/agreement-versions?filter=${encodeURIComponent('{"status":["superseded"]}')}`,
      ),
      200,
    ).body;
    const superseded = await ada.post(`/api/agreement-versions/${old.id}/acceptances`, {
      signatory,
    });
    expect([superseded.status, superseded.body.code]).toEqual([
      409,
      'agreements.version_superseded',
    ]);
    const [mpa] = expectStatus(
      await ada.get(
        `/api/agreement-versions?filter=${encodeURIComponent('{"kind":["microsoft_partner_agreement"]}')}`,
      ),
      200,
    ).body;
    const otherProgram = await ada.post(`/api/agreement-versions/${mpa.id}/acceptances`, {
      signatory,
    });
    expect([otherProgram.status, otherProgram.body.code]).toEqual([
      409,
      'agreements.wrong_program',
    ]);
    const badSignatory = await ada.post(`/api/agreement-versions/${published.id}/acceptances`, {
      signatory: { ...signatory, email: 'ada@gmail.com' },
    });
    expect(badSignatory.status).toBe(400);
    const unknown = await ada.post(`/api/agreement-versions/${randomUUID()}/acceptances`, {
      signatory,
    });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'agreement_version.not_found']);
    expect(
      await db().getRepository(AgreementAcceptanceEntity).countBy({ version: '2027-01' }),
    ).toBe(0);
  });

  it('the global admin accepts the current version as a named signatory, once; it is on the record and confirmed by e-mail', async () => {
    const acceptance = expectStatus(
      await ada.post(
        `/api/agreement-versions/${published.id}/acceptances`,
        { signatory },
        { 'idempotency-key': randomUUID() },
      ),
      201,
    );
    expect(acceptance.body).toEqual({
      status: 'up_to_date',
      kind: 'indirect_reseller_terms',
      accepted: '2027-01',
      currentVersionId: null,
      currentVersion: null,
      deadline: null,
    });
    const twice = await ada.post(`/api/agreement-versions/${published.id}/acceptances`, {
      signatory,
    });
    expect([twice.status, twice.body.code]).toEqual([409, 'agreements.already_accepted']);
    const stored = await db()
      .getRepository(AgreementAcceptanceEntity)
      .findBy({ version: '2027-01' });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      enrollmentId: contoso.id,
      region: 'Europe',
      signatoryName: 'Ada Lindqvist',
      signatoryTitle: 'CEO',
      signatoryEmail: 'ada@contoso.com',
    });
    const timeline = expectStatus(await ada.get(`/api/enrollments/${contoso.id}/timeline`), 200);
    expect(JSON.stringify(timeline.body)).toContain('accept_agreement_version');
    const confirmations = await emails('agreement_version_accepted');
    expect(confirmations.map((e) => e.recipient)).toEqual(['ada@contoso.com']);
    expect(confirmations[0]!.body).toContain('Ada Lindqvist accepted version 2027-01');
    const read = expectStatus(await ada.get(`/api/enrollments/${contoso.id}`), 200);
    expect(read.body.agreementStanding.status).toBe('up_to_date');
  });

  it('staff see who accepted and who has not; past the deadline a partner is flagged, not deactivated', async () => {
    const path = `/api/agreement-versions/${published.id}/partners`;
    const all = expectStatus(await rita.get(path), 200);
    expect(all.headers['content-range']).toBe('agreement-partners 0-1/2');
    expect(list(all).map((p) => [p.legalName, p.status])).toEqual([
      ['Fabrikam Sverige AB', 'pending'],
      ['Contoso AB', 'accepted'],
    ]);
    expect(all.body[1]).toMatchObject({
      acceptedVersion: '2027-01',
      signatoryName: 'Ada Lindqvist',
    });
    const pending = expectStatus(
      await rita.get(`${path}?filter=${encodeURIComponent('{"status":["pending"]}')}`),
      200,
    );
    expect(list(pending).map((p) => p.legalName)).toEqual(['Fabrikam Sverige AB']);
    expect((await ada.get(path)).status).toBe(403);
    expect((await rita.get(`${path}?filter={"status":["late"]}`)).status).toBe(400);

    // Time passes: the version was published 40 days ago and its deadline was 10 days ago.
    await db().query(
      `UPDATE agreement_versions SET published_on = $2, reaccept_by = $3 WHERE id = $1`,
      [published.id, day(-40), day(-10)],
    );
    const late = expectStatus(await rita.get(path), 200);
    expect(list(late).map((p) => [p.legalName, p.status])).toEqual([
      ['Fabrikam Sverige AB', 'overdue'],
      ['Contoso AB', 'accepted'],
    ]);
    const version = expectStatus(await rita.get(`/api/agreement-versions/${published.id}`), 200);
    expect(version.body.acceptance).toEqual({ concerned: 2, accepted: 1, overdue: 1 });
    const faridSees = expectStatus(await farid.get(`/api/enrollments/${fabrikam.id}`), 200);
    expect(faridSees.body.state).toBe('active');
    expect(faridSees.body.agreementStanding).toMatchObject({
      status: 'overdue',
      deadline: day(-10),
    });
    // Signing late is still possible and clears the flag.
    expectStatus(
      await farid.post(`/api/agreement-versions/${published.id}/acceptances`, {
        signatory: { name: 'Farid Haddad', title: 'VD', email: 'farid@fabrikam.com' },
      }),
      201,
    );
    const after = expectStatus(await rita.get(`/api/agreement-versions/${published.id}`), 200);
    expect(after.body.acceptance).toEqual({ concerned: 2, accepted: 2, overdue: 0 });
  });
});
