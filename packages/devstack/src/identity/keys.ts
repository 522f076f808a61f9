import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, type JWK } from 'jose';

export type IdentityKeys = {
  /** The private signing key (RS256), with its `kid`. */
  readonly signingKey: JWK;
  /** Keys for the provider's signed cookies. */
  readonly cookieKeys: readonly string[];
};

/**
 * The provider's keys, kept in `dir` so tokens stay valid across restarts and `npm run token`
 * signs with the key the running provider publishes.
 */
export async function loadOrCreateKeys(dir: string): Promise<IdentityKeys> {
  const file = join(dir, 'keys.json');
  if (existsSync(file)) {
    return JSON.parse(await readFile(file, 'utf8')) as IdentityKeys;
  }
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = {
    ...(await exportJWK(privateKey)),
    alg: 'RS256',
    use: 'sig',
    kid: randomBytes(8).toString('hex'),
  };
  const keys: IdentityKeys = { signingKey, cookieKeys: [randomBytes(32).toString('base64url')] };
  await mkdir(dir, { recursive: true });
  await writeFile(file, JSON.stringify(keys), { mode: 0o600 });
  return keys;
}
