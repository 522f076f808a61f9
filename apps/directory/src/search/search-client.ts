// The directory searches through the API (POST /api/search/multi-search, facet-search), never
// Meilisearch itself: no key in the browser, published listings only, capped pages. The host must
// be absolute (ARCHITECTURE.md pitfall 14) and the key empty (no Authorization header is sent).
import { instantMeiliSearch } from '@meilisearch/instant-meilisearch';

/** Where instant-meilisearch sends `/multi-search` and `/indexes/:uid/facet-search`. */
export const searchHost = (): string => `${window.location.origin}/api/search`;

/**
 * Adds `showRankingScoreDetails` to every query of a multi-search body: "Why this order" reads
 * the details, and instant-meilisearch 0.31 has no option for them (the API allows it).
 */
export function withRankingDetails(body: string): string {
  const parsed = JSON.parse(body) as { queries?: Record<string, unknown>[] };
  if (!Array.isArray(parsed.queries)) {
    return body;
  }
  return JSON.stringify({
    ...parsed,
    queries: parsed.queries.map((query) => ({ ...query, showRankingScoreDetails: true })),
  });
}

export class SearchError extends Error {
  constructor(readonly status: number) {
    super(`The search answered ${status}`);
    this.name = 'SearchError';
  }
}

async function send(input: Parameters<typeof fetch>[0], init?: RequestInit): Promise<unknown> {
  const url = String(input instanceof Request ? input.url : input);
  const body =
    url.endsWith('/multi-search') && typeof init?.body === 'string'
      ? withRankingDetails(init.body)
      : init?.body;
  const response = await fetch(input, { ...init, body });
  if (!response.ok) {
    throw new SearchError(response.status);
  }
  return response.json();
}

let client: ReturnType<typeof instantMeiliSearch>['searchClient'] | undefined;

/** One client for the app's life, so the search page finds its cache again after a visit. */
export function searchClient() {
  client ??= instantMeiliSearch(searchHost(), '', {
    primaryKey: 'id',
    finitePagination: true,
    keepZeroFacets: false,
    meiliSearchParams: { showRankingScore: true },
    httpClient: send,
  }).searchClient;
  return client;
}
