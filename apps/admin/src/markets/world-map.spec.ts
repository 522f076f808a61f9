import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from '@jest/globals';
import { markets } from '@hub/domain';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { alpha2OfShape, joinShapes, type CountryFeature } from './world-map';

// The very shapes the console ships: world-atlas's countries-50m.
const topology = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'), 'utf8'),
) as Topology<{ countries: GeometryCollection }>;
const features = feature(topology, topology.objects.countries).features as CountryFeature[];

describe('alpha2OfShape', () => {
  it('reads the ISO 3166-1 numeric id as the alpha-2 code', () => {
    const shape = (id: string | number | undefined): CountryFeature => ({
      type: 'Feature',
      ...(id === undefined ? {} : { id }),
      properties: {},
      geometry: null,
    });
    expect(alpha2OfShape(shape('752'))).toBe('SE');
    expect(alpha2OfShape(shape('004'))).toBe('AF');
    expect(alpha2OfShape(shape(4))).toBe('AF'); // a number loses its zeros; padded back
    expect(alpha2OfShape(shape(undefined))).toBeUndefined();
    expect(alpha2OfShape(shape('999'))).toBeUndefined();
  });
});

describe('joinShapes on the shipped shapes and the 246 CSP markets', () => {
  const { shapes, notOnMap } = joinShapes(features, markets);
  const drawn = new Map<string, (typeof shapes)[number]>(
    shapes.flatMap((shape) => (shape.market ? [[shape.market.country, shape] as const] : [])),
  );

  it('gives Sweden its shape, as a market of Europe billed in SEK', () => {
    expect(drawn.get('SE')?.feature.id).toBe('752');
    expect(drawn.get('SE')?.market).toMatchObject({ region: 'Europe', currency: 'SEK' });
  });

  it('draws the small markets that the 110m shapes lack', () => {
    for (const country of ['BH', 'HK', 'MC', 'LI', 'SG', 'MT']) {
      expect({ country, drawn: drawn.has(country) }).toEqual({ country, drawn: true });
    }
  });

  it('joins Kosovo, which has no ISO id in the shapes, by its name to the program’s XK', () => {
    expect(drawn.get('XK')?.feature.properties?.name).toBe('Kosovo');
  });

  it('draws every shape once, with a unique key, and leaves Antarctica (a market) out', () => {
    const keys = shapes.map((shape) => shape.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain('AQ');
    expect(shapes.length).toBe(features.length - 1);
  });

  it('gives a country of two shapes both (Australia and its Ashmore and Cartier Islands)', () => {
    const australia = shapes.filter((shape) => shape.market?.country === 'AU');
    expect(australia.map((shape) => shape.feature.properties?.name)).toEqual([
      'Australia',
      'Ashmore and Cartier Is.',
    ]);
    expect(australia.map((shape) => shape.key)).toEqual(['AU', expect.stringMatching(/^AU-\d+$/)]);
  });

  it('lists exactly the markets that no shape stands for, in the markets’ order', () => {
    expect(notOnMap.length + drawn.size).toBe(markets.length);
    expect(notOnMap.map((market) => market.country)).toEqual(
      markets.map((market) => market.country).filter((country) => !drawn.has(String(country))),
    );
    // Saba and Sint Eustatius are part of the Netherlands' shape in Natural Earth, Réunion and
    // Martinique part of France's; Antarctica is left off on purpose.
    expect(notOnMap.map((market) => market.country)).toEqual(
      expect.arrayContaining(['XS', 'XE', 'RE', 'MQ', 'AQ']),
    );
    expect(notOnMap.map((market) => market.country)).not.toContain('XK');
  });

  it('draws the countries that are no CSP market without a market (Iran, Cuba, North Korea)', () => {
    const iran = shapes.find((shape) => shape.feature.id === '364');
    expect(iran).toBeDefined();
    expect(iran?.market).toBeUndefined();
    expect(shapes.find((shape) => shape.feature.id === '192')?.market).toBeUndefined();
    expect(shapes.find((shape) => shape.feature.id === '408')?.market).toBeUndefined();
  });
});
