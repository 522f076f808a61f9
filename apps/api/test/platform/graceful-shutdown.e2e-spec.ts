// SIGTERM under load, on the built entry points run as deployed (`node dist/main.js`,
// `node dist/worker.js`), each its own process with the test's settings: the API turns
// unready at once, stops taking connections, finishes the request in flight, closes an idle
// keep-alive connection instead of waiting for it, and exits 0; the worker finishes the job it
// is running before it exits 0.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { get } from 'node:http';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { findFreePort, waitFor } from '@hub/devstack';
import pg from 'pg';
import { asPersona, createEnrollment, createPartner, expectStatus } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const mainEntry = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const workerEntry = fileURLToPath(new URL('../../dist/worker.js', import.meta.url));

type Started = {
  readonly child: ChildProcess;
  /** What it wrote to stdout and stderr so far (its JSON log lines). */
  readonly output: () => string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

function start(entry: string, env: Record<string, string>): Started {
  const child = spawn(process.execPath, [entry], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return {
    child,
    output: () => output,
    exited: new Promise((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    ),
  };
}

type Answer = { status: number; headers: Record<string, string>; body: string };

/** One GET on a connection of its own (no keep-alive): the answer, or the connection's error code. */
function probe(port: number, path: string): Promise<Answer | { error: string }> {
  return new Promise((resolve) => {
    const request = get({ host: '127.0.0.1', port, path, agent: false }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers as Record<string, string>,
          body,
        }),
      );
    });
    request.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ error: error.code ?? 'error' }),
    );
  });
}

/** A raw HTTP/1.1 connection, to send a request in pieces and see when the server closes it. */
type Connection = {
  write(text: string): void;
  /** The next complete response on it (Content-Length bodies). */
  response(): Promise<Answer>;
  readonly closed: Promise<void>;
  isClosed(): boolean;
  destroy(): void;
};

async function openConnection(port: number): Promise<Connection> {
  const socket: Socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  let buffer = '';
  let closed = false;
  let waiting: (() => void) | undefined;
  socket.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    waiting?.();
  });
  const closedPromise = new Promise<void>((resolve) =>
    socket.once('close', () => {
      closed = true;
      waiting?.();
      resolve();
    }),
  );
  socket.on('error', () => undefined);
  const parse = (): Answer | undefined => {
    const end = buffer.indexOf('\r\n\r\n');
    if (end < 0) {
      return undefined;
    }
    const [statusLine = '', ...lines] = buffer.slice(0, end).split('\r\n');
    const headers = Object.fromEntries(
      lines.map((line) => {
        const colon = line.indexOf(':');
        return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
      }),
    );
    const length = Number(headers['content-length'] ?? 0);
    if (Buffer.byteLength(buffer.slice(end + 4)) < length) {
      return undefined;
    }
    const body = buffer.slice(end + 4, end + 4 + length);
    buffer = buffer.slice(end + 4 + length);
    return { status: Number(statusLine.split(' ')[1]), headers, body };
  };
  return {
    write: (text) => socket.write(text),
    response: () =>
      new Promise((resolve, reject) => {
        const check = () => {
          const answer = parse();
          if (answer) {
            waiting = undefined;
            resolve(answer);
          } else if (closed) {
            reject(new Error(`connection closed before a whole response: ${buffer}`));
          }
        };
        waiting = check;
        check();
      }),
    closed: closedPromise,
    isClosed: () => closed,
    destroy: () => socket.destroy(),
  };
}

/** The first answer of `ask` that `ok` accepts, asked every 20 ms for `ms` at most. */
async function poll<T, A extends T>(
  what: string,
  ask: () => Promise<T>,
  ok: (answer: T) => answer is A,
  ms: number,
): Promise<A> {
  const deadline = Date.now() + ms;
  for (;;) {
    const answer = await ask();
    if (ok(answer)) {
      return answer;
    }
    if (Date.now() > deadline) {
      throw new Error(`${what} did not happen within ${ms} ms (last: ${JSON.stringify(answer)})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Resolves within `ms`, or fails naming what did not happen. */
async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

describe('graceful shutdown', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('drains the API on SIGTERM: unready at once, no new connections, the request in flight answered, idle keep-alive closed, exit 0', async () => {
    const port = await findFreePort();
    const spawned = Date.now();
    const api = start(mainEntry, {
      ...t.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'info',
      JOBS_WORKER: 'off',
      SHUTDOWN_DELAY_SECONDS: '2',
      SHUTDOWN_TIMEOUT_SECONDS: '10',
    });
    const connections: Connection[] = [];
    try {
      await waitFor(
        'the API to be ready',
        async () => {
          const answer = await probe(port, '/api/health/ready');
          return 'status' in answer && answer.status === 200;
        },
        45_000,
      );

      const readyAfter = Date.now() - spawned;
      // A keep-alive connection that answered once and then sits idle (the client never closes it).
      const idle = await openConnection(port);
      connections.push(idle);
      idle.write('GET /api/health/live HTTP/1.1\r\nHost: api\r\nConnection: keep-alive\r\n\r\n');
      const first = await idle.response();
      expect(first.status).toBe(200);
      expect(first.headers['connection']).not.toBe('close');

      // A search whose body arrives slowly: in flight when the signal comes.
      const body = JSON.stringify({ queries: [{ indexUid: 'providers', q: 'drain' }] });
      const half = Math.floor(body.length / 2);
      const slow = await openConnection(port);
      connections.push(slow);
      slow.write(
        'POST /api/search/multi-search HTTP/1.1\r\nHost: api\r\nConnection: keep-alive\r\n' +
          `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n` +
          body.slice(0, half),
      );
      await new Promise((resolve) => setTimeout(resolve, 300));

      const signalled = Date.now();
      api.child.kill('SIGTERM');

      // During SHUTDOWN_DELAY_SECONDS: still listening, readiness says draining (as soon as the
      // process has the signal), liveness is fine.
      const ready = await poll(
        'readiness to answer 503',
        () => probe(port, '/api/health/ready'),
        (answer): answer is Answer => 'status' in answer && answer.status === 503,
        1000,
      );
      const unreadyAfter = Date.now() - signalled;
      expect(JSON.parse(ready.body)).toEqual({
        statusCode: 503,
        error: 'Service Unavailable',
        code: 'health.draining',
        message: 'Not ready: the API is shutting down and finishing its requests.',
        details: { state: 'draining' },
      });
      expect(await probe(port, '/api/health/live')).toEqual(
        expect.objectContaining({ status: 200 }),
      );

      // Then the listener closes: new connections are refused, the idle one is closed.
      await waitFor(
        'new connections to be refused',
        async () => {
          const answer = await probe(port, '/api/health/live');
          return 'error' in answer && answer.error === 'ECONNREFUSED';
        },
        8000,
      );
      const refusedAfter = Date.now() - signalled;
      await within(2000, 'the idle keep-alive connection closing', idle.closed);
      expect(slow.isClosed()).toBe(false);
      expect(api.child.exitCode).toBeNull();

      // The request in flight completes, and its connection closes with it.
      slow.write(body.slice(half));
      const answered = await slow.response();
      expect(answered.status).toBe(200);
      expect(answered.headers['connection']).toBe('close');
      expect(JSON.parse(answered.body)).toEqual(
        expect.objectContaining({ results: [expect.objectContaining({ indexUid: 'providers' })] }),
      );
      await within(2000, 'the drained connection closing', slow.closed);

      const exit = await within(10_000, 'the API exiting', api.exited);
      const exitedAfter = Date.now() - signalled;
      console.log(
        `API drain: ready ${readyAfter} ms after start; unready ${unreadyAfter} ms after SIGTERM, refused new connections after ${refusedAfter} ms (delay 2 s), exited after ${exitedAfter} ms`,
      );
      expect(exit).toEqual({ code: 0, signal: null });
      expect(exitedAfter).toBeLessThan(10_000);
      expect(api.output()).toContain('SIGTERM: the API drains');
      expect(api.output()).toMatch(/The API drained in \d+ ms; exiting/);
      expect(api.output()).not.toContain('did not drain');
    } finally {
      connections.forEach((connection) => connection.destroy());
      if (api.child.exitCode === null && api.child.signalCode === null) {
        api.child.kill('SIGKILL');
      }
    }
  }, 90_000);

  it('lets the worker finish the job it is running on SIGTERM, then exit 0', async () => {
    const legalName = `Drain Test ${Date.now()}`;
    const partner = await createPartner(t, { legalName, adminEmail: 'ada@contoso.com' });
    const e = await createEnrollment(t, partner);
    const ada = asPersona(t, await t.tokenFor('contoso-admin'));
    expectStatus(await ada.command(e.id, 'submit'), 200);

    const gate = await smtpGate(process.env['TEST_SMTP_URL']!);
    const heartbeat = join(process.env['TEST_SCRATCH_DIR']!, `worker-heartbeat-${process.pid}`);
    const db = new pg.Client({ connectionString: t.databaseUrl });
    await db.connect();
    const spawned = Date.now();
    const worker = start(workerEntry, {
      ...t.env,
      SMTP_URL: gate.url,
      LOG_LEVEL: 'info',
      SHUTDOWN_TIMEOUT_SECONDS: '15',
      WORKER_HEARTBEAT_FILE: heartbeat,
    });
    try {
      // The worker takes the send job and is held in the SMTP connection.
      await waitFor(
        'the worker to connect to the mail relay',
        () => {
          if (worker.child.exitCode !== null) {
            throw new Error(`the worker exited early:\n${worker.output()}`);
          }
          return Promise.resolve(gate.held() > 0);
        },
        45_000,
      ).catch((error: unknown) => {
        throw new Error(`${String(error)}\n${worker.output()}`);
      });
      const tookJobAfter = Date.now() - spawned;
      // The job may start while the worker is still starting; the heartbeat follows start-up.
      await waitFor(
        'the worker heartbeat file',
        () => Promise.resolve(existsSync(heartbeat)),
        10_000,
      );

      const signalled = Date.now();
      worker.child.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(worker.child.exitCode).toBeNull();

      gate.open();
      const exit = await within(15_000, 'the worker exiting', worker.exited);
      console.log(
        `worker drain: took the job ${tookJobAfter} ms after start, held 1 s past SIGTERM, exited ${Date.now() - signalled} ms after SIGTERM`,
      );
      expect(exit).toEqual({ code: 0, signal: null });
      expect(worker.output()).toMatch(/The worker drained in \d+ ms; exiting/);

      const email = await db.query<{ sent_at: Date | null }>(
        `SELECT sent_at FROM outbound_emails WHERE enrollment_id = $1`,
        [e.id],
      );
      expect(email.rows).toEqual([{ sent_at: expect.any(Date) }]);
      const left = await db.query(
        `SELECT id FROM graphile_worker.jobs WHERE task_identifier = 'send_email'`,
      );
      expect(left.rows).toEqual([]);
      const inbox = (await (
        await fetch(new URL('api/email', process.env['TEST_MAIL_INBOX_URL']), {
          headers: { accept: 'application/json' },
        })
      ).json()) as { subject: string }[];
      expect(inbox.filter((mail) => mail.subject.includes(legalName))).toHaveLength(1);
    } finally {
      if (worker.child.exitCode === null && worker.child.signalCode === null) {
        worker.child.kill('SIGKILL');
      }
      await gate.close();
      await db.end();
    }
  }, 90_000);
});

/**
 * A TCP gate in front of the mail relay: connections are accepted and held, unanswered, until
 * `open()`; then they (and later ones) are forwarded. A send held here is a job in flight.
 */
async function smtpGate(relayUrl: string): Promise<{
  url: string;
  held(): number;
  open(): void;
  close(): Promise<void>;
}> {
  const relay = new URL(relayUrl);
  const sockets = new Set<Socket>();
  const waiting: Socket[] = [];
  let isOpen = false;
  const forward = (client: Socket) => {
    const upstream = connect(Number(relay.port), relay.hostname);
    sockets.add(upstream);
    client.pipe(upstream).pipe(client);
    upstream.on('error', () => client.destroy());
  };
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on('error', () => undefined);
    client.on('close', () => sockets.delete(client));
    if (isOpen) {
      forward(client);
    } else {
      waiting.push(client);
    }
  });
  const port = await findFreePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${port}`,
    held: () => waiting.length,
    open: () => {
      isOpen = true;
      waiting.splice(0).forEach(forward);
    },
    close: async () => {
      sockets.forEach((socket) => socket.destroy());
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
