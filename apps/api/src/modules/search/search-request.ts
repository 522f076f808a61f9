// The public multi-search body, read by allow-list: the parameters instant-meilisearch sends,
// each checked and capped; any other parameter is dropped. Anything malformed is a 400, never a
// 500, and no combination reaches past the caps (no scraping the whole list in one request).
import { DomainError } from '../../http/domain-error.js';
import { PUBLIC_PROVIDER_INDEX, providerFacets, providerSortable } from './provider-index.js';

export const SEARCH_LIMITS = {
  queries: 10,
  q: 512,
  filterText: 2000,
  filterElements: 50,
  limit: 50,
  offset: 1000,
  hitsPerPage: 50,
  /** page × hitsPerPage stays within offset + limit. */
  depth: 1050,
  page: 100,
} as const;

/** Fields a caller may name in attributesToRetrieve/Highlight/Crop (all public). */
const ATTRIBUTES = new Set([
  '*',
  'id',
  'name',
  'shortDescriptionEn',
  'shortDescriptionSv',
  'longDescriptionEn',
  'longDescriptionSv',
  'website',
  'contactEmail',
  'contactPhone',
  'headquartersCountry',
  'regions',
  'countries',
  'services',
  'productAreas',
  'languages',
  'cities',
  'offices',
  'minimumRequirementsEn',
  'minimumRequirementsSv',
  'logo',
  'authorized',
  'lastConfirmedAt',
  'publishedAt',
]);
const FACETS: ReadonlySet<string> = new Set(providerFacets);
const SORT = new RegExp(`^(${providerSortable.join('|')}):(asc|desc)$`);

export type ReadQuery = Record<string, unknown> & { filter?: (string | string[])[] };

const bad = (reason: string): never => {
  throw new DomainError('search.invalid_query', { reason });
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function int(value: unknown, name: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    bad(`${name} must be an integer from ${min} to ${max}`);
  }
  return value as number;
}

function str(value: unknown, name: string, max: number): string {
  if (typeof value !== 'string' || value.length > max) {
    bad(`${name} must be a string of at most ${max} characters`);
  }
  return value as string;
}

function strings(
  value: unknown,
  name: string,
  max: number,
  allowed: (s: string) => boolean,
): string[] {
  if (!Array.isArray(value) || value.length > max) {
    bad(`${name} must be a list of at most ${max} values`);
  }
  return (value as unknown[]).map((item) => {
    const text = str(item, name, 100);
    if (!allowed(text)) {
      bad(`${name}: “${text.slice(0, 40)}” is not allowed`);
    }
    return text;
  });
}

/** A filter as a list of AND-ed elements, each a string or a list of OR-ed strings. */
function filter(value: unknown): (string | string[])[] {
  if (value === undefined || value === null || value === '') {
    return [];
  }
  if (typeof value === 'string') {
    return [str(value, 'filter', SEARCH_LIMITS.filterText)];
  }
  if (!Array.isArray(value)) {
    return bad('filter must be a string or a list');
  }
  let count = 0;
  const elements = value.map((element: unknown) => {
    if (Array.isArray(element)) {
      count += element.length;
      return element.map((inner: unknown) => str(inner, 'filter', SEARCH_LIMITS.filterText));
    }
    count += 1;
    return str(element, 'filter', SEARCH_LIMITS.filterText);
  });
  if (count > SEARCH_LIMITS.filterElements) {
    bad(`filter may have at most ${SEARCH_LIMITS.filterElements} conditions`);
  }
  return elements.filter((e) => (Array.isArray(e) ? e.length > 0 : e.trim() !== ''));
}

const attribute = (name: string) => ATTRIBUTES.has(name.replace(/:\d{1,3}$/, ''));

function readQuery(input: unknown): ReadQuery {
  if (!isRecord(input)) {
    return bad('each query must be an object');
  }
  if (input['indexUid'] !== PUBLIC_PROVIDER_INDEX) {
    bad(`indexUid must be “${PUBLIC_PROVIDER_INDEX}”`);
  }
  const query: ReadQuery = {};
  const has = (key: string) =>
    Object.hasOwn(input, key) && input[key] !== undefined && input[key] !== null;
  if (has('q')) {
    query['q'] = str(input['q'], 'q', SEARCH_LIMITS.q);
  }
  query.filter = filter(input['filter']);
  if (has('facets')) {
    query['facets'] = strings(input['facets'], 'facets', FACETS.size, (f) => FACETS.has(f));
  }
  if (has('sort')) {
    query['sort'] = strings(input['sort'], 'sort', 2, (s) => SORT.test(s));
  }
  if (has('limit')) {
    query['limit'] = int(input['limit'], 'limit', 0, SEARCH_LIMITS.limit);
  }
  if (has('offset')) {
    query['offset'] = int(input['offset'], 'offset', 0, SEARCH_LIMITS.offset);
  }
  if (has('hitsPerPage')) {
    query['hitsPerPage'] = int(input['hitsPerPage'], 'hitsPerPage', 0, SEARCH_LIMITS.hitsPerPage);
  }
  if (has('page')) {
    query['page'] = int(input['page'], 'page', 0, SEARCH_LIMITS.page);
  }
  if (has('page') || has('hitsPerPage')) {
    const perPage = (query['hitsPerPage'] as number | undefined) ?? 20;
    if (((query['page'] as number | undefined) ?? 1) * perPage > SEARCH_LIMITS.depth) {
      bad(`page × hitsPerPage may be at most ${SEARCH_LIMITS.depth}`);
    }
  } else {
    query['limit'] = query['limit'] ?? 20;
  }
  for (const key of [
    'attributesToRetrieve',
    'attributesToHighlight',
    'attributesToCrop',
    'attributesToSnippet',
  ]) {
    if (has(key)) {
      query[key] = strings(input[key], key, ATTRIBUTES.size, attribute);
    }
  }
  // instant-meilisearch's name for attributesToCrop.
  if (query['attributesToSnippet']) {
    query['attributesToCrop'] ??= query['attributesToSnippet'];
    delete query['attributesToSnippet'];
  }
  for (const key of ['highlightPreTag', 'highlightPostTag', 'cropMarker', 'snippetEllipsisText']) {
    if (has(key)) {
      query[key === 'snippetEllipsisText' ? 'cropMarker' : key] = str(input[key], key, 64);
    }
  }
  if (has('cropLength')) {
    query['cropLength'] = int(input['cropLength'], 'cropLength', 1, 200);
  }
  for (const key of ['showRankingScore', 'showRankingScoreDetails', 'showMatchesPosition']) {
    if (has(key)) {
      if (typeof input[key] !== 'boolean') {
        bad(`${key} must be true or false`);
      }
      query[key] = input[key];
    }
  }
  if (has('matchingStrategy')) {
    const strategy = input['matchingStrategy'];
    if (strategy !== 'last' && strategy !== 'all' && strategy !== 'frequency') {
      bad('matchingStrategy must be last, all or frequency');
    }
    query['matchingStrategy'] = strategy;
  }
  return query;
}

/**
 * A facet search body (instant-meilisearch's searchable refinement lists): an allow-listed facet,
 * a facet query and the search's own q and filter, with the same caps.
 */
export function readFacetSearch(
  indexUid: string,
  body: unknown,
): ReadQuery & { facetName: string; facetQuery?: string } {
  if (!isRecord(body)) {
    return bad('the body must be an object');
  }
  const facetName = body['facetName'];
  if (typeof facetName !== 'string' || !FACETS.has(facetName)) {
    bad(`facetName must be one of ${[...FACETS].join(', ')}`);
  }
  const query = readQuery({
    indexUid,
    q: body['q'],
    filter: body['filter'],
    matchingStrategy: body['matchingStrategy'],
  });
  delete query['limit'];
  const facetQuery =
    body['facetQuery'] === undefined || body['facetQuery'] === null
      ? undefined
      : str(body['facetQuery'], 'facetQuery', 100);
  return {
    ...query,
    facetName: facetName as string,
    ...(facetQuery === undefined ? {} : { facetQuery }),
  };
}

/** The queries of a multi-search body `{ queries: [...] }`. */
export function readMultiSearch(body: unknown): ReadQuery[] {
  if (!isRecord(body) || !Array.isArray(body['queries'])) {
    return bad('the body must be { "queries": [...] }');
  }
  const queries = body['queries'] as unknown[];
  if (queries.length === 0 || queries.length > SEARCH_LIMITS.queries) {
    bad(`send 1 to ${SEARCH_LIMITS.queries} queries`);
  }
  return queries.map(readQuery);
}
