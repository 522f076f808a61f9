import { ApiProperty } from '@nestjs/swagger';
import { regionNames } from '@hub/domain';
import { IsString } from 'class-validator';

// Shapes only: the rules (tenant ids, regions, markets, the CSP-to-CSP restriction) are the
// domain's decideCspTenantDesignation and decideCustomerRegistration.

export class MarkCspTenantDto {
  @ApiProperty({ enum: regionNames, example: 'Europe' })
  @IsString()
  region: string;

  @ApiProperty({
    format: 'uuid',
    description: 'The Entra tenant the partner transacts from there.',
  })
  @IsString()
  tenantId: string;
}

export class RegisterCustomerDto {
  @ApiProperty({ format: 'uuid', description: 'The customer’s Entra tenant.' })
  @IsString()
  tenantId: string;

  @ApiProperty({ example: 'Litware AB', maxLength: 200 })
  @IsString()
  name: string;

  @ApiProperty({
    example: 'SE',
    description: 'The country set on the customer’s tenant: its market.',
  })
  @IsString()
  country: string;
}

export class CspTenantResponse {
  @ApiProperty({ description: 'The region: one transaction tenant per region.' }) id: string;
  @ApiProperty({ enum: regionNames }) region: string;
  @ApiProperty({ format: 'uuid' }) tenantId: string;
  @ApiProperty({
    description: 'False: nothing was marked, so the partner’s own account tenant counts.',
  })
  marked: boolean;
  @ApiProperty({ type: String, nullable: true }) markedByName: string | null;
  @ApiProperty({ type: String, nullable: true }) createdAt: string | null;
}

export class CustomerResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) tenantId: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'SE' }) country: string;
  @ApiProperty({ example: 'Europe' }) region: string;
  @ApiProperty({ example: 'SEK', description: 'The market’s billing currency.' }) currency: string;
  @ApiProperty() registeredByName: string;
  @ApiProperty() createdAt: string;
}
