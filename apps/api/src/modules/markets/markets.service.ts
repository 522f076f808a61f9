import { Injectable } from '@nestjs/common';
import { findMarket, markets, regions, type Market, type Region } from '@hub/domain';
import { DomainError, orThrow } from '../../http/domain-error.js';
import { type Page } from '../../http/list/list-endpoint.js';
import { type ListQuery, type ListSpec } from '../../http/list/list-query.js';

const marketFilters = { region: 'string', currency: 'string', q: 'string', id: 'strings' } as const;
type MarketSort = 'countryName' | 'country' | 'region' | 'currency';
export const MARKET_LIST: ListSpec<MarketSort, typeof marketFilters> = {
  resource: 'markets',
  sortable: ['countryName', 'country', 'region', 'currency'],
  defaultSort: ['countryName', 'ASC'],
  filters: marketFilters,
};
export type MarketListQuery = ListQuery<MarketSort, typeof marketFilters>;

const regionFilters = { q: 'string', id: 'strings' } as const;
type RegionSort = 'name' | 'countryCount';
export const REGION_LIST: ListSpec<RegionSort, typeof regionFilters> = {
  resource: 'regions',
  sortable: ['name', 'countryCount'],
  defaultSort: ['name', 'ASC'],
  filters: regionFilters,
};
export type RegionListQuery = ListQuery<RegionSort, typeof regionFilters>;

/** The CSP markets and regions: read-only program data that ships in @hub/domain. */
@Injectable()
export class MarketsService {
  listMarkets(query: MarketListQuery): Page<Market> {
    const { region, ids, text } = {
      region: query.filter.region,
      ids: query.filter.id,
      text: query.filter.q?.trim().toLocaleLowerCase(),
    };
    const currency = query.filter.currency?.toUpperCase();
    const matches = markets.filter(
      (market) =>
        (region === undefined || market.region === region) &&
        (currency === undefined || market.currency === currency) &&
        (ids === undefined || ids.includes(market.country)) &&
        (!text ||
          market.countryName.toLocaleLowerCase().includes(text) ||
          market.country.toLowerCase() === text),
    );
    const field = query.sort.field === 'id' ? 'country' : query.sort.field;
    return page(matches, query, (market) => market[field]);
  }

  getMarket(country: string): Market {
    return orThrow(findMarket(country));
  }

  listRegions(query: RegionListQuery): Page<Region> {
    const ids = query.filter.id;
    const text = query.filter.q?.trim().toLocaleLowerCase();
    const matches = regions.filter(
      (region) =>
        (ids === undefined || ids.includes(region.name)) &&
        (!text || region.name.toLocaleLowerCase().includes(text)),
    );
    return page(matches, query, (region) =>
      query.sort.field === 'countryCount' ? region.countries.length : region.name,
    );
  }

  getRegion(name: string): Region {
    const region = regions.find((candidate) => candidate.name === name);
    if (!region) {
      throw new DomainError('market.unknown_region', { region: name });
    }
    return region;
  }
}

function page<T>(
  rows: readonly T[],
  query: { sort: { order: 'ASC' | 'DESC' }; range: { start: number; end: number } },
  key: (row: T) => string | number,
): Page<T> {
  const direction = query.sort.order === 'ASC' ? 1 : -1;
  const sorted = [...rows].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return (
      direction *
      (typeof x === 'number' && typeof y === 'number'
        ? x - y
        : String(x).localeCompare(String(y), 'en'))
    );
  });
  return {
    rows: sorted.slice(query.range.start, query.range.end + 1),
    total: rows.length,
    start: query.range.start,
  };
}
