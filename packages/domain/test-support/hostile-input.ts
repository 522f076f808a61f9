// Inputs every parser must survive (issue "Bad input"): any code point including control
// characters and bidi overrides, very long strings, arbitrary values, and objects carrying
// prototype-polluting keys as own properties (what JSON.parse produces) or inherited fields.
// Test-only: lives outside src, so it is neither built nor counted in coverage.
import fc from 'fast-check';

const pollutingKeys = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
];

const anyCodePoint: fc.Arbitrary<string> = fc
  .oneof(fc.integer({ min: 0, max: 0xd7ff }), fc.integer({ min: 0xe000, max: 0x10ffff }))
  .map((codePoint) => String.fromCodePoint(codePoint));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  // Any code point but lone surrogates (fast-check's own 'binary' unit costs ~0.7 s to build).
  fc.string({ unit: anyCodePoint, maxLength: 80 }),
  fc.string({ unit: 'binary-ascii', maxLength: 80 }),
  // Very long: 1,000 to 100,000 characters.
  fc
    .tuple(
      fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 10 }),
      fc.integer({ min: 1_000, max: 10_000 }),
    )
    .map(([s, n]) => s.repeat(n)),
  fc.constantFrom(
    ...pollutingKeys,
    '',
    ' ',
    '\u0000',
    '\t\n\r',
    '\u202eSE',
    '\ufeff',
    '\u0085',
    '\u2028',
  ),
);

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  {
    weight: 2,
    arbitrary: fc.anything({
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withSparseArray: true,
      withTypedArray: true,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(Number.NaN, Infinity, -0, 2 ** 53, null, undefined, true),
  },
);

/**
 * Objects shaped like a parser's input: each field either from `fields` (plausible values) or
 * hostile, plus polluting keys; sometimes the same fields inherited instead of owned; sometimes
 * not an object at all.
 */
export function hostileRecord(
  fields: Readonly<Record<string, fc.Arbitrary<unknown>>>,
): fc.Arbitrary<unknown> {
  const entry = fc.oneof(
    ...Object.entries(fields).map(([key, valid]) =>
      fc.tuple(fc.constant(key), fc.oneof(valid, hostileValue)),
    ),
    fc.tuple(fc.constantFrom(...pollutingKeys), hostileValue),
  );
  const own = fc
    .array(entry, { maxLength: 12 })
    .map((pairs) => Object.fromEntries(pairs) as unknown);
  const inherited = own.map((o) => Object.create(o as object) as unknown);
  return fc.oneof(
    { weight: 5, arbitrary: own },
    { weight: 1, arbitrary: inherited },
    { weight: 1, arbitrary: hostileValue },
  );
}
