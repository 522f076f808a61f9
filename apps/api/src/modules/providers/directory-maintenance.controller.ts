import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors } from '../../http/openapi.js';
import { CurrentUser, type AuthenticatedUser } from '../identity/authenticated-user.js';
import { DirectoryMaintenance } from './directory-maintenance.service.js';
import { EmptyProviderCommandDto } from './dto/provider.dto.js';
import {
  ConsistencyCheckDto,
  ConsistencyReportResponse,
  SearchReindexResponse,
} from './dto/directory-maintenance.response.js';

@ApiTags('search')
@ApiBearerAuth()
@Controller('search-index')
export class DirectoryMaintenanceController {
  constructor(private readonly maintenance: DirectoryMaintenance) {}

  @Post('rebuilds')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Rebuild the directory index from PostgreSQL into a new index and swap it in atomically (staff; a job: follow its progress).',
  })
  @ApiBody({ type: EmptyProviderCommandDto, required: false })
  @ApiResponse({ status: 202, type: SearchReindexResponse })
  @ApiErrors(400, 401, 403, 409)
  start(
    @CurrentUser() user: AuthenticatedUser,
    // No fields: any key sent is refused (400), like every write's body.
    @Body() _body: EmptyProviderCommandDto,
  ): Promise<SearchReindexResponse> {
    return this.maintenance.startReindex(user);
  }

  @Get('rebuilds/:id')
  @ApiOperation({ summary: 'A rebuild’s progress: listings written of the total (staff).' })
  @ApiOkResponse({ type: SearchReindexResponse })
  @ApiErrors(401, 403, 404)
  status(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
  ): Promise<SearchReindexResponse> {
    return this.maintenance.reindexStatus(user, id);
  }

  @Post('consistency-check')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Compare PostgreSQL’s published listings with the index; with `repair`, sync what drifted (staff).',
  })
  @ApiOkResponse({ type: ConsistencyReportResponse })
  @ApiErrors(400, 401, 403)
  check(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: ConsistencyCheckDto,
  ): Promise<ConsistencyReportResponse> {
    return this.maintenance.check(user, body.repair === true);
  }
}
