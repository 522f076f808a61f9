import { Body, Controller, Get, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiErrors, ApiWriteHeaders } from '../../http/openapi.js';
import { versionFromIfMatch } from '../../http/preconditions.js';
import { sendResult } from '../../http/write-result.js';
import { CurrentUser, type AuthenticatedUser } from '../identity/authenticated-user.js';
import { ProgramSettingsResponse, UpdateProgramSettingsDto } from './program-settings.dto.js';
import { ProgramSettingsService } from './program-settings.service.js';

@ApiTags('program-settings')
@ApiBearerAuth()
@Controller('program-settings')
export class ProgramSettingsController {
  constructor(private readonly settings: ProgramSettingsService) {}

  @Get()
  @ApiOperation({
    summary:
      'The program settings (review targets, listing freshness), their bounds and latest changes (staff).',
  })
  @ApiOkResponse({ type: ProgramSettingsResponse, description: 'ETag: the settings’ version.' })
  @ApiErrors(401, 403)
  async get(
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProgramSettingsResponse> {
    return sendResult(reply, await this.settings.get(user));
  }

  @Put()
  @ApiOperation({
    summary: 'Change program settings (program admins); a value left out stays as it is.',
  })
  @ApiBody({ type: UpdateProgramSettingsDto })
  @ApiWriteHeaders({ ifMatch: true, idempotent: false })
  @ApiOkResponse({ type: ProgramSettingsResponse, description: 'ETag: the new version.' })
  @ApiErrors(400, 401, 403, 412, 428)
  async update(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: UpdateProgramSettingsDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProgramSettingsResponse> {
    return sendResult(
      reply,
      await this.settings.update(
        user,
        body,
        versionFromIfMatch(request.headers['if-match']),
        request.id,
      ),
    );
  }
}
