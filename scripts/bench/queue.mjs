// The reviewers' queue at scale (issue 8 item 12), on the built API and embedded services it
// starts itself, with 1,000,000 generated applications (scripts/generate-enrollments.mjs):
//
//   1. first page: `GET /api/enrollments` filtered by state and region, sorted by age (oldest
//      first), with its total, as the reviewer; against the same SQL sent straight to
//      PostgreSQL in the same run: the very statements the API sent for that request (recorded
//      in the API by lib/record-sql.mjs, replayed on a pg pool with the API's own concurrency:
//      rate limit, count, estimate, page, records, duplicates). Goal: API p95 ≤ 1.5× the SQL,
//      and < 50 ms. Also against a smaller hand-written query (count, estimate, the page joined
//      to its partners, on one client), which leaves out what the page shows beyond the row.
//   2. deep pages: page 1,000 through the keyset cursor (`filter.after`) against page 1.
//      Goal: ≤ 2×.
//   3. CSV export of the decided applications of Europe (about 100,000 rows at 1M): rows per
//      second, and the API's resident memory sampled during the export (flat: batches of 1,000).
//
// Not a test: it prints figures and exits 0 when it completed (a missed goal is reported).
//
//   node scripts/bench/queue.mjs [--count 1000000] [--n 200] [--warmup 20] [--block 10]
import { readFile } from 'node:fs/promises';
import { generateEnrollments } from '../generate-enrollments.mjs';
import { join } from 'node:path';
import {
  alternate,
  recordSql,
  recordSqlArgs,
  replaySql,
  requireFromApi,
  runBench,
  startBenchStack,
  stats,
} from './lib/bench-stack.mjs';

const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const COUNT = option('count', 1_000_000);
const N = option('n', 200);
const WARMUP = option('warmup', 20);
const BLOCK = option('block', 10);
const AUDIENCE = 'api://partner-enrollment-hub-bench';
const PAGE = 25;
const DEEP_PAGE = 1000;

await runBench('queue', async (bench) => {
  let generated;
  const recorded = join(bench.work, 'statements.json');
  const { base, apiPid, db, databaseUrl, tokenOf, seconds } = await startBenchStack(bench, {
    audience: AUDIENCE,
    nodeArgs: recordSqlArgs,
    env: { BENCH_SQL_RECORD_FILE: recorded },
    beforeApi: async (_url, client) => {
      console.log(`Generating ${COUNT.toLocaleString('en')} applications …`);
      generated = await generateEnrollments(client, { count: COUNT, log: console.log });
    },
  });
  console.log(
    `stack up in ${seconds.toFixed(1)} s (generation ${generated.seconds.toFixed(1)} s: ` +
      `${generated.partners.toLocaleString('en')} partners, ${generated.enrollments.toLocaleString('en')} applications)`,
  );
  const token = await tokenOf('reviewer');
  const { marketsInRegion } = await import('../../packages/domain/dist/index.js');
  const europe = marketsInRegion('Europe').value.map((market) => market.country);

  const filter = { state: ['submitted'], region: ['Europe'] };
  const sort = ['submittedAt', 'ASC'];
  const url = (extra = {}) =>
    `${base}/api/enrollments?filter=${encodeURIComponent(JSON.stringify({ ...(extra.tab ? {} : filter), ...extra }))}` +
    `&sort=${encodeURIComponent(JSON.stringify(sort))}&range=${encodeURIComponent(`[0,${PAGE - 1}]`)}`;
  const headers = { authorization: `Bearer ${token}` };
  let lastTotal;
  const viaApi = (extra) => async () => {
    const response = await fetch(url(extra), { headers });
    const body = await response.json();
    if (response.status !== 200 || body.length !== PAGE) {
      throw new Error(
        `the queue answered ${response.status}: ${JSON.stringify(body).slice(0, 400)}`,
      );
    }
    lastTotal = {
      range: response.headers.get('content-range'),
      estimated: response.headers.get('x-total-estimated') === 'true',
    };
  };

  // The hand-written equivalent, on one client: capped count, estimate, the page with partners.
  const where = `e.state = ANY($1::varchar[]) AND e.country = ANY($2::varchar[])`;
  const params = [filter.state, europe];
  const straight = async () => {
    const counted = await db.query(
      `SELECT count(*) AS n FROM (SELECT 1 FROM enrollments e WHERE ${where} LIMIT 10001) capped`,
      params,
    );
    if (Number(counted.rows[0].n) > 10_000) {
      await db.query(`EXPLAIN (FORMAT JSON) SELECT 1 FROM enrollments e WHERE ${where}`, params);
    }
    const page = await db.query(
      `SELECT e.*, row_to_json(p) AS partner FROM enrollments e JOIN partners p ON p.id = e.partner_id
        WHERE ${where} ORDER BY e.submitted_at ASC NULLS LAST, e.id ASC LIMIT ${PAGE}`,
      params,
    );
    if (page.rows.length !== PAGE) {
      throw new Error('baseline: short page');
    }
  };

  // The same SQL: what the API sent for one (warm) first page, sent again straight to
  // PostgreSQL. The rate limit's counter is the bench's own, not the reviewer's.
  for (let i = 0; i < WARMUP; i += 1) {
    await viaApi({})();
  }
  const statements = (await recordSql(recorded, apiPid, viaApi({}))).map((statement) =>
    statement.text.includes('rate_limit_counters')
      ? { ...statement, values: ['bench:replay', ...statement.values.slice(1)] }
      : statement,
  );
  const pool = new (requireFromApi('pg').Pool)({ connectionString: databaseUrl, max: 10 });
  bench.onStop('pg pool', () => pool.end());
  const same = () => replaySql(pool, statements);

  // --- 1. first page ---
  const [apiMs, sameMs, sqlMs] = await alternate(
    { n: N, warmup: WARMUP, block: BLOCK },
    viaApi({}),
    same,
    straight,
  );
  const first = stats(apiMs);
  const sameSql = stats(sameMs);
  const sql = stats(sqlMs);
  const firstTotal = lastTotal;

  // --- 2. page 1,000 through the keyset cursor vs page 1: the decided tab, deep enough ---
  const decided = ['active', 'transitioned_to_indirect', 'rejected', 'withdrawn'];
  const deep = await db.query(
    `SELECT e.submitted_at::text AS value, e.id FROM enrollments e
      WHERE e.state = ANY($1::varchar[])
      ORDER BY e.submitted_at ASC NULLS LAST, e.id ASC OFFSET ${(DEEP_PAGE - 1) * PAGE - 1} LIMIT 1`,
    [decided],
  );
  if (deep.rows.length === 0) {
    throw new Error(
      `fewer than ${DEEP_PAGE} pages of decided applications: generate more (--count)`,
    );
  }
  const after = Buffer.from(JSON.stringify([deep.rows[0].value, deep.rows[0].id])).toString(
    'base64url',
  );
  const [deepMs, pageOneMs] = await alternate(
    { n: N, warmup: WARMUP, block: BLOCK },
    viaApi({ tab: ['decided'], after }),
    viaApi({ tab: ['decided'] }),
  );
  const deepStats = stats(deepMs);
  const pageOne = stats(pageOneMs);
  const deepTotal = lastTotal;

  // --- 3. the flagged duplicates of the decided tab (partner_duplicate_flags) vs the tab ---
  const [duplicateMs, tabMs] = await alternate(
    { n: N, warmup: WARMUP, block: BLOCK },
    viaApi({ tab: ['decided'], duplicate: true }),
    viaApi({ tab: ['decided'] }),
  );
  const duplicateTotal = lastTotal;
  const duplicateStats = stats(duplicateMs);
  const tabStats = stats(tabMs);

  // --- 4. CSV export, streamed ---
  const rss = async () =>
    Number((await readFile(`/proc/${apiPid}/status`, 'utf8')).match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) /
    1024;
  const rssBefore = await rss();
  let rssMax = rssBefore;
  const sampler = setInterval(() => {
    void rss().then((mb) => {
      rssMax = Math.max(rssMax, mb);
    });
  }, 100);
  const exportStarted = performance.now();
  const exported = await fetch(
    `${base}/api/enrollments/export?filter=${encodeURIComponent(JSON.stringify({ tab: ['decided'], region: ['Europe'] }))}&sort=${encodeURIComponent('["submittedAt","ASC"]')}`,
    { headers },
  );
  let exportRows = -1; // the header line
  let exportBytes = 0;
  const decoder = new TextDecoder();
  for await (const chunk of exported.body) {
    exportBytes += chunk.length;
    exportRows += decoder.decode(chunk, { stream: true }).split('\n').length - 1;
  }
  const exportSeconds = (performance.now() - exportStarted) / 1000;
  clearInterval(sampler);

  const ms = (value) => value.toFixed(2).padStart(8);
  const firstRatio = first.p95 / sameSql.p95;
  const deepRatio = deepStats.p95 / pageOne.p95;
  console.log(
    [
      '',
      `Queue, first page of ${PAGE}: state submitted, region Europe, oldest first, with its total (${firstTotal.range}${firstTotal.estimated ? ', estimated' : ', exact'})`,
      '                                                     p50       p95       p99      mean  (ms)',
      `  API  GET /api/enrollments (reviewer)           ${ms(first.p50)}  ${ms(first.p95)}  ${ms(first.p99)}  ${ms(first.mean)}`,
      `  the same SQL (${String(statements.length).padStart(2)} statements) straight to pg ${ms(sameSql.p50)}  ${ms(sameSql.p95)}  ${ms(sameSql.p99)}  ${ms(sameSql.mean)}`,
      `  hand-written: count, estimate, page + partner  ${ms(sql.p50)}  ${ms(sql.p95)}  ${ms(sql.p99)}  ${ms(sql.mean)}`,
      `  ratio API / the same SQL at p95: ${firstRatio.toFixed(2)}×   goal ≤ 1.5× and p95 < 50 ms: ${firstRatio <= 1.5 && first.p95 < 50 ? 'met' : 'NOT met'}`,
      `  ratio API / hand-written at p95: ${(first.p95 / sql.p95).toFixed(2)}×`,
      '',
      `Deep page: the decided tab, oldest first, page ${DEEP_PAGE} through the keyset cursor vs page 1 (${deepTotal.range}${deepTotal.estimated ? ', estimated' : ''})`,
      `  page ${DEEP_PAGE}                                      ${ms(deepStats.p50)}  ${ms(deepStats.p95)}  ${ms(deepStats.p99)}  ${ms(deepStats.mean)}`,
      `  page 1                                         ${ms(pageOne.p50)}  ${ms(pageOne.p95)}  ${ms(pageOne.p99)}  ${ms(pageOne.mean)}`,
      `  ratio page ${DEEP_PAGE} / page 1 at p95: ${deepRatio.toFixed(2)}×   goal ≤ 2×: ${deepRatio <= 2 ? 'met' : 'NOT met'}`,
      '',
      `Flagged duplicates: the decided tab filtered to duplicate=true (${duplicateTotal.range}${duplicateTotal.estimated ? ', estimated' : ', exact'}) vs the whole tab, page 1`,
      `  duplicate=true                                 ${ms(duplicateStats.p50)}  ${ms(duplicateStats.p95)}  ${ms(duplicateStats.p99)}  ${ms(duplicateStats.mean)}`,
      `  the tab                                        ${ms(tabStats.p50)}  ${ms(tabStats.p95)}  ${ms(tabStats.p99)}  ${ms(tabStats.mean)}`,
      `  ratio at p95: ${(duplicateStats.p95 / tabStats.p95).toFixed(2)}×   goal p95 < 50 ms: ${duplicateStats.p95 < 50 ? 'met' : 'NOT met'}`,
      '',
      `CSV export (decided, Europe, oldest first): ${exported.status}, ${exportRows.toLocaleString('en')} rows, ${(exportBytes / 1e6).toFixed(1)} MB in ${exportSeconds.toFixed(1)} s = ${Math.round(exportRows / exportSeconds).toLocaleString('en')} rows/s`,
      `  the API's resident memory: ${rssBefore.toFixed(0)} MB before, at most ${rssMax.toFixed(0)} MB during (+${(rssMax - rssBefore).toFixed(0)} MB)`,
      '',
    ].join('\n'),
  );
});
