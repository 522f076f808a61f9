import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  assertPortFree,
  BUNDLE_SECRET_KINDS,
  DEV_MEILI_KEY,
  describeFindings,
  privateJwkSecrets,
  scanFolder,
  scanText,
} from '@hub/devstack';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** The stack's own keys, read from its data folder: none may be in a log or a bundle. */
async function stackSecrets(dataDir) {
  const known = [{ name: 'MEILI_MASTER_KEY', value: DEV_MEILI_KEY }];
  const dataKey = join(dataDir, 'data-encryption.key');
  if (existsSync(dataKey)) {
    known.push({ name: 'DATA_ENCRYPTION_KEY', value: (await readFile(dataKey, 'utf8')).trim() });
  }
  const keysFile = join(dataDir, 'identity', 'keys.json');
  if (existsSync(keysFile)) {
    const keys = JSON.parse(await readFile(keysFile, 'utf8'));
    known.push(...privateJwkSecrets('signing key', keys.signingKey));
    known.push(...keys.cookieKeys.map((value) => ({ name: 'cookie key', value })));
  }
  return known;
}

/**
 * The secrets scan of the run (issue 11 item 13): everything npm start printed (the API's
 * request lines included) and the built console and directory, against the stack's keys.
 */
async function scanForSecrets(dataDir) {
  const known = await stackSecrets(dataDir);
  const log = join(dataDir, 'npm-start.log');
  const findings = existsSync(log)
    ? scanText(await readFile(log, 'utf8'), 'npm start output', { known })
    : [];
  // A bundle must not hold a key; its example IBANs and addresses (placeholders, a library's
  // test vectors, one minified line holding both "GET /" and an address) are no leak.
  for (const app of ['admin', 'directory']) {
    const dist = join(root, 'apps', app, 'dist');
    findings.push(...(await scanFolder(dist, { known, kinds: BUNDLE_SECRET_KINDS })));
  }
  console.log(`secrets scan: npm start's output and both bundles, ${findings.length} finding(s)`);
  return findings;
}

/**
 * What went wrong in the stack during the run, said before its log goes with the data folder:
 * npm start's lines about a service that stopped or came back, and the API's errors. A browser
 * test that met a stopped API shows only "connection refused"; these lines say why.
 */
async function reportIncidents(log) {
  if (!existsSync(log)) {
    return;
  }
  const incidents = (await readFile(log, 'utf8'))
    .split('\n')
    .filter(
      (line) =>
        /stopped|running again|restarting|EADDRINUSE/.test(line) || /"level":(50|60)\b/.test(line),
    )
    .map((line) => line.slice(0, 400));
  if (incidents.length > 0) {
    console.log(`npm start during the browser run:\n  ${incidents.slice(0, 40).join('\n  ')}`);
  }
}

/** Stops the stack the way a person does (Ctrl-C) and checks it leaves nothing behind. */
export default async function globalTeardown() {
  const started = globalThis.__hubStack;
  if (!started) {
    return;
  }
  const { stack, dataDir, ports } = started;
  const exited = new Promise((resolve) => stack.once('exit', resolve));
  stack.kill('SIGINT');
  let timer;
  const code = await Promise.race([
    exited,
    new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), 20_000))),
  ]);
  clearTimeout(timer);
  if (code === 'timeout') {
    stack.kill('SIGKILL');
  }
  const findings = await scanForSecrets(dataDir);
  await reportIncidents(join(dataDir, 'npm-start.log'));
  await rm(dataDir, { recursive: true, force: true });
  if (findings.length > 0) {
    throw new Error(`Secrets in the browser run's logs or bundles:\n${describeFindings(findings)}`);
  }
  if (code === 'timeout') {
    throw new Error('npm start did not stop within 20 s of Ctrl-C.');
  }
  if (started.output().includes('did not shut down')) {
    throw new Error('The API had to be killed: it did not shut down gracefully on SIGTERM.');
  }
  // Nothing it started may outlive it: every port it used is free again.
  for (const [name, port] of Object.entries(ports)) {
    await assertPortFree(port, name);
  }
}
