import { useCallback, useState } from 'react';

export type Selection = { region?: string; country?: string };

const read = (): Selection => {
  const query = new URLSearchParams(window.location.search);
  return { region: query.get('region') ?? undefined, country: query.get('country') ?? undefined };
};

/** The chosen region and country, kept in the URL (`?region=Europe&country=SE`) to share or reload. */
export function useSelection(): [Selection, (next: Selection) => void] {
  const [selection, setSelection] = useState(read);
  const select = useCallback((next: Selection) => {
    const url = new URL(window.location.href);
    for (const key of ['region', 'country'] as const) {
      const value = next[key];
      if (value) {
        url.searchParams.set(key, value);
      } else {
        url.searchParams.delete(key);
      }
    }
    window.history.replaceState(window.history.state, '', url);
    setSelection(next);
  }, []);
  return [selection, select];
}
