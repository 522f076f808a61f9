import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DevstackError } from './errors.js';
import { loadOrCreateKeys } from './identity/keys.js';
import { findPersona, personas } from './identity/personas.js';
import { mintAccessToken } from './identity/tokens.js';
import type { StackConfig } from './stack-config.js';

/**
 * What a running `npm start` tells the commands beside it (`npm run token`), kept in its data
 * folder as `stack.json` while it runs: the ports and issuer it was started with, which need not
 * be the ones the command's own environment derives (another PORT, IDP_PORT, OIDC_AUDIENCE).
 */
export type RunningStack = {
  /** The process of `npm start`; a record whose process is gone is stale. */
  readonly pid: number;
  readonly port: number;
  readonly publicUrl: string;
  /** The issuer whose tokens the API accepts. */
  readonly issuer: string;
  readonly audience: string;
  /** False when OIDC_ISSUER pointed at an external provider. */
  readonly isIdentityEmbedded: boolean;
};

export const runningStackFile = (dataDir: string): string => join(dataDir, 'stack.json');

/** Written once the stack is up (atomically: a reader never sees half a file). */
export async function recordRunningStack(dataDir: string, stack: RunningStack): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const file = runningStackFile(dataDir);
  await writeFile(`${file}.tmp`, `${JSON.stringify(stack, null, 2)}\n`);
  await rename(`${file}.tmp`, file);
}

/** Removed on shutdown, if it is still this process's record. */
export async function forgetRunningStack(dataDir: string, pid = process.pid): Promise<void> {
  if ((await readRunningStack(dataDir))?.pid === pid) {
    await rm(runningStackFile(dataDir), { force: true });
  }
}

/** The stack running on this data folder, or undefined (none recorded, unreadable, or stale). */
export async function readRunningStack(dataDir: string): Promise<RunningStack | undefined> {
  let stack: RunningStack;
  try {
    stack = JSON.parse(await readFile(runningStackFile(dataDir), 'utf8')) as RunningStack;
  } catch {
    return undefined;
  }
  return typeof stack.issuer === 'string' && isAlive(stack.pid) ? stack : undefined;
}

/**
 * `npm run token -- <persona>`: an access token of the local identity provider for the stack
 * running on `config.dataDir`, with its issuer and audience whatever PORT it was started with;
 * with no stack running, the ones `config` derives. Throws one line when it cannot.
 */
export async function mintLocalToken(config: StackConfig, personaId: string): Promise<string> {
  if (config.isProduction) {
    throw new DevstackError(
      'The token command is for development only: it is refused when NODE_ENV=production.',
    );
  }
  const running = await readRunningStack(config.dataDir);
  if (config.external.oidcIssuer || running?.isIdentityEmbedded === false) {
    throw new DevstackError(
      'OIDC_ISSUER points at an external identity provider: get tokens from it, not from this command.',
    );
  }
  const persona = findPersona(personaId);
  if (!persona) {
    throw new DevstackError(
      `Usage: npm run token -- <persona>, one of: ${personas.map((p) => p.id).join(', ')}`,
    );
  }
  const keysFile = join(config.dirs.identity, 'keys.json');
  try {
    await readFile(keysFile);
  } catch {
    throw new DevstackError('No local identity provider keys yet: run npm start once first.');
  }
  return mintAccessToken({
    issuer: running?.issuer ?? `http://localhost:${config.ports.IDP_PORT}`,
    audience: running?.audience ?? config.audience,
    keys: await loadOrCreateKeys(config.dirs.identity),
    persona,
  });
}

function isAlive(pid: unknown): boolean {
  if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) {
    return false;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
