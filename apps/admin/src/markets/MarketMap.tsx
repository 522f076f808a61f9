import MapIcon from '@mui/icons-material/Map';
import { Box, Button, ButtonBase, Skeleton, Typography } from '@mui/material';
import type { MarketResponse } from '@hub/web';
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { useGetList, useListContext, useStore, useTranslate } from 'react-admin';
import { neutralColor, regionColor } from '../regions/region-colors';
import { useRegionName } from '../regions/useRegionName';
import { useCompareNames } from './useCountryName';
import type { WorldMapProps } from './WorldMap';

/**
 * The map's code and shapes are a chunk of their own, fetched when a map is first shown: the
 * shapes alone are 236 KB gzip (ARCHITECTURE.md pitfall 16), and most pages never need them.
 */
const WorldMapChunk = lazy(() =>
  import('./WorldMap').then((chunk) => ({ default: chunk.WorldMap })),
);

/** The map once its chunk is there; a placeholder of its size meanwhile. */
export const LazyWorldMap = (props: WorldMapProps) => (
  <Suspense
    fallback={
      <Skeleton
        variant="rectangular"
        sx={{ width: '100%', height: 'auto', aspectRatio: props.focus ? '960 / 440' : '2 / 1' }}
      />
    }
  >
    <WorldMapChunk {...props} />
  </Suspense>
);

/** Every market (some 250, one page), whatever the list's filters: the map joins its shapes to these. */
export function useAllMarkets() {
  return useGetList<MarketResponse>('markets', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'country', order: 'ASC' },
  });
}

const Swatch = ({ color }: { color: string }) => (
  <Box
    component="span"
    aria-hidden
    data-testid="legend-swatch"
    sx={{
      display: 'inline-block',
      flex: 'none',
      width: 14,
      height: 14,
      borderRadius: 0.5,
      bgcolor: color,
      border: '1px solid rgba(0, 0, 0, 0.25)',
    }}
  />
);

type LegendEntry = { region: string; count: number };

/**
 * The legend: every region on the map by name with its colour and its number of markets, and
 * the neutral colour. In the markets list each region is a toggle for the list's region filter.
 */
export const MapLegend = ({
  entries,
  neutralLabel,
  selected,
  onSelect,
}: {
  entries: LegendEntry[];
  neutralLabel: string;
  selected?: string;
  onSelect?: (region: string | undefined) => void;
}) => {
  const translate = useTranslate();
  const regionName = useRegionName();
  const compare = useCompareNames();
  const sorted = [...entries].sort((a, b) => compare(regionName(a.region), regionName(b.region)));
  const item = (key: string, color: string, text: ReactNode, region?: string) => {
    const content = (
      <>
        <Swatch color={color} />
        <Typography component="span" variant="body2">
          {text}
        </Typography>
      </>
    );
    return (
      <Box component="li" key={key} data-region={region} sx={{ display: 'flex' }}>
        {onSelect && region ? (
          <ButtonBase
            onClick={() => onSelect(selected === region ? undefined : region)}
            aria-pressed={selected === region}
            title={translate('resources.markets.map.filter_region', { name: regionName(region) })}
            sx={{
              gap: 0.75,
              px: 0.75,
              py: 0.25,
              borderRadius: 1,
              textAlign: 'left',
              bgcolor: selected === region ? 'action.selected' : undefined,
              '&:hover': { bgcolor: 'action.hover' },
              '&.Mui-focusVisible': { outline: '2px solid', outlineColor: 'primary.main' },
            }}
          >
            {content}
          </ButtonBase>
        ) : (
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, px: 0.75, py: 0.25 }}>
            {content}
          </Box>
        )}
      </Box>
    );
  };
  return (
    <Box component="section" aria-label={translate('resources.markets.map.legend')}>
      <Box
        component="ul"
        sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexWrap: 'wrap', columnGap: 1.5 }}
      >
        {sorted.map((entry) =>
          item(
            entry.region,
            regionColor(entry.region),
            `${regionName(entry.region)} (${entry.count})`,
            entry.region,
          ),
        )}
        {item('neutral', neutralColor, neutralLabel)}
      </Box>
    </Box>
  );
};

/** Regions with their number of markets among `markets`. */
function legendEntries(markets: readonly MarketResponse[]): LegendEntry[] {
  const counts = new Map<string, number>();
  for (const market of markets) {
    counts.set(market.region, (counts.get(market.region) ?? 0) + 1);
  }
  return [...counts].map(([region, count]) => ({ region, count }));
}

/**
 * The markets list's map: the markets the list shows (its filters applied) in their region's
 * colours, the rest neutral; the legend's regions set the region filter. It can be hidden
 * (remembered), and then its chunk is never fetched.
 */
export const MarketMap = () => {
  const translate = useTranslate();
  const [visible, setVisible] = useStore('markets.map.visible', true);
  const list = useListContext<MarketResponse>();
  const shown = list.data ?? [];
  // react-admin types the filters as `any`: read them as the plain object they are.
  const filters = (list.filterValues ?? {}) as Record<string, unknown>;
  const displayedFilters = list.displayedFilters as Record<string, boolean>;
  const { data: all } = useAllMarkets();
  const highlighted = useMemo(() => new Set(shown.map((market) => market.country)), [shown]);
  const filtered = Object.keys(filters).length > 0;
  const region = typeof filters['region'] === 'string' ? filters['region'] : undefined;
  const selectRegion = (next: string | undefined) => {
    const others = { ...filters };
    delete others['region'];
    list.setFilters(next ? { ...others, region: next } : others, displayedFilters);
  };

  return (
    <Box sx={{ px: 2, pt: 1, pb: 2, borderBottom: 1, borderColor: 'divider' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: visible ? 1 : 0 }}>
        <Typography component="h2" variant="subtitle1" sx={{ fontWeight: 600, flex: 1 }}>
          {translate('resources.markets.map.title')}
        </Typography>
        <Button
          size="small"
          startIcon={<MapIcon />}
          onClick={() => setVisible(!visible)}
          aria-expanded={visible}
        >
          {translate(visible ? 'resources.markets.map.hide' : 'resources.markets.map.show')}
        </Button>
      </Box>
      {visible && (
        <Box sx={{ display: 'grid', gap: 1 }}>
          {all ? (
            <LazyWorldMap
              markets={all}
              highlighted={highlighted}
              label={translate('resources.markets.map.label')}
            />
          ) : (
            <Skeleton
              variant="rectangular"
              sx={{ width: '100%', height: 'auto', aspectRatio: '2 / 1' }}
            />
          )}
          <MapLegend
            entries={legendEntries(shown)}
            neutralLabel={translate(
              filtered ? 'resources.markets.map.neutral_filtered' : 'resources.markets.map.neutral',
            )}
            {...(region ? { selected: region } : {})}
            onSelect={selectRegion}
          />
        </Box>
      )}
    </Box>
  );
};
