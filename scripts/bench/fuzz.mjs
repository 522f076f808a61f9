// The OpenAPI fuzz at length (issue 11 item 10): the same suite `npm test` runs
// (apps/api/test/platform/openapi-fuzz.e2e-spec.ts, logic in apps/api/test/support/fuzz.ts),
// with more requests. Every operation of the API's OpenAPI document gets its plausible request
// from each caller (anonymous and each persona), its hostile corpus, and generated inputs from
// its schemas (fast-check, a fixed seed) → 0 5xx, 0 stack traces or file paths, one error
// shape. It builds the API, runs that jest file with FUZZ_REQUESTS set (its global setup starts
// embedded PostgreSQL, Meilisearch and the identity provider, and stops them), and prints the
// suite's figures and the run time. Not part of `npm test`, which sends about 3,000 requests.
// Exits as jest does: 1 when a request failed a check (each is listed).
//
//   node scripts/bench/fuzz.mjs [--requests 12000] [--seed N]
//     --requests  about how many requests to send (default 12,000; the generated ones make up
//                 the difference beyond the probes and the hostile corpus)
//     --seed      fast-check's seed (default the suite's own): a failure replays with its seed
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { root } from '../paths.mjs';

const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1];
};
const requests = Number(option('requests', '12000'));
const seed = option('seed', undefined);
if (!Number.isInteger(requests) || requests < 1) {
  console.error('--requests takes a positive whole number.');
  process.exit(2);
}

const api = join(root, 'apps/api');

/** Runs a command in apps/api, echoing its output; resolves with its exit code and output. */
function run(command, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: api,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        output += chunk;
        process.stdout.write(chunk);
      });
    }
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const started = performance.now();
const build = await run(process.execPath, [
  join(api, 'node_modules/typescript/bin/tsc'),
  '-p',
  'tsconfig.build.json',
]);
if (build.code !== 0) {
  console.error('The API does not build.');
  process.exit(1);
}
const test = await run(
  process.execPath,
  [
    '--experimental-vm-modules',
    '--no-warnings=ExperimentalWarning',
    join(api, 'node_modules/jest/bin/jest.js'),
    'test/platform/openapi-fuzz.e2e-spec.ts',
  ],
  { FUZZ_REQUESTS: String(requests), ...(seed === undefined ? {} : { FUZZ_SEED: seed }) },
);
const seconds = ((performance.now() - started) / 1000).toFixed(0);
const figures = test.output.match(/openapi fuzz: [^\n]+/)?.[0];
console.log(`\n${figures ?? 'openapi fuzz: no figures (the suite did not get to send)'}`);
console.log(`run time ${seconds} s (build, services, app and requests)`);
process.exit(test.code);
