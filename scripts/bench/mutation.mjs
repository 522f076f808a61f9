// Mutation testing of packages/domain with StrykerJS, one source folder at a time: how many of
// the small faults Stryker seeds into the rules (a flipped condition, a dropped array entry, a
// changed string) make at least one test fail. Prints the mutation score per folder and per
// file, lists every surviving mutant, and the run time. Not a test and not part of `npm test`:
// a full folder takes minutes (src/enrollment about 20), so runs are incremental — a rerun
// tests only mutants in code or tests that changed since the last run of that folder.
//
//   node scripts/bench/mutation.mjs [folder...] [--concurrency N] [--full]
//     folder         a folder under packages/domain/src (default: every folder, one after the
//                    other); the files directly in src/ are the folder `.`
//     --concurrency  Stryker's test-runner processes (default 2; the machine is shared)
//     --full         ignore the incremental results and test every mutant again. Needed after
//                    adding a spec file that covers module-level data (tables, catalogs): the
//                    incremental run reuses a static mutant's "survived" when its old tests are
//                    unchanged, and does not try the new file on it (measured here with 9.6).
//
// Settings (ARCHITECTURE.md pitfall 21): Stryker 9.6 on Node 20, jest runner with
// --experimental-vm-modules, projectType custom on the package's jest.config.mjs, perTest
// coverage; the sandbox lives in <repo>/.stryker-tmp so that jest.config.mjs's relative
// `../../jest.base.mjs` still resolves. Results and incremental files go to
// <repo>/.reports/stryker/ (git-ignored).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { root } from '../paths.mjs';

const domain = join(root, 'packages/domain');
const reports = join(root, '.reports/stryker');
const tempDir = join(root, '.stryker-tmp');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index === -1 ? fallback : args.splice(index, 2)[1];
};
const concurrency = Number(option('--concurrency', '2'));
const full = args.includes('--full');
const folders = args.filter((a) => !a.startsWith('--'));
const allFolders = async () =>
  (await readdir(join(domain, 'src'), { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .concat('.');
const chosen = folders.length > 0 ? folders : await allFolders();
for (const folder of chosen) {
  if (!existsSync(join(domain, 'src', folder))) {
    console.error(`No folder packages/domain/src/${folder}.`);
    process.exit(2);
  }
}

await mkdir(reports, { recursive: true });
await mkdir(tempDir, { recursive: true });
// The sandbox holds a copy of the package while Stryker runs: keep it out of `git status`.
await writeFile(join(tempDir, '.gitignore'), '*\n');

const slug = (folder) => (folder === '.' ? 'root' : folder.replaceAll('/', '-'));

function strykerConfig(folder) {
  const base = folder === '.' ? 'src/*.ts' : `src/${folder}/**/*.ts`;
  return {
    $schema: './node_modules/@stryker-mutator/core/schema/stryker-schema.json',
    packageManager: 'pnpm',
    testRunner: 'jest',
    plugins: ['@stryker-mutator/jest-runner'],
    testRunnerNodeArgs: ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning'],
    jest: { projectType: 'custom', configFile: 'jest.config.mjs', enableFindRelatedTests: true },
    coverageAnalysis: 'perTest',
    // Not mutated: specs; index.ts re-exports; *.messages.ts (texts, not rules; messages.spec
    // checks both languages have the same keys); markets.data.ts, the market table generated
    // from the CSV, whose every field markets.data.spec compares with the CSV (about 1,500
    // literal mutants, each killed by that comparison, at a full test run each).
    mutate: [
      base,
      '!src/**/*.spec.ts',
      '!src/**/index.ts',
      '!src/**/*.messages.ts',
      '!src/markets/markets.data.ts',
    ],
    tempDirName: '../../.stryker-tmp',
    concurrency,
    // The machine is shared: a mutant's tests may take several times their unloaded time.
    timeoutMS: 15_000,
    maxTestRunnerReuse: 40,
    incremental: true,
    force: full,
    incrementalFile: relative(domain, join(reports, `${slug(folder)}.incremental.json`)),
    reporters: ['json', 'progress-append-only'],
    jsonReporter: { fileName: relative(domain, join(reports, `${slug(folder)}.json`)) },
    ignorePatterns: ['dist', 'coverage', '.turbo'],
    cleanTempDir: 'always',
  };
}

function run(command, commandArgs, cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd, stdio: 'inherit' });
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

function score(mutants) {
  const detected = mutants.filter((m) => DETECTED.has(m.status)).length;
  const undetected = mutants.filter((m) => UNDETECTED.has(m.status)).length;
  const valid = detected + undetected;
  return { detected, undetected, valid, score: valid === 0 ? 100 : (100 * detected) / valid };
}

const pct = (value) => `${value.toFixed(1).padStart(5)}%`;
const summary = [];
for (const folder of chosen) {
  const configFile = join(reports, `${slug(folder)}.conf.json`);
  await writeFile(configFile, JSON.stringify(strykerConfig(folder), null, 2));
  console.log(`\n=== Stryker on packages/domain/src/${folder} (concurrency ${concurrency}) ===`);
  const started = Date.now();
  const code = await run(
    process.execPath,
    [join(domain, 'node_modules/@stryker-mutator/core/bin/stryker.js'), 'run', configFile],
    domain,
  );
  const minutes = (Date.now() - started) / 60_000;
  if (code !== 0) {
    console.error(`Stryker failed on src/${folder} (exit ${code}).`);
    summary.push({ folder, failed: true, minutes });
    continue;
  }
  const report = JSON.parse(await readFile(join(reports, `${slug(folder)}.json`), 'utf8'));
  const files = Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b));
  const all = files.flatMap(([, file]) => file.mutants);
  const total = score(all);
  console.log(`\nsrc/${folder}: ${pct(total.score)}  (${total.detected}/${total.valid} detected)`);
  for (const [path, file] of files) {
    const s = score(file.mutants);
    console.log(`  ${pct(s.score)}  ${path}  (${s.detected}/${s.valid})`);
  }
  const survivors = files.flatMap(([path, file]) =>
    file.mutants
      .filter((m) => UNDETECTED.has(m.status))
      .map((m) => ({ path, ...m }))
      .sort((a, b) => a.location.start.line - b.location.start.line),
  );
  if (survivors.length > 0) {
    console.log(`\nSurviving mutants in src/${folder}:`);
    for (const m of survivors) {
      const { line, column } = m.location.start;
      const replacement = (m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 100);
      console.log(`  ${m.path}:${line}:${column}  ${m.mutatorName}  ${m.status}  → ${replacement}`);
    }
  }
  summary.push({ folder, minutes, ...total });
}

console.log(
  '\nMutation score per folder (Killed + Timeout over every mutant that ran or had no test)',
);
for (const row of summary) {
  const time = `${row.minutes.toFixed(1)} min`;
  console.log(
    row.failed
      ? `  src/${row.folder}: Stryker failed after ${time}`
      : `  ${pct(row.score)}  src/${row.folder}  (${row.detected}/${row.valid}, ${time})`,
  );
}
const totals = summary.filter((row) => !row.failed);
if (totals.length > 1) {
  const detected = totals.reduce((sum, row) => sum + row.detected, 0);
  const valid = totals.reduce((sum, row) => sum + row.valid, 0);
  console.log(`  ${pct(valid === 0 ? 100 : (100 * detected) / valid)}  these folders together`);
}
process.exitCode = summary.some((row) => row.failed) ? 1 : 0;
