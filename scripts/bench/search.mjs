// The directory's search at scale (issue 9, performance), on the built API and embedded services
// it starts itself (PostgreSQL, Meilisearch, the identity provider), with generated providers:
//
//   1. search latency at 16 concurrent connections: the directory's path (POST /api/search/
//      multi-search, the proxy with its allow-list, caps and rate limit) against the same
//      queries sent straight to Meilisearch's /multi-search over pooled keep-alive connections
//      (uncompressed: pitfall 4), alternating rounds. Goal: p95 ratio ≤ 1.25×, p95 < 15 ms.
//   2. 200 sequential searches on one connection through the API. Goal: none ≥ 40 ms.
//   3. publish-to-searchable: 100 concurrent reviewer commands (the authorized flag) and the time
//      until each change is visible in the public search. Goal: p95 < 1 s; the number of
//      Meilisearch tasks they caused is printed.
//   4. full reindex (POST /api/search-index/rebuilds: new index, settings, batches, swap) against
//      a raw bulk addDocuments of the same documents into a fresh index with the same settings.
//      Goal: ≤ 1.3×.
//   5. the directory's first-load JavaScript, gzipped (apps/directory/dist). Goal: < 150 KB.
//
// Not a test: it prints figures and exits 0 when it completed (a missed goal is reported).
//
//   node scripts/bench/search.mjs [--count 100000] [--n 2000] [--rounds 4] [--steps 1,2,3,4,5]
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { root } from '../paths.mjs';
import { requireFromApi, runBench, startBenchStack, stats } from './lib/bench-stack.mjs';

const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const COUNT = option('count', 100_000);
const N = option('n', 2000);
const ROUNDS = option('rounds', 4);
// `--steps 3` runs only the publish figure (the stack still loads every provider first).
const STEPS = new Set(
  (process.argv.includes('--steps')
    ? process.argv[process.argv.indexOf('--steps') + 1]
    : '1,2,3,4,5'
  )
    .split(',')
    .map(Number),
);
const CONCURRENCY = 16;
const AUDIENCE = 'api://partner-enrollment-hub-bench';
const PREFIX = 'bench_';
const INDEX = `${PREFIX}providers`;

const domain = await import('../../packages/domain/dist/index.js');
const { markets, providerServices, productAreas, listingLanguages } = domain;

/** A small deterministic generator (mulberry32), so every run searches the same providers. */
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const WORDS = [
  'Cloud',
  'Contoso',
  'Fabrikam',
  'Northwind',
  'Tailspin',
  'Litware',
  'Adventure',
  'Wingtip',
  'Proseware',
  'Alpine',
  'Fourth',
  'Coho',
  'Lucerne',
  'Margie',
  'Trey',
  'Woodgrove',
];
const KINDS = ['Distribution', 'Systems', 'Partners', 'Networks', 'Solutions', 'Services'];
const byRegion = new Map();
for (const market of markets) {
  byRegion.set(market.region, [...(byRegion.get(market.region) ?? []), market]);
}
const regions = [...byRegion.keys()];

function listing(i, next) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const some = (list, max) => [
    ...new Set(Array.from({ length: 1 + Math.floor(next() * max) }, () => pick(list))),
  ];
  const region = pick(regions);
  const countries = some(
    byRegion.get(region).map((m) => m.country),
    5,
  );
  const name = `${pick(WORDS)} ${pick(WORDS)} ${pick(KINDS)} ${i}`;
  return {
    name,
    shortDescription: {
      en: `Indirect provider in ${region}.`,
      sv: `Indirekt leverantör i ${region}.`,
    },
    longDescription: { en: `${name} trains and finances resellers.`, sv: null },
    website: `https://www.p${i}.example`,
    contactEmail: `partners@p${i}.example`,
    contactPhone: '+46 8 123 456 78',
    headquartersCountry: countries[0],
    regions: [region],
    countries,
    services: some(providerServices, 4),
    productAreas: some(productAreas, 3),
    languages: some(listingLanguages.slice(0, 8), 2),
    offices: [
      {
        name: 'Head office',
        addressLine1: 'Main street 1',
        city: 'Capital',
        postalCode: null,
        country: countries[0],
        latitude: 10,
        longitude: 10,
      },
    ],
    minimumRequirements: { en: null, sv: null },
  };
}

/** Providers with published listings, inserted in batches; returns them for the baseline. */
async function generate(db) {
  const next = random(42);
  const rows = [];
  const now = Date.now();
  for (let start = 0; start < COUNT; start += 1000) {
    const batch = [];
    for (let i = start; i < Math.min(COUNT, start + 1000); i += 1) {
      const confirmed = new Date(now - Math.floor(next() * 150) * 86_400_000);
      batch.push({
        id: randomUUID(),
        tenant: randomUUID(),
        authorized: next() < 0.3,
        confirmed: confirmed.toISOString(),
        fields: listing(i, next),
      });
    }
    await db.query(
      `INSERT INTO providers (id, tenant_id, authorized, last_confirmed_at)
       SELECT id, tenant, authorized, confirmed FROM json_to_recordset($1)
         AS r(id uuid, tenant uuid, authorized boolean, confirmed timestamptz)`,
      [JSON.stringify(batch)],
    );
    await db.query(
      `INSERT INTO provider_listings (provider_id, state, slot, fields, published_at, submitted_at)
       SELECT id, 'published', 'live', fields, confirmed, confirmed FROM json_to_recordset($1)
         AS r(id uuid, fields jsonb, confirmed timestamptz)`,
      [JSON.stringify(batch)],
    );
    rows.push(...batch);
  }
  await db.query('VACUUM ANALYZE providers, provider_listings');
  return rows;
}

/** The directory's queries: text with and without typos, facets, filters, as instant-meilisearch sends them. */
const texts = [
  'northwind',
  'nortwind',
  'contoso distribution',
  'fabrikm',
  'cloud partners',
  'litware',
  'tailspin systems',
  'woodgrove',
  'coho networks',
  'alpine',
  '',
  'lucerne solutions',
];
const queryAt = (i) => {
  const country = markets[(i * 7) % markets.length].country;
  const filter =
    i % 3 === 0
      ? [[`"countries"="${country}"`]]
      : i % 3 === 1
        ? [[`"services"="${providerServices[i % providerServices.length]}"`]]
        : [];
  return {
    indexUid: 'providers',
    q: texts[i % texts.length],
    facets: ['regions', 'countries', 'services', 'productAreas', 'languages', 'authorized'],
    filter,
    attributesToHighlight: ['name', 'shortDescriptionEn'],
    highlightPreTag: '__ais-highlight__',
    highlightPostTag: '__/ais-highlight__',
    hitsPerPage: 20,
    page: 1,
  };
};

await runBench('search', async (bench) => {
  let providers;
  let generatedSeconds;
  const { base, meili, tokenOf, seconds } = await startBenchStack(bench, {
    audience: AUDIENCE,
    meilisearch: true,
    env: { JOBS_WORKER: 'on', MEILI_INDEX_PREFIX: PREFIX, RATE_LIMIT_SEARCH: '9999999/60' },
    beforeApi: async (_url, client, meilisearch) => {
      const t0 = performance.now();
      console.log(`Generating ${COUNT.toLocaleString('en')} providers …`);
      providers = await generate(client);
      generatedSeconds = (performance.now() - t0) / 1000;
      // The live index, loaded as a raw bulk addDocuments (figure 4's baseline), before the API
      // starts (its start-up reconcile then finds it complete).
      providers.baseline = await bulkLoad(meilisearch, INDEX, await documentsOf(providers));
    },
  });
  console.log(`stack up in ${seconds.toFixed(1)} s (generation ${generatedSeconds.toFixed(1)} s)`);
  const meiliHeaders = {
    authorization: `Bearer ${meili.masterKey}`,
    'content-type': 'application/json',
    'accept-encoding': 'identity',
  };

  // The directory's path: the API's multi-search proxy.
  const viaApi = (i) =>
    fetch(`${base}/api/search/multi-search`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ queries: [queryAt(i)] }),
    });
  if (STEPS.has(1)) {
    // 1. latency at 16 connections, alternating rounds
    const direct = (i) => {
      const { indexUid: _uid, ...query } = queryAt(i);
      return fetch(`${meili.url}/multi-search`, {
        method: 'POST',
        headers: meiliHeaders,
        body: JSON.stringify({
          queries: [
            { ...query, indexUid: INDEX, filter: [...query.filter, 'visibility = public'] },
          ],
        }),
      });
    };
    const load = async (send, n) => {
      const times = [];
      let cursor = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (cursor < n) {
            const i = cursor++;
            const started = performance.now();
            const response = await send(i);
            const body = await response.json();
            if (response.status !== 200 || !Array.isArray(body.results)) {
              throw new Error(
                `search answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`,
              );
            }
            times.push(performance.now() - started);
          }
        }),
      );
      return times;
    };
    await load(viaApi, 200);
    await load(direct, 200);
    const apiTimes = [];
    const directTimes = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const [first, second] =
        round % 2 === 0
          ? [
              [viaApi, apiTimes],
              [direct, directTimes],
            ]
          : [
              [direct, directTimes],
              [viaApi, apiTimes],
            ];
      first[1].push(...(await load(first[0], N / ROUNDS)));
      second[1].push(...(await load(second[0], N / ROUNDS)));
    }
    const a = stats(apiTimes);
    const d = stats(directTimes);
    console.log(`\n1. search at ${CONCURRENCY} connections, ${a.n} each (ms):`);
    console.log(
      `   directory path  p50 ${a.p50.toFixed(2)}  p95 ${a.p95.toFixed(2)}  p99 ${a.p99.toFixed(2)}`,
    );
    console.log(
      `   Meilisearch     p50 ${d.p50.toFixed(2)}  p95 ${d.p95.toFixed(2)}  p99 ${d.p99.toFixed(2)}`,
    );
    const ratio = a.p95 / d.p95;
    console.log(
      `   ratio p50 ${(a.p50 / d.p50).toFixed(2)}×, p95 ${ratio.toFixed(2)}× (goal ≤ 1.25×: ${ratio <= 1.25 ? 'met' : 'NOT met'}); absolute p95 ${a.p95 < 15 ? 'met' : 'NOT met'} (< 15 ms)`,
    );
  }

  if (STEPS.has(2)) {
    // 2. 200 sequential searches on one connection
    const sequential = [];
    for (let i = 0; i < 200; i += 1) {
      const started = performance.now();
      await (await viaApi(i)).json();
      sequential.push(performance.now() - started);
    }
    const s = stats(sequential);
    const slow = sequential.filter((ms) => ms >= 40).length;
    console.log(
      `\n2. 200 sequential searches: p50 ${s.p50.toFixed(2)} ms, max ${Math.max(...sequential).toFixed(2)} ms; ${slow} ≥ 40 ms (goal: none: ${slow === 0 ? 'met' : 'NOT met'})`,
    );
  }

  if (STEPS.has(3)) {
    // 3. publish-to-searchable: 100 concurrent reviewer commands
    const rita = {
      authorization: `Bearer ${await tokenOf('reviewer')}`,
      'content-type': 'application/json',
    };
    const tasksBefore = (
      await (await fetch(`${meili.url}/tasks?limit=1`, { headers: meiliHeaders })).json()
    ).total;
    const chosen = providers.filter((p) => !p.authorized).slice(0, 100);
    // One watcher for all of them (100 pollers would load the machine they measure): every 25 ms,
    // which of the changed providers the index shows as authorized.
    const sentAt = new Map(); // id -> { started, committed }
    const visible = [];
    const afterCommit = [];
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        const pending = [...sentAt.keys()];
        if (pending.length > 0) {
          const response = await fetch(`${meili.url}/indexes/${INDEX}/search`, {
            method: 'POST',
            headers: meiliHeaders,
            body: JSON.stringify({
              filter: [`id IN [${pending.map((id) => `"${id}"`).join(', ')}]`, 'authorized = true'],
              attributesToRetrieve: ['id'],
              limit: 100,
            }),
          });
          const seenAt = performance.now();
          for (const hit of (await response.json()).hits) {
            if (sentAt.has(hit.id)) {
              const { started, committed } = sentAt.get(hit.id);
              visible.push(seenAt - started);
              afterCommit.push(seenAt - committed);
              sentAt.delete(hit.id);
            }
          }
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    })();
    const etags = await Promise.all(
      chosen.map(async (provider) =>
        (await fetch(`${base}/api/providers/${provider.id}`, { headers: rita })).headers.get(
          'etag',
        ),
      ),
    );
    await Promise.all(
      chosen.map(async (provider, i) => {
        const started = performance.now();
        const response = await fetch(`${base}/api/providers/${provider.id}/authorized`, {
          method: 'POST',
          headers: { ...rita, 'if-match': etags[i], 'idempotency-key': randomUUID() },
          body: JSON.stringify({ authorized: true }),
        });
        if (response.status !== 200) {
          throw new Error(`authorized answered ${response.status}: ${await response.text()}`);
        }
        sentAt.set(provider.id, { started, committed: performance.now() });
      }),
    );
    for (const t0 = performance.now(); sentAt.size > 0 && performance.now() - t0 < 120_000;) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    watching = false;
    await watcher;
    const tasksAfter = (
      await (await fetch(`${meili.url}/tasks?limit=1`, { headers: meiliHeaders })).json()
    ).total;
    const v = stats(visible);
    const c = stats(afterCommit);
    const tasks = (
      await (
        await fetch(
          `${meili.url}/tasks?limit=${tasksAfter - tasksBefore}&types=documentAdditionOrUpdate`,
          {
            headers: meiliHeaders,
          },
        )
      ).json()
    ).results;
    const ms = (a, b) => new Date(b).getTime() - new Date(a).getTime();
    const batches = new Set(tasks.map((task) => task.batchUid)).size;
    const waited = stats(tasks.map((task) => ms(task.enqueuedAt, task.startedAt)));
    const took = stats(tasks.map((task) => ms(task.startedAt, task.finishedAt)));
    const sizes = tasks.map((task) => task.details?.receivedDocuments ?? 0);
    const spread = ms(tasks.at(-1).enqueuedAt, tasks[0].enqueuedAt);
    console.log(
      `   Meilisearch: ${batches} batches; a task waited p50 ${waited.p50} ms, p95 ${waited.p95} ms before it started, then took p50 ${took.p50} ms, max ${took.p95 === undefined ? '' : Math.max(...tasks.map((task) => ms(task.startedAt, task.finishedAt)))} ms; documents per task ${sizes.join(', ')}; tasks enqueued over ${spread} ms`,
    );
    console.log(
      `\n3. publish-to-searchable, 100 concurrent commands, from the request: p50 ${v.p50.toFixed(0)} ms, p95 ${v.p95.toFixed(0)} ms (goal < 1 s: ${v.p95 < 1000 ? 'met' : 'NOT met'}); ${tasksAfter - tasksBefore} Meilisearch tasks`,
    );
    console.log(
      `   from the command's answer (committed): p50 ${c.p50.toFixed(0)} ms, p95 ${c.p95.toFixed(0)} ms`,
    );
  }

  if (STEPS.has(4)) {
    // 4. full reindex through the API against the raw bulk load before it
    const olga = {
      authorization: `Bearer ${await tokenOf('program-admin')}`,
      'content-type': 'application/json',
    };
    const started = performance.now();
    const run = await (
      await fetch(`${base}/api/search-index/rebuilds`, {
        method: 'POST',
        headers: olga,
        body: '{}',
      })
    ).json();
    let status;
    for (;;) {
      status = await (
        await fetch(`${base}/api/search-index/rebuilds/${run.id}`, { headers: olga })
      ).json();
      if (status.status === 'succeeded' || status.status === 'failed') {
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const reindexSeconds = (performance.now() - started) / 1000;
    if (status.status !== 'succeeded') {
      throw new Error(`the rebuild failed: ${status.error}`);
    }
    const reindexRatio = reindexSeconds / providers.baseline;
    console.log(
      `\n4. full reindex of ${status.indexed.toLocaleString('en')}: ${reindexSeconds.toFixed(1)} s vs raw bulk addDocuments ${providers.baseline.toFixed(1)} s: ${reindexRatio.toFixed(2)}× (goal ≤ 1.3×: ${reindexRatio <= 1.3 ? 'met' : 'NOT met'})`,
    );
  }

  // 5. the directory's first-load JavaScript
  const dist = join(root, 'apps/directory/dist');
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const scripts = [
    ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g),
  ].map((m) => m[1]);
  let gzipped = 0;
  for (const src of new Set(scripts)) {
    gzipped += gzipSync(await readFile(join(dist, src.replace(/^\//, '')))).length;
  }
  console.log(
    `\n5. directory first-load JavaScript: ${(gzipped / 1024).toFixed(1)} KB gzipped in ${new Set(scripts).size} file(s) (goal < 150 KB: ${gzipped < 150 * 1024 ? 'met' : 'NOT met'})`,
  );
});

/** The search documents of the generated providers, as the API makes them (toDocument). */
async function documentsOf(providers) {
  requireFromApi('reflect-metadata');
  const { toDocument } =
    await import('../../apps/api/dist/modules/providers/provider-search-sync.js');
  const now = new Date();
  const policy = domain.DEFAULT_FRESHNESS_POLICY;
  return providers.map((p) =>
    toDocument(
      { id: p.id, authorized: p.authorized, lastConfirmedAt: new Date(p.confirmed) },
      { fields: p.fields, publishedAt: new Date(p.confirmed), updatedAt: new Date(p.confirmed) },
      now,
      policy,
    ),
  );
}

/** A fresh index with the API's settings, filled in batches of 1,000, each waited for: seconds. */
async function bulkLoad(meili, uid, documents) {
  const { Meilisearch } = await import(requireFromApi.resolve('meilisearch'));
  const { providerIndexSettings } =
    await import('../../apps/api/dist/modules/search/provider-index.js');
  const client = new Meilisearch({
    host: meili.url,
    apiKey: meili.masterKey,
    requestInit: { headers: { 'accept-encoding': 'identity' } },
  });
  const started = performance.now();
  await client.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: 60_000 });
  await client
    .index(uid)
    .updateSettings(structuredClone(providerIndexSettings))
    .waitTask({ timeout: 60_000 });
  for (let start = 0; start < documents.length; start += 1000) {
    await client
      .index(uid)
      .addDocuments(documents.slice(start, start + 1000), { primaryKey: 'id' })
      .waitTask({ timeout: 120_000 });
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `raw bulk load of ${documents.length.toLocaleString('en')} documents: ${seconds.toFixed(1)} s`,
  );
  return seconds;
}
