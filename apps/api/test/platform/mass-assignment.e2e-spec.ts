// Mass assignment: every write operation of the OpenAPI document (so new ones are covered),
// with each field a caller must never set (ids, tenant, state, version, timestamps, roles)
// added at the top of the body and inside each nested object → 400 naming the field, and
// nothing written (every table's content is the same after).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { tenants } from '@hub/devstack';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createEnrollment, createPartner } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

type Schema = {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
};
type Document = {
  paths: Record<
    string,
    Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>
  >;
  components: { schemas: Record<string, Schema> };
};

/** Fields no request body may carry: the server sets them, or they belong to the token. */
const FORBIDDEN: Record<string, unknown> = {
  id: '00000000-0000-4000-8000-000000000001',
  tenantId: tenants.fabrikam.id,
  objectId: '00000000-0000-4000-8000-000000000002',
  state: 'active',
  version: 99,
  createdAt: '2020-01-01T00:00:00Z',
  updatedAt: '2020-01-01T00:00:00Z',
  roles: ['ProgramAdmin'],
  isGlobalAdmin: true,
};

describe('mass assignment: read-only and foreign fields in every write body', () => {
  let t: TestApp;
  let document: Document;
  let token: string;
  let distributorToken: string;
  let reviewerToken: string;
  /** Who may call the route at all: the field check must reach the body, not stop at access. */
  const tokenFor = (path: string): string =>
    path.startsWith('/api/providers/mine')
      ? distributorToken
      : path.startsWith('/api/providers/')
        ? reviewerToken
        : token;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    const contoso = await createPartner(t);
    const enrollment = await createEnrollment(t, contoso);
    ids = { partners: contoso.id, enrollments: enrollment.id, 'revenue-records': contoso.id };
    token = await t.tokenFor('contoso-admin');
    distributorToken = await t.tokenFor('distributor');
    reviewerToken = await t.tokenFor('reviewer');
    document = (await request(t.server).get('/api/docs-json').expect(200)).body as Document;
  });
  afterAll(() => t.close());

  const resolve = (schema: Schema | undefined): Schema | undefined => {
    if (!schema) {
      return undefined;
    }
    if (schema.$ref) {
      return resolve(document.components.schemas[schema.$ref.split('/').pop()!]);
    }
    if (schema.allOf?.length === 1) {
      return resolve(schema.allOf[0]);
    }
    return schema;
  };

  /** A snapshot of every table's content, to prove nothing was written. */
  const snapshot = async (): Promise<string> => {
    const db = t.app.get(DataSource);
    const tables: { schemaname: string; tablename: string }[] = await db.query(
      `SELECT schemaname, tablename FROM pg_tables
       WHERE schemaname IN ('public', 'graphile_worker')
         AND tablename <> 'rate_limit_counters' -- counts requests, holds nothing of them
       ORDER BY schemaname, tablename`,
    );
    const parts: string[] = [];
    for (const { schemaname, tablename } of tables) {
      const [row]: { n: string; h: string }[] = await db.query(
        `SELECT count(*)::text AS n, md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) AS h FROM "${schemaname}"."${tablename}" x`,
      );
      parts.push(`${tablename}:${row!.n}:${row!.h}`);
    }
    return parts.join('\n');
  };

  it('refuses each with a 400 naming the field, writing nothing', async () => {
    const writes = Object.entries(document.paths).flatMap(([path, byMethod]) =>
      Object.entries(byMethod)
        .filter(([method]) => ['post', 'put', 'patch'].includes(method))
        .map(([method, operation]) => ({
          method,
          path,
          schema: resolve(operation.requestBody?.content?.['application/json']?.schema),
        }))
        .filter((write) => write.schema?.properties !== undefined),
    );
    expect(writes.length).toBeGreaterThan(5);

    const before = await snapshot();
    const accepted: string[] = [];
    let requests = 0;
    for (const { method, path, schema } of writes) {
      const url = path.replace(/\{[^}]+\}/g, () => ids[path.split('/')[2]!] ?? 'x');
      // where a forbidden field can go: the top of the body, and each nested object
      const places: { at: string[]; own: Set<string> }[] = [
        { at: [], own: new Set(Object.keys(schema!.properties!)) },
        ...Object.entries(schema!.properties!)
          .map(([name, property]) => [name, resolve(property)] as const)
          .filter(([, property]) => property?.properties !== undefined)
          .map(([name, property]) => ({
            at: [name],
            own: new Set(Object.keys(property!.properties!)),
          })),
      ];
      for (const { at, own } of places) {
        for (const field of Object.keys(FORBIDDEN).concat('__proto__')) {
          if (own.has(field)) {
            continue;
          } // the operation's own field, e.g. revenue's partnerId
          const inner = JSON.parse(
            `{${JSON.stringify(field)}:${JSON.stringify(field === '__proto__' ? { polluted: true } : FORBIDDEN[field])}}`,
          ) as object;
          const body = at.length === 0 ? inner : { [at[0]!]: inner };
          const agent = request(t.server);
          const response = await (
            method === 'put'
              ? agent.put(url)
              : method === 'patch'
                ? agent.patch(url)
                : agent.post(url)
          )
            .set('authorization', `Bearer ${tokenFor(path)}`)
            .set('if-match', '"1"')
            .set('content-type', 'application/json')
            .send(JSON.stringify(body));
          requests += 1;
          // Search routes take Meilisearch's own request shape and write nothing: an unknown
          // parameter is a 400 (search.invalid_query) without the field's name.
          const named =
            path.startsWith('/api/search/') || JSON.stringify(response.body).includes(field);
          if (response.status !== 400 || !named) {
            accepted.push(
              `${method.toUpperCase()} ${path} ${[...at, field].join('.')}: ${response.status} ${JSON.stringify(response.body).slice(0, 120)}`,
            );
          }
        }
      }
    }
    console.log(
      `mass assignment: ${writes.length} write operations, ${requests} requests, ${requests - accepted.length} refused naming the field`,
    );
    expect(accepted).toEqual([]);
    expect(await snapshot()).toBe(before);
  });
});
