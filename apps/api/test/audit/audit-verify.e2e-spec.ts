import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { AuditEventEntity } from '../../src/modules/audit/audit-event.entity.js';
import { hashAuditRow } from '../../src/modules/audit/audit.service.js';
import { asPersona, expectStatus, partnerBody } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// `npm run audit:verify` as a user runs it: scripts/audit-verify.mjs with DATABASE_URL, which
// hands over to the API's built command (`node apps/api/dist/database/audit-verify.js`).
const script = fileURLToPath(new URL('../../../../scripts/audit-verify.mjs', import.meta.url));
const builtCommand = fileURLToPath(new URL('../../dist/database/audit-verify.js', import.meta.url));

function auditVerify(databaseUrl: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], {
      env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'development' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

describe('npm run audit:verify', () => {
  let t: TestApp;
  let enrollmentId: string;
  /** A superuser's connection to the test's database, as an attacker with full rights has it. */
  let superuser: pg.Client;
  beforeAll(async () => {
    if (!existsSync(builtCommand)) {
      throw new Error(
        `${builtCommand} is missing: build the API first (pnpm --filter @hub/api build).`,
      );
    }
    t = await createTestApp();
    superuser = new pg.Client({ connectionString: t.databaseUrl });
    await superuser.connect();
    const ada = asPersona(t, await t.tokenFor('contoso-admin'));
    const rita = asPersona(t, await t.tokenFor('reviewer'));
    await ada.post('/api/partners', partnerBody()).expect(201);
    const created = await ada
      .post('/api/enrollments', { program: 'indirect_reseller' })
      .expect(201);
    enrollmentId = created.body.id;
    expectStatus(await ada.command(enrollmentId, 'submit'), 200);
    expectStatus(await rita.command(enrollmentId, 'start-review'), 200);
    expectStatus(
      await rita.command(enrollmentId, 'request-information', {
        reasonCode: 'business_documents',
        message: 'Your VAT number?',
      }),
      200,
    );
  });
  afterAll(async () => {
    await superuser.end();
    await t.close();
  });

  const row = (seq: number) =>
    t.app.get(DataSource).getRepository(AuditEventEntity).findOneByOrFail({ enrollmentId, seq });

  it('passes an intact trail', async () => {
    const { code, output } = await auditVerify(t.databaseUrl);
    expect(output).toContain('Audit trail verified: 4 row(s) in 1 chain(s), none broken.');
    expect(code).toBe(0);
  });

  it('refuses UPDATE, DELETE and TRUNCATE on the application’s own connection (PostgreSQL)', async () => {
    const db = t.app.get(DataSource);
    for (const sql of [
      `UPDATE audit_events SET actor_name = 'Mallory' WHERE enrollment_id = '${enrollmentId}'`,
      `DELETE FROM audit_events WHERE enrollment_id = '${enrollmentId}'`,
      'TRUNCATE audit_events',
    ]) {
      await expect(db.query(sql)).rejects.toMatchObject({
        code: '42501', // insufficient_privilege, raised by the append-only trigger
        message: expect.stringMatching(
          /^audit_events is append-only: (UPDATE|DELETE|TRUNCATE) refused$/,
        ),
      });
    }
    expect((await row(2)).actorName).toBe('Ada Lindqvist');
  });

  it('names the row an attacker with superuser rights changed behind the trigger', async () => {
    const tampered = await row(2);
    await superuser.query('BEGIN');
    await superuser.query('ALTER TABLE audit_events DISABLE TRIGGER USER');
    await superuser.query(
      `UPDATE audit_events SET changes = '{"policyId": "forged"}' WHERE id = $1`,
      [tampered.id],
    );
    await superuser.query('ALTER TABLE audit_events ENABLE TRIGGER USER');
    await superuser.query('COMMIT');

    const { code, output } = await auditVerify(t.databaseUrl);
    expect(code).toBe(1);
    expect(output).toContain(
      `audit row ${tampered.id} (enrollment ${enrollmentId}, seq 2) is broken: hash does not match the row’s content (the row was changed).`,
    );
  });

  it('names the next row when the attacker also rewrites the changed row’s hash', async () => {
    const tampered = await row(2);
    await superuser.query('BEGIN');
    await superuser.query('ALTER TABLE audit_events DISABLE TRIGGER USER');
    await superuser.query('UPDATE audit_events SET hash = $2 WHERE id = $1', [
      tampered.id,
      hashAuditRow(tampered),
    ]);
    await superuser.query('ALTER TABLE audit_events ENABLE TRIGGER USER');
    await superuser.query('COMMIT');

    const next = await row(3);
    const { code, output } = await auditVerify(t.databaseUrl);
    expect(code).toBe(1);
    expect(output).toContain(
      `audit row ${next.id} (enrollment ${enrollmentId}, seq 3) is broken: prev_hash is not the previous row’s hash.`,
    );
  });

  it('names the row after one that was deleted', async () => {
    await superuser.query('BEGIN');
    await superuser.query('ALTER TABLE audit_events DISABLE TRIGGER USER');
    // Repair the chain's rows 2 and 3 first, so that only the deletion is left to find.
    const second = await row(2);
    const restored = { ...second, changes: { policyId: null } };
    await superuser.query(`UPDATE audit_events SET changes = $2, hash = $3 WHERE id = $1`, [
      second.id,
      JSON.stringify(restored.changes),
      hashAuditRow(restored),
    ]);
    const third = await row(3);
    await superuser.query('DELETE FROM audit_events WHERE id = $1', [third.id]);
    await superuser.query('ALTER TABLE audit_events ENABLE TRIGGER USER');
    await superuser.query('COMMIT');

    const fourth = await row(4);
    const { code, output } = await auditVerify(t.databaseUrl);
    expect(code).toBe(1);
    expect(output).toContain(
      `audit row ${fourth.id} (enrollment ${enrollmentId}, seq 4) is broken: seq 4 where 3 was expected (a row is missing).`,
    );
  });
});
