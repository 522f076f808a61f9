// Empty results: which one filter (or the search text) to drop to find providers again. Every
// candidate is counted in one multi-search of zero-hit queries (limit 0: counts only, and not
// recorded as a search that found nothing), so the empty state can say what each would give.
import { PROVIDER_INDEX } from './provider-hit';
import { type FacetAttribute, type IndexState, urlFacets } from './routing';

export type Relaxation =
  | { readonly kind: 'query'; readonly query: string }
  | { readonly kind: 'facet'; readonly attribute: FacetAttribute; readonly value: string }
  | { readonly kind: 'authorized' };

/** A Meilisearch filter value, quoted: quotes and backslashes in it escaped. */
export const quote = (value: string): string =>
  `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/** Everything the reader could drop, the search text first. */
export function relaxations(state: IndexState): Relaxation[] {
  const found: Relaxation[] = [];
  const query = state.query?.trim();
  if (query) {
    found.push({ kind: 'query', query });
  }
  for (const [, attribute] of urlFacets) {
    for (const value of state.refinementList?.[attribute] ?? []) {
      found.push({ kind: 'facet', attribute, value });
    }
  }
  if (state.toggle?.['authorized']) {
    found.push({ kind: 'authorized' });
  }
  return found;
}

/** The state without one relaxation, back on the first page. */
export function without(state: IndexState, relaxation: Relaxation): IndexState {
  const next: IndexState = { ...state, page: 1 };
  switch (relaxation.kind) {
    case 'query':
      next.query = '';
      break;
    case 'facet':
      next.refinementList = {
        ...state.refinementList,
        [relaxation.attribute]: (state.refinementList?.[relaxation.attribute] ?? []).filter(
          (value) => value !== relaxation.value,
        ),
      };
      break;
    case 'authorized': {
      const { authorized: _dropped, ...toggle } = state.toggle ?? {};
      next.toggle = toggle;
      break;
    }
  }
  return next;
}

/** A state's filter in Meilisearch's list form: facets AND-ed, values of one facet OR-ed. */
export function filterOf(state: IndexState): string[][] {
  const filter: string[][] = [];
  for (const [, attribute] of urlFacets) {
    const values = state.refinementList?.[attribute] ?? [];
    if (values.length > 0) {
      filter.push(values.map((value) => `${attribute} = ${quote(value)}`));
    }
  }
  if (state.toggle?.['authorized']) {
    filter.push(['authorized = true']);
  }
  return filter;
}

/** The multi-search body counting each relaxation's results (at most the API's 10 queries). */
export function countingQueries(state: IndexState, candidates: readonly Relaxation[]) {
  return {
    queries: candidates.slice(0, 10).map((relaxation) => {
      const relaxed = without(state, relaxation);
      return {
        indexUid: PROVIDER_INDEX,
        q: relaxed.query ?? '',
        filter: filterOf(relaxed),
        limit: 0,
      };
    }),
  };
}

/** How many providers each relaxation would find, in the candidates' order. */
export async function countRelaxations(
  state: IndexState,
  candidates: readonly Relaxation[],
  signal?: AbortSignal,
): Promise<number[]> {
  const response = await fetch('/api/search/multi-search', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(countingQueries(state, candidates)),
    signal,
  });
  if (!response.ok) {
    throw new Error(`The search answered ${response.status}`);
  }
  const body = (await response.json()) as {
    results: { totalHits?: number; estimatedTotalHits?: number }[];
  };
  return body.results.map((result) => result.totalHits ?? result.estimatedTotalHits ?? 0);
}
