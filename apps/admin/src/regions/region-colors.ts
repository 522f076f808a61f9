import type { RegionName } from '@hub/domain';

/**
 * One colour per CSP region on the world map. 16 regions are more than any colour-blind-safe
 * scheme separates, so the palette (Okabe–Ito and Paul Tol's "muted" and "bright" sets) is laid
 * out so that regions that touch differ in lightness as well as hue: Canada against the United
 * States, Brazil against the rest of Latin America, Russia against Europe, the Middle East and
 * China, India and China against Asia and Pacific. Colour is never the only cue: the legend
 * names every region, hovering names the country, and the table lists every market.
 */
export const regionColors = {
  Africa: '#44AA99',
  'Asia and Pacific': '#117733',
  Australia: '#EE7733',
  Brazil: '#332288',
  Canada: '#CC6677',
  China: '#882255',
  Europe: '#0077BB',
  India: '#EE3377',
  Japan: '#AA4499',
  'Korea, Republic of': '#009988',
  'Latin America and the Caribbean': '#DDCC77',
  'Middle East, Central Europe, and Eastern Europe': '#E69F00',
  'New Zealand': '#004488',
  Russia: '#88CCEE',
  Taiwan: '#CC3311',
  'United States': '#5E4FA2',
} as const satisfies Record<RegionName, string>;

/** Countries that are no CSP market, and markets outside the list's filters. */
export const neutralColor = '#D5D9DE';

/** A region's colour; the neutral one for a name that is not a region. */
export function regionColor(region: string): string {
  return (regionColors as Record<string, string>)[region] ?? neutralColor;
}
