import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { listingLanguages, productAreas, providerServices, regionNames } from '@hub/domain';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

// The texts' shape is checked here so that no other key can ride along (a draft may still
// leave one out: the domain's rules say so on submit).
export class LocalizedTextDto {
  @ApiProperty({ example: 'Cloud distributor for the Nordics.' })
  @IsOptional()
  @IsString()
  @MaxLength(8000)
  en: string;

  @ApiProperty({ example: 'Molndistributör för Norden.' })
  @IsOptional()
  @IsString()
  @MaxLength(8000)
  sv: string;
}

export class OptionalLocalizedTextDto {
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(8000)
  en?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(8000)
  sv?: string | null;
}

export class OfficeDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Head office' })
  name?: string | null;
  @ApiProperty({ example: 'Storgatan 1' }) addressLine1: string;
  @ApiProperty({ example: 'Stockholm' }) city: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: '111 22' })
  postalCode?: string | null;
  @ApiProperty({ example: 'SE', description: 'A country the listing serves.' }) country: string;
  @ApiProperty({ minimum: -90, maximum: 90, example: 59.33 }) latitude: number;
  @ApiProperty({ minimum: -180, maximum: 180, example: 18.07 }) longitude: number;
}

/**
 * A listing's fields as the distributor saves them. The shape is only documented here: the
 * rules (lengths, URL, e-mail, phone, countries within the listing's regions, closed sets,
 * coordinates) are packages/domain's parseProviderListing, applied on submit; a draft may be
 * saved incomplete, and the answer says what is still wrong.
 */
export class ProviderListingFieldsDto {
  @ApiPropertyOptional({
    type: String,
    example: 'Northwind Distribution',
    minLength: 2,
    maxLength: 120,
  })
  @IsOptional()
  name?: unknown;

  @ApiPropertyOptional({ type: LocalizedTextDto, description: 'At most 200 characters each.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  shortDescription?: unknown;

  @ApiPropertyOptional({ type: OptionalLocalizedTextDto, description: 'At most 4000 each.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => OptionalLocalizedTextDto)
  longDescription?: unknown;

  @ApiPropertyOptional({ type: String, example: 'https://www.northwind.example' })
  @IsOptional()
  website?: unknown;

  @ApiPropertyOptional({ type: String, example: 'partners@northwind.example' })
  @IsOptional()
  contactEmail?: unknown;

  @ApiPropertyOptional({
    type: String,
    example: '+46 8 123 456 78',
    description: 'With + and country code.',
  })
  @IsOptional()
  contactPhone?: unknown;

  @ApiPropertyOptional({
    type: String,
    example: 'SE',
    description: 'A CSP market in one of the regions.',
  })
  @IsOptional()
  headquartersCountry?: unknown;

  @ApiPropertyOptional({ type: [String], enum: regionNames, example: ['Europe'] })
  @IsOptional()
  regions?: unknown;

  @ApiPropertyOptional({
    type: [String],
    example: ['SE', 'NO', 'DK'],
    description: 'CSP markets, each in one of the listing’s regions.',
  })
  @IsOptional()
  countries?: unknown;

  @ApiPropertyOptional({ type: [String], enum: providerServices })
  @IsOptional()
  services?: unknown;

  @ApiPropertyOptional({ type: [String], enum: productAreas })
  @IsOptional()
  productAreas?: unknown;

  @ApiPropertyOptional({
    type: [String],
    example: ['sv', 'en-GB'],
    description: `BCP-47: one of ${listingLanguages.join(', ')}, optionally -COUNTRY.`,
  })
  @IsOptional()
  languages?: unknown;

  @ApiPropertyOptional({ type: [OfficeDto] })
  @IsOptional()
  offices?: unknown;

  @ApiPropertyOptional({ type: OptionalLocalizedTextDto, description: 'At most 1000 each.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => OptionalLocalizedTextDto)
  minimumRequirements?: unknown;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    description:
      'The id of a logo this provider uploaded (POST /api/providers/mine/logos); null removes it.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  logo?: string | null;
}

export class EmptyProviderCommandDto {}

export class ProviderReasonDto {
  @ApiProperty({ example: 'The contact e-mail bounces.', maxLength: 4000 })
  @IsString()
  @MaxLength(4000)
  reason: string;
}

export class AuthorizedFlagDto {
  @ApiProperty({ description: 'Authorized Microsoft indirect provider.' })
  @IsBoolean()
  authorized: boolean;
}

/** What a distributor searches for to see its draft among the published listings. */
export class ProviderPreviewSearchDto {
  @ApiPropertyOptional({ example: 'microsoft 365 training', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({
    example: 'SE',
    description: 'Only listings that serve this CSP market (ISO 3166-1 alpha-2).',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Z]{2}$/)
  country?: string;
}
