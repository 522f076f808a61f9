import { useEffect, useRef } from 'react';
import { useLocaleState, useRefresh } from 'react-admin';

/** The API writes its messages in the console's language: read them again when it changes. */
export function useRefreshOnLocaleChange(): void {
  const [locale] = useLocaleState();
  const refresh = useRefresh();
  const previous = useRef(locale);
  useEffect(() => {
    if (previous.current !== locale) {
      previous.current = locale;
      refresh();
    }
  }, [locale, refresh]);
}
