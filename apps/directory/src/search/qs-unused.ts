// Stands in for the `qs` package in the build (vite.config.ts aliases it here). instantsearch.js
// imports qs only for its default history router, which the directory never runs: it routes
// with url-router.ts on URLSearchParams. qs and its dependencies would add about 15 KB gzip to
// the first load for nothing.
const notBundled = (): never => {
  throw new Error('qs is not bundled in the directory: the search routes with url-router.ts');
};

export default { parse: notBundled, stringify: notBundled };
