import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ListEndpoint, ListParams, type Page } from '../../http/list/list-endpoint.js';
import { ApiErrors } from '../../http/openapi.js';
import { Public } from '../identity/public.decorator.js';
import {
  MarketResponse,
  RegionResponse,
  toMarketResponse,
  toRegionResponse,
} from './dto/market.response.js';
import {
  MARKET_LIST,
  MarketsService,
  REGION_LIST,
  type MarketListQuery,
  type RegionListQuery,
} from './markets.service.js';

/** The CSP markets (a country, its region, its billing currency) and the 16 regions: public program data. */
@ApiTags('markets')
@Public()
@Controller()
export class MarketsController {
  constructor(private readonly markets: MarketsService) {}

  @Get('markets')
  @ApiOperation({ summary: 'List the CSP markets: country, region and billing currency.' })
  @ListEndpoint(MARKET_LIST, MarketResponse)
  listMarkets(@ListParams() query: MarketListQuery): Page<MarketResponse> {
    const page = this.markets.listMarkets(query);
    return { ...page, rows: page.rows.map(toMarketResponse) };
  }

  @Get('markets/:country')
  @ApiOperation({ summary: 'Get the CSP market of one country.' })
  @ApiOkResponse({ type: MarketResponse })
  @ApiErrors(404)
  getMarket(@Param('country') country: string): MarketResponse {
    return toMarketResponse(this.markets.getMarket(country));
  }

  @Get('regions')
  @ApiOperation({ summary: 'List the 16 CSP regions with their country counts and currencies.' })
  @ListEndpoint(REGION_LIST, RegionResponse)
  listRegions(@ListParams() query: RegionListQuery): Page<RegionResponse> {
    const page = this.markets.listRegions(query);
    return { ...page, rows: page.rows.map(toRegionResponse) };
  }

  @Get('regions/:name')
  @ApiOperation({ summary: 'Get one CSP region.' })
  @ApiOkResponse({ type: RegionResponse })
  @ApiErrors(404)
  getRegion(@Param('name') name: string): RegionResponse {
    return toRegionResponse(this.markets.getRegion(name));
  }
}
