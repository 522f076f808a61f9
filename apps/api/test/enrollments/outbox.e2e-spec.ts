import { spawn } from 'node:child_process';
import { createServer, type Server, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { findFreePort, waitFor } from '@hub/devstack';
import pg from 'pg';
import { JobQueue } from '../../src/jobs/job-queue.service.js';
import { asPersona, createEnrollment, createPartner, expectStatus } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

type CaughtMail = { subject: string; to: { address: string }[]; messageId: string };

/** The mail catcher's REST API: every message it holds. */
async function inbox(): Promise<CaughtMail[]> {
  const response = await fetch(new URL('api/email', process.env['TEST_MAIL_INBOX_URL']), {
    headers: { accept: 'application/json' },
  });
  return (await response.json()) as CaughtMail[];
}

/** An SMTP server that accepts the connection and then never answers: a send that hangs. */
async function blackHole(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const port = await findFreePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${port}`,
    close: async () => {
      for (const socket of sockets) {
        socket.destroy();
      }
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** The built worker entry (`node dist/worker.js`), as its own process. */
const workerEntry = fileURLToPath(new URL('../../dist/worker.js', import.meta.url));

describe('the e-mail outbox', () => {
  let first: TestApp;
  let hole: Awaited<ReturnType<typeof blackHole>>;
  beforeAll(async () => {
    hole = await blackHole();
    first = await createTestApp();
  });
  afterAll(async () => {
    await first.close();
    await hole.close();
  });

  it('delivers a submission e-mail exactly once after its worker is killed mid-send and another takes over', async () => {
    const legalName = `Outbox Test ${Date.now()}`;
    const partner = await createPartner(first, { legalName, adminEmail: 'ada@contoso.com' });
    const e = await createEnrollment(first, partner);
    const ada = asPersona(first, await first.tokenFor('contoso-admin'));
    expectStatus(await ada.command(e.id, 'submit'), 200);

    const db = new pg.Client({ connectionString: first.databaseUrl });
    await db.connect();
    try {
      // A worker process takes the job and hangs in the SMTP conversation; then it is killed.
      const worker = spawn(process.execPath, [workerEntry], {
        env: { ...process.env, ...first.env, SMTP_URL: hole.url, LOG_LEVEL: 'silent' },
        stdio: 'ignore',
      });
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      await waitFor(
        'the worker to take the send job',
        async () =>
          ((await db.query(`SELECT 1 FROM graphile_worker.jobs WHERE locked_at IS NOT NULL`))
            .rowCount ?? 0) > 0,
        20_000,
      );
      worker.kill('SIGKILL');
      await exited;
      const unsent = await db.query<{ sent_at: Date | null }>(
        `SELECT sent_at FROM outbound_emails WHERE enrollment_id = $1`,
        [e.id],
      );
      expect(unsent.rows).toEqual([{ sent_at: null }]);

      // Another worker, with a working mail relay, gives the dead worker's job back to the queue
      // (stale after a second here) and sends it.
      const second = await createTestApp({
        DATABASE_URL: first.databaseUrl,
        JOBS_STALE_LOCK_SECONDS: '1',
      });
      try {
        await second.app.get(JobQueue).start();
        await waitFor(
          'the e-mail to arrive',
          async () => {
            return (await inbox()).some((mail) => mail.subject.includes(legalName));
          },
          30_000,
        );
        await new Promise((resolve) => setTimeout(resolve, 1500));
        const copies = (await inbox()).filter((mail) => mail.subject.includes(legalName));
        expect(copies).toHaveLength(1);
        expect(copies[0]?.to).toEqual([expect.objectContaining({ address: 'ada@contoso.com' })]);
        const row = await db.query<{ sent_at: Date | null }>(
          `SELECT sent_at FROM outbound_emails WHERE enrollment_id = $1`,
          [e.id],
        );
        expect(row.rows[0]?.sent_at).toBeInstanceOf(Date);
      } finally {
        await second.close();
      }
    } finally {
      await db.end();
    }
  }, 90_000);
});
