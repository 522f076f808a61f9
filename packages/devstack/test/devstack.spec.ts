import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import {
  assertPortFree,
  findFreePort,
  findPersona,
  inspectDataDir,
  loadOrCreateKeys,
  meilisearchBinary,
  mintAccessToken,
  personas,
} from '../src/index.js';
import { GLOBAL_ADMINISTRATOR_ROLE_TEMPLATE_ID } from '@hub/domain';
import { startIdentityProvider, type RunningIdentityProvider } from '../src/identity/provider.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'devstack-test-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('assertPortFree', () => {
  it('names the port and the variable that moves it when the port is taken', async () => {
    const server = createServer();
    const port = await findFreePort();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    try {
      await expect(assertPortFree(port, 'PG_PORT')).rejects.toThrow(
        `Port ${port} is already in use: stop what uses it or set PG_PORT to another port.`,
      );
    } finally {
      server.close();
    }
    await expect(assertPortFree(port, 'PG_PORT')).resolves.toBeUndefined();
  });
});

describe('inspectDataDir', () => {
  it('treats a missing or empty directory as new', async () => {
    expect(await inspectDataDir(join(dir, 'missing'))).toBe('empty');
    await mkdir(join(dir, 'empty'));
    expect(await inspectDataDir(join(dir, 'empty'))).toBe('empty');
  });

  it('refuses a foreign directory without touching it', async () => {
    await mkdir(join(dir, 'foreign'));
    await writeFile(join(dir, 'foreign', 'notes.txt'), 'mine');
    await expect(inspectDataDir(join(dir, 'foreign'))).rejects.toThrow(
      /is not a PostgreSQL data directory.*nothing was changed/,
    );
  });

  it('refuses data of another PostgreSQL major version', async () => {
    await mkdir(join(dir, 'old'));
    await writeFile(join(dir, 'old', 'PG_VERSION'), '15\n');
    await expect(inspectDataDir(join(dir, 'old'))).rejects.toThrow(
      /holds PostgreSQL 15 data, but the embedded server is PostgreSQL 18/,
    );
  });

  it('refuses a damaged data directory', async () => {
    await mkdir(join(dir, 'damaged'));
    await writeFile(join(dir, 'damaged', 'PG_VERSION'), '18\n');
    await expect(inspectDataDir(join(dir, 'damaged'))).rejects.toThrow(/is damaged/);
  });

  it('refuses a file where the directory should be', async () => {
    await writeFile(join(dir, 'a-file'), 'x');
    await expect(inspectDataDir(join(dir, 'a-file'))).rejects.toThrow(/is a file/);
  });
});

describe('meilisearchBinary', () => {
  it('finds an executable binary for this platform', () => {
    expect(meilisearchBinary()).toMatch(/meilisearch$/);
  });
});

describe('personas', () => {
  it('has the six personas the issue names and a direct bill partner’s and an applicant’s admins, each with Entra-shaped ids', () => {
    expect(personas.map((p) => p.id)).toEqual([
      'contoso-admin',
      'contoso-user',
      'fabrikam-admin',
      'blueyonder-admin',
      'litware-admin',
      'reviewer',
      'program-admin',
      'distributor',
    ]);
    const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    for (const persona of personas) {
      expect(persona.tenantId).toMatch(guid);
      expect(persona.objectId).toMatch(guid);
    }
    expect(findPersona('contoso-admin')?.wids).toEqual([GLOBAL_ADMINISTRATOR_ROLE_TEMPLATE_ID]);
    expect(findPersona('contoso-user')?.wids).toEqual([]);
    expect(findPersona('fabrikam-admin')?.tenantId).not.toBe(
      findPersona('contoso-admin')?.tenantId,
    );
  });
});

describe('the local identity provider', () => {
  let idp: RunningIdentityProvider;
  beforeAll(async () => {
    idp = await startIdentityProvider({
      port: await findFreePort(),
      audience: 'api://test',
      consoleOrigins: ['http://localhost:3999'],
      dataDir: join(dir, 'identity'),
    });
  });
  afterAll(() => idp.stop());

  it('publishes discovery with PKCE and the JWKS that verifies minted tokens', async () => {
    const discovery = (await (
      await fetch(`${idp.issuer}/.well-known/openid-configuration`)
    ).json()) as Record<string, unknown>;
    expect(discovery['issuer']).toBe(idp.issuer);
    expect(discovery['code_challenge_methods_supported']).toEqual(['S256']);
    const keys = await loadOrCreateKeys(join(dir, 'identity'));
    const token = await mintAccessToken({
      issuer: idp.issuer,
      audience: 'api://test',
      keys,
      persona: findPersona('reviewer')!,
    });
    const { payload } = await jwtVerify(
      token,
      createRemoteJWKSet(new URL(String(discovery['jwks_uri']))),
      {
        issuer: idp.issuer,
        audience: 'api://test',
      },
    );
    expect(payload).toEqual(
      expect.objectContaining({
        tid: '72f988bf-86f1-41af-91ab-2d7cd011db47',
        roles: ['Reviewer'],
        wids: [],
        name: 'Rita Reviewer',
      }),
    );
    expect(decodeProtectedHeader(token).typ).toBe('at+jwt');
  });

  it('keeps its signing key across restarts', async () => {
    const first = await loadOrCreateKeys(join(dir, 'identity'));
    const second = await loadOrCreateKeys(join(dir, 'identity'));
    expect(second.signingKey.kid).toBe(first.signingKey.kid);
  });

  it('shows a persona sign-in page during the authorization code flow', async () => {
    const authorize = new URL(`${idp.issuer}/auth`);
    authorize.search = new URLSearchParams({
      client_id: 'hub-console',
      response_type: 'code',
      scope: 'openid profile email api.access',
      redirect_uri: 'http://localhost:3999/admin/auth-callback',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
      state: 'xyz',
    }).toString();
    const redirect = await fetch(authorize, { redirect: 'manual' });
    expect(redirect.status).toBe(303);
    const cookie = redirect.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const page = await fetch(new URL(redirect.headers.get('location')!, idp.issuer), {
      headers: { cookie },
    });
    const html = await page.text();
    for (const persona of personas) {
      expect(html).toContain(`value="${persona.id}"`);
    }
  });
});

describe('meilisearchBinary on a platform without a package', () => {
  it('says in one line what to set instead', () => {
    expect(() => meilisearchBinary('sunos-sparc')).toThrow(
      'No Meilisearch binary package for sunos-sparc: run Meilisearch 1.21 yourself and set MEILI_URL and MEILI_MASTER_KEY.',
    );
  });
});
