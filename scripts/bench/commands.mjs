// Measures the enrollment commands of the built API (apps/api/dist) on embedded services it
// starts itself (PostgreSQL, the local identity provider) on free loopback ports in a temp dir:
//
//   1. command latency: `POST /api/enrollments/:id/start-review` as the reviewer, one at a time,
//      against a baseline measured in the same run: the same writes sent straight to PostgreSQL
//      on one pg client (row lock, UPDATE ... WHERE version, the last audit row, one hash-chained
//      audit row, one graphile-worker job). The two loops alternate in blocks, so machine noise
//      hits both alike. Goal: API ≤ 3× baseline at p50 and p95.
//   2. submit throughput: autocannon at 16 connections for 10 s against
//      `POST /api/enrollments/:id/submit` as Contoso's global admin, each request on a fresh
//      draft (each submit writes the state, an audit row, an e-mail and its job). No 5xx.
//
// Not a test: it prints figures and exits 0 when it completed (a missed goal is reported).
//
//   node scripts/bench/commands.mjs [--n 300] [--warmup 30] [--block 10]
//                                   [--drafts 20000] [--connections 16] [--duration 10]
import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { findPersona, tenants } from '@hub/devstack';
import { root } from '../paths.mjs';
import { requireFromApi, runBench, runToEnd, startBenchStack, stats } from './lib/bench-stack.mjs';

const canonicalizeModule = requireFromApi('canonicalize');
const canonicalize =
  typeof canonicalizeModule === 'function' ? canonicalizeModule : canonicalizeModule.default;
const { FieldEncryption } = await import(
  pathToFileURL(join(root, 'apps/api/dist/crypto/field-encryption.js')).href
);

const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const N = option('n', 300);
const WARMUP = option('warmup', 30);
const BLOCK = option('block', 10);
const DRAFTS = option('drafts', 20_000);
const CONNECTIONS = option('connections', 16);
const DURATION = option('duration', 10);
const GOAL = 3;
const AUDIENCE = 'api://partner-enrollment-hub-bench';
const GENESIS_HASH = '0'.repeat(64);

await runBench('commands', main);

async function main(bench) {
  // --- the stack ---
  const { base, databaseUrl, dataKey, db, tokenOf, seconds } = await startBenchStack(bench, {
    audience: AUDIENCE,
  });
  // Health names the placeholder search as down (503): the API booted without Meilisearch.
  const health = await fetch(`${base}/api/health`);
  const healthMessage = await health
    .json()
    .then((body) => body.message ?? body.status)
    .catch(() => '');
  console.log(
    `stack up in ${seconds.toFixed(1)} s: PostgreSQL, identity provider, API on ${base}` +
      ` (/api/health ${health.status} "${healthMessage}": Meilisearch is a placeholder, unused by commands)`,
  );
  const reviewer = findPersona('reviewer');
  const reviewerToken = await tokenOf('reviewer');
  const adminToken = await tokenOf('contoso-admin');

  // --- test data: one complete partner (Contoso) and the enrollments, in plain SQL ---
  const fields = new FieldEncryption(dataKey);
  const iban = 'SE4550000000058398257466';
  const bank = {
    kind: 'iban',
    country: 'SE',
    iban,
    bic: 'ESSESESS',
    accountHolderName: 'Contoso AB',
  };
  const {
    rows: [partner],
  } = await db.query(
    `INSERT INTO partners (tenant_id, legal_name, partner_id, address, country, bank_details_encrypted,
                           bank_last4, bank_blind_index, admin_email, website, phone, preferred_language)
     VALUES ($1, 'Contoso AB', '1234567', $2, 'SE', $3, $4, $5, 'ada@contoso.com',
             'https://contoso.com', '+4681234567', 'en')
     RETURNING id, tenant_id`,
    [
      tenants.contoso.id,
      JSON.stringify({
        country: 'SE',
        addressLine1: 'Storgatan 1',
        city: 'Stockholm',
        postalCode: '111 22',
      }),
      fields.encrypt(JSON.stringify(bank)),
      iban.slice(-4),
      fields.blindIndex(iban),
    ],
  );
  const insertEnrollments = async (count, state) =>
    (
      await db.query(
        `INSERT INTO enrollments (partner_id, tenant_id, program, state, country, eligibility_answers, submitted_at)
         SELECT $1, $2, 'indirect_reseller', $3::varchar, 'SE', '{}'::jsonb,
                CASE WHEN $3::varchar = 'draft' THEN NULL ELSE now() - interval '3 days' END
           FROM generate_series(1, $4)
         RETURNING id`,
        [partner.id, partner.tenant_id, state, count],
      )
    ).rows.map((row) => row.id);

  // --- 1. command latency: start-review through the API vs the same writes on pg ---
  const submitted = await insertEnrollments(2 * (N + WARMUP), 'submitted');
  const apiIds = submitted.slice(0, N + WARMUP);
  const sqlIds = submitted.slice(N + WARMUP);

  const startReview = async (id) => {
    const response = await fetch(`${base}/api/enrollments/${id}/start-review`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${reviewerToken}`,
        'content-type': 'application/json',
        'if-match': '"1"',
      },
      body: '{}',
    });
    const text = await response.text();
    return { status: response.status, text };
  };
  const actor = {
    tenantId: reviewer.tenantId,
    objectId: reviewer.objectId,
    kind: 'reviewer',
    name: reviewer.name,
  };
  const startReviewOnPg = async (id) => {
    await db.query('BEGIN');
    try {
      const locked = await db.query(
        `SELECT id, partner_id, tenant_id, program, state, version, country, eligibility_answers,
                policy_id, support_plan, information_request, email_token_hash, submitted_at,
                decided_at, created_at, updated_at
           FROM enrollments WHERE id = $1 FOR UPDATE`,
        [id],
      );
      const before = locked.rows[0];
      const updated = await db.query(
        `UPDATE enrollments SET state = 'in_review', version = version + 1, updated_at = now()
          WHERE id = $1 AND version = 1`,
        [id],
      );
      if (updated.rowCount !== 1) {
        throw new Error(`baseline: enrollment ${id} was not at version 1`);
      }
      const last = await db.query(
        `SELECT seq, hash FROM audit_events WHERE enrollment_id = $1 ORDER BY seq DESC LIMIT 1`,
        [id],
      );
      const row = {
        enrollmentId: id,
        seq: (last.rows[0]?.seq ?? 0) + 1,
        actorTenantId: actor.tenantId,
        actorObjectId: actor.objectId,
        actorKind: actor.kind,
        actorName: actor.name,
        command: 'start_review',
        stateBefore: before.state,
        stateAfter: 'in_review',
        changes: {},
        requestId: randomUUID(),
        at: new Date(),
        prevHash: last.rows[0]?.hash ?? GENESIS_HASH,
      };
      await db.query(
        `INSERT INTO audit_events (enrollment_id, seq, actor_tenant_id, actor_object_id, actor_kind,
                                   actor_name, command, state_before, state_after, changes,
                                   request_id, at, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
        [
          row.enrollmentId,
          row.seq,
          row.actorTenantId,
          row.actorObjectId,
          row.actorKind,
          row.actorName,
          row.command,
          row.stateBefore,
          row.stateAfter,
          JSON.stringify(row.changes),
          row.requestId,
          row.at,
          row.prevHash,
          hashAuditRow(row),
        ],
      );
      await db.query(`SELECT graphile_worker.add_job($1, $2::json, max_attempts => $3)`, [
        'send_email',
        JSON.stringify({ id: randomUUID() }),
        12,
      ]);
      await db.query('COMMIT');
    } catch (error) {
      await db.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  };

  const timeApi = async (id) => {
    const started = performance.now();
    const { status, text } = await startReview(id);
    const ms = performance.now() - started;
    if (status !== 200 || JSON.parse(text).state !== 'in_review') {
      throw new Error(`start-review of ${id} answered ${status}: ${text.slice(0, 500)}`);
    }
    return ms;
  };
  const timeSql = async (id) => {
    const started = performance.now();
    await startReviewOnPg(id);
    return performance.now() - started;
  };
  // The floor of any API call: a public GET that touches no database, on the same client.
  const timeFloor = async () => {
    const started = performance.now();
    const response = await fetch(`${base}/api/config`);
    await response.text();
    return performance.now() - started;
  };

  // Warm-up (not recorded), then blocks of BLOCK, alternating which loop goes first.
  for (let i = 0; i < WARMUP; i += 1) {
    await timeApi(apiIds[i]);
    await timeSql(sqlIds[i]);
    await timeFloor();
  }
  const apiMs = [];
  const sqlMs = [];
  const floorMs = [];
  const t1 = performance.now();
  for (let start = 0, block = 0; start < N; start += BLOCK, block += 1) {
    const end = Math.min(N, start + BLOCK);
    const apiBlock = async () => {
      for (let i = start; i < end; i += 1) {
        apiMs.push(await timeApi(apiIds[WARMUP + i]));
      }
    };
    const sqlBlock = async () => {
      for (let i = start; i < end; i += 1) {
        sqlMs.push(await timeSql(sqlIds[WARMUP + i]));
      }
    };
    if (block % 2 === 0) {
      await apiBlock();
      await sqlBlock();
    } else {
      await sqlBlock();
      await apiBlock();
    }
    floorMs.push(await timeFloor());
  }
  const latencySeconds = (performance.now() - t1) / 1000;
  const viaApi = stats(apiMs);
  const sql = stats(sqlMs);
  const floor = stats(floorMs);
  const checked = await db.query(
    `SELECT count(*) FILTER (WHERE e.state = 'in_review' AND e.version = 2) AS moved,
            (SELECT count(*) FROM audit_events a WHERE a.enrollment_id = ANY($1::uuid[])) AS audit
       FROM enrollments e WHERE e.id = ANY($1::uuid[])`,
    [submitted],
  );

  // --- 2. submit throughput: autocannon on fresh drafts ---
  const drafts = await insertEnrollments(DRAFTS, 'draft');
  let next = 0;
  let exhausted = 0;
  const firstServerErrors = [];
  const statusCounts = {};
  const cannon = (duration) =>
    autocannon({
      url: base,
      connections: CONNECTIONS,
      duration,
      method: 'POST',
      headers: {
        authorization: `Bearer ${adminToken}`,
        'content-type': 'application/json',
        'if-match': '"1"',
      },
      body: '{}',
      requests: [
        {
          setupRequest: (request) => {
            if (next >= drafts.length) {
              exhausted += 1;
            }
            // Past the last draft, the last one again: a 409, counted, never a crash.
            const id = drafts[Math.min(next, drafts.length - 1)];
            next += 1;
            return { ...request, path: `/api/enrollments/${id}/submit` };
          },
          onResponse: (status, body) => {
            statusCounts[status] = (statusCounts[status] ?? 0) + 1;
            if (status >= 500 && firstServerErrors.length < 5) {
              firstServerErrors.push(`${status} ${String(body).slice(0, 800)}`);
            }
          },
        },
      ],
    });
  await cannon(2); // warm-up at the same concurrency (not reported)
  const warmupRequests = next;
  for (const key of Object.keys(statusCounts)) {
    delete statusCounts[key];
  }
  firstServerErrors.length = 0;
  const load = await cannon(DURATION);
  const usedInRun = next - warmupRequests;
  const written = await db.query(
    `SELECT count(*) FILTER (WHERE state = 'submitted' AND version = 2) AS submitted,
            (SELECT count(*) FROM outbound_emails o WHERE o.enrollment_id = ANY($1::uuid[])) AS emails,
            (SELECT count(*) FROM graphile_worker.jobs WHERE task_identifier = 'send_email') AS jobs
       FROM enrollments WHERE id = ANY($1::uuid[])`,
    [drafts],
  );

  // Every chain, the API's rows and the baseline's, through the project's own verifier.
  const verify = await runToEnd(
    'audit verification',
    ['apps/api/dist/database/audit-verify.js'],
    { ...process.env, DATABASE_URL: databaseUrl },
    { capture: true, allowFailure: true },
  );

  // --- the report ---
  const ms = (value) => value.toFixed(2).padStart(8);
  const ratio = (a, b) => a / b;
  const p50Ratio = ratio(viaApi.p50, sql.p50);
  const p95Ratio = ratio(viaApi.p95, sql.p95);
  const met = p50Ratio <= GOAL && p95Ratio <= GOAL;
  const non2xx = Object.entries(statusCounts)
    .filter(([code]) => !code.startsWith('2'))
    .map(([code, count]) => `${code}×${count}`);
  const lines = [
    '',
    `Command latency: ${N} sequential start-review per side after ${WARMUP} warm-up, alternating blocks of ${BLOCK} (${latencySeconds.toFixed(1)} s)`,
    '                                                     p50       p95       p99      mean  (ms)',
    `  API  POST /api/enrollments/:id/start-review  ${ms(viaApi.p50)}  ${ms(viaApi.p95)}  ${ms(viaApi.p99)}  ${ms(viaApi.mean)}`,
    `  baseline: the same writes straight to pg     ${ms(sql.p50)}  ${ms(sql.p95)}  ${ms(sql.p99)}  ${ms(sql.mean)}`,
    `  (floor: GET /api/config, no database, n=${String(floor.n).padEnd(3)}${ms(floor.p50)}  ${ms(floor.p95)}  ${ms(floor.p99)}  ${ms(floor.mean)})`,
    `  ratio API / baseline: p50 ${p50Ratio.toFixed(2)}×, p95 ${p95Ratio.toFixed(2)}×   goal ≤ ${GOAL}× at p50 and p95: ${met ? 'met' : 'NOT met'}`,
    `  written: ${checked.rows[0].moved}/${submitted.length} enrollments in_review at version 2, ${checked.rows[0].audit} audit rows`,
    '',
    `Submit throughput: autocannon, ${CONNECTIONS} connections, ${DURATION} s (after a 2 s warm-up), POST /api/enrollments/:id/submit on fresh drafts`,
    `  requests/s  ${load.requests.average.toFixed(1)} (total ${load.requests.total}; ${usedInRun} drafts of ${DRAFTS} used${exhausted ? `, ${exhausted} past the last draft` : ''})`,
    `  latency     p50 ${load.latency.p50} ms, p97.5 ${load.latency.p97_5} ms, p99 ${load.latency.p99} ms (mean ${load.latency.mean.toFixed(1)} ms, max ${load.latency.max} ms)`,
    `  responses   2xx ${load['2xx']}, 4xx ${load['4xx']}, 5xx ${load['5xx']}, non-2xx ${load.non2xx}${non2xx.length ? ` (${non2xx.join(', ')})` : ''}, errors ${load.errors}, timeouts ${load.timeouts}`,
    `  written     (warm-up and run) ${written.rows[0].submitted} submitted at version 2, ${written.rows[0].emails} e-mails, ${written.rows[0].jobs} send_email jobs (incl. the baseline's ${N + WARMUP})`,
    `  ${load['5xx'] === 0 ? 'no 5xx' : `${load['5xx']} × 5xx: THE API FAILED UNDER LOAD`}`,
    ...firstServerErrors.map((body) => `    ${body}`),
    '',
    `Audit chains: ${verify.ok ? '' : 'FAILED '}${verify.output.trim()}`,
    '',
  ];
  console.log(lines.join('\n'));
  if (load['5xx'] > 0) {
    const errorLines = bench
      .apiOutput()
      .split('\n')
      .filter((line) => /"level":(50|60)|error/i.test(line))
      .slice(0, 5);
    if (errorLines.length) {
      console.log(`The API's first error lines:\n${errorLines.join('\n')}`);
    }
  }
}

/** SHA-256 over the previous hash and the row in canonical JSON, as AuditService does. */
function hashAuditRow(row) {
  const content = canonicalize({
    enrollmentId: row.enrollmentId,
    seq: row.seq,
    actorTenantId: row.actorTenantId,
    actorObjectId: row.actorObjectId,
    actorKind: row.actorKind,
    actorName: row.actorName,
    command: row.command,
    stateBefore: row.stateBefore,
    stateAfter: row.stateAfter,
    changes: row.changes,
    requestId: row.requestId,
    at: row.at.toISOString(),
  });
  return createHash('sha256')
    .update(row.prevHash)
    .update(content ?? '')
    .digest('hex');
}
