import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  MAX_ATTACHMENT_NAME_LENGTH,
  attachmentMediaTypes,
  attachmentPurposes,
  verificationChecks,
  type AttachmentMediaType,
  type AttachmentPurpose,
  type VerificationCheck,
} from '@hub/domain';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

/** The upload's query: the file's name, and what it is for (the body is the file itself). */
export class UploadAttachmentQueryDto {
  @ApiProperty({ maxLength: MAX_ATTACHMENT_NAME_LENGTH, example: 'Bolagsverket extract.pdf' })
  @IsString()
  @MaxLength(MAX_ATTACHMENT_NAME_LENGTH)
  name: string;

  @ApiProperty({
    enum: attachmentPurposes,
    description: '`answer`: sent with the partner’s answer; `evidence`: kept with a check.',
  })
  @IsIn(attachmentPurposes)
  purpose: AttachmentPurpose;

  @ApiPropertyOptional({ enum: verificationChecks, description: 'The check (evidence only).' })
  @IsOptional()
  @IsIn(verificationChecks)
  check?: VerificationCheck;
}

export class AttachmentUploaderResponse {
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['partner', 'microsoft'] }) side: 'partner' | 'microsoft';
}

export class AttachmentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) enrollmentId: string;
  @ApiProperty({ enum: attachmentPurposes }) purpose: AttachmentPurpose;
  @ApiProperty({ enum: verificationChecks, nullable: true }) check: VerificationCheck | null;
  @ApiProperty() fileName: string;
  @ApiProperty({ enum: attachmentMediaTypes, description: 'What the bytes are (sniffed).' })
  mediaType: AttachmentMediaType;
  @ApiProperty() sizeBytes: number;
  @ApiProperty({ description: 'SHA-256 of the bytes, hex.' }) sha256: string;
  @ApiProperty({ type: AttachmentUploaderResponse }) uploadedBy: AttachmentUploaderResponse;
  @ApiProperty({ format: 'date-time' }) uploadedAt: string;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the answer or check carrying it was recorded; null: only uploaded.',
  })
  attachedAt: string | null;
}
