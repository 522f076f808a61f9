import { useMemo } from 'react';
import { useLocaleState } from 'react-admin';

/** A country's name in the console's language ("Sverige" in Swedish), from its ISO code. */
export function useCountryName(): (code: string | null | undefined) => string {
  const [locale] = useLocaleState();
  return useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    return (code) => {
      if (!code) {
        return '';
      }
      try {
        return names.of(code) ?? code;
      } catch {
        return code;
      }
    };
  }, [locale]);
}
