// One provider for its page, through the same public search as the results (published listings
// only): a multi-search with the filter `id = "<id>"` (id is filterable).
import { PROVIDER_INDEX, type ProviderDocument } from '../search/provider-hit';
import { quote } from '../search/relax';

/** Provider ids are UUIDs; anything else is no provider, without asking. */
export const isProviderId = (id: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

export const providerQuery = (id: string) => ({
  queries: [{ indexUid: PROVIDER_INDEX, q: '', filter: [`id = ${quote(id)}`], limit: 1 }],
});

/** The published listing, or undefined when there is none with this id. */
export async function fetchProvider(
  id: string,
  signal?: AbortSignal,
): Promise<ProviderDocument | undefined> {
  if (!isProviderId(id)) {
    return undefined;
  }
  const response = await fetch('/api/search/multi-search', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(providerQuery(id)),
    signal,
  });
  if (!response.ok) {
    throw new Error(`The search answered ${response.status}`);
  }
  const body = (await response.json()) as { results: { hits: ProviderDocument[] }[] };
  return body.results[0]?.hits[0];
}
