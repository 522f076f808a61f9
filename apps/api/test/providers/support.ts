import request from 'supertest';
import { type TestApp } from '../support/test-app.js';

/** Polls `check` until it returns a value other than undefined (jest's timeout bounds it). */
export async function eventually<T>(check: () => Promise<T | undefined>, everyMs = 50): Promise<T> {
  for (;;) {
    const value = await check();
    if (value !== undefined) {
      return value;
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** One query through the public search route, as the directory sends it. */
export function search(t: TestApp, query: Record<string, unknown>) {
  return request(t.server)
    .post('/api/search/multi-search')
    .send({ queries: [{ indexUid: 'providers', ...query }] });
}

/** The names the public search finds for a query (its first result). */
export async function searchNames(
  t: TestApp,
  query: Record<string, unknown> = {},
): Promise<string[]> {
  const response = await search(t, { limit: 50, ...query });
  if (response.status !== 200) {
    throw new Error(`search answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return (response.body.results[0].hits as { name: string }[]).map((hit) => hit.name).sort();
}

/** A Meilisearch index prefix of this test file's own. */
export const indexPrefix = () => `t${Math.random().toString(36).slice(2, 10)}_`;
