import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import {
  asPersona,
  createEnrollment,
  createPartner,
  expectStatus,
  type PersonaClient,
} from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// Issue 8 items 6 and 7: a reason from a list, a template in the partner's language that the
// reviewer edits, and the e-mail the partner gets is exactly the text sent.
describe('GET /api/enrollments/:id/message-templates and the e-mails they become', () => {
  let t: TestApp;
  let ada: PersonaClient;
  let rita: PersonaClient;
  beforeAll(async () => {
    t = await createTestApp();
    ada = asPersona(t, await t.tokenFor('contoso-admin'));
    rita = asPersona(t, await t.tokenFor('reviewer'));
  });
  afterAll(() => t.close());

  const query = async <T extends pg.QueryResultRow>(sql: string, values: unknown[] = []) => {
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      return (await client.query<T>(sql, values)).rows;
    } finally {
      await client.end();
    }
  };
  const template = (id: string, command: string, reason: string, as = rita) =>
    as.get(`/api/enrollments/${id}/message-templates?command=${command}&reason=${reason}`);

  it('fills the reason’s template in the partner’s language (English), with the case link', async () => {
    const partner = await createPartner(t, { legalName: 'Contoso AB', preferredLanguage: 'en' });
    const e = await createEnrollment(t, partner, { state: 'in_review' });
    const response = expectStatus(await template(e.id, 'reject', 'business_unverifiable'), 200);
    expect(response.body).toEqual({
      command: 'reject',
      reason: 'business_unverifiable',
      locale: 'en',
      recipient: 'ada@contoso.com',
      subject: 'Contoso AB’s CSP application was not approved',
      body: expect.stringContaining('We could not verify Contoso AB as a legal entity'),
    });
    expect(response.body.body).toContain(`${t.config.PUBLIC_URL}/admin/enrollments/${e.id}/show`);
  });

  it('answers in Swedish for a partner whose language is Swedish, whatever the reviewer reads', async () => {
    const partner = await createPartner(t, {
      tenantId: randomUUID(),
      legalName: 'Fabrikam AB',
      adminEmail: 'farid@fabrikam.com',
      preferredLanguage: 'sv',
    });
    const e = await createEnrollment(t, partner, { state: 'in_review' });
    const response = expectStatus(await template(e.id, 'request_information', 'bank_details'), 200);
    expect(response.body).toMatchObject({
      locale: 'sv',
      subject: 'Mer information behövs för Fabrikam ABs CSP-ansökan',
    });
    expect(response.body.body).toContain('som visar Fabrikam AB som kontoinnehavare');
  });

  it('refuses an unknown reason, a reason of the other command and no query with 400', async () => {
    const partner = await createPartner(t, { tenantId: randomUUID() });
    const e = await createEnrollment(t, partner, { state: 'in_review' });
    for (const [command, reason] of [
      ['reject', 'bank_details'],
      ['request_information', 'rude'],
      ['verify', 'other'],
    ] as const) {
      const refused = expectStatus(await template(e.id, command, reason), 400);
      expect(refused.body).toMatchObject({
        code: 'enrollment.message_template_invalid',
        details: { command, reason },
      });
    }
    expectStatus(await rita.get(`/api/enrollments/${e.id}/message-templates`), 400);
    expect(expectStatus(await template(e.id, 'reject', 'other', ada), 403).body.code).toBe(
      'partner.staff_only',
    );
  });

  it('sends the edited request for information word for word, records its reason, and keeps it on the case', async () => {
    const partner = await createPartner(t, {
      tenantId: randomUUID(),
      legalName: 'Litware AB',
      adminEmail: 'lina@litware.com',
    });
    const e = await createEnrollment(t, partner, { state: 'in_review' });
    const filled = expectStatus(
      await template(e.id, 'request_information', 'business_documents'),
      200,
    ).body as { subject: string; body: string };
    const edited = filled.body.replace(
      'with no abbreviations.',
      'with no abbreviations. A scan of the original is fine.',
    );
    const sent = expectStatus(
      await rita.command(e.id, 'request-information', {
        reasonCode: 'business_documents',
        message: edited,
      }),
      200,
    );
    expect(sent.body.lastInformationRequest).toBe(edited);
    const emails = await query<{ subject: string; body: string; recipient: string }>(
      `SELECT subject, body, recipient FROM outbound_emails WHERE enrollment_id = $1`,
      [e.id],
    );
    expect(emails).toEqual([
      { subject: filled.subject, body: edited, recipient: 'lina@litware.com' },
    ]);
    const [audit] = await query<{ changes: Record<string, unknown> }>(
      `SELECT changes FROM audit_events WHERE enrollment_id = $1 AND command = 'request_information'`,
      [e.id],
    );
    expect(audit!.changes).toEqual({ reasonCode: 'business_documents', message: edited });
  });

  it('sends the rejection as written, and keeps the reason’s code in the audit trail', async () => {
    const partner = await createPartner(t, {
      tenantId: randomUUID(),
      legalName: 'Adventure Works AB',
      adminEmail: 'alex@adventure-works.com',
      preferredLanguage: 'sv',
    });
    const e = await createEnrollment(t, partner, { state: 'in_review' });
    const text = 'Hej!\n\nVi kan inte godkänna ansökan: företaget har redan ett konto.\n\nMvh Rita';
    expectStatus(
      await rita.command(e.id, 'reject', { reasonCode: 'duplicate_application', reason: text }),
      200,
    );
    const emails = await query<{ subject: string; body: string; locale: string }>(
      `SELECT subject, body, locale FROM outbound_emails WHERE enrollment_id = $1`,
      [e.id],
    );
    expect(emails).toEqual([
      { subject: 'Adventure Works ABs CSP-ansökan godkändes inte', body: text, locale: 'sv' },
    ]);
    const [audit] = await query<{ changes: Record<string, unknown> }>(
      `SELECT changes FROM audit_events WHERE enrollment_id = $1 AND command = 'reject'`,
      [e.id],
    );
    expect(audit!.changes).toEqual({ reasonCode: 'duplicate_application', reason: text });
  });
});
