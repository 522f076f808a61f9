#!/usr/bin/env node
// The project's two commands (and a few helpers) start here, from a machine that has only
// Node and npm: this script fetches the pinned pnpm through npm into .tools/, installs the
// workspace, and hands over to the real command.
//
//   node scripts/run.mjs start        build everything and run it on embedded services
//   node scripts/run.mjs test         every test: lint, types, unit, API, browser
//   node scripts/run.mjs token NAME   print an access token for a seeded persona
//   node scripts/run.mjs migrate      apply database migrations (DATABASE_URL or embedded)
//   node scripts/run.mjs audit:verify check every audit chain, name the first broken row
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [command = 'start', ...rest] = process.argv.slice(2);

checkNodeVersion();
const pnpm = ensurePnpm();
// turbo looks for the package manager on PATH; the project's tools come first.
process.env.PATH = [
  join(root, '.tools', 'node_modules', '.bin'),
  join(root, 'node_modules', '.bin'),
  process.env.PATH,
].join(delimiter);
install();

switch (command) {
  case 'start':
    build([]);
    handOver('scripts/start.mjs');
    break;
  case 'test':
    handOver('scripts/test.mjs');
    break;
  case 'token':
    build(['--filter=@hub/devstack']);
    handOver('scripts/token.mjs');
    break;
  case 'migrate':
    build(['--filter=@hub/api...']);
    handOver('scripts/migrate.mjs');
    break;
  case 'audit:verify':
    build(['--filter=@hub/api...']);
    handOver('scripts/audit-verify.mjs');
    break;
  default:
    console.error(`Unknown command "${command}": use start, test, token, migrate or audit:verify.`);
    process.exit(2);
}

function checkNodeVersion() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  const supported = (major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major >= 23;
  if (!supported) {
    console.error(
      `Node ${process.versions.node} is not supported: use Node 20.19+ or 22.12+ (see README).`,
    );
    process.exit(1);
  }
}

/** The pnpm named in package.json's packageManager, installed through npm into .tools/. */
function ensurePnpm() {
  const { packageManager } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const version = packageManager.replace(/^pnpm@/, '');
  const toolsDir = join(root, '.tools');
  const bin = join(toolsDir, 'node_modules', 'pnpm', 'bin', 'pnpm.cjs');
  const installed = existsSync(bin)
    ? JSON.parse(readFileSync(join(toolsDir, 'node_modules', 'pnpm', 'package.json'), 'utf8'))
        .version
    : undefined;
  if (installed !== version) {
    console.error(`Fetching pnpm ${version} through npm into .tools/ ...`);
    const status = run('npm', [
      'install',
      '--prefix',
      toolsDir,
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      `pnpm@${version}`,
    ]);
    if (status !== 0) {
      console.error('Could not install pnpm through npm; check access to the npm registry.');
      process.exit(status);
    }
  }
  return bin;
}

function install() {
  const args = ['install', '--frozen-lockfile', '--reporter=silent'];
  const status = run(pnpm, args);
  if (status !== 0) {
    console.error('pnpm install failed (see above).');
    process.exit(status);
  }
}

function run(cmd, args) {
  const isNodeScript = cmd.endsWith('.cjs') || cmd.endsWith('.mjs');
  // Setup steps write to stderr, so the command's own stdout stays clean:
  // TOKEN=$(npm run -s token -- contoso-admin) holds only the token.
  const result = spawnSync(
    isNodeScript ? process.execPath : cmd,
    isNodeScript ? [cmd, ...args] : args,
    {
      cwd: root,
      stdio: ['inherit', process.stderr, 'inherit'],
    },
  );
  return result.status ?? 1;
}

function build(filters) {
  const status = run(pnpm, [
    'exec',
    'turbo',
    'run',
    'build',
    '--output-logs=errors-only',
    ...filters,
  ]);
  if (status !== 0) {
    console.error('The build failed (see above).');
    process.exit(status);
  }
}

/**
 * Runs the real command as a child and lives only to pass on its exit code. Ctrl-C reaches the
 * whole foreground process group, so the child gets it directly; this process waits for the
 * child to finish shutting down instead of dying first. SIGTERM/SIGHUP sent to this process
 * alone are forwarded.
 */
function handOver(script) {
  const child = spawn(process.execPath, [join(root, script), ...rest], {
    cwd: root,
    stdio: 'inherit',
  });
  process.on('SIGINT', () => {});
  for (const signal of ['SIGTERM', 'SIGHUP']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
}
