// The directory's two pages: the search at `/` (its state in the query string) and a provider at
// `/providers/:id`. The API answers every such path with index.html, so any URL is a deep link.

export type Route =
  { readonly page: 'search' } | { readonly page: 'provider'; readonly id: string };

/** The page a path shows; anything unknown is the search (the API serves only known paths). */
export function parseRoute(pathname: string): Route {
  const match = /^\/providers\/([^/]+)\/?$/.exec(pathname);
  if (match?.[1]) {
    try {
      return { page: 'provider', id: decodeURIComponent(match[1]) };
    } catch {
      return { page: 'provider', id: match[1] };
    }
  }
  return { page: 'search' };
}

export const providerPath = (id: string): string => `/providers/${encodeURIComponent(id)}`;
