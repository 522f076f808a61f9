import { geoEqualEarth, geoGraticule10, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { useEffect, useId, useMemo, useState } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-50m.json?url';
import { format } from '../i18n/format';
import { useI18n } from '../i18n/useI18n';
import type { ProviderOffice } from '../search/provider-hit';
import { alpha2OfShape, focusBox } from './world-shapes';

const WIDTH = 960;
const HEIGHT = 500;
const projection = geoEqualEarth().fitExtent(
  [
    [4, 4],
    [WIDTH - 4, HEIGHT - 4],
  ],
  { type: 'Sphere' },
);
const path = geoPath(projection);

type Shape = { code: string | undefined; feature: Feature<Geometry>; d: string };

let shapes: Promise<Shape[]> | undefined;

/** The countries' shapes, fetched once from the app's own assets and projected once. */
function loadShapes(): Promise<Shape[]> {
  shapes ??= fetch(atlasUrl)
    .then((response) => {
      if (!response.ok) {
        throw new Error(`The map data answered ${response.status}`);
      }
      return response.json() as Promise<
        Topology<{ countries: GeometryCollection<{ name: string }> }>
      >;
    })
    .then((topology) => {
      const collection = feature(topology, topology.objects.countries) as FeatureCollection<
        Geometry,
        { name: string }
      >;
      return collection.features.map((each) => ({
        code: alpha2OfShape(each.id, each.properties?.name),
        feature: each,
        d: path(each) ?? '',
      }));
    });
  shapes.catch(() => {
    shapes = undefined; // try again next time
  });
  return shapes;
}

/** A world map of the countries a provider serves (highlighted) and its offices (dots). */
const ProviderMap = ({
  name,
  countries,
  offices,
}: {
  name: string;
  countries: readonly string[];
  offices: readonly ProviderOffice[];
}) => {
  const { messages } = useI18n();
  const m = messages.provider;
  const titleId = useId();
  const [loaded, setLoaded] = useState<Shape[] | 'error'>();

  useEffect(() => {
    let isCurrent = true;
    loadShapes().then(
      (all) => isCurrent && setLoaded(all),
      () => isCurrent && setLoaded('error'),
    );
    return () => {
      isCurrent = false;
    };
  }, []);

  const served = useMemo(() => new Set(countries), [countries]);
  const box = useMemo(() => {
    if (!Array.isArray(loaded)) {
      return focusBox(undefined, { width: WIDTH, height: HEIGHT });
    }
    const features = loaded
      .filter((shape) => shape.code && served.has(shape.code))
      .map((s) => s.feature);
    return focusBox(
      features.length > 0 ? path.bounds({ type: 'FeatureCollection', features }) : undefined,
      { width: WIDTH, height: HEIGHT },
    );
  }, [loaded, served]);

  if (loaded === 'error') {
    return <p className="map-status">{m.map_error}</p>;
  }
  if (!loaded) {
    return (
      <div className="map map-loading" role="status">
        <p>{m.map_loading}</p>
      </div>
    );
  }
  const dot = box.width / 150;
  return (
    <div className="map">
      <svg
        role="img"
        aria-labelledby={titleId}
        viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={titleId}>{format(m.map_label, { count: countries.length, name })}</title>
        <path className="sphere" d={path({ type: 'Sphere' }) ?? ''} />
        <path className="graticule" d={path(geoGraticule10()) ?? ''} />
        {loaded.map((shape, index) => (
          <path
            key={`${shape.code ?? 'none'}-${index}`}
            className={shape.code && served.has(shape.code) ? 'land served' : 'land'}
            data-country={shape.code}
            d={shape.d}
            strokeWidth={box.width / 1200}
          />
        ))}
        {offices.map((office, index) => {
          const point = projection([office.longitude, office.latitude]);
          return point ? (
            <circle
              key={index}
              className="office"
              cx={point[0]}
              cy={point[1]}
              r={dot}
              strokeWidth={dot / 2.5}
            />
          ) : null;
        })}
      </svg>
    </div>
  );
};

export default ProviderMap;
