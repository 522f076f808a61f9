import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { attachmentMediaTypes } from '@hub/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiErrors } from '../../http/openapi.js';
import { CurrentUser, type AuthenticatedUser } from '../identity/authenticated-user.js';
import { AttachmentResponse, UploadAttachmentQueryDto } from './dto/attachment.dto.js';
import { EnrollmentAttachmentsService } from './enrollment-attachments.service.js';

const ATTACHMENT_ID = { name: 'attachmentId', description: 'An attachment’s id (uuid).' } as const;

@ApiTags('enrollments')
@ApiBearerAuth()
@Controller('enrollments')
export class EnrollmentAttachmentsController {
  constructor(private readonly attachments: EnrollmentAttachmentsService) {}

  @Post(':id/attachments')
  @ApiOperation({
    summary:
      'Upload a file for the partner’s answer (its global admin, while information is requested) or a check’s evidence (reviewers): the file itself as the body, PDF, PNG or JPEG up to 10 MB; its bytes decide its type. The answer or check that names its id attaches it.',
  })
  @ApiConsumes(...attachmentMediaTypes, 'application/octet-stream')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({
    type: AttachmentResponse,
    description: 'Stored, not attached yet (the same bytes again answer the same upload).',
  })
  @ApiErrors(400, 401, 403, 404, 409, 413, 415)
  upload(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Query() query: UploadAttachmentQueryDto,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<AttachmentResponse> {
    return this.attachments.upload(user, id, query, body, request.headers['content-type']);
  }

  @Get(':id/attachments')
  @ApiOperation({
    summary:
      'The application’s files the caller may see: the partner’s answers’ files (its own tenant), every attached file for reviewers, and the caller’s own uploads not attached yet.',
  })
  @ApiOkResponse({ type: [AttachmentResponse] })
  @ApiErrors(401, 403, 404)
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
  ): Promise<AttachmentResponse[]> {
    return this.attachments.list(user, id);
  }

  @Get(':id/attachments/:attachmentId/content')
  @ApiOperation({ summary: 'A file’s bytes, as a download (Content-Disposition: attachment).' })
  @ApiParam(ATTACHMENT_ID)
  @ApiProduces(...attachmentMediaTypes)
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiErrors(401, 403, 404)
  async content(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Param('attachmentId') attachmentId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { attachment, content } = await this.attachments.content(user, id, attachmentId);
    void reply
      .header('content-type', attachment.mediaType)
      .header('content-length', String(content.length))
      .header('content-disposition', contentDisposition(attachment.fileName))
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('etag', `"${attachment.sha256}"`);
    return content;
  }
}

/** `attachment; filename="…"` with an ASCII fallback and the UTF-8 name (RFC 6266, RFC 8187). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
