import { describe, expect, it } from '@jest/globals';
import { alpha2OfShape, focusBox } from './world-shapes';

describe('the map’s country shapes', () => {
  it('maps Natural Earth’s ISO numeric ids to alpha-2, and Kosovo by name', () => {
    expect(alpha2OfShape('752', 'Sweden')).toBe('SE');
    expect(alpha2OfShape('036', 'Australia')).toBe('AU');
    expect(alpha2OfShape(702, 'Singapore')).toBe('SG');
    expect(alpha2OfShape(undefined, 'Kosovo')).toBe('XK');
    expect(alpha2OfShape(undefined, 'N. Cyprus')).toBeUndefined();
  });

  it('frames the served countries with a margin, in the map’s shape, inside the map', () => {
    const map = { width: 960, height: 500 };
    const box = focusBox(
      [
        [480, 80],
        [560, 140],
      ],
      map,
    );
    expect(box.width / box.height).toBeCloseTo(960 / 500);
    expect(box.width).toBeCloseTo(320);
    expect(box.x).toBeLessThanOrEqual(480);
    expect(box.x + box.width).toBeGreaterThanOrEqual(560);
    expect(box.y).toBeGreaterThanOrEqual(0);
  });

  it('shows the whole world without bounds or for a world-wide provider', () => {
    expect(focusBox(undefined, { width: 960, height: 500 })).toEqual({
      x: 0,
      y: 0,
      width: 960,
      height: 500,
    });
    const wide = focusBox(
      [
        [0, 0],
        [960, 500],
      ],
      { width: 960, height: 500 },
    );
    expect(wide).toEqual({ x: 0, y: 0, width: 960, height: 500 });
  });
});
