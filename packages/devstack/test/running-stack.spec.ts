import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createLocalJWKSet, jwtVerify } from 'jose';
import {
  forgetRunningStack,
  loadOrCreateKeys,
  mintLocalToken,
  readRunningStack,
  recordRunningStack,
  runningStackFile,
  stackConfig,
  type RunningStack,
} from '../src/index.js';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'devstack-running-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

/** A stack started with PORT=4100 (issuer on 4101), as scripts/start.mjs records it. */
const startedOn4100 = (overrides: Partial<RunningStack> = {}): RunningStack => ({
  pid: process.pid,
  port: 4100,
  publicUrl: 'http://localhost:4100',
  issuer: 'http://localhost:4101',
  audience: 'api://partner-enrollment-hub',
  isIdentityEmbedded: true,
  ...overrides,
});

/** A process id that existed and is gone. */
const exitedPid = (): number => {
  const child = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], {
    encoding: 'utf8',
  });
  return Number(child.stdout.trim());
};

describe('the running stack record', () => {
  it('is read back while its process runs, and forgotten by that process', async () => {
    await recordRunningStack(dataDir, startedOn4100());
    expect(await readRunningStack(dataDir)).toEqual(startedOn4100());

    await forgetRunningStack(dataDir);
    expect(await readRunningStack(dataDir)).toBeUndefined();
  });

  it('counts as absent when missing, malformed, or left by a process that is gone', async () => {
    expect(await readRunningStack(dataDir)).toBeUndefined();
    await writeFile(runningStackFile(dataDir), '{ not json');
    expect(await readRunningStack(dataDir)).toBeUndefined();
    await recordRunningStack(dataDir, startedOn4100({ pid: exitedPid() }));
    expect(await readRunningStack(dataDir)).toBeUndefined();
  });

  it('is not removed by another process', async () => {
    await recordRunningStack(dataDir, startedOn4100());
    await forgetRunningStack(dataDir, process.pid + 1);
    expect(await readRunningStack(dataDir)).toBeDefined();
  });
});

describe('mintLocalToken (npm run token)', () => {
  // The token command's own environment: no PORT, so it alone would derive issuer port 3001.
  const config = () => stackConfig({ DATA_DIR: dataDir }, '/repo');

  it("signs for the running stack's issuer and audience, whatever PORT it was started with", async () => {
    const keys = await loadOrCreateKeys(config().dirs.identity);
    await recordRunningStack(dataDir, startedOn4100({ audience: 'api://elsewhere' }));

    const token = await mintLocalToken(config(), 'contoso-admin');

    const jwks = createLocalJWKSet({ keys: [publicPart(keys.signingKey)] });
    const { payload } = await jwtVerify(token, jwks, {
      issuer: 'http://localhost:4101',
      audience: 'api://elsewhere',
    });
    expect(payload['preferred_username']).toMatch(/@contoso/);
  });

  it('falls back to the ports its environment derives when no stack runs', async () => {
    await loadOrCreateKeys(config().dirs.identity);
    await recordRunningStack(dataDir, startedOn4100({ pid: exitedPid() }));
    const token = await mintLocalToken(
      stackConfig({ DATA_DIR: dataDir, PORT: '5000' }, '/repo'),
      'reviewer',
    );
    expect(claims(token).iss).toBe('http://localhost:5001');
  });

  it('refuses, in one line, a stack signed in through an external provider', async () => {
    await loadOrCreateKeys(config().dirs.identity);
    await recordRunningStack(
      dataDir,
      startedOn4100({
        issuer: 'https://login.microsoftonline.com/t/v2.0',
        isIdentityEmbedded: false,
      }),
    );
    await expect(mintLocalToken(config(), 'reviewer')).rejects.toThrow(
      'OIDC_ISSUER points at an external identity provider',
    );
  });

  it('names the personas for an unknown one, and asks for a first start without keys', async () => {
    await expect(mintLocalToken(config(), 'nobody')).rejects.toThrow(
      /^Usage: npm run token -- <persona>, one of: contoso-admin, /,
    );
    await expect(mintLocalToken(config(), 'reviewer')).rejects.toThrow(
      'No local identity provider keys yet: run npm start once first.',
    );
  });

  it('is refused in production', async () => {
    await expect(
      mintLocalToken(
        stackConfig({ DATA_DIR: dataDir, NODE_ENV: 'production' }, '/repo'),
        'reviewer',
      ),
    ).rejects.toThrow('refused when NODE_ENV=production');
  });
});

function publicPart(jwk: Record<string, unknown>) {
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...rest } = jwk;
  return rest;
}

function claims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}
