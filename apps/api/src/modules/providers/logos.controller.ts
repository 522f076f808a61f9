import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiErrors } from '../../http/openapi.js';
import { CurrentUser, type AuthenticatedUser } from '../identity/authenticated-user.js';
import { Public } from '../identity/public.decorator.js';
import { LogoResponse } from './dto/logo.response.js';
import { LogosService, type StoredLogo } from './logos.service.js';

/** How long a browser or shared cache keeps the public logo (a new logo is a new `?v=`). */
const PUBLIC_LOGO_CACHE = 'public, max-age=86400';

const IMAGE = { description: 'The logo, as stored: WebP, at most 256 × 256.' } as const;
const LOGO_ID = {
  name: 'logoId',
  description: 'A logo’s id (64 hex characters), as the upload answered it.',
} as const;

@ApiTags('providers')
@ApiBearerAuth()
@Controller('providers')
export class ProviderLogosController {
  constructor(private readonly logos: LogosService) {}

  @Post('mine/logos')
  @ApiOperation({
    summary:
      'Upload a logo for the distributor’s own provider: the image itself as the body (PNG, JPEG or WebP, at most 2 MiB; its bytes decide its type), stored resized to 256 × 256 at most, as WebP.',
  })
  @ApiConsumes('image/png', 'image/jpeg', 'image/webp', 'application/octet-stream')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({
    type: LogoResponse,
    description: 'Stored (the same image again answers the same id).',
  })
  @ApiErrors(400, 401, 403, 404, 413, 415)
  upload(@CurrentUser() user: AuthenticatedUser, @Body() body: unknown): Promise<LogoResponse> {
    return this.logos.upload(user, body);
  }

  @Get('mine/logos/:logoId')
  @ApiOperation({
    summary: 'One of the distributor’s own logos, published or not (e.g. the draft’s).',
  })
  @ApiParam(LOGO_ID)
  @ApiProduces('image/webp')
  @ApiOkResponse(IMAGE)
  @ApiErrors(401, 403, 404)
  async own(
    @CurrentUser() user: AuthenticatedUser,
    @Param('logoId') logoId: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer | undefined> {
    return sendLogo(request, reply, await this.logos.own(user, logoId));
  }

  @Get(':id/logos/:logoId')
  @ApiOperation({
    summary: 'A provider’s logo by id, published or proposed, for moderation (reviewers).',
  })
  @ApiParam(LOGO_ID)
  @ApiProduces('image/webp')
  @ApiOkResponse(IMAGE)
  @ApiErrors(401, 403, 404)
  async forStaff(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Param('logoId') logoId: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer | undefined> {
    return sendLogo(request, reply, await this.logos.forStaff(user, id, logoId));
  }
}

@ApiTags('directory')
@Controller('directory/providers')
export class DirectoryLogosController {
  constructor(private readonly logos: LogosService) {}

  @Get(':id/logo')
  @Public()
  @ApiOperation({
    summary:
      'The logo of a provider’s published listing (a search hit’s `logo` says whether it has one); cached for a day.',
  })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The provider (a search hit’s `id`).' })
  @ApiQuery({
    name: 'v',
    required: false,
    description: 'The hit’s `logo` id: ignored here, it makes a new logo a new URL for caches.',
  })
  @ApiProduces('image/webp')
  @ApiOkResponse(IMAGE)
  @ApiErrors(404)
  async published(
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer | undefined> {
    const logo = await this.logos.published(id);
    // A call with a token stays no-store (the auth guard's rule for every public route).
    if (reply.getHeader('cache-control') !== 'no-store') {
      void reply.header('cache-control', PUBLIC_LOGO_CACHE);
    }
    return sendLogo(request, reply, logo);
  }
}

/**
 * The image with its type, `nosniff`, and its id as a strong ETag: a browser that has it
 * already (If-None-Match) gets a 304 without the bytes.
 */
function sendLogo(
  request: FastifyRequest,
  reply: FastifyReply,
  logo: StoredLogo,
): Buffer | undefined {
  const etag = `"${logo.id}"`;
  void reply
    .header('etag', etag)
    .header('x-content-type-options', 'nosniff')
    .header('content-type', logo.contentType);
  const known = request.headers['if-none-match'];
  if (typeof known === 'string' && known.split(',').some((tag) => tag.trim() === etag)) {
    void reply.status(304);
    return undefined;
  }
  return logo.bytes;
}
