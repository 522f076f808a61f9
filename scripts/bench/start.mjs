// Measures, on a fresh clone of the committed HEAD:
//   cold `npm start` to healthy (install + build + first start with an empty .data/),
//   warm restart to healthy (the second `npm start`: goal under 10 s),
//   and, with --with-test, `npm test` wall time.
// Each figure is printed with its ratio to a baseline measured in the same run: starting the
// bare embedded services alone (PostgreSQL, Meilisearch, mail catcher, identity provider) — the
// floor no start can go below. Not a test: it prints figures and asserts nothing.
//
//   node scripts/bench/start.mjs [--with-test]
import { execFileSync, spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort, startMailCatcher, startMeilisearch, startPostgres } from '@hub/devstack';
import { startIdentityProvider } from '@hub/devstack/identity-provider';
import { root } from '../paths.mjs';

const withTest = process.argv.includes('--with-test');
const work = await mkdtemp(join(tmpdir(), 'hub-bench-'));
await chmod(work, 0o755); // PostgreSQL runs as the postgres user when this runs as root
const clone = join(work, 'clone');

try {
  const baseline = await bareServices(join(work, 'bare'));
  execFileSync('git', ['clone', '--quiet', root, clone]);
  const port = await findFreePort();
  const cold = await timeStart(port);
  const warm = await timeStart(port);
  const test = withTest ? timeCommand('npm', ['test']) : undefined;

  const ratio = (seconds) => `${(seconds / baseline).toFixed(1)}× baseline`;
  console.log('');
  console.log(`baseline: bare embedded services, started alone      ${baseline.toFixed(2)} s`);
  console.log(
    `cold npm start to healthy (fresh clone, empty .data) ${cold.toFixed(1)} s  (${ratio(cold)})`,
  );
  console.log(
    `warm npm start to healthy (second start)             ${warm.toFixed(1)} s  (${ratio(warm)}; goal < 10 s)`,
  );
  if (test !== undefined) {
    console.log(
      `npm test wall time (same clone, after the starts)    ${(test / 60).toFixed(1)} min  (${ratio(test)})`,
    );
  }
  console.log(
    '(the pnpm store on this machine may already hold the packages: a first machine also downloads them)',
  );
} finally {
  await rm(work, { recursive: true, force: true });
}

async function bareServices(dir) {
  const started = performance.now();
  const parts = await Promise.allSettled([
    findFreePort().then((port) => startPostgres({ dataDir: join(dir, 'pg'), port })),
    findFreePort().then((port) =>
      startMeilisearch({ dataDir: join(dir, 'meili'), port, masterKey: 'bench-master-key-0123' }),
    ),
    Promise.all([findFreePort(), findFreePort()]).then(([smtpPort, webPort]) =>
      startMailCatcher({ smtpPort, webPort, dataDir: join(dir, 'mail') }),
    ),
    findFreePort().then((port) =>
      startIdentityProvider({
        port,
        audience: 'api://bench',
        consoleOrigins: ['http://localhost'],
        dataDir: join(dir, 'idp'),
      }),
    ),
  ]);
  const seconds = (performance.now() - started) / 1000;
  // Stop whatever did start, also when another part failed.
  await Promise.all(
    parts.filter((part) => part.status === 'fulfilled').map((part) => part.value.stop()),
  );
  const failed = parts.find((part) => part.status === 'rejected');
  if (failed) {
    throw failed.reason;
  }
  return seconds;
}

/** `npm start` in the clone until it prints that it is up; then Ctrl-C, and wait for it to end. */
function timeStart(port) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('npm', ['start'], {
      cwd: clone,
      env: { ...process.env, PORT: String(port), CI: '' },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let up;
    const onData = (chunk) => {
      output = (output + chunk.toString()).slice(-10_000);
      if (up === undefined && /Partner Enrollment Hub is up/.test(output)) {
        up = (performance.now() - started) / 1000;
        process.kill(-child.pid, 'SIGINT');
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) =>
      up === undefined
        ? reject(new Error(`npm start ended (${code}) before it was up:\n${output}`))
        : resolve(up),
    );
  });
}

function timeCommand(command, args) {
  const started = performance.now();
  execFileSync(command, args, { cwd: clone, stdio: 'ignore', env: { ...process.env } });
  return (performance.now() - started) / 1000;
}
