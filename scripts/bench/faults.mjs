// The fault suite's long run (issue 11 item 15): the same code as `npm test`'s
// apps/api/test/platform/faults.e2e-spec.ts, with the counts of the issue and more load:
// PostgreSQL restarted for 3 s under 12 writers, Meilisearch paused for 30 s, 500 idle
// connections beside /api/health with 200 probes. Prints each fault's figure (the suite's own
// lines): writes answered / committed whole / half-written (must be 0) and the time from
// PostgreSQL's return to the first committed write (goal < 5 s); the PostgreSQL routes' p95
// while Meilisearch is paused and the time to healthy after; /api/health's p50 with the idle
// connections as a ratio of its p50 without them, measured in the same run.
//
//   node scripts/bench/faults.mjs [--writers N] [--pause S] [--idle N]
//
// Needs the build (`npm run build` or turbo) as `npm test` does.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { root } from '../paths.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index === -1 ? fallback : args[index + 1];
};
const env = {
  ...process.env,
  FAULT_WRITERS: option('--writers', '12'),
  FAULT_RESTART_SECONDS: '3',
  FAULT_PAUSE_SECONDS: option('--pause', '30'),
  FAULT_IDLE_CONNECTIONS: option('--idle', '500'),
  FAULT_HEALTH_PROBES: '200',
};
const api = join(root, 'apps/api');
const jest = spawn(
  process.execPath,
  [
    '--experimental-vm-modules',
    '--no-warnings=ExperimentalWarning',
    'node_modules/jest/bin/jest.js',
    'test/platform/faults.e2e-spec.ts',
    '--testTimeout=120000',
  ],
  { cwd: api, env, stdio: ['ignore', 'pipe', 'pipe'] },
);
let output = '';
for (const stream of [jest.stdout, jest.stderr]) {
  stream.on('data', (chunk) => {
    output += chunk;
  });
}
const code = await new Promise((resolve) => jest.on('exit', resolve));
const figures = output.split('\n').filter((line) => line.includes('faults:'));
console.log(figures.map((line) => line.trim()).join('\n') || output);
if (code !== 0) {
  console.log(output.split('\n').filter((line) => /✕|●|Expected|Received/.test(line)).join('\n'));
}
process.exit(code ?? 1);
