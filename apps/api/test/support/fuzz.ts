// Fuzzing from the OpenAPI document (issue 11 item 10): every operation the API documents, with
// inputs generated from its schemas (fast-check, a fixed seed) and a fixed corpus of hostile
// ones, sent over real HTTP with and without each persona's token; every answer is checked for
// a 5xx, a stack trace or a file path, and a second error shape. Used by
// test/platform/openapi-fuzz.e2e-spec.ts and, with more requests, by scripts/bench/fuzz.mjs.
import { Agent, request as httpRequest } from 'node:http';
import fc from 'fast-check';

export type Schema = {
  readonly $ref?: string;
  readonly type?: string;
  readonly format?: string;
  readonly enum?: readonly unknown[];
  readonly example?: unknown;
  readonly nullable?: boolean;
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly items?: Schema;
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | Schema;
  readonly allOf?: readonly Schema[];
  readonly oneOf?: readonly Schema[];
  readonly anyOf?: readonly Schema[];
};

type Parameter = {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required?: boolean;
  readonly schema?: Schema;
};

export type OpenApiDocument = {
  readonly paths: Readonly<
    Record<
      string,
      Readonly<
        Record<
          string,
          {
            readonly parameters?: readonly Parameter[];
            readonly requestBody?: { readonly content?: Record<string, { schema?: Schema }> };
          }
        >
      >
    >
  >;
  readonly components?: { readonly schemas?: Readonly<Record<string, Schema>> };
};

export type Operation = {
  readonly method: string;
  /** As documented, e.g. `/api/enrollments/{id}`. */
  readonly path: string;
  readonly parameters: readonly Parameter[];
  /** The JSON body's schema, when the operation takes JSON. */
  readonly jsonBody?: Schema;
  /** The other content types it takes (files, CSV). */
  readonly otherBodies: readonly string[];
};

/** Every operation of the document, in its order. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, byMethod]) =>
    Object.entries(byMethod).map(([method, operation]) => {
      const content = operation.requestBody?.content ?? {};
      return {
        method: method.toUpperCase(),
        path,
        parameters: operation.parameters ?? [],
        jsonBody: content['application/json']?.schema,
        otherBodies: Object.keys(content).filter((type) => type !== 'application/json'),
      };
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Schema → fast-check arbitrary. A tame one gives values the schema allows (its examples,
// enums, formats, lengths and bounds), so that requests get past the validation to the
// services; a wild one now and then, at any level, gives one it does not (too long, off the
// pattern, the wrong type, out of range, an extra property), so that the validation is tried.

/** How far $refs are followed: deeper, an object is `{}`. */
const MAX_DEPTH = 5;
/** Generated strings stay short unless a schema asks for more: the hostile corpus sends size. */
const SHORT = 24;

type Mapping = {
  readonly document: OpenApiDocument;
  readonly wild: boolean;
  readonly depth: number;
};

export function arbitraryOf(
  schema: Schema | undefined,
  document: OpenApiDocument,
  options: { wild: boolean },
): fc.Arbitrary<unknown> {
  return mapped(schema, { document, wild: options.wild, depth: 0 });
}

function mapped(schema: Schema | undefined, mapping: Mapping): fc.Arbitrary<unknown> {
  if (schema === undefined || mapping.depth > MAX_DEPTH) {
    return fc.constant({});
  }
  const deeper = { ...mapping, depth: mapping.depth + 1 };
  if (schema.$ref !== undefined) {
    return mapped(resolved(schema, mapping.document), deeper);
  }
  const plain = conforming(schema, deeper);
  const withNull = schema.nullable ? fc.oneof(fc.constant(null), plain) : plain;
  return mapping.wild
    ? fc.oneof({ arbitrary: withNull, weight: 5 }, { arbitrary: violation(schema), weight: 1 })
    : withNull;
}

function conforming(schema: Schema, mapping: Mapping) {
  const document = mapping.document;
  const next = (inner: Schema | undefined) => mapped(inner, mapping);
  if (schema.allOf !== undefined) {
    return schema.allOf.length === 1 ? next(schema.allOf[0]) : next(merged(schema, document));
  }
  const choices = schema.oneOf ?? schema.anyOf;
  if (choices !== undefined && choices.length > 0) {
    return fc.oneof(...choices.map(next));
  }
  if (schema.enum !== undefined && schema.enum.length > 0) {
    return fc.constantFrom(...schema.enum);
  }
  const example = schema.example === undefined ? [] : [fc.constant(schema.example)];
  switch (schema.type) {
    case 'string':
      return fc.oneof(...example, stringOf(schema));
    case 'integer':
    case 'number': {
      const bounds = {
        min: schema.minimum ?? -1_000_000,
        max: schema.maximum ?? 1_000_000,
      };
      return fc.oneof(
        ...example,
        schema.type === 'integer'
          ? fc.integer(bounds)
          : fc.double({ ...bounds, noNaN: true, noDefaultInfinity: true }),
      );
    }
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(next(schema.items), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 4, 4)),
      });
    case 'object':
    case undefined:
      return objectOf(schema, next, mapping.wild);
    default:
      return fc.constant(null);
  }
}

/** allOf with several members: their properties and required keys together. */
function merged(schema: Schema, document: OpenApiDocument): Schema {
  const members = (schema.allOf ?? []).map((member) => resolved(member, document));
  return {
    type: 'object',
    properties: Object.assign({}, ...members.map((member) => member.properties ?? {})) as Record<
      string,
      Schema
    >,
    required: members.flatMap((member) => member.required ?? []),
  };
}

function resolved(schema: Schema, document: OpenApiDocument): Schema {
  return schema.$ref === undefined
    ? schema
    : resolved(document.components?.schemas?.[schema.$ref.split('/').pop() ?? ''] ?? {}, document);
}

function objectOf(
  schema: Schema,
  next: (inner: Schema | undefined) => fc.Arbitrary<unknown>,
  wild: boolean,
) {
  const properties = Object.entries(schema.properties ?? {});
  const record = fc.record(
    Object.fromEntries(properties.map(([name, property]) => [name, next(property)])),
    { requiredKeys: (schema.required ?? []).filter((name) => schema.properties?.[name]) },
  );
  const extra =
    typeof schema.additionalProperties === 'object'
      ? fc.dictionary(fc.string({ maxLength: 8 }), next(schema.additionalProperties), {
          maxKeys: 3,
        })
      : !wild
        ? fc.constant({})
        : fc.oneof(
            { arbitrary: fc.constant({}), weight: 6 },
            {
              arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue(), { maxKeys: 2 }),
              weight: 1,
            },
          );
  return fc.tuple(record, extra).map(([own, more]) => ({ ...more, ...own }));
}

function stringOf(schema: Schema): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'uuid':
      return fc.uuid();
    case 'email':
      return fc.emailAddress();
    case 'uri':
      return fc.webUrl();
    case 'date':
      return isoDate().map((iso) => iso.slice(0, 10));
    case 'date-time':
      return isoDate();
    case undefined:
    default:
      break;
  }
  if (schema.pattern !== undefined) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern));
    } catch {
      // a pattern JavaScript cannot compile: plain strings below
    }
  }
  const minLength = schema.minLength ?? 0;
  return fc.string({
    unit: 'grapheme',
    minLength,
    maxLength: Math.max(minLength, Math.min(schema.maxLength ?? SHORT, SHORT)),
  });
}

const isoDate = () =>
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
    .map((date) => date.toISOString());

/** A value the schema refuses: past a length or a bound, off the pattern, or of another type. */
function violation(schema: Schema): fc.Arbitrary<unknown> {
  const otherTypes = [
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.string({ unit: 'binary', maxLength: SHORT }),
    fc.constant([]),
    fc.constant({}),
  ];
  const specific: fc.Arbitrary<unknown>[] = [];
  if (schema.maxLength !== undefined) {
    specific.push(fc.string({ minLength: schema.maxLength + 1, maxLength: schema.maxLength + 8 }));
  }
  if ((schema.minLength ?? 0) > 0 || schema.pattern !== undefined || schema.format !== undefined) {
    specific.push(fc.constant(''), fc.string({ unit: 'binary', minLength: 1, maxLength: SHORT }));
  }
  if (schema.minimum !== undefined) {
    specific.push(fc.constant(schema.minimum - 1));
  }
  if (schema.maximum !== undefined) {
    specific.push(fc.constant(schema.maximum + 1));
  }
  if (schema.type === 'integer' || schema.type === 'number') {
    specific.push(fc.constantFrom(0.5, -1, 1e308, -1e308, 2 ** 53 + 1, '12'));
  }
  if (schema.maxItems !== undefined && schema.type === 'array') {
    specific.push(
      fc.array(fc.jsonValue(), { minLength: schema.maxItems + 1, maxLength: schema.maxItems + 2 }),
    );
  }
  return fc.oneof(...specific, ...otherTypes);
}

// ---------------------------------------------------------------------------------------------
// Requests.

export type FuzzRequest = {
  readonly method: string;
  /** The path and query as sent, already encoded (or deliberately mis-encoded). */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: Buffer;
  readonly kind: 'generated' | 'hostile';
  /** What the input was, for a failure's line. */
  readonly label: string;
};

/** Real ids, so that some requests get past a 404: by parameter name, `id` by path segment. */
export type KnownIds = Readonly<Record<string, string>>;

/** Percent-encodes every byte but the unreserved ones (a lone surrogate becomes U+FFFD). */
const encode = (value: string): string =>
  [...Buffer.from(value, 'utf8')]
    .map((byte) =>
      /[\w.~-]/.test(String.fromCharCode(byte)) && byte < 0x80
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');

/** A header value Node will send: printable ASCII only. */
const headerValue = (value: unknown): string =>
  (typeof value === 'string' ? value : (JSON.stringify(value) ?? '')).replace(/[^\x20-\x7e]/g, '');

const asText = (value: unknown): string =>
  typeof value === 'string' ? value : (JSON.stringify(value) ?? '');

const known = (operation: Operation, name: string, ids: KnownIds): string | undefined =>
  name === 'id' ? ids[operation.path.split('/')[2] ?? ''] : ids[name];

function withPath(operation: Operation, values: Readonly<Record<string, string>>): string {
  return operation.path.replace(/\{(\w+)\}/g, (_whole, name: string) => values[name] ?? 'x');
}

/** Path values that reach the handler: the real id where there is one, else a plausible one. */
function plausiblePath(operation: Operation, ids: KnownIds): string {
  const values = Object.fromEntries(
    operation.parameters
      .filter((parameter) => parameter.in === 'path')
      .map((parameter) => [
        parameter.name,
        encode(
          known(operation, parameter.name, ids) ??
            (typeof parameter.schema?.example === 'string'
              ? parameter.schema.example
              : undefined) ??
            '00000000-0000-4000-8000-000000000000',
        ),
      ]),
  );
  return withPath(operation, values);
}

/** The operation as a caller would send it: real ids, the schema's examples, an If-Match. */
export function plausibleRequest(
  operation: Operation,
  document: OpenApiDocument,
  ids: KnownIds,
): FuzzRequest {
  const query = operation.parameters
    .filter((parameter) => parameter.in === 'query' && parameter.required)
    .map((parameter) => {
      const schema = parameter.schema ?? {};
      const value = schema.example ?? schema.enum?.[0] ?? 'x';
      return `${encode(parameter.name)}=${encode(asText(value))}`;
    });
  const headers: Record<string, string> = operation.parameters.some(
    (parameter) => parameter.name === 'If-Match',
  )
    ? { 'if-match': '"1"' }
    : {};
  const body =
    operation.jsonBody === undefined ? undefined : exampleOf(operation.jsonBody, document);
  return {
    method: operation.method,
    url: plausiblePath(operation, ids) + (query.length > 0 ? `?${query.join('&')}` : ''),
    headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    body: body === undefined ? undefined : Buffer.from(JSON.stringify(body)),
    kind: 'generated',
    label: 'plausible',
  };
}

/** A value made of the schema's examples (and first enum values), required properties only. */
function exampleOf(schema: Schema, document: OpenApiDocument, depth = 0): unknown {
  const own = resolved(schema, document);
  if (depth > MAX_DEPTH) {
    return {};
  }
  if (own.allOf !== undefined) {
    return exampleOf(
      own.allOf.length === 1 ? own.allOf[0]! : merged(own, document),
      document,
      depth + 1,
    );
  }
  if (own.example !== undefined || own.enum !== undefined) {
    return own.example ?? own.enum?.[0];
  }
  switch (own.type) {
    case 'string':
      return own.format === 'uuid' ? '00000000-0000-4000-8000-000000000000' : 'x';
    case 'integer':
    case 'number':
      return own.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return own.items === undefined || (own.minItems ?? 0) === 0
        ? []
        : [exampleOf(own.items, document, depth + 1)];
    case undefined:
    default:
      return Object.fromEntries(
        (own.required ?? [])
          .filter((name) => own.properties?.[name] !== undefined)
          .map((name) => [name, exampleOf(own.properties![name]!, document, depth + 1)]),
      );
  }
}

/** `count` requests made from the operation's schemas, the same for the same seed. */
export function generatedRequests(
  operation: Operation,
  document: OpenApiDocument,
  options: { count: number; seed: number; ids: KnownIds },
): FuzzRequest[] {
  const ofParameter = (parameter: Parameter) => {
    const schema = parameter.schema ?? { type: 'string' };
    const generated = fc.oneof(
      arbitraryOf(schema, document, { wild: false }),
      arbitraryOf(schema, document, { wild: true }),
    );
    const real = known(operation, parameter.name, options.ids);
    const candidates: fc.Arbitrary<unknown>[] = [generated, fc.uuid()];
    if (real !== undefined) {
      candidates.push(fc.constant(real), fc.constant(real));
    }
    if (parameter.name === 'If-Match') {
      candidates.push(fc.constantFrom('"1"', '"999"', '*', 'W/"1"'));
    }
    const value = fc.oneof(...candidates);
    return parameter.required ? value : fc.option(value, { nil: undefined });
  };
  const parameters = fc.tuple(...operation.parameters.map(ofParameter));
  const body =
    operation.jsonBody === undefined
      ? fc.constant(undefined)
      : fc.oneof(
          arbitraryOf(operation.jsonBody, document, { wild: false }),
          arbitraryOf(operation.jsonBody, document, { wild: true }),
        );
  const samples = fc.sample(fc.tuple(parameters, body), {
    seed: options.seed,
    numRuns: options.count,
  });
  return samples.map(([values, json]) => {
    const path: Record<string, string> = {};
    const query: string[] = [];
    const headers: Record<string, string> = {};
    operation.parameters.forEach((parameter, index) => {
      const value = values[index];
      if (value === undefined) {
        return;
      }
      if (parameter.in === 'path') {
        path[parameter.name] = encode(asText(value)) || '%20';
      } else if (parameter.in === 'query') {
        query.push(`${encode(parameter.name)}=${encode(asText(value))}`);
      } else if (parameter.in === 'header') {
        headers[parameter.name.toLowerCase()] = headerValue(value);
      }
    });
    const url = withPath(operation, path) + (query.length > 0 ? `?${query.join('&')}` : '');
    return {
      method: operation.method,
      url,
      headers: json === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      body: json === undefined ? undefined : Buffer.from(JSON.stringify(json), 'utf8'),
      kind: 'generated',
      label: `generated ${url.length > 80 ? `${url.slice(0, 80)}…` : url} ${json === undefined ? '' : JSON.stringify(json).slice(0, 100)}`,
    } satisfies FuzzRequest;
  });
}

const DEPTH = 10_000;
const deepArray = '['.repeat(DEPTH) + ']'.repeat(DEPTH);
const deepObject = '{"a":'.repeat(DEPTH) + '{}' + '}'.repeat(DEPTH);
/** 2 MB: twice the JSON body limit, as large as a logo may be. */
const TWO_MB = 2 * 1024 * 1024;
const twoMegabytes = Buffer.from(JSON.stringify({ padding: 'x'.repeat(TWO_MB) }));
const badUtf8 = Buffer.concat([
  Buffer.from('{"a":"'),
  Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80]),
  Buffer.from('"}'),
]);
const JSON_TYPE = { 'content-type': 'application/json' };

/**
 * The hostile corpus, for one operation: sizes, nesting, NUL, bad UTF-8 and percent-encoding,
 * prototype keys, wrong content types, huge numbers, wrong JSON types, and bytes for the routes
 * that take files. The JSON ones put the hostile value in the body's first property too, where
 * the validation and the services see it.
 */
export function hostileRequests(operation: Operation, document: OpenApiDocument, ids: KnownIds) {
  const url = plausiblePath(operation, ids);
  const schema =
    operation.jsonBody === undefined ? undefined : resolved(operation.jsonBody, document);
  const property = Object.keys(schema?.properties ?? {})[0] ?? 'name';
  const numeric =
    Object.entries(schema?.properties ?? {}).find(([, value]) =>
      ['integer', 'number'].includes(resolved(value, document).type ?? ''),
    )?.[0] ?? property;
  const queryNames = operation.parameters
    .filter((parameter) => parameter.in === 'query')
    .map((parameter) => encode(parameter.name));
  const names = queryNames.length > 0 ? queryNames : ['q'];
  const query = (value: (name: string) => string) =>
    `${url}?${names.map((name) => `${name}=${value(name)}`).join('&')}`;
  const pathParameter = operation.parameters.some((parameter) => parameter.in === 'path');
  type Entry = { url?: string; headers?: Record<string, string>; body?: Buffer | string };
  const bodies: [string, Entry][] = [
    ['deep JSON array', { headers: JSON_TYPE, body: deepArray }],
    ['deep JSON in a property', { headers: JSON_TYPE, body: `{"${property}":${deepArray}}` }],
    ['deep JSON object', { headers: JSON_TYPE, body: deepObject }],
    ['a 2 MB JSON body', { headers: JSON_TYPE, body: twoMegabytes }],
    ['NUL in a string', { headers: JSON_TYPE, body: `{"${property}":"a\\u0000b"}` }],
    ['a raw NUL byte in the body', { headers: JSON_TYPE, body: `{"${property}":"a\u0000b"}` }],
    ['invalid UTF-8 bytes', { headers: JSON_TYPE, body: badUtf8 }],
    ['a __proto__ key', { headers: JSON_TYPE, body: '{"__proto__":{"isAdmin":true}}' }],
    [
      'constructor.prototype',
      { headers: JSON_TYPE, body: '{"constructor":{"prototype":{"isAdmin":true}}}' },
    ],
    ['a prototype key', { headers: JSON_TYPE, body: `{"prototype":{"${property}":1}}` }],
    ['a huge number', { headers: JSON_TYPE, body: `{"${numeric}":1e400}` }],
    [
      'a long integer',
      { headers: JSON_TYPE, body: `{"${numeric}":123456789012345678901234567890}` },
    ],
    ['an array for the body', { headers: JSON_TYPE, body: '[{}]' }],
    ['an array for a property', { headers: JSON_TYPE, body: `{"${property}":[{"a":1}]}` }],
    ['an empty JSON body', { headers: JSON_TYPE, body: '' }],
    ['text/plain with content', { headers: { 'content-type': 'text/plain' }, body: 'hello' }],
    [
      'multipart',
      {
        headers: { 'content-type': 'multipart/form-data; boundary=x' },
        body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--\r\n',
      },
    ],
    ['application/xml', { headers: { 'content-type': 'application/xml' }, body: '<a>1</a>' }],
    ['a body without a content type', { headers: {}, body: '{}' }],
    [
      'JSON declared as latin1',
      {
        headers: { 'content-type': 'application/json; charset=latin1' },
        body: Buffer.from('{"a":"\xe9"}', 'latin1'),
      },
    ],
  ];
  const entries: [string, Entry][] = [
    // A GET's body is never read: one hostile body is enough to show that.
    ...(['GET', 'HEAD'].includes(operation.method) ? bodies.slice(0, 1) : bodies),
    ['NUL in the query', { url: query(() => 'a%00b') }],
    ['prototype keys in the query', { url: `${url}?__proto__[x]=1&constructor[prototype][x]=1` }],
    // where the operation reads a query, what it does with a broken or repeated one
    ...(queryNames.length === 0
      ? []
      : ([
          ['bad percent-encoding in the query', { url: query(() => '%E0%A4%A') }],
          ['repeated query parameters', { url: query((name) => `1&${name}=2`) }],
          [
            'NUL inside a JSON query value',
            { url: query(() => encode('{"q":"a\u0000b","id":["a\u0000"]}')) },
          ],
        ] satisfies [string, Entry][])),
  ];
  if (pathParameter) {
    entries.push(
      ['NUL in the path', { url: withPath(operation, nul(operation)) }],
      ['bad percent-encoding in the path', { url: withPath(operation, badPercent(operation)) }],
      ['a very long path segment', { url: withPath(operation, long(operation)) }],
    );
  }
  if (operation.otherBodies.length > 0) {
    for (const type of operation.otherBodies) {
      entries.push(
        [`random bytes as ${type}`, { headers: { 'content-type': type }, body: randomBytes(4096) }],
        [`an empty ${type}`, { headers: { 'content-type': type }, body: '' }],
        [`NUL bytes as ${type}`, { headers: { 'content-type': type }, body: Buffer.alloc(1024) }],
      );
    }
    entries.push(
      ['a PNG header and garbage', { headers: { 'content-type': 'image/png' }, body: fakePng() }],
      [
        'a 2 MB body of bytes',
        {
          headers: { 'content-type': 'application/octet-stream' },
          body: Buffer.alloc(TWO_MB + 1, 7),
        },
      ],
    );
  }
  return entries.map(([label, part]): FuzzRequest => ({
    method: operation.method,
    url: part.url ?? url,
    headers: part.headers ?? {},
    body: part.body === undefined ? undefined : Buffer.from(part.body),
    kind: 'hostile',
    label,
  }));
}

const eachPathParameter = (operation: Operation, value: string) =>
  Object.fromEntries(
    operation.parameters
      .filter((parameter) => parameter.in === 'path')
      .map((parameter) => [parameter.name, value]),
  );
const nul = (operation: Operation) => eachPathParameter(operation, 'a%00b');
const badPercent = (operation: Operation) => eachPathParameter(operation, '%E0%A4%A');
const long = (operation: Operation) => eachPathParameter(operation, 'a'.repeat(4000));

/** Bytes that look random but are the same every run. */
function randomBytes(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = 0x2545f491;
  for (let index = 0; index < length; index += 1) {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    bytes[index] = state >>> 24;
  }
  return bytes;
}

/** A PNG signature and an IHDR claiming a huge image, then garbage: a decoder's trap. */
function fakePng(): Buffer {
  const header = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
  const size = Buffer.alloc(8);
  size.writeUInt32BE(100_000, 0);
  size.writeUInt32BE(100_000, 4);
  return Buffer.concat([header, size, Buffer.from([8, 6, 0, 0, 0]), randomBytes(512)]);
}

// ---------------------------------------------------------------------------------------------
// Sending and checking.

export type Answer = {
  readonly status: number;
  readonly contentType: string;
  readonly text: string;
};

/** One request over a keep-alive connection; a timeout or a reset without an answer rejects. */
export function send(
  agent: Agent,
  origin: URL,
  fuzz: FuzzRequest,
  token: string | undefined,
  timeoutMs: number,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...fuzz.headers };
    if (token !== undefined) {
      headers['authorization'] = `Bearer ${token}`;
    }
    if (fuzz.body !== undefined) {
      headers['content-length'] = String(fuzz.body.length);
    }
    let answered = false;
    const call = httpRequest(
      {
        agent,
        host: origin.hostname,
        port: origin.port,
        method: fuzz.method,
        path: fuzz.url,
        headers,
      },
      (response) => {
        answered = true;
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            contentType: String(response.headers['content-type'] ?? ''),
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    call.setTimeout(timeoutMs, () => call.destroy(new Error(`no answer in ${timeoutMs} ms`)));
    call.on('error', (error) => {
      if (!answered) {
        reject(error);
      }
    });
    call.end(fuzz.body);
  });
}

const STACK = /\n\s+at \S+ \(|\bat [\w.<>]+ \(|node:internal|\w\.(?:ts|js|mjs|cjs):\d+/;
const FILE_PATH = /\/work\/|\/check\/|apps\/api|node_modules|\/home\/|\/tmp\/|\/src\/\w/;

/** The one error shape: exactly these keys (details optional), a `context.snake_case` code. */
export function isTheErrorShape(answer: Answer): boolean {
  if (!/^application\/json/.test(answer.contentType)) {
    return false;
  }
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    return false;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return false;
  }
  const record = body as Record<string, unknown>;
  const keys = Object.keys(record).filter((key) => key !== 'details');
  return (
    keys.join() === 'statusCode,error,code,message' &&
    record['statusCode'] === answer.status &&
    typeof record['error'] === 'string' &&
    typeof record['message'] === 'string' &&
    typeof record['code'] === 'string' &&
    /^[a-z_]+\.[a-z_]+$/.test(record['code']) &&
    (record['details'] === undefined ||
      (typeof record['details'] === 'object' && record['details'] !== null))
  );
}

/** What is wrong with an answer, if anything. */
export function problemsOf(answer: Answer): string[] {
  const problems: string[] = [];
  if (answer.status >= 500) {
    problems.push('5xx');
  }
  if (STACK.test(answer.text)) {
    problems.push('stack trace');
  }
  if (FILE_PATH.test(answer.text)) {
    problems.push('file path');
  }
  if (answer.status >= 400 && !isTheErrorShape(answer)) {
    problems.push('another error shape');
  }
  return problems;
}

export type FuzzReport = {
  readonly operations: number;
  readonly requests: number;
  /** The plausible request of each operation, sent by each caller (anonymous included). */
  readonly probes: number;
  readonly generated: number;
  readonly hostile: number;
  /** How many answers had each status (`none` for no answer in time). */
  readonly statuses: Readonly<Record<string, number>>;
  readonly serverErrors: number;
  readonly stacks: number;
  readonly otherShapes: number;
  readonly timeouts: number;
  readonly seed: number;
  /** One line per failing request: method, path, input, caller, status, body excerpt. */
  readonly failures: readonly string[];
};

export type Caller = { readonly name: string; readonly token?: string };
type Planned = {
  readonly fuzz: FuzzRequest;
  readonly operation: Operation;
  readonly caller: Caller;
};

/**
 * Fuzzes every operation of the document. First each caller (anonymous is one without a token)
 * sends each operation its plausible request: who gets past the access check (no 401 or 403)
 * is who the operation's hostile corpus and `generatedPerOperation` generated requests then
 * come from, in turn, so that they reach the validation and the services behind it.
 */
export async function runFuzz(options: {
  readonly origin: URL;
  readonly document: OpenApiDocument;
  readonly callers: readonly Caller[];
  readonly ids: KnownIds;
  readonly generatedPerOperation: number;
  readonly seed: number;
  readonly concurrency?: number;
  readonly timeoutMs?: number;
}): Promise<FuzzReport> {
  const operations = operationsOf(options.document);
  const concurrency = options.concurrency ?? 4;
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const statuses: Record<string, number> = {};
  const failures: string[] = [];
  const counts = { serverErrors: 0, stacks: 0, otherShapes: 0, timeouts: 0 };

  /** Sends each planned request, a few at a time; the status of each, `0` for none. */
  const sendAll = async (planned: readonly Planned[]): Promise<number[]> => {
    const answers: number[] = [];
    let next = 0;
    const worker = async () => {
      while (next < planned.length) {
        const index = next;
        next += 1;
        const { fuzz, operation, caller } = planned[index]!;
        const where = `${operation.method} ${operation.path} [${fuzz.label}] as ${caller.name}`;
        try {
          const answer = await send(
            agent,
            options.origin,
            fuzz,
            caller.token,
            options.timeoutMs ?? 10_000,
          );
          answers[index] = answer.status;
          statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
          const problems = problemsOf(answer);
          counts.serverErrors += problems.includes('5xx') ? 1 : 0;
          counts.stacks += problems.some((p) => p === 'stack trace' || p === 'file path') ? 1 : 0;
          counts.otherShapes += problems.includes('another error shape') ? 1 : 0;
          if (problems.length > 0) {
            failures.push(
              `${where}: ${answer.status} (${problems.join(', ')}) ${answer.text.slice(0, 200)}`,
            );
          }
        } catch (error) {
          answers[index] = 0;
          statuses['none'] = (statuses['none'] ?? 0) + 1;
          counts.timeouts += 1;
          failures.push(
            `${where}: no answer (${error instanceof Error ? error.message : String(error)})`,
          );
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return answers;
  };

  try {
    const probes = operations.flatMap((operation) =>
      options.callers.map((caller) => ({
        fuzz: plausibleRequest(operation, options.document, options.ids),
        operation,
        caller,
      })),
    );
    const probeStatuses = await sendAll(probes);
    const admitted = new Map<Operation, Caller[]>();
    probes.forEach(({ operation, caller }, index) => {
      if (![401, 403].includes(probeStatuses[index]!)) {
        admitted.set(operation, [...(admitted.get(operation) ?? []), caller]);
      }
    });
    const fuzzed = operations.flatMap((operation, index) => {
      const callers = admitted.get(operation) ?? options.callers;
      return [
        ...hostileRequests(operation, options.document, options.ids),
        ...generatedRequests(operation, options.document, {
          count: options.generatedPerOperation,
          seed: options.seed + index,
          ids: options.ids,
        }),
      ].map((fuzz, n) => ({ fuzz, operation, caller: callers[n % callers.length]! }));
    });
    await sendAll(fuzzed);
    return {
      operations: operations.length,
      requests: probes.length + fuzzed.length,
      probes: probes.length,
      generated: fuzzed.filter((entry) => entry.fuzz.kind === 'generated').length,
      hostile: fuzzed.filter((entry) => entry.fuzz.kind === 'hostile').length,
      statuses,
      ...counts,
      seed: options.seed,
      failures,
    };
  } finally {
    agent.destroy();
  }
}

/** The one-line figures: what was sent, what came back, what was wrong. */
export function summaryOf(report: FuzzReport): string {
  const statuses = Object.entries(report.statuses)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, count]) => `${status}×${count}`)
    .join(' ');
  return (
    `openapi fuzz: ${report.operations} operations, ${report.requests} requests ` +
    `(${report.probes} plausible as each caller, ${report.generated} generated, ` +
    `${report.hostile} hostile), statuses ${statuses}, ${report.serverErrors} 5xx, ` +
    `${report.stacks} stacks or paths, ${report.otherShapes} other error shapes, ` +
    `${report.timeouts} without an answer, seed ${report.seed}`
  );
}
