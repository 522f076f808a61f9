import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { agreementKinds, regionNames } from '@hub/domain';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';

// The shapes only: what a version may be (kind, name, days, regions, texts) is the domain's
// parseAgreementVersion, and a signatory is parseSignatory.

export class AgreementTextDto {
  @ApiProperty({ example: 'Microsoft indirect reseller terms', maxLength: 200 })
  @IsString()
  title: string;

  @ApiProperty({ example: 'The terms…', maxLength: 100_000 })
  @IsString()
  body: string;
}

export class AgreementTextsDto {
  @ApiProperty({ type: AgreementTextDto })
  @ValidateNested()
  @Type(() => AgreementTextDto)
  en: AgreementTextDto;

  @ApiProperty({ type: AgreementTextDto })
  @ValidateNested()
  @Type(() => AgreementTextDto)
  sv: AgreementTextDto;
}

/** A new version, as a program admin publishes it. */
export class PublishAgreementVersionDto {
  @ApiProperty({ enum: agreementKinds })
  @IsString()
  kind: string;

  @ApiProperty({ example: '2027-01', description: 'New within its kind; letters, digits, . _ -.' })
  @IsString()
  version: string;

  @ApiProperty({ example: '2027-01-01', description: 'YYYY-MM-DD, today or later.' })
  @IsString()
  publishedOn: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '2027-03-31',
    description:
      'YYYY-MM-DD after publishedOn: partners must accept it by then (from that day an older acceptance lapses). Absent or null: older acceptances stay in force.',
  })
  @IsOptional()
  @IsString()
  reacceptBy?: string | null;

  @ApiPropertyOptional({
    type: [String],
    enum: regionNames,
    description: 'The CSP regions it is offered in; absent: all.',
  })
  @IsOptional()
  regions?: string[];

  @ApiProperty({ type: AgreementTextsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => AgreementTextsDto)
  texts: AgreementTextsDto;
}

export class SignatoryDto {
  @ApiProperty({ example: 'Farid Haddad' })
  @IsString()
  name: string;

  @ApiProperty({ example: 'CEO' })
  @IsString()
  title: string;

  @ApiProperty({ example: 'farid@fabrikam.example' })
  @IsString()
  email: string;
}

/** The signatory accepting a version (the tenant's global admin). */
export class AcceptAgreementVersionDto {
  @ApiProperty({ type: SignatoryDto })
  @IsObject()
  @ValidateNested()
  @Type(() => SignatoryDto)
  signatory: SignatoryDto;
}

export class AgreementTextResponse {
  @ApiProperty() title: string;
  @ApiProperty() body: string;
}

export class AgreementTextsResponse {
  @ApiProperty({ type: AgreementTextResponse }) en: AgreementTextResponse;
  @ApiProperty({ type: AgreementTextResponse }) sv: AgreementTextResponse;
}

export class AcceptanceCountsResponse {
  @ApiProperty({ description: 'Partners it concerns: active in its program, in its regions.' })
  concerned: number;
  @ApiProperty({ description: 'Of those, how many accepted it (or a newer version).' })
  accepted: number;
  @ApiProperty({ description: 'Of those not accepted, how many are past its deadline.' })
  overdue: number;
}

export class AgreementVersionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: agreementKinds }) kind: string;
  @ApiProperty({ example: '2027-01' }) version: string;
  @ApiProperty({ description: 'Order within the kind; higher is newer.' }) rank: number;
  @ApiProperty({ example: '2027-01-01' }) publishedOn: string;
  @ApiProperty({ type: String, nullable: true, example: '2027-03-31' }) reacceptBy: string | null;
  @ApiProperty({ type: [String], nullable: true, description: 'null: every CSP region.' })
  regions: string[] | null;
  @ApiProperty({
    enum: ['scheduled', 'current', 'superseded'],
    description: 'Against today: not yet published, the newest published, or replaced.',
  })
  status: 'scheduled' | 'current' | 'superseded';
  @ApiProperty({ type: AgreementTextsResponse }) texts: AgreementTextsResponse;
  @ApiProperty({ example: 'Paul Admin' }) publishedByName: string;
  @ApiProperty() createdAt: string;
  @ApiPropertyOptional({ type: AcceptanceCountsResponse, description: 'Staff only.' })
  acceptance?: AcceptanceCountsResponse;
}

export class AgreementPartnerResponse {
  @ApiProperty({ format: 'uuid', description: 'The partner’s active enrollment.' }) id: string;
  @ApiProperty({ format: 'uuid' }) partnerId: string;
  @ApiProperty() legalName: string;
  @ApiProperty({ example: 'SE' }) country: string;
  @ApiProperty({ example: 'Europe' }) region: string;
  @ApiProperty({ enum: ['accepted', 'pending', 'overdue'] })
  status: 'accepted' | 'pending' | 'overdue';
  @ApiProperty({ type: String, nullable: true }) acceptedVersion: string | null;
  @ApiProperty({ type: String, nullable: true }) acceptedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) signatoryName: string | null;
}

export class AgreementStandingResponse {
  @ApiProperty({ enum: ['up_to_date', 'newer_available', 'due', 'overdue', 'not_accepted'] })
  status: string;
  @ApiProperty({ enum: agreementKinds }) kind: string;
  @ApiProperty({ type: String, nullable: true }) accepted: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'The version to accept.',
  })
  currentVersionId: string | null;
  @ApiProperty({ type: String, nullable: true }) currentVersion: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2027-03-31' }) deadline: string | null;
}
