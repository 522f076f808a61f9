// Duplicate applicants across tenants (issue 8 item 8) through the API on real PostgreSQL: the
// same bank account (by its blind index), PartnerID or e-mail domain on another tenant's partner
// is flagged on both case pages with the other's cases, the queue filters flagged cases, and
// partners never learn of other tenants.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { BackfillPartnerDuplicateFlags1797700000001 } from '../../src/database/migrations/1797700000001-BackfillPartnerDuplicateFlags.js';
import {
  lockDuplicateFlags,
  refreshDuplicateFlags,
} from '../../src/modules/partners/partner-duplicates.js';
import { toDuplicateKeys } from '@hub/domain';
import { EnrollmentEntity } from '../../src/modules/enrollments/enrollment.entity.js';
import { PartnerEntity } from '../../src/modules/partners/partner.entity.js';
import {
  asPersona,
  createEnrollment,
  createPartner,
  expectStatus,
  partnerBody,
  type PersonaClient,
} from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedToken } from '../support/tokens.js';

/** A valid Swedish IBAN for a number (check digits by ISO 7064 mod 97-10). */
function swedishIban(n: number): string {
  const bban = `5000${String(n).padStart(16, '0')}`;
  const check = 98 - Number(BigInt(`${bban}281400`) % 97n);
  return `SE${String(check).padStart(2, '0')}${bban}`;
}

type Applicant = {
  name: string;
  tenantId: string;
  admin: PersonaClient;
  partnerId: string;
  enrollmentId: string;
};

type Duplicate = {
  signals: string[];
  partnerId: string;
  tenantId: string;
  legalName: string;
  country: string;
  enrollments: { id: string; program: string; state: string }[];
};

describe('duplicate applicants across tenants', () => {
  let t: TestApp;
  let rita: PersonaClient;
  let serial = 0;

  /** A new tenant's global admin creates its profile and opens an application. */
  const apply = async (
    name: string,
    profile: { iban?: string; partnerId?: string; adminEmail?: string } = {},
  ): Promise<Applicant> => {
    const n = (serial += 1);
    const tenantId = randomUUID();
    const admin = asPersona(
      t,
      await signedToken('contoso-admin', { claims: { tid: tenantId, oid: randomUUID() } }),
    );
    const partner = expectStatus(
      await admin.post(
        '/api/partners',
        partnerBody({
          legalName: name,
          partnerId: profile.partnerId ?? String(6_100_000 + n),
          adminEmail: profile.adminEmail ?? `anna@applicant${n}.example`,
          bankDetails: {
            iban: profile.iban ?? swedishIban(900 + n),
            bic: 'ESSESESS',
            accountHolderName: name,
          },
        }),
      ),
      201,
    );
    const enrollment = expectStatus(
      await admin.post('/api/enrollments', { program: 'indirect_reseller' }),
      201,
    );
    return {
      name,
      tenantId,
      admin,
      partnerId: (partner.body as { id: string }).id,
      enrollmentId: (enrollment.body as { id: string }).id,
    };
  };

  const duplicatesOf = async (applicant: Applicant): Promise<Duplicate[]> => {
    const response = expectStatus(
      await rita.get(`/api/enrollments/${applicant.enrollmentId}`),
      200,
    );
    return (response.body as { duplicates: Duplicate[] }).duplicates;
  };

  const expected = (other: Applicant, signals: string[]): Duplicate => ({
    signals,
    partnerId: other.partnerId,
    tenantId: other.tenantId,
    legalName: other.name,
    country: 'SE',
    enrollments: [{ id: other.enrollmentId, program: 'indirect_reseller', state: 'draft' }],
  });

  const queue = async (filter: object) => {
    const response = expectStatus(
      await rita.get(
        `/api/enrollments?filter=${encodeURIComponent(JSON.stringify(filter))}&range=${encodeURIComponent('[0,99]')}`,
      ),
      200,
    );
    return response.body as { id: string; legalName: string; duplicates?: Duplicate[] }[];
  };
  const flaggedNames = async () =>
    (await queue({ duplicate: true })).map((r) => r.legalName).sort();

  beforeAll(async () => {
    t = await createTestApp();
    rita = asPersona(t, await t.tokenFor('reviewer'));
  });
  afterAll(() => t.close());

  it('flags the same IBAN on two tenants on both case pages, each linking the other’s case', async () => {
    const iban = swedishIban(1);
    const alpha = await apply('Alpha Bank Twin AB', { iban });
    // The same account typed another way: the parser normalises it, the blind index is equal.
    const beta = await apply('Beta Bank Twin AB', {
      iban: iban.toLowerCase().replace(/(.{4})/g, '$1 '),
    });
    expect(await duplicatesOf(alpha)).toEqual([expected(beta, ['bank_account'])]);
    expect(await duplicatesOf(beta)).toEqual([expected(alpha, ['bank_account'])]);
    // Compared by the blind index only: the answer never carries the account number.
    const body = JSON.stringify((await rita.get(`/api/enrollments/${alpha.enrollmentId}`)).body);
    expect(body).not.toContain(iban.slice(4, -4));
  });

  it('flags the same PartnerID, and the same e-mail domain whatever its case', async () => {
    const gamma = await apply('Gamma Same Id AB', { partnerId: '6200001' });
    const delta = await apply('Delta Same Id AB', { partnerId: '6200001' });
    expect(await duplicatesOf(gamma)).toEqual([expected(delta, ['partner_id'])]);
    expect(await duplicatesOf(delta)).toEqual([expected(gamma, ['partner_id'])]);

    const epsilon = await apply('Epsilon Shared Domain AB', {
      adminEmail: 'eva@shared-domain.example',
    });
    const zeta = await apply('Zeta Shared Domain AB', { adminEmail: 'zoe@Shared-Domain.EXAMPLE' });
    expect(await duplicatesOf(epsilon)).toEqual([expected(zeta, ['email_domain'])]);
    expect(await duplicatesOf(zeta)).toEqual([expected(epsilon, ['email_domain'])]);
  });

  it('names every signal two partners share', async () => {
    const iban = swedishIban(2);
    const eta = await apply('Eta Triple AB', {
      iban,
      partnerId: '6300001',
      adminEmail: 'a@triple.example',
    });
    const theta = await apply('Theta Triple AB', {
      iban,
      partnerId: '6300001',
      adminEmail: 'b@triple.example',
    });
    expect(await duplicatesOf(eta)).toEqual([
      expected(theta, ['bank_account', 'partner_id', 'email_domain']),
    ]);
  });

  it('does not flag a shared web-mail domain', async () => {
    // The API refuses web-mail for an admin; rows from before that rule (or written around it)
    // still must not make every Gmail user a duplicate of every other.
    const db = t.app.get(DataSource);
    const made: { partner: PartnerEntity; enrollment: EnrollmentEntity }[] = [];
    for (const [index, email] of ['kim@gmail.com', 'lee@GMAIL.com'].entries()) {
      const partner = await createPartner(t, {
        tenantId: randomUUID(),
        legalName: `Webmail ${index} AB`,
        partnerId: String(6_400_000 + index),
        adminEmail: email,
        bankBlindIndex: `webmail-${index}`,
      });
      made.push({ partner, enrollment: await createEnrollment(t, partner) });
    }
    await db.transaction(async (manager) => {
      await lockDuplicateFlags(manager);
      await refreshDuplicateFlags(manager, {
        partnerIds: made.map((m) => m.partner.id),
        keys: made.map((m) => toDuplicateKeys(m.partner)),
      });
    });
    for (const { enrollment } of made) {
      const response = expectStatus(await rita.get(`/api/enrollments/${enrollment.id}`), 200);
      expect((response.body as { duplicates: Duplicate[] }).duplicates).toEqual([]);
    }
    expect(await flaggedNames()).not.toContain('Webmail 0 AB');
    expect(await flaggedNames()).not.toContain('Webmail 1 AB');
  });

  it('never flags a tenant’s own applications as duplicates of each other', async () => {
    const solo = await apply('Solo Two Programs AB');
    const second = expectStatus(
      await solo.admin.post('/api/enrollments', { program: 'direct_bill' }),
      201,
    );
    expect(await duplicatesOf(solo)).toEqual([]);
    const other = expectStatus(
      await rita.get(`/api/enrollments/${(second.body as { id: string }).id}`),
      200,
    );
    expect((other.body as { duplicates: Duplicate[] }).duplicates).toEqual([]);
    expect(await flaggedNames()).not.toContain('Solo Two Programs AB');
  });

  it('never tells a partner about duplicates, on its case or its list', async () => {
    const iban = swedishIban(3);
    const iota = await apply('Iota Private AB', { iban });
    await apply('Kappa Private AB', { iban });
    const own = expectStatus(await iota.admin.get(`/api/enrollments/${iota.enrollmentId}`), 200);
    expect(own.body).not.toHaveProperty('duplicates');
    expect(JSON.stringify(own.body)).not.toContain('Kappa');
    const list = expectStatus(await iota.admin.get('/api/enrollments'), 200);
    for (const row of list.body as object[]) {
      expect(row).not.toHaveProperty('duplicates');
    }
    const partner = expectStatus(await iota.admin.get(`/api/partners/${iota.partnerId}`), 200);
    expect(JSON.stringify(partner.body)).not.toContain('Kappa');
  });

  it('filters the queue to flagged cases, or to the others, and carries the duplicates on each row', async () => {
    const flagged = await queue({ duplicate: true });
    expect(flagged.map((r) => r.legalName).sort()).toEqual([
      'Alpha Bank Twin AB',
      'Beta Bank Twin AB',
      'Delta Same Id AB',
      'Epsilon Shared Domain AB',
      'Eta Triple AB',
      'Gamma Same Id AB',
      'Iota Private AB',
      'Kappa Private AB',
      'Theta Triple AB',
      'Zeta Shared Domain AB',
    ]);
    expect(flagged.every((row) => (row.duplicates ?? []).length > 0)).toBe(true);
    const others = await queue({ duplicate: false });
    expect(others.map((r) => r.legalName)).toEqual(
      expect.arrayContaining(['Solo Two Programs AB', 'Webmail 0 AB']),
    );
    expect(others.every((row) => row.duplicates?.length === 0)).toBe(true);
    // The tab counts take the filter too (these are all drafts: in no tab yet).
    const tabs = expectStatus(
      await rita.get(
        `/api/enrollments/tab-counts?filter=${encodeURIComponent(JSON.stringify({ duplicate: true }))}`,
      ),
      200,
    );
    expect((tabs.body as { count: number }[]).map((tab) => tab.count)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('clears both flags when one partner changes its bank account, and sets them again', async () => {
    const iban = swedishIban(4);
    const lambda = await apply('Lambda Moves AB', { iban });
    const mu = await apply('Mu Stays AB', { iban });
    expect(await flaggedNames()).toEqual(
      expect.arrayContaining(['Lambda Moves AB', 'Mu Stays AB']),
    );
    const put = async (applicant: Applicant, bankIban: string) => {
      const current = expectStatus(
        await applicant.admin.get(`/api/partners/${applicant.partnerId}`),
        200,
      );
      expectStatus(
        await applicant.admin.put(
          `/api/partners/${applicant.partnerId}`,
          partnerBody({
            legalName: applicant.name,
            partnerId: (current.body as { partnerId: string }).partnerId,
            adminEmail: (current.body as { adminEmail: string }).adminEmail,
            bankDetails: { iban: bankIban, bic: 'ESSESESS', accountHolderName: applicant.name },
          }),
          { 'if-match': String(current.headers['etag']) },
        ),
        200,
      );
    };
    await put(lambda, swedishIban(5));
    expect(await duplicatesOf(lambda)).toEqual([]);
    expect(await duplicatesOf(mu)).toEqual([]);
    const names = await flaggedNames();
    expect(names).not.toContain('Lambda Moves AB');
    expect(names).not.toContain('Mu Stays AB');

    await put(lambda, iban);
    expect(await duplicatesOf(mu)).toEqual([expected(lambda, ['bank_account'])]);
    expect(await flaggedNames()).toEqual(
      expect.arrayContaining(['Lambda Moves AB', 'Mu Stays AB']),
    );
  });

  it('flags both of two profiles that take the same IBAN at the same moment', async () => {
    // Four pairs, all eight profiles sent at once: without the lock each of a pair would miss
    // the other's uncommitted row, and neither would be flagged.
    const pairs = [7, 8, 9, 10].map((n) => ({
      iban: swedishIban(n),
      names: [`Nu ${n} AB`, `Xi ${n} AB`],
    }));
    const admins = await Promise.all(
      pairs
        .flatMap(() => [0, 1])
        .map(async () =>
          asPersona(
            t,
            await signedToken('contoso-admin', {
              claims: { tid: randomUUID(), oid: randomUUID() },
            }),
          ),
        ),
    );
    const responses = await Promise.all(
      pairs.flatMap(({ iban, names }, pair) =>
        names.map((name, index) =>
          admins[pair * 2 + index]!.post(
            '/api/partners',
            partnerBody({
              legalName: name,
              partnerId: String(6_500_000 + pair * 2 + index),
              adminEmail: `nils@concurrent${pair * 2 + index}.example`,
              bankDetails: { iban, bic: 'ESSESESS', accountHolderName: name },
            }),
          ),
        ),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 201));
    for (const admin of admins) {
      expectStatus(await admin.post('/api/enrollments', { program: 'indirect_reseller' }), 201);
    }
    expect(await flaggedNames()).toEqual(
      expect.arrayContaining(pairs.flatMap(({ names }) => names)),
    );
  });

  it('agrees with the backfill migration: it flags exactly the partners the API flagged', async () => {
    const db = t.app.get(DataSource);
    const flags = () =>
      db.query<{ partner_id: string }[]>(
        'SELECT partner_id FROM partner_duplicate_flags ORDER BY partner_id',
      );
    const kept = await flags();
    expect(kept.length).toBeGreaterThan(10);
    const runner = db.createQueryRunner();
    try {
      await runner.query('DELETE FROM partner_duplicate_flags');
      await new BackfillPartnerDuplicateFlags1797700000001().up(runner);
    } finally {
      await runner.release();
    }
    expect(await flags()).toEqual(kept);
  });

  it('refuses an unknown or malformed filter with 400 naming it', async () => {
    for (const [filter, named] of [
      [{ duplicates: true }, 'duplicates'],
      [{ duplicate: 'yes' }, 'filter.duplicate'],
    ] as const) {
      const response = expectStatus(
        await rita.get(`/api/enrollments?filter=${encodeURIComponent(JSON.stringify(filter))}`),
        400,
      );
      expect(JSON.stringify(response.body)).toContain(named);
    }
  });
});
