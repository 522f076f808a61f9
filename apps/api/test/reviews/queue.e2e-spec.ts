// The reviewers' queue through the API on real PostgreSQL: each filter, the tab counts, the
// service level, assignment (one winner when two claim at once), and bulk actions row by row.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { tenants } from '@hub/devstack';
import { DataSource } from 'typeorm';
import { ENROLLMENT_LIST } from '../../src/modules/enrollments/enrollment-queue.js';
import { EnrollmentEntity } from '../../src/modules/enrollments/enrollment.entity.js';
import { PartnerEntity } from '../../src/modules/partners/partner.entity.js';
import {
  asPersona,
  createEnrollment,
  createPartner,
  expectStatus,
  type PersonaClient,
} from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const RITA = '3e8c0f2b-4d5a-4b7c-9d2e-3f4a5b6c7d14';
const PAUL = '4f9d1a3c-5e6b-4c8d-8e3f-4a5b6c7d8e15';

describe('the review queue', () => {
  let t: TestApp;
  let rita: PersonaClient;
  let paul: PersonaClient;
  let ada: PersonaClient;
  const ids: Record<string, string> = {};
  const list = async (filter: object, sort = ['submittedAt', 'ASC']) => {
    const response = expectStatus(
      await rita.get(
        `/api/enrollments?filter=${encodeURIComponent(JSON.stringify(filter))}&sort=${encodeURIComponent(JSON.stringify(sort))}`,
      ),
      200,
    );
    return response;
  };
  const names = (response: { body: { legalName: string }[] }) =>
    response.body.map((row) => row.legalName);

  beforeAll(async () => {
    t = await createTestApp();
    rita = asPersona(t, await t.tokenFor('reviewer'));
    paul = asPersona(t, await t.tokenFor('program-admin'));
    ada = asPersona(t, await t.tokenFor('contoso-admin'));
    // Both staff have signed in once, so they can be assigned cases.
    expectStatus(await rita.get('/api/me'), 200);
    expectStatus(await paul.get('/api/me'), 200);
    const db = t.app.get(DataSource);
    const day = 86_400_000;
    const make = async (
      key: string,
      legalName: string,
      tenantId: string,
      country: string,
      state: EnrollmentEntity['state'],
      daysAgo: number,
      extra: Partial<EnrollmentEntity> = {},
    ) => {
      const partner = await createPartner(t, {
        tenantId,
        legalName,
        country,
        partnerId: String(4_000_000 + Object.keys(ids).length),
        adminEmail: `admin@${key}.example`,
        bankLast4: String(1000 + Object.keys(ids).length),
      });
      const enrollment = await createEnrollment(t, partner, { state });
      await db.getRepository(EnrollmentEntity).update(enrollment.id, {
        submittedAt: new Date(Date.now() - daysAgo * day),
        slaTargetBusinessDays: 5,
        slaOverdueFrom: new Date(Date.now() + (daysAgo > 10 ? -1 : 1) * day),
        ...extra,
      });
      ids[key] = enrollment.id;
    };
    await make('contoso', 'Contoso AB', tenants.contoso.id, 'SE', 'submitted', 20);
    await make('fabrikam', 'Fabrikam GmbH', tenants.fabrikam.id, 'DE', 'in_review', 3);
    await make(
      'tailspin',
      'Tailspin Toys Pty',
      '7a1e6b0c-1111-4111-8111-000000000001',
      'AU',
      'submitted',
      2,
    );
    await make(
      'woodgrove',
      'Woodgrove Bank SA',
      '7a1e6b0c-1111-4111-8111-000000000002',
      'BR',
      'info_requested',
      30,
    );
    await make(
      'litware',
      'Litware Inc',
      '7a1e6b0c-1111-4111-8111-000000000003',
      'US',
      'rejected',
      40,
    );
  });
  afterAll(() => t.close());

  it('filters by tab, region, country, program and submission dates', async () => {
    expect(names(await list({ tab: ['new'] }))).toEqual(['Contoso AB', 'Tailspin Toys Pty']);
    expect(names(await list({ tab: ['waiting', 'decided'] }))).toEqual([
      'Litware Inc',
      'Woodgrove Bank SA',
    ]);
    expect(names(await list({ region: ['Europe'] }))).toEqual(['Contoso AB', 'Fabrikam GmbH']);
    expect(names(await list({ country: ['AU', 'BR'] }))).toEqual([
      'Woodgrove Bank SA',
      'Tailspin Toys Pty',
    ]);
    const today = new Date().toISOString().slice(0, 10);
    const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
    expect(names(await list({ submittedFrom: tenDaysAgo, submittedTo: today }))).toEqual([
      'Fabrikam GmbH',
      'Tailspin Toys Pty',
    ]);
    expect(names(await list({ program: ['direct_bill'] }))).toEqual([]);
  });

  it('sorts both ways, and the total is exact for a small result', async () => {
    const descending = await list({ tab: ['new', 'in_review'] }, ['submittedAt', 'DESC']);
    expect(names(descending)).toEqual(['Tailspin Toys Pty', 'Fabrikam GmbH', 'Contoso AB']);
    expect(descending.headers['content-range']).toBe('enrollments 0-2/3');
    expect(descending.headers['x-total-estimated']).toBeUndefined();
  });

  it('searches the legal name (fragments, any case), PartnerID, e-mail domain and last 4', async () => {
    expect(names(await list({ q: 'WOODGR' }))).toEqual(['Woodgrove Bank SA']);
    const partnerIds = ((await list({ q: 'Tailspin' })).body as { partnerIdNumber: string }[]).map(
      (row) => row.partnerIdNumber,
    );
    expect(names(await list({ q: partnerIds[0] }))).toEqual(['Tailspin Toys Pty']);
    expect(names(await list({ q: '@litware.example' }))).toEqual(['Litware Inc']);
    expect(names(await list({ q: 'fabrikam.example' }))).toEqual(['Fabrikam GmbH']);
    const last4 = (await list({ q: 'Contoso' })).body[0].bankDetails.last4 as string;
    expect(names(await list({ q: last4 }))).toEqual(['Contoso AB']);
  });

  it('flags overdue cases only while Microsoft owes the next step', async () => {
    // Contoso (submitted) and Woodgrove (waiting for the partner) are both past their instant.
    expect(names(await list({ overdue: true }))).toEqual(['Contoso AB']);
    expect(names(await list({ overdue: false }))).toEqual([
      'Litware Inc',
      'Woodgrove Bank SA',
      'Fabrikam GmbH',
      'Tailspin Toys Pty',
    ]);
    const woodgrove = (await list({ q: 'Woodgrove' })).body[0];
    expect(woodgrove.serviceLevel).toEqual(
      expect.objectContaining({ clock: 'paused', targetBusinessDays: 5, overdue: false }),
    );
  });

  it('counts each tab under the rest of the filter', async () => {
    const counts = expectStatus(
      await rita.get(
        `/api/enrollments/tab-counts?filter=${encodeURIComponent(JSON.stringify({ region: ['Europe'], tab: ['decided'] }))}`,
      ),
      200,
    ).body;
    expect(counts).toEqual([
      { tab: 'new', count: 1, capped: false },
      { tab: 'in_review', count: 1, capped: false },
      { tab: 'waiting', count: 0, capped: false },
      { tab: 'credit_check', count: 0, capped: false },
      { tab: 'verified', count: 0, capped: false },
      { tab: 'decided', count: 0, capped: false },
    ]);
  });

  it('refuses an unknown filter, a bad date, a bad region and a bad cursor with a 400 naming it', async () => {
    for (const [filter, word] of [
      [{ colour: 'red' }, 'colour'],
      [{ submittedFrom: '2026-02-30' }, 'submittedFrom'],
      [{ region: ['Atlantis'] }, 'Atlantis'],
      [{ assignee: 'someone' }, 'assignee'],
      [{ after: 'bm90IGEgY3Vyc29y' }, 'after'],
      // Well formed, but its value is no date (the default sort is by creation time).
      [{ after: Buffer.from(JSON.stringify(['yesterday', RITA])).toString('base64url') }, 'after'],
      [{ tab: ['draft'] }, 'tab'],
    ] as const) {
      const response = await rita.get(
        `/api/enrollments?filter=${encodeURIComponent(JSON.stringify(filter))}`,
      );
      expect({ status: response.status, code: response.body.code }).toEqual({
        status: 400,
        code: 'http.list_query_invalid',
      });
      expect(JSON.stringify(response.body)).toContain(word);
    }
  });

  it('pages by keyset: following X-Next-Cursor walks every row once, in order', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page += 1) {
      const filter = after === undefined ? {} : { after };
      const response = expectStatus(
        await rita.get(
          `/api/enrollments?filter=${encodeURIComponent(JSON.stringify(filter))}&sort=${encodeURIComponent('["submittedAt","DESC"]')}&range=[0,1]`,
        ),
        200,
      );
      seen.push(...names(response));
      after = response.headers['x-next-cursor'];
      if (after === undefined) {
        break;
      }
    }
    expect(seen).toEqual(names(await list({}, ['submittedAt', 'DESC'])));
    expect(seen).toHaveLength(5);
  });

  it('exports the whole current view as CSV, in its order, and a partner only its own', async () => {
    const csv = await rita.get(
      `/api/enrollments/export?filter=${encodeURIComponent('{"tab":["new","in_review","waiting"]}')}&sort=${encodeURIComponent('["submittedAt","ASC"]')}`,
    );
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="applications-/);
    const lines = csv.text.trim().split('\n');
    expect(lines[0]).toBe(
      'id,legalName,partnerId,program,state,country,region,submittedAt,ageBusinessDays,targetBusinessDays,overdue,assignee,decidedAt',
    );
    expect(lines.slice(1).map((line) => line.split(',')[1])).toEqual(
      names(await list({ tab: ['new', 'in_review', 'waiting'] })),
    );
    expect(lines[1]).toContain(
      ',Woodgrove Bank SA,4000003,indirect_reseller,info_requested,BR,Brazil,',
    );
    const own = await ada.get('/api/enrollments/export');
    expect(own.status).toBe(200);
    expect(own.text).toContain('Contoso AB');
    expect(own.text).not.toContain('Fabrikam');
    const bad = await rita.get(
      `/api/enrollments/export?filter=${encodeURIComponent('{"colour":1}')}`,
    );
    expect({ status: bad.status, code: bad.body.code }).toEqual({
      status: 400,
      code: 'http.list_query_invalid',
    });
  });

  it('lets exactly one of two staff claim the same case at the same time', async () => {
    const id = ids['fabrikam']!;
    const version = (await rita.get(`/api/enrollments/${id}`)).body.version as number;
    const [a, b] = await Promise.all([
      rita.post(`/api/enrollments/${id}/claim`, {}, { 'if-match': `"${version}"` }),
      paul.post(`/api/enrollments/${id}/claim`, {}, { 'if-match': `"${version}"` }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 412]);
    const winner = a.status === 200 ? a.body : b.body;
    const after = expectStatus(await rita.get(`/api/enrollments/${id}`), 200).body;
    expect(after.assignee.userId).toBe(winner.assignee.userId);
    expect(after.version).toBe(version + 1);
    const trail = await t.app
      .get(DataSource)
      .query<{ command: string }[]>(
        `SELECT command FROM audit_events WHERE enrollment_id = $1 ORDER BY seq`,
        [id],
      );
    expect(trail.map((row) => row.command)).toEqual(['claim']);
    // The loser cannot claim it now either: a colleague holds it.
    const loser = a.status === 200 ? paul : rita;
    const refused = await loser.post(
      `/api/enrollments/${id}/claim`,
      {},
      { 'if-match': `"${after.version}"` },
    );
    expect({ status: refused.status, code: refused.body.code }).toEqual({
      status: 409,
      code: 'enrollment.already_assigned',
    });
  });

  it('lists the staff who have signed in as assignees', async () => {
    const staff = expectStatus(await rita.get('/api/staff'), 200);
    expect(staff.body).toEqual([
      expect.objectContaining({ id: PAUL, name: 'Paul Admin', kind: 'program_admin' }),
      expect.objectContaining({ id: RITA, name: 'Rita Reviewer', kind: 'reviewer' }),
    ]);
    expect(staff.headers['content-range']).toBe('staff 0-1/2');
  });

  it('assigns to staff only, and lists "assigned to me"', async () => {
    const id = ids['tailspin']!;
    let version = (await rita.get(`/api/enrollments/${id}`)).body.version as number;
    const toAda = await rita.post(
      `/api/enrollments/${id}/assign`,
      { assigneeUserId: '1c6a8d0f-2b3e-4f5a-9b0c-1d2e3f4a5b12' },
      { 'if-match': `"${version}"` },
    );
    expect({ status: toAda.status, code: toAda.body.code }).toEqual({
      status: 422,
      code: 'enrollment.assignee_not_staff',
    });
    const toPaul = expectStatus(
      await rita.post(
        `/api/enrollments/${id}/assign`,
        { assigneeUserId: PAUL },
        { 'if-match': `"${version}"`, 'idempotency-key': 'assign-tailspin-1' },
      ),
      200,
    );
    expect(toPaul.body.assignee).toEqual(
      expect.objectContaining({ userId: PAUL, name: 'Paul Admin' }),
    );
    version = toPaul.body.version;
    // The same key again replays the answer; nothing is written twice.
    const replay = await rita.post(
      `/api/enrollments/${id}/assign`,
      { assigneeUserId: PAUL },
      { 'if-match': `"${version - 1}"`, 'idempotency-key': 'assign-tailspin-1' },
    );
    expect(replay.status).toBe(200);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    const mine = expectStatus(
      await paul.get(`/api/enrollments?filter=${encodeURIComponent('{"assignee":"me"}')}`),
      200,
    );
    expect(names(mine)).toContain('Tailspin Toys Pty');
    expect(names(mine)).not.toContain('Contoso AB');
    expect(names(await list({ assignee: RITA }))).not.toContain('Tailspin Toys Pty');
  });

  it('runs a bulk action row by row: done, stale and refused rows each say so', async () => {
    const current = async (key: string) =>
      (await rita.get(`/api/enrollments/${ids[key]}`)).body.version as number;
    const response = expectStatus(
      await rita.post('/api/enrollments/bulk', {
        action: 'start_review',
        items: [
          { id: ids['contoso'], version: await current('contoso') },
          { id: ids['tailspin'], version: (await current('tailspin')) + 5 },
          { id: ids['litware'], version: await current('litware') },
        ],
      }),
      200,
    );
    expect(response.body.done).toBe(1);
    expect(
      (response.body.results as { ok: boolean; status: number; code?: string }[]).map((r) => [
        r.ok,
        r.status,
        r.code,
      ]),
    ).toEqual([
      [true, 200, undefined],
      [false, 412, 'http.precondition_failed'],
      [false, 409, 'enrollment.illegal_transition'],
    ]);
    expect((await rita.get(`/api/enrollments/${ids['contoso']}`)).body.state).toBe('in_review');
    expect((await rita.get(`/api/enrollments/${ids['tailspin']}`)).body.state).toBe('submitted');

    const assigned = expectStatus(
      await paul.post('/api/enrollments/bulk', {
        action: 'assign',
        assigneeUserId: RITA,
        items: [
          { id: ids['contoso'], version: await current('contoso') },
          { id: ids['woodgrove'], version: await current('woodgrove') },
        ],
      }),
      200,
    );
    expect(assigned.body.done).toBe(2);
    const ritas = names(await list({ assignee: 'me' }));
    expect(ritas.filter((name) => name !== 'Fabrikam GmbH')).toEqual([
      'Woodgrove Bank SA',
      'Contoso AB',
    ]);
    expect(
      (
        await ada.post('/api/enrollments/bulk', {
          action: 'claim',
          items: [{ id: ids['contoso'], version: 1 }],
        })
      ).status,
    ).toBe(403);
  });

  it('starts the clock at submission, pauses it while the partner owes an answer', async () => {
    const db = t.app.get(DataSource);
    const contoso = await db
      .getRepository(PartnerEntity)
      .findOneByOrFail({ tenantId: tenants.contoso.id });
    const draft = await createEnrollment(t, contoso, { state: 'draft' });
    await db.query(
      `UPDATE program_settings SET review_target_business_days = 3 WHERE program = 'indirect_reseller'`,
    );
    const submitted = expectStatus(await ada.command(draft.id, 'submit'), 200).body;
    expect(submitted.serviceLevel).toEqual(
      expect.objectContaining({
        clock: 'running',
        ageBusinessDays: 0,
        targetBusinessDays: 3,
        overdue: false,
      }),
    );
    expectStatus(await rita.command(draft.id, 'start-review'), 200);
    const asked = expectStatus(
      await rita.command(draft.id, 'request-information', {
        reasonCode: 'business_documents',
        message: 'Send the certificate.',
      }),
      200,
    ).body;
    expect(asked.serviceLevel.clock).toBe('paused');
    const row = await db.getRepository(EnrollmentEntity).findOneByOrFail({ id: draft.id });
    expect(row.slaPausedSince).not.toBeNull();
    expect(row.slaTargetBusinessDays).toBe(3);
  });

  it('pages by keyset in every sort and direction: each row once, in the offset order, NULLs last', async () => {
    // Two drafts (no submission date, no assignee, no overdue date) and two applications
    // submitted at the same instant, so pages of two end inside a run of equal values and
    // inside the NULLs.
    const db = t.app.get(DataSource);
    const tie = new Date('2026-01-15T10:00:00.123Z');
    for (const [n, state] of [
      [4, 'draft'],
      [5, 'draft'],
      [6, 'submitted'],
      [7, 'submitted'],
    ] as const) {
      const partner = await createPartner(t, {
        tenantId: `7a1e6b0c-1111-4111-8111-00000000000${n}`,
        legalName: `Keyset Oy ${n}`,
        country: 'FI',
        partnerId: String(4_100_000 + n),
        adminEmail: `admin@keyset${n}.example`,
        bankLast4: String(2000 + n),
      });
      const enrollment = await createEnrollment(t, partner, { state });
      if (state === 'submitted') {
        await db.getRepository(EnrollmentEntity).update(enrollment.id, { submittedAt: tie });
      }
    }
    const idsOf = (response: { body: { id: string }[] }) => response.body.map((row) => row.id);
    for (const field of ENROLLMENT_LIST.sortable) {
      for (const order of ['ASC', 'DESC'] as const) {
        const whole = idsOf(await list({}, [field, order]));
        const seen: string[] = [];
        let after: string | undefined;
        for (let page = 0; page < 20 && (page === 0 || after !== undefined); page += 1) {
          const response = expectStatus(
            await rita.get(
              `/api/enrollments?filter=${encodeURIComponent(JSON.stringify(after === undefined ? {} : { after }))}&sort=${encodeURIComponent(JSON.stringify([field, order]))}&range=[0,1]`,
            ),
            200,
          );
          seen.push(...idsOf(response));
          after = response.headers['x-next-cursor'];
        }
        expect({ field, order, seen }).toEqual({ field, order, seen: whole });
      }
    }
    for (const order of ['ASC', 'DESC']) {
      const rows = (await list({}, ['submittedAt', order])).body as {
        submittedAt: string | null;
      }[];
      const submitted = rows.map((row) => row.submittedAt);
      expect(submitted.slice(-2)).toEqual([null, null]);
      expect(submitted.slice(0, -2)).not.toContain(null);
    }
  });
});
