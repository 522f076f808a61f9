import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ListEndpoint, ListParams, type Page } from '../../http/list/list-endpoint.js';
import { CurrentUser, type AuthenticatedUser } from '../identity/authenticated-user.js';
import { SearchMissResponse } from './search-miss.response.js';
import {
  SEARCH_MISS_LIST,
  SearchMissesService,
  type SearchMissListQuery,
} from './search-misses.service.js';

@ApiTags('search')
@ApiBearerAuth()
@Controller('search-misses')
export class SearchMissesController {
  constructor(private readonly misses: SearchMissesService) {}

  @Get()
  @ApiOperation({
    summary:
      'Unmet demand: directory searches that found no provider, by region, country and filters (reviewers; `since` YYYY-MM-DD, default the last 90 days).',
  })
  @ListEndpoint(SEARCH_MISS_LIST, SearchMissResponse)
  list(
    @CurrentUser() user: AuthenticatedUser,
    @ListParams() query: SearchMissListQuery,
  ): Promise<Page<SearchMissResponse>> {
    return this.misses.list(user, query);
  }
}
