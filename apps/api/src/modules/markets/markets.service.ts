import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { findMarket, markets, regions, type Market, type Region } from '@hub/domain';
import { type ListQuery } from '../../http/simple-rest.js';

export const MARKET_SORT_FIELDS = ['countryName', 'country', 'region', 'currency'] as const;
export type MarketSortField = (typeof MARKET_SORT_FIELDS)[number];
export const MARKET_FILTERS = ['region', 'currency', 'q', 'id'];

export const REGION_SORT_FIELDS = ['name', 'countryCount'] as const;
export type RegionSortField = (typeof REGION_SORT_FIELDS)[number];
export const REGION_FILTERS = ['q', 'id'];

export type Page<T> = { readonly rows: readonly T[]; readonly total: number };

/** The CSP markets and regions: read-only program data that ships in @hub/domain. */
@Injectable()
export class MarketsService {
  listMarkets(query: ListQuery<MarketSortField>): Page<Market> {
    const region = optionalString(query.filter['region'], 'region');
    const currency = optionalString(query.filter['currency'], 'currency')?.toUpperCase();
    const ids = optionalStrings(query.filter['id'], 'id');
    const text = optionalString(query.filter['q'], 'q')?.trim().toLocaleLowerCase();
    const matches = markets.filter(
      (market) =>
        (region === undefined || market.region === region) &&
        (currency === undefined || market.currency === currency) &&
        (ids === undefined || ids.includes(market.country)) &&
        (!text ||
          market.countryName.toLocaleLowerCase().includes(text) ||
          market.country.toLowerCase() === text),
    );
    return page(matches, query, (market) => market[query.sort.field]);
  }

  getMarket(country: string): Market {
    const market = findMarket(country);
    if (!market.ok) {
      throw new NotFoundException({
        message: `No CSP market for ${country}.`,
        details: market.error,
      });
    }
    return market.value;
  }

  listRegions(query: ListQuery<RegionSortField>): Page<Region> {
    const ids = optionalStrings(query.filter['id'], 'id');
    const text = optionalString(query.filter['q'], 'q')?.trim().toLocaleLowerCase();
    const matches = regions.filter(
      (region) =>
        (ids === undefined || ids.includes(region.name)) &&
        (!text || region.name.toLocaleLowerCase().includes(text)),
    );
    return page(matches, query, (region) =>
      query.sort.field === 'name' ? region.name : region.countries.length,
    );
  }

  getRegion(name: string): Region {
    const region = regions.find((candidate) => candidate.name === name);
    if (!region) {
      throw new NotFoundException(`No CSP region named ${name}.`);
    }
    return region;
  }
}

function page<T>(
  rows: readonly T[],
  query: ListQuery<string>,
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
  return { rows: sorted.slice(query.range.start, query.range.end + 1), total: rows.length };
}

function optionalString(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null) {
    return undefined;
  }
  if (typeof value !== 'string') {
    throw new BadRequestException(`filter.${name} must be a string.`);
  }
  return value;
}

function optionalStrings(value: unknown, name: string): readonly string[] | undefined {
  if (value === undefined || value === null) {
    return undefined;
  }
  const list: unknown[] = Array.isArray(value) ? value : [value];
  if (!list.every((item): item is string => typeof item === 'string')) {
    throw new BadRequestException(`filter.${name} must be a string or a list of strings.`);
  }
  return list;
}
