// Once per run: the whole system as `npm start` runs it (scripts/start.mjs: embedded
// PostgreSQL, Meilisearch, mail catcher, local OpenID provider, migrations, demo data, the API
// serving the built console and directory), on free ports with its data in a temporary folder.
// Without a Chromium the browser tests are skipped with one line — unless CI is set, where a
// missing browser fails the run.
import { spawn } from 'node:child_process';
import { accessSync, appendFileSync, constants, statSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFreePort, waitFor } from '@hub/devstack';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

const isExecutableFile = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/**
 * Where Chromium is: CHROME_PATH when set (even if nothing is there: then the tests say so),
 * else the first `chromium` on PATH, else Debian's /usr/bin/chromium. .ci/run looks it up the
 * same way and passes what it found as CHROME_PATH.
 */
export function findChromium(env = process.env) {
  if (env.CHROME_PATH) {
    return env.CHROME_PATH;
  }
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => dir !== '')
    .map((dir) => join(dir, 'chromium'))
    .find(isExecutableFile);
  return onPath ?? '/usr/bin/chromium';
}

export default async function globalSetup() {
  const chrome = findChromium();
  if (!isExecutableFile(chrome)) {
    const line = `No Chromium at ${chrome} (set CHROME_PATH, or apt-get install chromium): browser tests skipped.`;
    if (process.env.CI) {
      throw new Error(
        `${line.replace(': browser tests skipped.', '')}: CI requires the browser tests.`,
      );
    }
    console.log(`\n${line}`);
    process.env.E2E_SKIP = '1';
    return;
  }
  process.env.E2E_CHROME_PATH = chrome;

  const port = await findFreePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'hub-e2e-'));
  // At info, the API's request lines are in npm start's output, for the secrets scan at the end.
  const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'info' };
  for (const name of ['IDP_PORT', 'MAIL_WEB_PORT', 'SMTP_PORT', 'PG_PORT', 'MEILI_PORT']) {
    env[name] = String(await findFreePort());
  }
  for (const name of [
    'DATABASE_URL',
    'MEILI_URL',
    'MEILI_MASTER_KEY',
    'SMTP_URL',
    'OIDC_ISSUER',
    'NODE_ENV',
  ]) {
    delete env[name];
  }
  const stack = spawn(process.execPath, [join(root, 'scripts/start.mjs')], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  // Also kept whole in a file: tests run in other processes and read what npm start said.
  const outputFile = join(dataDir, 'npm-start.log');
  const collect = (chunk) => {
    output = (output + chunk.toString()).slice(-20_000);
    appendFileSync(outputFile, chunk);
  };
  stack.stdout.on('data', collect);
  stack.stderr.on('data', collect);
  const exited = new Promise((_, reject) =>
    stack.once('exit', (code) => reject(new Error(`npm start stopped (exit ${code}):\n${output}`))),
  );
  exited.catch(() => undefined);
  await Promise.race([
    waitFor('npm start', async () => /Partner Enrollment Hub is up/.test(output), 120_000),
    exited,
  ]);

  process.env.E2E_BASE_URL = `http://localhost:${port}`;
  process.env.E2E_MAIL_URL = `http://127.0.0.1:${env.MAIL_WEB_PORT}`;
  process.env.E2E_DATA_DIR = dataDir;
  process.env.E2E_STACK_OUTPUT = outputFile;
  const ports = Object.fromEntries(
    ['PORT', 'IDP_PORT', 'MAIL_WEB_PORT', 'SMTP_PORT', 'PG_PORT', 'MEILI_PORT'].map((name) => [
      name,
      Number(env[name]),
    ]),
  );
  globalThis.__hubStack = { stack, dataDir, ports, output: () => output };
}
