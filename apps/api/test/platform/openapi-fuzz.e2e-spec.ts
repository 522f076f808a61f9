// Fuzz from the OpenAPI document (issue 11 item 10): every operation it documents (so a new
// route is covered without a line here), with inputs generated from its schemas and a fixed
// hostile corpus, anonymous and with each persona's token → no 5xx, no stack trace or file path,
// one error shape. FUZZ_REQUESTS sets about how many requests to send (scripts/bench/fuzz.mjs
// sends more than 10,000); FUZZ_SEED replays another run. The logic: ../support/fuzz.ts.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { personas } from '@hub/devstack';
import { DataSource } from 'typeorm';
import { createEnrollment, createPartner, createProvider } from '../support/factories.js';
import {
  hostileRequests,
  operationsOf,
  problemsOf,
  runFuzz,
  summaryOf,
  type KnownIds,
  type OpenApiDocument,
} from '../support/fuzz.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { RevenueRecordEntity } from '../../src/modules/partners/revenue-record.entity.js';

// Every persona of the local identity provider, so that a new one is fuzzed too.
const personaIds = personas.map((persona) => persona.id);
const REQUESTS = Number(process.env['FUZZ_REQUESTS'] ?? 3_000);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20_261_203);

describe('openapi fuzz: every operation, generated and hostile inputs, every persona', () => {
  let t: TestApp;
  let origin: URL;
  let document: OpenApiDocument;
  let ids: KnownIds;
  const callers: { name: string; token?: string }[] = [{ name: 'anonymous' }];

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.getHttpServer().address() as { port: number };
    origin = new URL(`http://127.0.0.1:${port}`);
    document = (await (await fetch(new URL('/api/docs-json', origin))).json()) as OpenApiDocument;
    const partner = await createPartner(t);
    const enrollment = await createEnrollment(t, partner);
    const provider = await createProvider(t);
    const revenue = await t.app.get(DataSource).getRepository(RevenueRecordEntity).save({
      partnerId: partner.id,
      month: '2026-02',
      amountMinor: '100',
      currency: 'USD',
      channel: 'indirect_reseller',
      productKind: 'cloud',
    });
    ids = {
      partners: partner.id,
      partnerId: partner.id,
      enrollments: enrollment.id,
      enrollmentId: enrollment.id,
      providers: provider.id,
      directory: provider.id,
      providerId: provider.id,
      'revenue-records': revenue.id,
      country: 'SE',
      name: 'Europe',
      indexUid: 'providers',
    };
    for (const persona of personaIds) {
      callers.push({ name: persona, token: await t.tokenFor(persona) });
    }
  });
  afterAll(() => t.close());

  it('tells a 5xx, a stack, a file path and another error shape from the one error shape', () => {
    const json = 'application/json; charset=utf-8';
    const shaped = (status: number, message: string) => ({
      status,
      contentType: json,
      text: JSON.stringify({ statusCode: status, error: 'E', code: 'http.x', message }),
    });
    expect(problemsOf(shaped(404, 'No such thing.'))).toEqual([]);
    expect(problemsOf(shaped(500, 'Oops.'))).toEqual(['5xx']);
    expect(
      problemsOf(shaped(400, 'x\n    at Foo.bar (/work/fuzz/apps/api/dist/a.js:1:2)')),
    ).toEqual(['stack trace', 'file path']);
    expect(problemsOf({ status: 400, contentType: json, text: '{"message":"x"}' })).toEqual([
      'another error shape',
    ]);
    expect(problemsOf({ status: 415, contentType: 'text/html', text: '<h1>415</h1>' })).toEqual([
      'another error shape',
    ]);
  });

  it(
    'answers every request below 500, without a stack or a path, in the one error shape',
    async () => {
      const operations = operationsOf(document);
      expect(operations.length).toBeGreaterThan(50);
      const hostile = operations.reduce(
        (sum, operation) => sum + hostileRequests(operation, document, ids).length,
        0,
      );
      const probes = operations.length * callers.length;
      const report = await runFuzz({
        origin,
        document,
        callers,
        ids,
        generatedPerOperation: Math.max(
          3,
          Math.round((REQUESTS - hostile - probes) / operations.length),
        ),
        seed: SEED,
      });
      console.log(summaryOf(report));
      expect(report.failures).toEqual([]);
      expect(report.requests).toBeGreaterThanOrEqual(Math.min(REQUESTS, 2_500));
    },
    Math.max(120_000, REQUESTS * 60),
  );
});
