// Faults (issue 11 item 15), each with its figure: PostgreSQL restarted under write load,
// Meilisearch paused, and hundreds of idle connections. The restart is a real one: the API gets a
// PostgreSQL server of its own, which is shut down (fast mode, as `pg_ctl restart` does) and
// started again on the same data while the writers run. Meilisearch is reached through a TCP
// proxy that stops forwarding (./tcp-proxy.ts), so that the run's shared Meilisearch serves the
// other test files meanwhile. The figures are printed, not asserted (speed is measured, not
// tested); `node scripts/bench/faults.mjs` runs the same suite with more writers, the 30 s pause
// and more connections.
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ensureDatabase, findFreePort, startPostgres, type RunningPostgres } from '@hub/devstack';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { runMigrations } from '../../src/database/migrate.js';
import { verifyAuditChains } from '../../src/modules/audit/audit.service.js';
import { EnrollmentEntity } from '../../src/modules/enrollments/enrollment.entity.js';
import { createEnrollment, createPartner } from '../support/factories.js';
import { indexPrefix } from '../providers/support.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const WRITERS = setting('FAULT_WRITERS', 4);
const RESTART_SECONDS = setting('FAULT_RESTART_SECONDS', 2);
const PAUSE_SECONDS = setting('FAULT_PAUSE_SECONDS', 6);
const IDLE_CONNECTIONS = setting('FAULT_IDLE_CONNECTIONS', 500);
const HEALTH_PROBES = setting('FAULT_HEALTH_PROBES', 40);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
/** No answer may be a 500 or hang: every one is a status below 500 or a 503 that says why. */
const isAnAnswer = (response: request.Response) => {
  expect([response.status < 500, response.status === 503]).toContain(true);
  if (response.status === 503) {
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  }
  expect(JSON.stringify(response.body)).not.toMatch(/\n\s+at |node:internal|\.ts:\d+/);
};

describe('PostgreSQL restarted under write load', () => {
  let t: TestApp;
  // The server is started, stopped and started again by this file alone; its settings are the
  // durable defaults, so what committed before the shutdown must be there after it.
  let postgres: RunningPostgres;
  let startOwnPostgres: () => Promise<RunningPostgres>;
  beforeAll(async () => {
    const dataDir = join(
      await mkdtemp(join(process.env['TEST_SCRATCH_DIR']!, 'faults-')),
      'postgres',
    );
    const port = await findFreePort();
    startOwnPostgres = () => startPostgres({ dataDir, port });
    postgres = await startOwnPostgres();
    await ensureDatabase(postgres.adminUrl, 'hub');
    await runMigrations(postgres.urlFor('hub'));
    t = await createTestApp({}, { databaseUrl: () => postgres.urlFor('hub') });
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await postgres.stop();
  });

  type Attempt = {
    enrollmentId: string;
    requestId: string;
    key: string;
    status: number;
    at: number;
  };

  it('recovers without a restart of its own, and every write committed whole or not at all', async () => {
    const db = t.app.get(DataSource);
    const token = await t.tokenFor('reviewer');
    const enrollments: EnrollmentEntity[] = [];
    for (let writer = 0; writer < WRITERS; writer++) {
      const partner = await createPartner(t, {
        tenantId: randomUUID(),
        partnerId: String(7_000_000 + writer),
      });
      enrollments.push(await createEnrollment(t, partner, { state: 'submitted' }));
    }
    const attempts: Attempt[] = [];
    let running = true;
    // Each writer claims and releases its own application in turn, as fast as it can: each
    // command updates the application, appends to its audit chain and stores its
    // Idempotency-Key, in one transaction.
    const writer = async (enrollment: EnrollmentEntity) => {
      let version: number | undefined;
      let claimed = false;
      while (running) {
        if (version === undefined) {
          const current = await request(t.server)
            .get(`/api/enrollments/${enrollment.id}`)
            .auth(token, { type: 'bearer' });
          isAnAnswer(current);
          if (current.status !== 200) {
            await sleep(50);
            continue;
          }
          version = current.body.version as number;
          claimed = current.body.assignee !== null;
        }
        const attempt = { enrollmentId: enrollment.id, requestId: randomUUID(), key: randomUUID() };
        const response = await request(t.server)
          .post(`/api/enrollments/${enrollment.id}/${claimed ? 'unassign' : 'claim'}`)
          .auth(token, { type: 'bearer' })
          .set({ 'if-match': `"${version}"`, 'idempotency-key': attempt.key })
          .set('x-request-id', attempt.requestId)
          .send({});
        isAnAnswer(response);
        attempts.push({ ...attempt, status: response.status, at: performance.now() });
        if (response.status === 200) {
          version += 1;
          claimed = !claimed;
        } else {
          version = undefined; // an error: whether it committed is read back, not guessed
          await sleep(20);
        }
      }
    };
    const writers = Promise.all(enrollments.map(writer));
    await sleep(1000);
    const restarted = performance.now();
    await postgres.stop();
    await sleep(RESTART_SECONDS * 1000);
    postgres = await startOwnPostgres();
    const back = performance.now();
    await sleep(2000);
    running = false;
    await writers;

    const firstAfter = attempts.find((attempt) => attempt.at > back && attempt.status === 200);
    expect(firstAfter).toBeDefined();
    const during = attempts.filter((attempt) => attempt.at > restarted && attempt.at < back);
    expect(during.some((attempt) => attempt.status === 503)).toBe(true);

    // Row by row: a write's audit row, its Idempotency-Key and its answer agree.
    const audited = new Set(
      (
        await db.query<{ request_id: string }[]>(
          `SELECT request_id FROM audit_events WHERE enrollment_id = ANY($1)`,
          [enrollments.map((enrollment) => enrollment.id)],
        )
      ).map((row) => row.request_id),
    );
    const keyed = new Set(
      (
        await db.query<{ key: string }[]>(
          `SELECT key FROM idempotency_keys WHERE key = ANY($1) AND status_code = 200`,
          [attempts.map((attempt) => attempt.key)],
        )
      ).map((row) => row.key),
    );
    const halves = attempts.filter(
      (attempt) => audited.has(attempt.requestId) !== keyed.has(attempt.key),
    );
    const answeredButLost = attempts.filter(
      (attempt) => attempt.status === 200 && !audited.has(attempt.requestId),
    );
    expect(halves).toEqual([]);
    expect(answeredButLost).toEqual([]);
    // Each application moved once per committed command, and its audit chain is whole.
    for (const enrollment of enrollments) {
      const now = await db.getRepository(EnrollmentEntity).findOneByOrFail({ id: enrollment.id });
      const committed = attempts.filter(
        (attempt) => attempt.enrollmentId === enrollment.id && audited.has(attempt.requestId),
      ).length;
      expect(now.version - enrollment.version).toBe(committed);
    }
    expect((await verifyAuditChains(db)).broken).toBeUndefined();

    const count = (test: (status: number) => boolean) =>
      attempts.filter((attempt) => test(attempt.status)).length;
    const committedAnswers = attempts.filter((attempt) => audited.has(attempt.requestId));
    console.log(
      `faults: PostgreSQL shut down, ${RESTART_SECONDS} s down and started again under ${WRITERS} writers: ` +
        `${attempts.length} writes, ${count((s) => s === 200)} answered 200, ` +
        `${count((s) => s === 503)} answered 503, ${count((s) => s !== 200 && s !== 503)} other 4xx; ` +
        `${committedAnswers.length} committed whole, 0 half-written; ` +
        `first write committed ${Math.round(firstAfter!.at - back)} ms after it was back (goal < 5000 ms)`,
    );
  });
});

describe('Meilisearch paused', () => {
  let t: TestApp;
  let proxy: TcpProxy;
  beforeAll(async () => {
    proxy = await startTcpProxy(process.env['TEST_MEILI_URL']!);
    t = await createTestApp({ MEILI_URL: proxy.url, MEILI_INDEX_PREFIX: indexPrefix() });
  });
  afterAll(async () => {
    proxy.resume();
    await t.close();
    await proxy.close();
  });

  it('keeps the PostgreSQL-backed routes answering, says what is down, and recovers', async () => {
    const reviewer = await t.tokenFor('reviewer');
    const partner = await createPartner(t, { tenantId: randomUUID(), partnerId: '7100000' });
    const enrollment = await createEnrollment(t, partner, { state: 'submitted' });
    const queue = () =>
      request(t.server).get('/api/enrollments').auth(reviewer, { type: 'bearer' });
    const note = (text: string) =>
      request(t.server)
        .post(`/api/enrollments/${enrollment.id}/notes`)
        .auth(reviewer, { type: 'bearer' })
        .send({ body: text });
    expect((await request(t.server).get('/api/health')).status).toBe(200);

    proxy.pause();
    const paused = performance.now();
    const timings: number[] = [];
    let health: request.Response | undefined;
    let rounds = 0;
    while (performance.now() - paused < PAUSE_SECONDS * 1000) {
      const started = performance.now();
      const [read, write] = await Promise.all([queue(), note(`while paused ${rounds}`)]);
      timings.push(performance.now() - started);
      expect([read.status, write.status]).toEqual([200, 201]);
      rounds += 1;
      if (health === undefined && performance.now() - paused > 1000) {
        health = await request(t.server).get('/api/health');
      }
      await sleep(100);
    }
    expect(health?.status).toBe(503);
    expect(health?.body).toMatchObject({ code: 'health.unhealthy', details: { down: 'search' } });
    const search = await request(t.server)
      .post('/api/search/multi-search')
      .send({ queries: [{ indexUid: 'providers', q: 'x', limit: 1 }] });
    isAnAnswer(search);

    proxy.resume();
    const resumed = performance.now();
    let healthy = false;
    while (!healthy && performance.now() - resumed < 15_000) {
      healthy = (await request(t.server).get('/api/health')).status === 200;
      if (!healthy) {
        await sleep(100);
      }
    }
    expect(healthy).toBe(true);
    console.log(
      `faults: Meilisearch paused ${PAUSE_SECONDS} s: ${rounds} reads and ${rounds} writes of ` +
        `PostgreSQL answered 200/201 (p95 ${Math.round(percentile(timings, 95))} ms for both), ` +
        `health named search down, searches answered ${search.status}; healthy again ` +
        `${Math.round(performance.now() - resumed)} ms after it resumed`,
    );
  });
});

describe('idle connections', () => {
  let t: TestApp;
  let port: number;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    t = await createTestApp();
    const server = t.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    for (const socket of sockets) {
      socket.destroy();
    }
    await t.close();
  });

  const probe = async () => {
    const timings: number[] = [];
    for (let i = 0; i < HEALTH_PROBES; i++) {
      const started = performance.now();
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(response.status).toBe(200);
      await response.arrayBuffer();
      timings.push(performance.now() - started);
    }
    return timings;
  };

  it(`answers /api/health while ${IDLE_CONNECTIONS} idle connections are held open`, async () => {
    const before = await probe();
    for (let i = 0; i < IDLE_CONNECTIONS; i++) {
      sockets.push(
        await new Promise<Socket>((resolve, reject) => {
          const socket = connect(port, '127.0.0.1', () => resolve(socket));
          socket.once('error', reject);
        }),
      );
    }
    const during = await probe();
    const open = sockets.filter((socket) => !socket.destroyed).length;
    expect(open).toBe(IDLE_CONNECTIONS);
    const p50 = (values: number[]) => percentile(values, 50);
    console.log(
      `faults: ${open} idle connections: /api/health p50 ${p50(before).toFixed(1)} ms before, ` +
        `${p50(during).toFixed(1)} ms with them (${(p50(during) / p50(before)).toFixed(2)}×), ` +
        `p95 ${percentile(during, 95).toFixed(1)} ms`,
    );
  });
});
