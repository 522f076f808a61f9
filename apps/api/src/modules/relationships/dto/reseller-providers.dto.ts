import { ApiProperty } from '@nestjs/swagger';
import { regionNames } from '@hub/domain';
import { IsString, MaxLength } from 'class-validator';

// Shapes only: the rules (an active indirect reseller, a provider of the directory serving one of
// its regions, each pair once) are the domain's decideResellerProvider.

export class RecordResellerProviderDto {
  @ApiProperty({ format: 'uuid', description: 'A provider of the directory (published listing).' })
  @IsString()
  @MaxLength(100)
  providerId: string;
}

export class ResellerProviderResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'The reseller (a partner).' }) partnerId: string;
  @ApiProperty() resellerName: string;
  @ApiProperty({ example: 'SE' }) resellerCountry: string;
  @ApiProperty({ format: 'uuid' }) providerId: string;
  @ApiProperty() providerName: string;
  @ApiProperty({
    enum: ['reseller', 'transition'],
    description: 'transition: recorded when the reseller’s transition from direct bill completed.',
  })
  origin: 'reseller' | 'transition';
  @ApiProperty({ enum: regionNames, isArray: true, description: 'The CSP regions both serve.' })
  regions: string[];
  @ApiProperty() recordedByName: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
