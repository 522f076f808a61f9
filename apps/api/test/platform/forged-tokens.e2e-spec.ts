// The forged-token matrix: every way of making a token the API must not accept, against every
// operation that needs a token (read from the OpenAPI document the API serves, so a new route is
// covered the day it lands) → 100% 401; and the genuine tokens of every persona → 200.
import { createServer, type Server } from 'node:http';
import { createPrivateKey, createPublicKey, createSign, type KeyObject } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { personas, tenants } from '@hub/devstack';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import request from 'supertest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { providerSigningKey, signedToken } from '../support/tokens.js';

type Operation = { method: string; url: string };

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

/** A compact JWS signed by hand, for headers a JWT library refuses to produce. */
function rs256(header: object, claims: object, key: KeyObject): string {
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  return `${input}.${createSign('RSA-SHA256').update(input).sign(key).toString('base64url')}`;
}

describe('forged tokens', () => {
  let t: TestApp;
  let origin: string;
  let operations: Operation[];
  let forged: [string, string][];
  let attackerJwks: Server;
  let attackerJwksHits = 0;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    origin = `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`;
    const document = (await request(t.server).get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    };
    operations = Object.entries(document.paths).flatMap(([path, byMethod]) =>
      Object.entries(byMethod)
        .filter(([, operation]) => (operation.security ?? []).length > 0)
        .map(([method]) => ({
          method: method.toUpperCase(),
          url: path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000'),
        })),
    );

    const attacker = await generateKeyPair('RS256', { extractable: true });
    const attackerJwk = { ...(await exportJWK(attacker.publicKey)), alg: 'RS256', use: 'sig' };
    attackerJwks = createServer((_request, response) => {
      attackerJwksHits += 1;
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ keys: [attackerJwk] }));
    });
    await new Promise<void>((resolve) => attackerJwks.listen(0, '127.0.0.1', resolve));
    const jku = `http://127.0.0.1:${(attackerJwks.address() as { port: number }).port}/jwks.json`;

    const real = await providerSigningKey();
    const kid = real.kid!;
    const publicJwk: JWK = {
      kty: real.kty!,
      n: real.n!,
      e: real.e!,
      kid,
      alg: 'RS256',
      use: 'sig',
    };
    const publicKey = createPublicKey({ key: publicJwk, format: 'jwk' });
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const pkcs1 = publicKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    const der = publicKey.export({ type: 'spki', format: 'der' });
    const attackerPrivate = { ...(await exportJWK(attacker.privateKey)), alg: 'RS256', kid };
    const ec = await generateKeyPair('ES256', { extractable: true });
    const ecPrivate = { ...(await exportJWK(ec.privateKey)), alg: 'ES256', kid };

    const genuine = await signedToken('contoso-admin');
    const [header, payload, signature] = genuine.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    const unsigned = (alg: string, extra: Record<string, unknown> = {}) =>
      `${base64url(JSON.stringify({ alg, typ: 'at+jwt', kid, ...extra }))}.${payload}.`;
    const hmac = (alg: string, secret: string | Buffer) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg, typ: 'at+jwt', kid })
        .sign(
          typeof secret === 'string' ? new TextEncoder().encode(secret) : new Uint8Array(secret),
        );
    const flip = (text: string, at: number) =>
      text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);

    forged = [
      // no signature at all
      ['alg none', unsigned('none')],
      ['alg None', unsigned('None')],
      ['alg NONE', unsigned('NONE')],
      ['alg nOnE', unsigned('nOnE')],
      ['alg none with the genuine signature', `${unsigned('none').slice(0, -1)}.${signature}`],
      ['alg empty', unsigned('')],
      // HMAC keyed with the public key, in every encoding an implementation might use
      ['HS256 with the SPKI PEM', await hmac('HS256', pem)],
      ['HS256 with the SPKI PEM, no trailing newline', await hmac('HS256', pem.trim())],
      ['HS256 with the PKCS#1 PEM', await hmac('HS256', pkcs1)],
      ['HS256 with the DER bytes', await hmac('HS256', der)],
      ['HS256 with the DER base64', await hmac('HS256', der.toString('base64'))],
      ['HS256 with the JWK JSON', await hmac('HS256', JSON.stringify(publicJwk))],
      ['HS256 with the modulus n', await hmac('HS256', publicJwk.n!)],
      ['HS256 with the modulus bytes', await hmac('HS256', Buffer.from(publicJwk.n!, 'base64url'))],
      ['HS256 with the kid', await hmac('HS256', kid)],
      ['HS384 with the SPKI PEM', await hmac('HS384', pem)],
      ['HS512 with the SPKI PEM', await hmac('HS512', pem)],
      // someone else's key
      [
        'a foreign RSA key with the known kid',
        await signedToken('contoso-admin', { key: attackerPrivate }),
      ],
      [
        'a foreign EC key with the known kid',
        await signedToken('contoso-admin', { key: ecPrivate }),
      ],
      [
        'a foreign key published at a jku',
        await signedToken('contoso-admin', {
          key: { ...attackerPrivate, kid: 'attacker' },
          header: { jku },
        }),
      ],
      [
        'a foreign key embedded as jwk',
        await signedToken('contoso-admin', {
          key: { ...attackerPrivate, kid: 'attacker' },
          header: { jwk: attackerJwk },
        }),
      ],
      [
        'a foreign key at an x5u',
        await signedToken('contoso-admin', { key: attackerPrivate, header: { x5u: jku } }),
      ],
      [
        'an unknown kid',
        await signedToken('contoso-admin', { key: attackerPrivate, header: { kid: 'nope' } }),
      ],
      // a genuine token, tampered with
      ['a flipped signature (first char)', `${header}.${payload}.${flip(signature, 0)}`],
      ['a flipped signature (middle)', `${header}.${payload}.${flip(signature, 100)}`],
      ['a truncated signature', `${header}.${payload}.${signature.slice(0, -4)}`],
      ['an empty signature', `${header}.${payload}.`],
      [
        'claims changed after signing (another tenant)',
        `${header}.${base64url(JSON.stringify({ ...claims, tid: tenants.fabrikam.id }))}.${signature}`,
      ],
      [
        'claims changed after signing (staff roles)',
        `${header}.${base64url(JSON.stringify({ ...claims, roles: ['ProgramAdmin'] }))}.${signature}`,
      ],
      [
        'a crit header the API does not know',
        rs256(
          { alg: 'RS256', typ: 'at+jwt', kid, crit: ['x-bad'], 'x-bad': 1 },
          claims,
          createPrivateKey({ key: real, format: 'jwk' }),
        ),
      ],
      // claims the API must check
      [
        'a wrong audience',
        await signedToken('contoso-admin', { claims: { aud: 'api://someone-else' } }),
      ],
      [
        'an audience list without ours',
        await signedToken('contoso-admin', { claims: { aud: ['api://a', 'api://b'] } }),
      ],
      ['no audience', await signedToken('contoso-admin', { claims: { aud: undefined } })],
      [
        'a wrong issuer',
        await signedToken('contoso-admin', { claims: { iss: 'https://login.evil.example/v2.0' } }),
      ],
      [
        'the issuer with a trailing slash',
        await signedToken('contoso-admin', { claims: { iss: `${t.config.OIDC_ISSUER}/` } }),
      ],
      ['no issuer', await signedToken('contoso-admin', { claims: { iss: undefined } })],
      [
        'expired',
        await signedToken('contoso-admin', { claims: { iat: now() - 3600, exp: now() - 600 } }),
      ],
      [
        'an exp as a string',
        await signedToken('contoso-admin', { claims: { exp: String(now() + 600) } }),
      ],
      [
        'an nbf in the future',
        await signedToken('contoso-admin', { claims: { nbf: now() + 600 } }),
      ],
      [
        'an exp in 2100',
        await signedToken('contoso-admin', { claims: { exp: Date.UTC(2100, 0, 1) / 1000 } }),
      ],
      [
        'an iat an hour ahead',
        await signedToken('contoso-admin', { claims: { iat: now() + 3600 } }),
      ],
      ['no tid', await signedToken('contoso-admin', { claims: { tid: undefined } })],
      ['no oid', await signedToken('contoso-admin', { claims: { oid: undefined } })],
      [
        'a tid that is not a GUID',
        await signedToken('contoso-admin', { claims: { tid: 'contoso' } }),
      ],
      [
        'an oid that is not a GUID',
        await signedToken('contoso-admin', { claims: { oid: '../admin' } }),
      ],
      [
        'the personal-accounts tenant',
        await signedToken('contoso-admin', {
          claims: { tid: '9188040d-6c67-4c5b-b112-36a304b66dad' },
        }),
      ],
      [
        'Reviewer role from a partner tenant',
        await signedToken('contoso-admin', { claims: { roles: ['Reviewer'] } }),
      ],
      [
        'ProgramAdmin role from a partner tenant',
        await signedToken('fabrikam-admin', { claims: { roles: ['ProgramAdmin'] } }),
      ],
      [
        'staff roles from the distributor tenant',
        await signedToken('distributor', { claims: { roles: ['Distributor', 'Reviewer'] } }),
      ],
      // (a header block over 16 KB is refused by Node itself, with a 431)
      [
        'oversized (14 KB, genuinely signed)',
        await signedToken('contoso-admin', { claims: { padding: 'x'.repeat(10_000) } }),
      ],
      // not a token
      ['three dots of garbage', 'a.b.c'],
      ['JSON that is not base64url', `${base64url('{"alg":"RS256"')}.${payload}.${signature}`],
    ];
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => attackerJwks.close(resolve));
  });

  /** Over one keep-alive connection to the listening app (fetch), a request costs ~1 ms. */
  const call = async (operation: Operation, token: string) => {
    const response = await fetch(`${origin}${operation.url}`, {
      method: operation.method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(operation.method === 'GET' ? {} : { body: '{}' }),
    });
    await response.arrayBuffer();
    return { statusCode: response.status };
  };

  it('answers 401 to every forged token on every protected operation', async () => {
    expect(operations.length).toBeGreaterThan(5);
    const accepted: string[] = [];
    let requests = 0;
    for (const [name, token] of forged) {
      // every operation at once per kind of token: a few keep-alive connections
      const statuses = await Promise.all(operations.map((operation) => call(operation, token)));
      statuses.forEach(({ statusCode }, index) => {
        requests += 1;
        if (statusCode !== 401) {
          const operation = operations[index]!;
          accepted.push(`${name}: ${operation.method} ${operation.url} → ${statusCode}`);
        }
      });
    }
    console.log(
      `forged tokens: ${forged.length} kinds × ${operations.length} protected operations = ` +
        `${requests} requests, ${requests - accepted.length} answered 401 ` +
        `(${(((requests - accepted.length) / requests) * 100).toFixed(1)}%)`,
    );
    expect(accepted).toEqual([]);
    expect(attackerJwksHits).toBe(0);
    // Every kind of forged token on every protected route: thousands of requests, more with each
    // new route, so it has minutes, not the default 30 s, on a busy machine.
  }, 300_000);

  it('answers 200 to the genuine token of every persona', async () => {
    for (const persona of personas) {
      const token = await t.tokenFor(persona.id);
      const response = await call({ method: 'GET', url: '/api/me' }, token);
      expect([persona.id, response.statusCode]).toEqual([persona.id, 200]);
    }
    const notAuthenticated: string[] = [];
    const token = await t.tokenFor('contoso-admin');
    for (const operation of operations.filter(({ method }) => method === 'GET')) {
      const response = await call(operation, token);
      if (response.statusCode === 401) {
        notAuthenticated.push(`${operation.method} ${operation.url}`);
      }
    }
    console.log(`genuine tokens: ${personas.length} personas → 200 on GET /api/me`);
    expect(notAuthenticated).toEqual([]);
  });
});
