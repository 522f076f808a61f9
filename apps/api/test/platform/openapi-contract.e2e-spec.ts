import { describe, expect, it } from '@jest/globals';
import { openApiDocument } from '../../src/openapi.js';

type Operation = {
  summary?: string;
  security?: unknown[];
  parameters?: { name: string; in: string; description?: string }[];
  responses: Record<string, { headers?: Record<string, unknown> }>;
};

describe('the OpenAPI document a client is written from', () => {
  it('gives every operation a summary, its errors, and lists their Content-Range and JSON query', async () => {
    const document = await openApiDocument();
    const problems: string[] = [];
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods as Record<string, Operation>)) {
        const name = `${method.toUpperCase()} ${path}`;
        const codes = Object.keys(operation.responses);
        if (!operation.summary) {
          problems.push(`${name}: no summary`);
        }
        if (operation.security && !codes.includes('401')) {
          problems.push(`${name}: signed-in route without its 401`);
        }
        const query = (operation.parameters ?? [])
          .filter((p) => p.in === 'query')
          .map((p) => p.name);
        if (query.includes('range')) {
          if (!operation.responses['200']?.headers?.['Content-Range']) {
            problems.push(`${name}: list without its Content-Range header`);
          }
          for (const parameter of operation.parameters ?? []) {
            if (
              ['sort', 'range', 'filter'].includes(parameter.name) &&
              !/JSON/.test(parameter.description ?? '')
            ) {
              problems.push(`${name}: ${parameter.name} does not say it is JSON`);
            }
          }
        }
        const ifMatch = (operation.parameters ?? []).some(
          (p) => p.in === 'header' && p.name === 'If-Match',
        );
        if (ifMatch && !(codes.includes('412') && codes.includes('428'))) {
          problems.push(`${name}: If-Match without its 412 and 428`);
        }
        if (
          /^\/api\/enrollments\/\{id\}\/[a-z-]+$/.test(path) &&
          method === 'post' &&
          // (notes, checks and file uploads are not state commands: no If-Match)
          !/notes|checks|attachments/.test(path)
        ) {
          for (const code of ['400', '401', '403', '404', '409', '412', '422', '428']) {
            if (!codes.includes(code)) {
              problems.push(`${name}: command without its ${code}`);
            }
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
