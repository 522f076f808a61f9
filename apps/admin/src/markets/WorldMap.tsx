// The world map itself: loaded lazily (see MarketMap.tsx), with its libraries and the country
// shapes, so that none of it is in the console's first page load.
import { Alert, Box, Link, Paper, Skeleton, Typography } from '@mui/material';
import { countryName } from '@hub/web';
import {
  geoArea,
  geoCentroid,
  geoEqualEarth,
  geoPath,
  type ExtendedFeature,
  type GeoGeometryObjects,
  type GeoProjection,
} from 'd3-geo';
import { Fragment, useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import { LinkBase, useCreatePath, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// The shapes are a file of the build (a hashed asset beside the scripts), fetched when the map
// is first shown: never a tile server, never part of a script chunk.
import atlasUrl from 'world-atlas/countries-50m.json?url';
import { neutralColor, regionColor } from '../regions/region-colors';
import { useRegionName } from '../regions/useRegionName';
import { useCompareNames, useLocale } from './useCountryName';
import { joinShapes, alpha2OfShape, type CountryFeature, type MapMarket } from './world-map';

/** A country shape as d3-geo draws it and the join reads it. */
type Feature = ExtendedFeature<GeoGeometryObjects | null, { name?: string } | null> &
  CountryFeature;

/** The width of the drawing, in its own units (the SVG scales to its box). */
const WIDTH = 960;
/** A region's map: as high as this, however wide or tall the region is. */
const REGION_HEIGHT = 440;
/** A shape smaller than this (square units) also gets a dot, or Malta and Bahrain vanish. */
const TINY_AREA = 6;

let countriesLoad: Promise<Feature[]> | undefined;

/** The country shapes, fetched once per page load (a failed fetch may be retried). */
function loadCountries(): Promise<Feature[]> {
  countriesLoad ??= fetch(atlasUrl)
    .then((response) => {
      if (!response.ok) {
        throw new Error(`${atlasUrl}: ${response.status}`);
      }
      return response.json() as Promise<Topology<{ countries: GeometryCollection }>>;
    })
    .then((topology) => feature(topology, topology.objects.countries).features as Feature[])
    .catch((error: unknown) => {
      countriesLoad = undefined;
      throw error;
    });
  return countriesLoad;
}

function useCountryShapes(): { features?: Feature[]; failed: boolean } {
  const [state, setState] = useState<{ features?: Feature[]; failed: boolean }>({ failed: false });
  useEffect(() => {
    let live = true;
    loadCountries().then(
      (features) => live && setState({ features, failed: false }),
      () => live && setState({ failed: true }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/**
 * A shape's largest piece: metropolitan France without French Guiana, mainland Norway without
 * Svalbard. A region's map is fitted to these, or France alone would stretch Europe's map
 * across the Atlantic.
 */
function mainPart(shape: Feature): Feature {
  const geometry = shape.geometry;
  if (geometry?.type !== 'MultiPolygon') {
    return shape;
  }
  const pieces = geometry.coordinates.map((coordinates) => ({
    type: 'Polygon' as const,
    coordinates,
  }));
  const largest = pieces.reduce((best, piece) => (geoArea(piece) > geoArea(best) ? piece : best));
  return { ...shape, geometry: largest };
}

/**
 * The projection: the whole world (Equal Earth, areas true to size), or turned to face one
 * region and fitted to its markets, never closer than `maxZoom` times the world's scale (a
 * region of one island would otherwise fill the map with it and lose its surroundings).
 */
function projectionFor(
  shapes: Feature[],
  focus: Feature[] | undefined,
): {
  projection: GeoProjection;
  height: number;
} {
  const world = { type: 'FeatureCollection', features: shapes } as const;
  const pad = 8;
  const projection = geoEqualEarth().fitWidth(WIDTH - 2 * pad, world);
  const [tx, ty] = projection.translate();
  projection.translate([tx + pad, ty + pad]);
  if (!focus || focus.length === 0) {
    const [, [, bottom]] = geoPath(projection).bounds(world);
    return { projection, height: Math.ceil(bottom + pad) };
  }
  const worldScale = projection.scale();
  const region = { type: 'FeatureCollection', features: focus.map(mainPart) } as const;
  const [longitude] = geoCentroid(region);
  projection.rotate([-longitude, 0]).fitExtent(
    [
      [2 * pad, 2 * pad],
      [WIDTH - 2 * pad, REGION_HEIGHT - 2 * pad],
    ],
    region,
  );
  const maxZoom = 6;
  if (projection.scale() > worldScale * maxZoom) {
    const centre = geoCentroid(region);
    projection.scale(worldScale * maxZoom).translate([WIDTH / 2, REGION_HEIGHT / 2]);
    const [x, y] = projection(centre) ?? [WIDTH / 2, REGION_HEIGHT / 2];
    const [cx, cy] = projection.translate();
    projection.translate([cx + WIDTH / 2 - x, cy + REGION_HEIGHT / 2 - y]);
  }
  return { projection, height: REGION_HEIGHT };
}

type Drawn = {
  key: string;
  d: string;
  dot?: [number, number];
  market?: MapMarket;
  name: string;
  alpha2?: string;
};

type Hover = { key: string; x: number; y: number };

export type WorldMapProps = {
  /** Every market (the shapes are joined to these); a market's id is its country code. */
  markets: readonly MapMarket[];
  /** The countries to colour; the others are drawn neutral. All markets when absent. */
  highlighted?: ReadonlySet<string>;
  /** Turn and fit the map to this region's markets. */
  focus?: string;
  /** Names the map for screen readers (the table or list beside it says everything). */
  label: string;
};

/**
 * The CSP markets on a world map drawn as SVG from the shipped shapes, each market in its
 * region's colour, the others neutral. Pointing at a country names it with its region and
 * currency; clicking a market opens its page.
 *
 * For screen readers and the keyboard the map is one image with a name: 240 shapes, one tab
 * stop each and in no meaningful order, would cost far more than they give, and everything the
 * map shows is in the table (or region list) beside it, whose country cells are links. The
 * markets that have no shape are listed under the map in text.
 */
export const WorldMap = ({ markets, highlighted, focus, label }: WorldMapProps) => {
  const translate = useTranslate();
  const locale = useLocale();
  const compare = useCompareNames();
  const regionName = useRegionName();
  const createPath = useCreatePath();
  const navigate = useNavigate();
  const box = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<Hover | undefined>();
  const { features, failed } = useCountryShapes();

  const joined = useMemo(
    () => (features ? joinShapes(features, markets) : undefined),
    [features, markets],
  );
  const isLit = (market: MapMarket | undefined) =>
    market !== undefined && (!highlighted || highlighted.has(market.country));

  const drawing = useMemo(() => {
    if (!joined) {
      return undefined;
    }
    const focusShapes =
      focus === undefined
        ? undefined
        : joined.shapes.filter((shape) => shape.market?.region === focus).map((s) => s.feature);
    const { projection, height } = projectionFor(
      joined.shapes.map((shape) => shape.feature),
      focusShapes,
    );
    const path = geoPath(projection).digits(1);
    const drawn: Drawn[] = joined.shapes.map((shape) => {
      const d = path(shape.feature) ?? '';
      const tiny = shape.market !== undefined && path.area(shape.feature) < TINY_AREA;
      const centre = tiny ? path.centroid(shape.feature) : undefined;
      return {
        key: shape.key,
        d,
        ...(centre && Number.isFinite(centre[0]) ? { dot: centre } : {}),
        ...(shape.market ? { market: shape.market } : {}),
        name: shape.feature.properties?.name ?? shape.key,
        ...(alpha2OfShape(shape.feature) ? { alpha2: alpha2OfShape(shape.feature) } : {}),
      };
    });
    return { drawn, height };
  }, [joined, focus]);

  if (failed) {
    return <Alert severity="warning">{translate('resources.markets.map.error')}</Alert>;
  }
  if (!drawing || !joined) {
    return (
      <Skeleton
        variant="rectangular"
        sx={{
          width: '100%',
          height: 'auto',
          aspectRatio: focus ? `${WIDTH} / ${REGION_HEIGHT}` : '2 / 1',
        }}
      />
    );
  }

  const byKey = new Map(drawing.drawn.map((shape) => [shape.key, shape]));
  const hovered = hover ? byKey.get(hover.key) : undefined;
  const notOnMap = joined.notOnMap
    .filter((market) => isLit(market))
    .map((market) => ({ market, name: countryName(market.country, market.countryName, locale) }))
    .sort((a, b) => compare(a.name, b.name));
  const nameOf = (shape: Drawn) =>
    shape.market
      ? countryName(shape.market.country, shape.market.countryName, locale)
      : shape.alpha2
        ? countryName(shape.alpha2, shape.name, locale)
        : shape.name;
  const open = (market: MapMarket) => {
    void navigate(createPath({ resource: 'markets', id: market.country, type: 'show' }));
  };

  /** Colour, stroke, and for a market what a click and a story need. */
  const shapeProps = (shape: Drawn) => {
    const market = shape.market;
    const lit = isLit(market);
    return {
      'data-key': shape.key,
      fill: lit && market ? regionColor(market.region) : neutralColor,
      stroke: '#FFFFFF',
      strokeWidth: 0.4,
      ...(market
        ? {
            'data-country': market.country,
            'data-region': market.region,
            'data-highlighted': lit ? 'true' : 'false',
            style: { cursor: 'pointer' },
            onClick: () => open(market),
          }
        : {}),
    };
  };

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const target = (event.target as Element).closest('[data-key]');
    const rect = box.current?.getBoundingClientRect();
    if (!target || !rect) {
      setHover(undefined);
      return;
    }
    setHover({
      key: target.getAttribute('data-key') ?? '',
      x: event.clientX - rect.left,
      y: event.clientY - rect.top,
    });
  };

  return (
    <Box>
      <Box
        ref={box}
        sx={{ position: 'relative', bgcolor: '#EEF3F8', borderRadius: 1, overflow: 'hidden' }}
      >
        <svg
          viewBox={`0 0 ${WIDTH} ${drawing.height}`}
          width="100%"
          role="img"
          aria-label={label}
          data-testid="world-map"
          style={{ display: 'block' }}
          onPointerMove={onPointerMove}
          onPointerLeave={() => setHover(undefined)}
        >
          {/* The shapes, then the dots of the tiny ones on top of every neighbour. */}
          {drawing.drawn.map((shape) => (
            <path key={shape.key} d={shape.d} {...shapeProps(shape)} />
          ))}
          {drawing.drawn.map(
            (shape) =>
              shape.dot && (
                <circle
                  key={shape.key}
                  cx={shape.dot[0]}
                  cy={shape.dot[1]}
                  r={2.6}
                  data-dot="true"
                  {...shapeProps(shape)}
                />
              ),
          )}
          {hovered && (
            <path
              d={hovered.d}
              fill="none"
              stroke="#1A1A1A"
              strokeWidth={1.2}
              pointerEvents="none"
            />
          )}
        </svg>
        {hovered && hover && (
          <Paper
            elevation={3}
            data-testid="map-tooltip"
            sx={{
              position: 'absolute',
              pointerEvents: 'none',
              px: 1.25,
              py: 0.75,
              maxWidth: 260,
              top: hover.y + 14,
              ...(hover.x > (box.current?.clientWidth ?? 0) - 240
                ? { right: (box.current?.clientWidth ?? 0) - hover.x + 14 }
                : { left: hover.x + 14 }),
            }}
          >
            <Typography variant="subtitle2" component="p">
              {nameOf(hovered)}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {hovered.market
                ? `${regionName(hovered.market.region)} · ${hovered.market.currency}`
                : translate('resources.markets.map.not_market')}
            </Typography>
          </Paper>
        )}
      </Box>
      {notOnMap.length > 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} data-testid="not-on-map">
          {translate('resources.markets.map.not_on_map')}{' '}
          {notOnMap.map(({ market, name }, index) => (
            <Fragment key={market.country}>
              {index > 0 && ', '}
              <Link
                component={LinkBase}
                to={createPath({ resource: 'markets', id: market.country, type: 'show' })}
              >
                {name}
              </Link>
            </Fragment>
          ))}
        </Typography>
      )}
    </Box>
  );
};
