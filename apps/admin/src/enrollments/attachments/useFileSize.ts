import { useMemo } from 'react';
import { useLocaleState } from 'react-admin';

/** A file's size as its reader writes it: `52 kB`, `3,4 MB` in Swedish. */
export function useFileSize(): (bytes: number) => string {
  const [locale] = useLocaleState();
  return useMemo(() => {
    const tag = locale === 'sv' ? 'sv-SE' : 'en-GB';
    const kilobytes = new Intl.NumberFormat(tag, {
      style: 'unit',
      unit: 'kilobyte',
      maximumFractionDigits: 0,
    });
    const megabytes = new Intl.NumberFormat(tag, {
      style: 'unit',
      unit: 'megabyte',
      maximumFractionDigits: 1,
    });
    return (bytes: number) =>
      bytes >= 1024 * 1024
        ? megabytes.format(bytes / 1024 / 1024)
        : kilobytes.format(Math.max(1, Math.round(bytes / 1024)));
  }, [locale]);
}
