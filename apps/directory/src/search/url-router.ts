// InstantSearch's router for the search page, on the History API: the state is read from and
// written to the query string of `/` (routing.ts), a change pushes one history entry (typing is
// gathered for `writeDelay` ms first), and Back or Forward hand the URL's state back. It replaces
// instantsearch.js's `history` router, which brings the `qs` library (about 10 KB gzip) for a
// query string URLSearchParams reads as well.
import type { Router } from 'instantsearch.js';
import { fromSearchParams, type IndexState, searchUrl } from './routing';

export function urlRouter({ writeDelay = 400 }: { writeDelay?: number } = {}): Router<IndexState> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onPopState: (() => void) | undefined;
  const current = () => `${window.location.pathname}${window.location.search}`;
  return {
    $$type: 'hub.url',
    read: () => fromSearchParams(new URLSearchParams(window.location.search)),
    write(state) {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const url = searchUrl(state);
        // Only on the search page, and only a real change: Back's own state is not pushed again.
        if (window.location.pathname === '/' && url !== current()) {
          window.history.pushState(null, '', url);
        }
      }, writeDelay);
    },
    createURL: (state) => searchUrl(state),
    onUpdate(callback) {
      onPopState = () => {
        clearTimeout(timer);
        callback(fromSearchParams(new URLSearchParams(window.location.search)));
      };
      window.addEventListener('popstate', onPopState);
    },
    dispose() {
      clearTimeout(timer);
      if (onPopState) {
        window.removeEventListener('popstate', onPopState);
      }
    },
  };
}
