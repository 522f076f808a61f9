import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { contentRange, parseListQuery } from '../../http/simple-rest.js';
import { Public } from '../identity/public.decorator.js';
import { ListQuery } from './dto/list.query.js';
import {
  MarketResponse,
  RegionResponse,
  toMarketResponse,
  toRegionResponse,
} from './dto/market.response.js';
import {
  MARKET_FILTERS,
  MARKET_SORT_FIELDS,
  MarketsService,
  REGION_FILTERS,
  REGION_SORT_FIELDS,
} from './markets.service.js';

/** The CSP markets (a country, its region, its billing currency) and the 16 regions: public program data. */
@ApiTags('markets')
@Public()
@Controller()
export class MarketsController {
  constructor(private readonly markets: MarketsService) {}

  @Get('markets')
  @ApiOkResponse({
    type: [MarketResponse],
    description: 'With a Content-Range header: markets <start>-<end>/<total>.',
  })
  listMarkets(
    @Query() query: ListQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): MarketResponse[] {
    const list = parseListQuery(query, {
      sortable: MARKET_SORT_FIELDS,
      defaultSort: 'countryName',
      filterable: MARKET_FILTERS,
    });
    const { rows, total } = this.markets.listMarkets(list);
    void reply.header(
      'content-range',
      contentRange('markets', list.range.start, rows.length, total),
    );
    return rows.map(toMarketResponse);
  }

  @Get('markets/:country')
  @ApiOkResponse({ type: MarketResponse })
  getMarket(@Param('country') country: string): MarketResponse {
    return toMarketResponse(this.markets.getMarket(country));
  }

  @Get('regions')
  @ApiOkResponse({
    type: [RegionResponse],
    description: 'With a Content-Range header: regions <start>-<end>/<total>.',
  })
  listRegions(
    @Query() query: ListQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): RegionResponse[] {
    const list = parseListQuery(query, {
      sortable: REGION_SORT_FIELDS,
      defaultSort: 'name',
      filterable: REGION_FILTERS,
    });
    const { rows, total } = this.markets.listRegions(list);
    void reply.header(
      'content-range',
      contentRange('regions', list.range.start, rows.length, total),
    );
    return rows.map(toRegionResponse);
  }

  @Get('regions/:name')
  @ApiOkResponse({ type: RegionResponse })
  getRegion(@Param('name') name: string): RegionResponse {
    return toRegionResponse(this.markets.getRegion(name));
  }
}
