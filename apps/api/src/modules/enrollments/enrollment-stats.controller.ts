import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../http/openapi.js';
import { CurrentUser, type AuthenticatedUser } from '../identity/authenticated-user.js';
import { EnrollmentStatsResponse } from './dto/enrollment-stats.response.js';
import { EnrollmentStatsService } from './enrollment-stats.service.js';

@ApiTags('enrollments')
@ApiBearerAuth()
@Controller('enrollment-stats')
export class EnrollmentStatsController {
  constructor(private readonly stats: EnrollmentStatsService) {}

  @Get()
  @ApiOperation({
    summary:
      'The dashboard’s figures (reviewers and program admins): backlog by state, submissions and decisions per week over the last 12 weeks, median days to decision, approval rate by CSP region, overdue count.',
  })
  @ApiOkResponse({ type: EnrollmentStatsResponse })
  @ApiErrors(401, 403)
  get(@CurrentUser() user: AuthenticatedUser): Promise<EnrollmentStatsResponse> {
    return this.stats.stats(user);
  }
}
