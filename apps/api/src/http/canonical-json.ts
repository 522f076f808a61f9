import canonicalizeModule from 'canonicalize';

type Canonicalize = (input: unknown) => string | undefined;

/**
 * RFC 8785 canonical JSON (the `canonicalize` package): the same bytes for the same value,
 * whatever the key order, for hashes of audit rows and request bodies. The package is CommonJS
 * (`module.exports = fn`) typed as an ES default export: take the function whichever way the
 * loader hands it over.
 */
export const canonicalize: Canonicalize =
  typeof canonicalizeModule === 'function' ? canonicalizeModule : canonicalizeModule.default;
