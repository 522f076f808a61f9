import { ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_ATTACHMENTS_PER_COMMAND } from '@hub/domain';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID } from 'class-validator';

/** The files a command carries: ids of the caller’s own uploads to the application. */
export const AttachmentIds = () =>
  function decorate(target: object, key: string) {
    ApiPropertyOptional({
      type: [String],
      format: 'uuid',
      maxItems: MAX_ATTACHMENTS_PER_COMMAND,
      description: 'Uploads (POST /api/enrollments/{id}/attachments) this command attaches.',
    })(target, key);
    IsOptional()(target, key);
    IsArray()(target, key);
    ArrayMaxSize(MAX_ATTACHMENTS_PER_COMMAND)(target, key);
    IsUUID('all', { each: true })(target, key);
  };
