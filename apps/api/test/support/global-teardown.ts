import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describeFindings, privateJwkSecrets, scanFolder, type KnownSecret } from '@hub/devstack';

/**
 * Stops the run's services; first scans every log line the run's test apps wrote for secrets
 * (issue 11 item 13: JWTs, IBANs, account numbers, personas' e-mails in request lines, the run's
 * keys). A finding fails the run, after everything is cleaned up.
 */
export default async function globalTeardown(): Promise<void> {
  const findings = await scanRunLogs();
  const services = globalThis.__hubTestServices;
  await Promise.all([
    services?.identity.stop(),
    services?.mail.stop(),
    services?.meilisearch?.stop(),
    services?.postgres?.stop(),
  ]);
  const dir = process.env['TEST_SCRATCH_DIR'];
  if (dir) {
    await rm(dir, { recursive: true, force: true });
  }
  if (findings !== undefined && findings.length > 0) {
    throw new Error(`Secrets in the API tests' logs:\n${describeFindings(findings)}`);
  }
}

async function scanRunLogs() {
  const logs = process.env['TEST_LOG_DIR'];
  if (logs === undefined || !existsSync(logs)) {
    return undefined;
  }
  // constants.ts' TEST_DATA_KEY (jest loads the global setup and teardown without the test
  // transform's module resolution, so they import no file of ours).
  const known: KnownSecret[] = [
    { name: 'DATA_ENCRYPTION_KEY', value: Buffer.alloc(32, 7).toString('base64') },
  ];
  const masterKey = process.env['TEST_MEILI_MASTER_KEY'];
  if (masterKey) {
    known.push({ name: 'MEILI_MASTER_KEY', value: masterKey });
  }
  const keysFile = join(process.env['TEST_IDENTITY_DIR'] ?? '', 'keys.json');
  if (existsSync(keysFile)) {
    const keys = JSON.parse(await readFile(keysFile, 'utf8')) as {
      signingKey: Record<string, unknown>;
      cookieKeys: string[];
    };
    known.push(...privateJwkSecrets('signing key', keys.signingKey));
    known.push(...keys.cookieKeys.map((value) => ({ name: 'cookie key', value })));
  }
  const findings = await scanFolder(logs, { known });
  let lines = 0;
  for (const file of await readdir(logs)) {
    lines += (await readFile(join(logs, file), 'utf8')).split('\n').length - 1;
  }
  console.log(`secrets scan: ${lines} log lines of the API tests, ${findings.length} finding(s)`);
  return findings;
}
