// The security headers on every kind of response the server gives: the pages (directory,
// console, API docs, the e-mail confirmation page), static assets, every API operation of the
// OpenAPI document (so new routes are covered), and the errors (the router's, the parser's,
// Node's own, the API's). And CORS stays closed to a foreign origin.
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../support/test-app.js';

type Probe = { name: string; method: string; path: string; body?: string; contentType?: string };
type Answer = { status: number; headers: Record<string, string> };

/** A built single-page app as Vite makes one: index.html naming one external module script. */
async function fakeBuild(prefix: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'hub-headers-'));
  await mkdir(join(root, 'assets'));
  await writeFile(
    join(root, 'index.html'),
    `<!doctype html><html><head><script type="module" src="${prefix}assets/app.js"></script></head><body></body></html>`,
  );
  await writeFile(join(root, 'assets', 'app.js'), 'export {};');
  return root;
}

/** One raw HTTP/1.1 exchange, so nothing between us and the server adds or fixes a header. */
function exchange(port: number, raw: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(raw));
    let text = '';
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
    });
    socket.on('end', () => {
      const [head = ''] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers });
    });
    socket.on('error', reject);
  });
}

describe('security headers and CORS on every kind of response', () => {
  let t: TestApp;
  let port: number;
  let operations: Probe[];
  let token: string;
  beforeAll(async () => {
    t = await createTestApp({
      ADMIN_DIST_DIR: await fakeBuild('/admin/'),
      DIRECTORY_DIST_DIR: await fakeBuild('/'),
    });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.getHttpServer().address() as { port: number }).port;
    token = await t.tokenFor('contoso-admin');
    const document = (await (await fetch(`http://127.0.0.1:${port}/api/docs-json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    operations = Object.entries(document.paths).flatMap(([path, byMethod]) =>
      Object.keys(byMethod).map((method) => ({
        name: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path: path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000'),
        ...(method === 'get' ? {} : { body: '{}', contentType: 'application/json' }),
      })),
    );
  });
  afterAll(() => t.close());

  const pages: Probe[] = [
    { name: 'the directory page', method: 'GET', path: '/' },
    { name: 'a directory client-side route', method: 'GET', path: '/providers/northwind' },
    { name: 'a directory asset', method: 'GET', path: '/assets/app.js' },
    { name: 'the console page', method: 'GET', path: '/admin/' },
    { name: 'a console client-side route', method: 'GET', path: '/admin/enrollments/1/show' },
    { name: 'a console asset', method: 'GET', path: '/admin/assets/app.js' },
    { name: 'the console redirect', method: 'GET', path: '/admin' },
    { name: 'the API docs', method: 'GET', path: '/api/docs' },
    { name: 'the OpenAPI document', method: 'GET', path: '/api/docs-json' },
    { name: 'the e-mail confirmation page', method: 'GET', path: '/api/email-verifications/x' },
    { name: 'a HEAD of a page', method: 'HEAD', path: '/' },
  ];
  const errors: Probe[] = [
    { name: 'an unknown API route (404)', method: 'GET', path: '/api/no-such-thing' },
    { name: 'an unknown method (404)', method: 'DELETE', path: '/api/markets' },
    { name: 'a protected route without a token (401)', method: 'GET', path: '/api/me' },
    { name: 'a malformed URL (400, the router)', method: 'GET', path: '/api/%E0' },
    { name: 'a bad list query (400)', method: 'GET', path: '/api/markets?sort=x' },
    {
      name: 'malformed JSON (400, the parser)',
      method: 'POST',
      path: '/api/partners',
      body: '{"a":',
      contentType: 'application/json',
    },
    {
      name: 'a non-JSON body (415)',
      method: 'POST',
      path: '/api/partners',
      body: 'x',
      contentType: 'text/plain',
    },
    {
      name: 'a body over the limit (413)',
      method: 'POST',
      path: '/api/partners',
      body: `{"p":"${'x'.repeat(1_100_000)}"}`,
      contentType: 'application/json',
    },
    { name: 'a CORS preflight from a foreign origin', method: 'OPTIONS', path: '/api/markets' },
  ];

  const send = (probe: Probe, authorization?: string) =>
    exchange(
      port,
      [
        `${probe.method} ${probe.path} HTTP/1.1`,
        'Host: 127.0.0.1',
        'Connection: close',
        'Origin: https://evil.example',
        'Access-Control-Request-Method: POST',
        ...(authorization ? [`Authorization: ${authorization}`] : []),
        ...(probe.contentType ? [`Content-Type: ${probe.contentType}`] : []),
        `Content-Length: ${Buffer.byteLength(probe.body ?? '')}`,
        '',
        probe.body ?? '',
      ].join('\r\n'),
    );

  /** What is wrong with the headers of an answer (nothing: []). */
  const problems = ({ headers }: Answer): string[] => {
    const csp = headers['content-security-policy'] ?? '';
    const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(csp)?.[1]?.trim();
    return [
      ...(csp.includes("default-src 'self'") ? [] : ['no CSP default-src']),
      ...(scriptSrc === "'self'" ? [] : [`script-src ${scriptSrc}`]),
      ...(/frame-ancestors '(self|none)'/.test(csp) ? [] : ['no frame-ancestors']),
      ...(headers['x-content-type-options'] === 'nosniff' ? [] : ['no nosniff']),
      ...(headers['referrer-policy'] === 'no-referrer' ? [] : ['no Referrer-Policy']),
      ...(headers['access-control-allow-origin'] === undefined ? [] : ['CORS allows the origin']),
      ...(headers['access-control-allow-credentials'] === undefined ? [] : ['CORS credentials']),
    ];
  };

  it('has them on every page, API operation and error; CORS refuses a foreign origin', async () => {
    const failures: string[] = [];
    const kinds = { pages: 0, operations: 0, errors: 0, statuses: new Set<number>() };
    const check = async (kind: keyof typeof kinds, probe: Probe, authorization?: string) => {
      const answer = await send(probe, authorization);
      (kinds[kind] as number) += 1;
      kinds.statuses.add(answer.status);
      const found = problems(answer);
      if (found.length > 0) {
        failures.push(`${probe.name} (${answer.status}): ${found.join(', ')}`);
      }
    };
    for (const page of pages) {
      await check('pages', page);
    }
    for (const operation of operations) {
      await check('operations', operation, `Bearer ${token}`);
      await check('operations', operation);
    }
    for (const error of errors) {
      await check('errors', error, `Bearer ${token}`);
    }
    console.log(
      `security headers: ${kinds.pages} pages, ${kinds.operations} API calls ` +
        `(${operations.length} operations, with and without a token), ${kinds.errors} errors; ` +
        `statuses ${[...kinds.statuses].sort().join(' ')}`,
    );
    expect(failures).toEqual([]);
  });

  it("has them on a request Node's HTTP parser refuses", async () => {
    const answer = await exchange(
      port,
      'POST /api/partners HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n',
    );
    expect(answer.status).toBe(400);
    expect(problems(answer)).toEqual([]);
  });
});
