// The console holds bearer tokens: no script may run inline on any page the API serves. The
// pages (API docs, console, directory) must still load every script they name from our origin.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** The `script-src` sources of a CSP header (falling back to `default-src`). */
function scriptSources(csp: string): string[] {
  const directives = new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
  return directives.get('script-src') ?? directives.get('default-src') ?? [];
}

describe('Content-Security-Policy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it.each(['/api/markets', '/api/docs', '/api/no-such-thing'])(
    'allows no inline or eval script on %s',
    async (path) => {
      const response = await request(t.server).get(path);
      const sources = scriptSources(String(response.headers['content-security-policy']));
      expect(sources).toEqual(["'self'"]);
      expect(response.headers['content-security-policy']).toContain("script-src-attr 'none'");
    },
  );

  it('serves Swagger UI at /api/docs with only external same-origin scripts, all loading', async () => {
    const page = await request(t.server).get('/api/docs').expect(200);
    const html = page.text;
    const tags = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(tags.length).toBeGreaterThan(0);
    for (const [, attributes, body] of tags) {
      // an inline script would need 'unsafe-inline', a hash or a nonce
      expect(attributes).toMatch(/\bsrc=/);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i); // no inline event handlers
    const sources = tags.map(([, attributes]) => /src=["']?([^"' >]+)/.exec(attributes!)![1]!);
    for (const source of sources) {
      expect(source).not.toMatch(/^(https?:)?\/\//);
      const url = new URL(source, 'http://localhost/api/docs/').pathname;
      const script = await request(t.server).get(url).expect(200);
      expect(script.headers['content-type']).toMatch(/javascript/);
    }
  });
});
