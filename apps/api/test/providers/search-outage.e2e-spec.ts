// Meilisearch unreachable while listings change: PostgreSQL keeps the change and its sync job;
// the job fails (recorded on the job), is retried with backoff, and applies once Meilisearch is
// back. The app reaches Meilisearch through a TCP relay this test opens and closes.
import { createServer, connect, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { findFreePort } from '@hub/devstack';
import { JobQueue } from '../../src/jobs/job-queue.service.js';
import {
  asPersona,
  createProvider,
  expectStatus,
  listingBody,
  type PersonaClient,
} from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { eventually, indexPrefix, searchNames } from './support.js';

/** A relay from 127.0.0.1:port to Meilisearch that can be cut (every connection reset) and restored. */
function relay(port: number, target: URL) {
  let server: Server | undefined;
  const sockets = new Set<Socket>();
  return {
    open: () =>
      new Promise<void>((resolve) => {
        server = createServer((client) => {
          const upstream = connect(Number(target.port), target.hostname);
          sockets.add(client).add(upstream);
          client.pipe(upstream).pipe(client);
          const drop = () => {
            client.destroy();
            upstream.destroy();
            sockets.delete(client);
            sockets.delete(upstream);
          };
          client.on('error', drop).on('close', drop);
          upstream.on('error', drop).on('close', drop);
        });
        server.listen(port, '127.0.0.1', () => resolve());
      }),
    cut: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) {
          socket.destroy();
        }
        sockets.clear();
        server!.close(() => resolve());
      }),
  };
}

describe('a listing change while Meilisearch is unreachable', () => {
  let t: TestApp;
  let meili: ReturnType<typeof relay>;
  let dana: PersonaClient;
  let rita: PersonaClient;
  let providerId: string;
  let etag = '"1"';

  const send = async (
    client: PersonaClient,
    path: string,
    body: object = {},
    method: 'post' | 'put' = 'post',
  ) => {
    const response = expectStatus(
      await client[method](path, body, {
        'if-match': etag,
        'idempotency-key': `k-${Math.random()}`,
      }),
      200,
    );
    etag = String(response.headers['etag']);
    return response;
  };
  const syncJobs = async () =>
    t.app
      .get(DataSource)
      .query<{ attempts: number; last_error: string | null }[]>(
        `SELECT attempts, last_error FROM graphile_worker.jobs WHERE task_identifier = 'providers.sync_search'`,
      );

  beforeAll(async () => {
    const port = await findFreePort();
    meili = relay(port, new URL(process.env['TEST_MEILI_URL']!));
    await meili.open();
    t = await createTestApp({
      MEILI_INDEX_PREFIX: indexPrefix(),
      MEILI_URL: `http://127.0.0.1:${port}`,
    });
    providerId = (await createProvider(t)).id;
    dana = asPersona(t, await t.tokenFor('distributor'));
    rita = asPersona(t, await t.tokenFor('reviewer'));
    await t.app.get(JobQueue).start();
    await send(dana, '/api/providers/mine/draft', listingBody(), 'put');
    await send(dana, '/api/providers/mine/submit');
    await send(rita, `/api/providers/${providerId}/approve`);
    await eventually(async () => ((await searchNames(t)).length === 1 ? true : undefined));
  }, 60_000);
  afterAll(async () => {
    await t.app.get(JobQueue).stop();
    await t.close();
    await meili.cut();
  });

  it('is kept, retried, and applied after Meilisearch returns', async () => {
    await meili.cut();
    // The suspension commits in PostgreSQL whatever Meilisearch's state.
    await send(rita, `/api/providers/${providerId}/suspend`, { reason: 'Contact bounces.' });
    // (Several wake-up jobs may be queued; the one that ran failed and records why.)
    const failed = await eventually(async () => {
      const jobs = await syncJobs();
      return jobs.find((job) => job.attempts >= 1 && job.last_error);
    });
    expect(failed.last_error).toBeTruthy();
    // The search route says so, rather than answering a 500.
    const down = await searchNames(t).catch((error: Error) => error.message);
    expect(down).toMatch(/^search answered 503/);

    await meili.open();
    await eventually(async () => ((await syncJobs()).length === 0 ? true : undefined), 200);
    expect(await searchNames(t)).toEqual([]);
  }, 60_000);
});
