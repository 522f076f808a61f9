import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { BankDetailsDto } from '../../partners/dto/partner.dto.js';

// Shapes only: every rule (the market, its billing currency, the country not covered yet, the
// 1:1 tenant ↔ location PartnerID, the checklist) is the domain's decideNewLocation. Every field
// is optional here so that the live checklist can judge a half-filled form; creating refuses
// what is missing with the domain's code.

/** The location's legal address; its country is always the location's. */
export class LocationAddressDto {
  @ApiPropertyOptional({ description: 'Ignored: the address is in the location’s country.' })
  @IsOptional()
  @IsString()
  @MaxLength(2)
  country?: string;

  @ApiPropertyOptional({ example: 'Drottninggatan 1' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  addressLine1?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  addressLine2?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  addressLine3?: string;

  @ApiPropertyOptional({ example: 'Stockholm' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  city?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  state?: string;

  @ApiPropertyOptional({ example: '111 51' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  postalCode?: string;
}

export class LocationRegistrationIdDto {
  @ApiPropertyOptional({ example: 'TIN' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  type?: string;

  @ApiPropertyOptional({ example: '123-456-32-18' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  value?: string;
}

export class LocationDto {
  @ApiPropertyOptional({
    example: 'Fabrikam Sverige AB',
    description: 'The legal entity registered in the country. Required to create.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  legalName?: string;

  @ApiPropertyOptional({ example: 'SE', description: 'A CSP market. Required to create.' })
  @IsOptional()
  @IsString()
  @MaxLength(8)
  country?: string;

  @ApiPropertyOptional({
    example: 'SEK',
    description:
      'Optional: when given it must be the market’s billing currency, which the location always has.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(8)
  currency?: string;

  @ApiPropertyOptional({
    example: '7654321',
    description: 'The location PartnerID in that country (not the global one).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  partnerId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The tenant of the location’s CSP account: one tenant per location PartnerID.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  tenantId?: string;

  @ApiPropertyOptional({ type: LocationRegistrationIdDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => LocationRegistrationIdDto)
  registrationId?: LocationRegistrationIdDto;

  @ApiPropertyOptional({ example: 'SE556677889901' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  taxId?: string;

  @ApiPropertyOptional({ type: LocationAddressDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => LocationAddressDto)
  address?: LocationAddressDto;

  @ApiPropertyOptional({ type: BankDetailsDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => BankDetailsDto)
  bankDetails?: BankDetailsDto;

  @ApiPropertyOptional({ description: 'The partner confirms the location PartnerID is active.' })
  @IsOptional()
  @IsBoolean()
  partnerIdActive?: boolean;

  @ApiPropertyOptional({
    description: 'The partner confirms the location PartnerID is in Partner Center.',
  })
  @IsOptional()
  @IsBoolean()
  partnerIdInPartnerCenter?: boolean;
}

export class LocationChecklistItemResponse {
  @ApiProperty({ example: 'country_in_market' }) requirement: string;
  @ApiProperty({ enum: ['met', 'not_met', 'unknown'] }) status: 'met' | 'not_met' | 'unknown';
  @ApiProperty({ example: 'locations.country_in_market' }) code: string;
  @ApiProperty({ description: 'The reason, in the caller’s language.' }) message: string;
}

export class LocationChecklistResponse {
  @ApiProperty() ready: boolean;
  @ApiProperty({ type: String, nullable: true, example: 'Europe' }) region: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'SEK',
    description: 'The billing currency the location would have: its market’s.',
  })
  currency: string | null;
  @ApiProperty({ type: [LocationChecklistItemResponse] }) items: LocationChecklistItemResponse[];
}

export class LocationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) partnerId: string;
  @ApiProperty() partnerName: string;
  @ApiProperty({ example: 'SE' }) country: string;
  @ApiProperty({ example: 'Europe' }) region: string;
  @ApiProperty({ example: 'SEK', description: 'Fixed by the country; never changes.' })
  currency: string;
  @ApiProperty() legalName: string;
  @ApiProperty({ example: '7654321' }) locationPartnerId: string;
  @ApiProperty({ format: 'uuid' }) tenantId: string;
  @ApiProperty({ type: String, nullable: true }) registrationIdType: string | null;
  @ApiProperty({ type: String, nullable: true }) registrationId: string | null;
  @ApiProperty() taxId: string;
  @ApiProperty({ type: LocationAddressDto }) address: LocationAddressDto;
  @ApiProperty({ description: 'The last 4 characters of the IBAN or account number.' })
  bankLast4: string;
  @ApiProperty({ format: 'uuid', description: 'Its review: the enrollment’s commands apply.' })
  enrollmentId: string;
  @ApiProperty({ example: 'submitted', description: 'The state of its enrollment.' })
  status: string;
  @ApiProperty({ description: 'Counted in the partner’s regions (verified or later).' })
  verified: boolean;
  @ApiProperty() createdByName: string;
  @ApiProperty() createdAt: string;
}
