import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';

/** A business address, as Partner Center's address resource names its fields. */
export class AddressDto {
  @ApiProperty({ example: 'SE', description: 'ISO 3166-1 alpha-2 (or XS/XE/XK).' })
  @IsString()
  @MaxLength(2)
  country: string;

  @ApiProperty({ example: 'Storgatan 1' })
  @IsString()
  @MaxLength(200)
  addressLine1: string;

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

  @ApiProperty({ example: 'Stockholm' })
  @IsString()
  @MaxLength(200)
  city: string;

  @ApiPropertyOptional({ description: 'State or province; a code where the country has a list.' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  state?: string;

  @ApiPropertyOptional({ example: '111 22' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  postalCode?: string;
}

/** Bank details: an IBAN (with an optional BIC), or an account number with a routing code or BIC. */
export class BankDetailsDto {
  @ApiPropertyOptional({ description: 'Where the bank is; taken from the IBAN when one is given.' })
  @IsOptional()
  @IsString()
  @MaxLength(2)
  country?: string;

  @ApiPropertyOptional({ example: 'SE45 5000 0000 0583 9825 7466' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  iban?: string;

  @ApiPropertyOptional({ example: 'ESSESESS' })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  bic?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(40)
  accountNumber?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(20)
  routingNumber?: string;

  @ApiProperty({ example: 'Contoso AB' })
  @IsString()
  @MaxLength(200)
  accountHolderName: string;
}

/** The partner profile a tenant's global admin creates or changes (the tenant comes from the token). */
export class PartnerDto {
  @ApiProperty({ example: 'Contoso AB', description: 'The legal business name, as registered.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  legalName: string;

  @ApiPropertyOptional({
    example: '1234567',
    description: 'The PartnerID (MPN ID). Needed before the application is submitted.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  partnerId?: string;

  @ApiProperty({ type: AddressDto })
  @IsObject()
  @ValidateNested()
  @Type(() => AddressDto)
  address: AddressDto;

  @ApiPropertyOptional({
    type: BankDetailsDto,
    description: 'Required to create; on change, leave it out to keep the stored bank details.',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => BankDetailsDto)
  bankDetails?: BankDetailsDto;

  @ApiProperty({ example: 'ada@contoso.com', description: 'The admin’s work e-mail.' })
  @IsString()
  @MaxLength(320)
  adminEmail: string;

  @ApiPropertyOptional({ example: 'https://contoso.com' })
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  website?: string;

  @ApiPropertyOptional({ example: '+46 8 123 456 78' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  phone?: string;

  @ApiProperty({ enum: ['en', 'sv'], description: 'The language of the e-mails.' })
  @IsIn(['en', 'sv'])
  preferredLanguage: 'en' | 'sv';
}
