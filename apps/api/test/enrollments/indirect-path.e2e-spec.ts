import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { asPersona, expectStatus, partnerBody } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('the indirect reseller path through the API', () => {
  let t: TestApp;
  let ada: ReturnType<typeof asPersona>;
  let rita: ReturnType<typeof asPersona>;
  beforeAll(async () => {
    t = await createTestApp();
    ada = asPersona(t, await t.tokenFor('contoso-admin'));
    rita = asPersona(t, await t.tokenFor('reviewer'));
  });
  afterAll(() => t.close());

  let id: string;

  it('creates the partner profile for the tenant of the token, bank details masked', async () => {
    const response = await ada.post('/api/partners', partnerBody()).expect(201);
    expect(response.body).toEqual(
      expect.objectContaining({
        legalName: 'Contoso AB',
        country: 'SE',
        region: 'Europe',
        billingCurrency: 'SEK',
        bankDetails: {
          kind: 'iban',
          country: 'SE',
          last4: '7466',
          bic: 'ESSESESS',
          accountHolderName: 'Contoso AB',
        },
        canEdit: true,
        version: 1,
      }),
    );
    expect(JSON.stringify(response.body)).not.toContain('58398257466');
    expect(response.headers['etag']).toBe('"1"');
  });

  it('opens a draft and submits it', async () => {
    const created = await ada
      .post('/api/enrollments', { program: 'indirect_reseller' })
      .expect(201);
    id = created.body.id;
    expect(created.body.state).toBe('draft');
    expect((created.body.availableCommands as { command: string }[]).map((c) => c.command)).toEqual(
      ['submit', 'withdraw'],
    );
    const submitted = expectStatus(await ada.command(id, 'submit'), 200);
    expect(submitted.body.state).toBe('submitted');
    expect(submitted.headers['etag']).toBe(`"${submitted.body.version}"`);
  });

  it('lets the reviewer review, record the checks and verify', async () => {
    expectStatus(await rita.command(id, 'start-review'), 200);
    for (const check of ['email_ownership', 'employment', 'business', 'partner_id']) {
      const current = await rita.get(`/api/enrollments/${id}`).expect(200);
      expectStatus(
        await rita.post(
          `/api/enrollments/${id}/checks`,
          { check, status: 'passed' },
          {
            'if-match': String(current.headers['etag']),
          },
        ),
        200,
      );
    }
    const verified = expectStatus(await rita.command(id, 'verify'), 200);
    expect(verified.body.state).toBe('verified');
  });

  it('activates on acceptance of the indirect reseller terms by a named signatory', async () => {
    const before = await ada.get(`/api/enrollments/${id}`).expect(200);
    expect(before.body.agreement).toEqual({ kind: 'indirect_reseller_terms', version: '2019-09' });
    expect(before.body.availableCommands).toEqual([
      { command: 'accept-agreement', to: 'agreement_accepted' },
      { command: 'withdraw', to: 'withdrawn' },
    ]);
    const accepted = expectStatus(
      await ada.command(id, 'accept-agreement', {
        version: '2019-09',
        signatory: { name: 'Ada Lindqvist', title: 'CEO', email: 'ada@contoso.com' },
      }),
      200,
    );
    expect(accepted.body.state).toBe('active');
    expect(accepted.body.acceptance).toEqual(
      expect.objectContaining({ kind: 'indirect_reseller_terms', signatoryName: 'Ada Lindqvist' }),
    );
    const timeline = await ada.get(`/api/enrollments/${id}/timeline`).expect(200);
    expect(
      (timeline.body as { command: string; to: string }[]).map((e) => `${e.command}>${e.to}`),
    ).toEqual([
      'create>draft',
      'submit>submitted',
      'start_review>in_review',
      'record_check>in_review',
      'record_check>in_review',
      'record_check>in_review',
      'record_check>in_review',
      'verify>verified',
      'accept_agreement>agreement_accepted',
      'activate>active',
    ]);
  });
});
