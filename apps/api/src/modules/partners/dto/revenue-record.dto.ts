import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

export class RevenueRecordDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  partnerId: string;

  @ApiProperty({ example: '2026-03', description: 'The calendar month, YYYY-MM.' })
  @IsString()
  @MaxLength(7)
  month: string;

  @ApiProperty({
    example: '25000.00',
    description: 'A decimal amount (as many decimals as the currency has).',
  })
  @IsString()
  @MaxLength(24)
  amount: string;

  @ApiProperty({ example: 'USD' })
  @IsString()
  @Matches(/^[A-Z]{3}$/)
  currency: string;

  @ApiProperty({ enum: ['indirect_reseller', 'direct_bill'] })
  @IsIn(['indirect_reseller', 'direct_bill'])
  channel: 'indirect_reseller' | 'direct_bill';

  @ApiProperty({ enum: ['cloud', 'perpetual_software'] })
  @IsIn(['cloud', 'perpetual_software'])
  productKind: 'cloud' | 'perpetual_software';
}

export class RevenueRecordResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) partnerId: string;
  @ApiProperty({ example: '2026-03' }) month: string;
  @ApiProperty({ example: '25000.00' }) amount: string;
  @ApiProperty({ example: 'USD' }) currency: string;
  @ApiProperty({ enum: ['indirect_reseller', 'direct_bill'] }) channel: string;
  @ApiProperty({ enum: ['cloud', 'perpetual_software'] }) productKind: string;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The CSV import that wrote it.',
  })
  importId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
