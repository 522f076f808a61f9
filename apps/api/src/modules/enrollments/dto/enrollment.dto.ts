import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  creditScoreBands,
  informationRequestReasons,
  rejectionReasons,
  type CreditScoreBand,
  type InformationRequestReason,
  type RejectionReason,
} from '@hub/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  IsUUID,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { AttachmentIds } from './attachment-ids.js';

export class CreateEnrollmentDto {
  @ApiProperty({ enum: ['indirect_reseller', 'direct_bill'] })
  @IsIn(['indirect_reseller', 'direct_bill'])
  program: 'indirect_reseller' | 'direct_bill';
}

/** The partner's own answers to the direct bill minimum requirements; null = not answered. */
export class EligibilityAnswersDto {
  @ApiPropertyOptional({
    type: Boolean,
    nullable: true,
    description: 'Authority to sign legal agreements.',
  })
  @IsOptional()
  @IsBoolean()
  hasSigningAuthority?: boolean | null;

  @ApiPropertyOptional({
    type: Boolean,
    nullable: true,
    description: 'Gives first-level cloud support.',
  })
  @IsOptional()
  @IsBoolean()
  providesFirstLevelSupport?: boolean | null;

  @ApiPropertyOptional({
    type: Boolean,
    nullable: true,
    description: 'Billing and provisioning infrastructure (accounts receivable).',
  })
  @IsOptional()
  @IsBoolean()
  hasBillingInfrastructure?: boolean | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Managed services, IP services or customer solutions offered.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  managedServices?: number | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Solutions Partner designations held.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  solutionsPartnerDesignations?: number | null;

  @ApiPropertyOptional({
    type: Boolean,
    nullable: true,
    description: 'Partner Center security requirements met (MFA, security contact).',
  })
  @IsOptional()
  @IsBoolean()
  securityRequirementsMet?: boolean | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '2024-01-01',
    description: 'Indirect reseller since (YYYY-MM-DD).',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  indirectResellerSince?: string | null;
}

export class UpdateDraftDto {
  @ApiProperty({ type: EligibilityAnswersDto })
  @IsObject()
  @ValidateNested()
  @Type(() => EligibilityAnswersDto)
  eligibility: EligibilityAnswersDto;
}

/** A command with no payload: any field is refused. */
export class EmptyCommandDto {}

export class RequestInformationCommandDto {
  @ApiProperty({ enum: informationRequestReasons, description: 'Why: a reason from the list.' })
  @IsIn(informationRequestReasons)
  reasonCode: InformationRequestReason;

  @ApiProperty({
    maxLength: 4000,
    description:
      'The e-mail the partner receives, word for word (GET /message-templates gives the reason’s template).',
  })
  @IsString()
  @MaxLength(4000)
  message: string;
}

export class RejectCommandDto {
  @ApiProperty({ enum: rejectionReasons, description: 'Why: a reason from the list.' })
  @IsIn(rejectionReasons)
  reasonCode: RejectionReason;

  @ApiProperty({
    maxLength: 4000,
    description:
      'The e-mail the partner receives, word for word (GET /message-templates gives the reason’s template).',
  })
  @IsString()
  @MaxLength(4000)
  reason: string;
}

/** A credit check's outcome and its evidence. */
export class CreditOutcomeCommandDto {
  @ApiPropertyOptional({ maxLength: 100, description: 'The bureau’s reference of the report.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  reference?: string;

  @ApiPropertyOptional({ enum: creditScoreBands, description: 'The bureau’s risk rating.' })
  @IsOptional()
  @IsIn(creditScoreBands)
  scoreBand?: CreditScoreBand;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string;
}

export class FailCreditCheckCommandDto extends CreditOutcomeCommandDto {
  @ApiPropertyOptional({ maxLength: 4000, description: 'Told to the partner in the e-mail.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  reason?: string;
}

export class MessageCommandDto {
  @ApiProperty({ maxLength: 4000 })
  @IsString()
  @MaxLength(4000)
  message: string;
}

export class AnswerInformationDto extends MessageCommandDto {
  @AttachmentIds()
  attachmentIds?: string[];
}

export class OptionalReasonCommandDto {
  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  reason?: string;
}

export class TransitionCommandDto {
  @ApiProperty({
    format: 'uuid',
    description: 'The indirect provider chosen from the directory (one that serves your region).',
  })
  @IsString()
  @MaxLength(100)
  providerId: string;
}

export class SupportPlanCommandDto {
  @ApiProperty({ enum: ['asfp', 'psfp'], description: 'Advanced or Premier Support for Partners.' })
  @IsIn(['asfp', 'psfp'])
  plan: 'asfp' | 'psfp';
}

export class SignatoryDto {
  @ApiProperty({ example: 'Ada Lindqvist' })
  @IsString()
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'CEO' })
  @IsString()
  @MaxLength(200)
  title: string;

  @ApiProperty({ example: 'ada@contoso.com' })
  @IsString()
  @IsEmail()
  @MaxLength(320)
  email: string;
}

export class AcceptAgreementCommandDto {
  @ApiProperty({ example: '2019-09', description: 'The version shown to the signatory.' })
  @IsString()
  @MaxLength(32)
  version: string;

  @ApiProperty({ type: SignatoryDto })
  @IsObject()
  @ValidateNested()
  @Type(() => SignatoryDto)
  signatory: SignatoryDto;
}

export class RecordCheckDto {
  @ApiProperty({ enum: ['email_ownership', 'employment', 'business', 'partner_id', 'revenue'] })
  @IsIn(['email_ownership', 'employment', 'business', 'partner_id', 'revenue'])
  check: 'email_ownership' | 'employment' | 'business' | 'partner_id' | 'revenue';

  @ApiProperty({ enum: ['passed', 'failed', 'pending'] })
  @IsIn(['passed', 'failed', 'pending'])
  status: 'passed' | 'failed' | 'pending';

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string;

  @AttachmentIds()
  attachmentIds?: string[];
}

export class NoteDto {
  @ApiProperty({ maxLength: 4000 })
  @IsString()
  @MaxLength(4000)
  body: string;
}

export class AssignDto {
  @ApiProperty({ format: 'uuid', description: 'Object id of a reviewer or program admin.' })
  @IsUUID()
  assigneeUserId: string;
}

export class BulkItemDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;

  @ApiProperty({ description: 'The version the reviewer saw (as If-Match does for one row).' })
  @IsInt()
  @Min(1)
  version: number;
}

export class BulkActionDto {
  @ApiProperty({ enum: ['claim', 'assign', 'unassign', 'start_review'] })
  @IsIn(['claim', 'assign', 'unassign', 'start_review'])
  action: 'claim' | 'assign' | 'unassign' | 'start_review';

  @ApiPropertyOptional({ format: 'uuid', description: 'For `assign`: who gets the cases.' })
  @ValidateIf((dto: BulkActionDto) => dto.action === 'assign')
  @IsUUID()
  assigneeUserId?: string;

  @ApiProperty({ type: [BulkItemDto], maxItems: 200 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => BulkItemDto)
  items: BulkItemDto[];
}
