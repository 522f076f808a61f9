// Country shapes for the provider map: world-atlas countries-50m (Natural Earth, 241 shapes,
// shipped with the app and fetched from our own origin only when a map is shown: ARCHITECTURE.md
// pitfall 16). Its ids are ISO 3166-1 numeric codes; the listings speak alpha-2.
import { whereNumeric } from 'iso-3166-1';

/** Shapes Natural Earth gives no ISO number, by name: the program's own code for Kosovo. */
const byName: Readonly<Record<string, string>> = { Kosovo: 'XK', Somaliland: 'SO' };

/** The alpha-2 code of a shape, or undefined (N. Cyprus, Siachen Glacier, ...). */
export function alpha2OfShape(
  id: string | number | undefined,
  name: string | undefined,
): string | undefined {
  if (id !== undefined && id !== null && String(id) !== '') {
    const code = whereNumeric(String(id).padStart(3, '0'))?.alpha2;
    if (code) {
      return code;
    }
  }
  return name ? byName[name] : undefined;
}

export type Box = { x: number; y: number; width: number; height: number };

/**
 * The part of the map to show: the served countries' bounds with a margin, at least
 * `minWidth` wide, in the map's aspect ratio, kept inside the whole map.
 */
export function focusBox(
  bounds: [[number, number], [number, number]] | undefined,
  map: { width: number; height: number },
  minWidth = map.width / 3,
): Box {
  const whole = { x: 0, y: 0, width: map.width, height: map.height };
  if (!bounds || !bounds.flat().every(Number.isFinite)) {
    return whole;
  }
  const [[x0, y0], [x1, y1]] = bounds;
  const ratio = map.width / map.height;
  let width = Math.max((x1 - x0) * 1.3, minWidth, (y1 - y0) * 1.3 * ratio);
  width = Math.min(width, map.width);
  const height = Math.min(width / ratio, map.height);
  width = height * ratio;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const x = Math.min(Math.max(cx - width / 2, 0), map.width - width);
  const y = Math.min(Math.max(cy - height / 2, 0), map.height - height);
  return { x, y, width, height };
}
