import type { Locale } from '../messages.js';
import type { RegionName } from './markets.data.js';

/**
 * The regions' names in each language. English keeps the program's own names (as in the
 * regional markets page); Swedish uses the names Swedish speakers use (Sydkorea, USA).
 */
export const regionLabels: Readonly<Record<Locale, Readonly<Record<RegionName, string>>>> = {
  en: {
    Africa: 'Africa',
    'Asia and Pacific': 'Asia and Pacific',
    Australia: 'Australia',
    Brazil: 'Brazil',
    Canada: 'Canada',
    China: 'China',
    Europe: 'Europe',
    India: 'India',
    Japan: 'Japan',
    'Korea, Republic of': 'Korea, Republic of',
    'Latin America and the Caribbean': 'Latin America and the Caribbean',
    'Middle East, Central Europe, and Eastern Europe':
      'Middle East, Central Europe, and Eastern Europe',
    'New Zealand': 'New Zealand',
    Russia: 'Russia',
    Taiwan: 'Taiwan',
    'United States': 'United States',
  },
  sv: {
    Africa: 'Afrika',
    'Asia and Pacific': 'Asien och Stillahavsområdet',
    Australia: 'Australien',
    Brazil: 'Brasilien',
    Canada: 'Kanada',
    China: 'Kina',
    Europe: 'Europa',
    India: 'Indien',
    Japan: 'Japan',
    'Korea, Republic of': 'Sydkorea',
    'Latin America and the Caribbean': 'Latinamerika och Karibien',
    'Middle East, Central Europe, and Eastern Europe': 'Mellanöstern, Centraleuropa och Östeuropa',
    'New Zealand': 'Nya Zeeland',
    Russia: 'Ryssland',
    Taiwan: 'Taiwan',
    'United States': 'USA',
  },
};

const labelMaps = {
  en: new Map<string, string>(Object.entries(regionLabels.en)),
  sv: new Map<string, string>(Object.entries(regionLabels.sv)),
};

/** A region's name in `locale`; a name that is not a region comes back as it is. */
export function regionLabel(region: string, locale: Locale): string {
  return labelMaps[locale].get(region) ?? region;
}
