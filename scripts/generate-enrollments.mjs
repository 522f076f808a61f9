#!/usr/bin/env node
// Fills a database with generated applications for scale work (issue 8 item 12): partners across
// all 246 CSP markets, enrollments of both programs in every state of their tables, submission
// dates over the last two years, service-level times and some assignments. Deterministic: the
// same count gives the same rows. Plain SQL (generate_series), so a million rows take a minute,
// not an hour; nothing here goes through the API, and no audit rows are written for them.
//
//   node scripts/generate-enrollments.mjs --database-url postgres://… [--count 1000000]
//
// Also imported by scripts/bench/queue.mjs.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './paths.mjs';

const requireFromApi = createRequire(join(root, 'apps/api/package.json'));

/** The states to spread applications over, with weights: most are decided, a queue is open. */
const weights = {
  indirect_reseller: {
    draft: 4, submitted: 6, in_review: 6, info_requested: 3, verified: 3,
    agreement_accepted: 1, active: 50, rejected: 6, withdrawn: 3,
  },
  direct_bill: {
    draft: 3, submitted: 5, in_review: 5, info_requested: 3, verified: 2,
    credit_check_pending: 2, credit_check_passed: 2, support_plan_recorded: 1,
    agreement_accepted: 1, active: 30, transitioned_to_indirect: 2, rejected: 8, withdrawn: 3,
  },
};

/**
 * Inserts `count` enrollments (two per partner: one per program) and their partners. Returns
 * what it wrote. `client` is a connected pg client.
 */
export async function generateEnrollments(client, { count, log = () => undefined }) {
  const { markets, enrollmentTables } = await import(
    pathToFileURL(join(root, 'packages/domain/dist/index.js')).href
  );
  for (const [program, table] of Object.entries(weights)) {
    const missing = enrollmentTables[program].states.filter((state) => !(state in table));
    if (missing.length > 0) {
      throw new Error(`generate-enrollments: no weight for ${program} ${missing.join(', ')}`);
    }
  }
  const partners = Math.ceil(count / 2);
  const countries = markets.map((market) => market.country);
  const staff = [
    ['3e8c0f2b-4d5a-4b7c-9d2e-3f4a5b6c7d14', 'Rita Reviewer'],
    ['4f9d1a3c-5e6b-4c8d-8e3f-4a5b6c7d8e15', 'Paul Admin'],
  ];
  const stateCases = (program) => {
    const entries = Object.entries(weights[program]);
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let upTo = 0;
    return `CASE ${entries
      .map(([state, weight]) => {
        upTo += weight;
        return `WHEN (g.n::bigint * 7919) % ${total} < ${upTo} THEN '${state}'`;
      })
      .join(' ')} END`;
  };

  const started = performance.now();
  await client.query('BEGIN');
  // Bulk load the usual way: the secondary indexes go, the rows go in, the indexes are built
  // again once (as the migrations defined them: pg_get_indexdef) — several times faster.
  const { rows: indexes } = await client.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
      WHERE i.indrelid IN ('enrollments'::regclass, 'partners'::regclass)
        AND NOT i.indisprimary AND NOT i.indisunique`,
  );
  for (const index of indexes) {
    await client.query(`DROP INDEX ${index.name}`);
  }
  await client.query(`CREATE TEMP TABLE gen_countries (i int PRIMARY KEY, code varchar(2)) ON COMMIT DROP`);
  await client.query(
    `INSERT INTO gen_countries SELECT ordinality - 1, code FROM unnest($1::varchar[]) WITH ORDINALITY AS c(code)`,
    [countries],
  );
  await client.query(
    `INSERT INTO partners (id, tenant_id, legal_name, partner_id, address, country, bank_last4,
                           admin_email, preferred_language, created_at, updated_at)
     SELECT md5('gen-partner-' || g.n)::uuid, md5('gen-tenant-' || g.n)::uuid,
            'Generated Partner ' || lpad(g.n::text, 7, '0') || ' ' || c.code,
            -- Every 500th partner gives the PartnerID of the one before: pairs of duplicate
            -- applicants across tenants, flagged below (issue 8 item 8).
            (2000000 + g.n - CASE WHEN g.n % 500 = 0 THEN 1 ELSE 0 END)::text,
            jsonb_build_object('country', c.code, 'addressLine1', g.n || ' Main Street', 'city', 'City ' || c.code),
            c.code, lpad(((g.n::bigint * 7717) % 10000)::text, 4, '0'),
            'admin@partner' || g.n || '.example', CASE WHEN g.n % 5 = 0 THEN 'sv' ELSE 'en' END,
            now() - interval '800 days', now() - interval '800 days'
       FROM generate_series(1, $1::int) AS g(n)
       JOIN gen_countries c ON c.i = g.n % $2::int`,
    [partners, countries.length],
  );
  const flagged = await client.query(
    `INSERT INTO partner_duplicate_flags (partner_id)
     SELECT md5('gen-partner-' || g.n)::uuid
       FROM generate_series(1, $1::int) AS g(n)
      WHERE g.n % 500 IN (0, 499) AND g.n + CASE WHEN g.n % 500 = 499 THEN 1 ELSE 0 END <= $1::int`,
    [partners],
  );
  log(
    `  ${partners.toLocaleString('en')} partners in ${countries.length} markets, ` +
      `${flagged.rowCount.toLocaleString('en')} flagged as duplicates (pairs sharing a PartnerID)`,
  );
  let written = 0;
  for (const [offset, program] of [
    [0, 'indirect_reseller'],
    [1, 'direct_bill'],
  ]) {
    const rows = Math.min(partners, count - written);
    const result = await client.query(
      `INSERT INTO enrollments (id, partner_id, tenant_id, program, state, version, country,
                                eligibility_answers, submitted_at, decided_at, created_at, updated_at,
                                assignee_user_id, assignee_name, assigned_at,
                                sla_target_business_days, sla_overdue_from, sla_paused_since)
       SELECT md5('gen-enrollment-' || $3::text || g.n)::uuid, p.id, p.tenant_id, $3::varchar, s.state, 1,
              p.country, '{}'::jsonb,
              CASE WHEN s.state = 'draft' THEN NULL ELSE t.submitted END,
              CASE WHEN s.state IN ('verified','rejected','withdrawn','active','agreement_accepted',
                                    'credit_check_passed','support_plan_recorded','transitioned_to_indirect')
                   THEN t.submitted + interval '3 days' END,
              t.submitted - interval '2 days', t.submitted,
              CASE WHEN s.state IN ('in_review','info_requested','credit_check_pending') AND g.n % 3 <> 0
                   THEN (CASE WHEN g.n % 2 = 0 THEN $4 ELSE $5 END)::uuid END,
              CASE WHEN s.state IN ('in_review','info_requested','credit_check_pending') AND g.n % 3 <> 0
                   THEN CASE WHEN g.n % 2 = 0 THEN $6 ELSE $7 END END,
              CASE WHEN s.state IN ('in_review','info_requested','credit_check_pending') AND g.n % 3 <> 0
                   THEN t.submitted + interval '1 hour' END,
              CASE WHEN s.state = 'draft' THEN NULL ELSE 5 END,
              -- The sixth business day after submission (the default target of 5), as the domain counts.
              CASE WHEN s.state = 'draft' THEN NULL ELSE
                (date_trunc('day', t.submitted AT TIME ZONE 'UTC') + interval '1 day' *
                  (CASE extract(isodow FROM t.submitted AT TIME ZONE 'UTC')::int
                     WHEN 5 THEN 10 WHEN 6 THEN 9 ELSE 8 END)) AT TIME ZONE 'UTC' END,
              CASE WHEN s.state = 'info_requested' THEN t.submitted + interval '2 days' END
         FROM generate_series(1, $1::int) AS g(n)
         JOIN partners p ON p.id = md5('gen-partner-' || g.n)::uuid
         CROSS JOIN LATERAL (SELECT ${stateCases(program)}::varchar AS state) s
         CROSS JOIN LATERAL (SELECT now() - interval '1 minute' * ((g.n::bigint * 104729 + $2::int) % (730 * 1440)) AS submitted) t`,
      [rows, offset * 17, program, staff[0][0], staff[1][0], staff[0][1], staff[1][1]],
    );
    written += result.rowCount;
    log(`  ${result.rowCount.toLocaleString('en')} ${program} enrollments`);
  }
  log(`  rebuilding ${indexes.length} indexes …`);
  await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
  for (const index of indexes) {
    await client.query(index.definition);
  }
  await client.query('COMMIT');
  // Fresh rows: the visibility map lets counts use index-only scans, the planner its statistics.
  await client.query('VACUUM ANALYZE partners');
  await client.query('VACUUM ANALYZE partner_duplicate_flags');
  await client.query('VACUUM ANALYZE enrollments');
  return { partners, enrollments: written, seconds: (performance.now() - started) / 1000 };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const option = (name, fallback) => {
    const index = process.argv.indexOf(`--${name}`);
    return index === -1 ? fallback : process.argv[index + 1];
  };
  const databaseUrl = option('database-url', process.env.DATABASE_URL);
  if (!databaseUrl) {
    console.error('generate-enrollments: pass --database-url or set DATABASE_URL.');
    process.exit(2);
  }
  const count = Number(option('count', '1000000'));
  const pg = requireFromApi('pg');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    console.log(`Generating ${count.toLocaleString('en')} enrollments …`);
    const done = await generateEnrollments(client, { count, log: console.log });
    console.log(`Done in ${done.seconds.toFixed(1)} s.`);
  } finally {
    await client.end();
  }
}
