import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class LineErrorResponse {
  @ApiProperty({ example: 4, description: 'The line number in the file; the header is line 1.' })
  line: number;
  @ApiProperty({ example: 'amount', description: 'The column, or `line` for the whole line.' })
  field: string;
  @ApiProperty({ example: 'revenue.negative_amount' }) code: string;
  @ApiProperty({
    example: 'The amount cannot be negative.',
    description: 'In the caller’s language.',
  })
  message: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) details: Record<string, unknown>;
}

export class PreviewLineResponse {
  @ApiProperty({ example: 2 }) line: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { month: '2026-03', amount: '25000.00', currency: 'USD', product_type: 'cloud' },
  })
  cells: Record<string, string>;
  @ApiProperty({ type: [LineErrorResponse] }) errors: LineErrorResponse[];
}

export class ReplacedMonthResponse {
  @ApiProperty({ example: '2026-03' }) month: string;
  @ApiProperty({ example: 1, description: 'Revenue rows of that month the commit would replace.' })
  rows: number;
}

/** What an import would do; nothing is written. */
export class CsvPreviewResponse {
  @ApiProperty({ description: 'True when every line is good: the commit would succeed.' })
  valid: boolean;
  @ApiProperty() fileSha256: string;
  @ApiProperty({ description: 'Data lines (the header not counted).' }) lineCount: number;
  @ApiProperty({ description: 'How many lines have a problem.' }) errorCount: number;
  @ApiProperty({ type: [PreviewLineResponse] }) lines: PreviewLineResponse[];
  @ApiPropertyOptional({
    type: [ReplacedMonthResponse],
    description: 'Revenue imports: months already on file that the import replaces.',
  })
  replacedMonths?: ReplacedMonthResponse[];
}

export class CsvImportResult {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['revenue', 'fx_rates'] }) kind: 'revenue' | 'fx_rates';
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) partnerId: string | null;
  @ApiProperty() fileSha256: string;
  @ApiProperty() lineCount: number;
  @ApiProperty({ description: 'Rows written that were not there before.' }) inserted: number;
  @ApiProperty({ description: 'Rows that were on file and were replaced.' }) replaced: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class FxRateResponse {
  @ApiProperty({ example: '2026-03-SEK' }) id: string;
  @ApiProperty({ example: '2026-03' }) month: string;
  @ApiProperty({ example: 'SEK' }) currency: string;
  @ApiProperty({ example: '0.0952', description: 'How many USD one unit of the currency buys.' })
  usdPerUnit: string;
  @ApiProperty({ example: 'demo' }) source: string;
  @ApiProperty({ description: 'A made-up rate of the demo data, not a real one.' }) demo: boolean;
  @ApiProperty({ format: 'date-time' }) importedAt: string;
}

export class RateUsedResponse {
  @ApiProperty({ example: '2026-03' }) month: string;
  @ApiProperty({ example: '0.0952' }) usdPerUnit: string;
  @ApiProperty({ example: 'demo' }) source: string;
  @ApiProperty() demo: boolean;
}

export class WindowFigureResponse {
  @ApiProperty({ example: 'SEK' }) currency: string;
  @ApiProperty({ example: '250000.00', description: 'The month’s sum in the currency.' })
  amount: string;
  @ApiProperty({ example: '23800.00', description: 'In USD (the same as amount for USD).' })
  usd: string;
  @ApiPropertyOptional({ type: RateUsedResponse, description: 'The rate used; absent for USD.' })
  rate?: RateUsedResponse;
}

export class WindowExcludedResponse {
  @ApiProperty({ example: 'USD' }) currency: string;
  @ApiProperty({ example: '5000.00' }) amount: string;
  @ApiProperty({ enum: ['cloud', 'perpetual_software'] }) productKind: string;
  @ApiProperty({ enum: ['indirect_reseller', 'direct_bill'] }) channel: string;
  @ApiProperty({ enum: ['perpetual_software', 'other_channel', 'other_location'] }) reason: string;
}

export class WindowMonthResponse {
  @ApiProperty({ example: '2026-03' }) month: string;
  @ApiProperty({ example: '25000.00', description: 'What counts for the month, in USD.' })
  usd: string;
  @ApiProperty({ type: [WindowFigureResponse] }) figures: WindowFigureResponse[];
  @ApiProperty({ type: [WindowExcludedResponse] }) excluded: WindowExcludedResponse[];
}

/** The trailing-12-month revenue window as the direct bill rule counts it, month by month. */
export class RevenueWindowResponse {
  @ApiProperty({ format: 'uuid' }) partnerId: string;
  @ApiPropertyOptional({ format: 'uuid' }) enrollmentId?: string;
  @ApiProperty({ example: '2026-04-15', description: 'The day measured back from (UTC).' })
  on: string;
  @ApiProperty({ example: '2025-03' }) first: string;
  @ApiProperty({ example: '2026-02' }) last: string;
  @ApiProperty({ example: 'direct_bill_2021_04', nullable: true, type: String })
  policyId: string | null;
  @ApiProperty({ example: '300000.00', nullable: true, type: String })
  minimumUsd: string | null;
  @ApiProperty({ example: '312000.00' }) totalUsd: string;
  @ApiProperty({ nullable: true, type: Boolean }) meetsMinimum: boolean | null;
  @ApiProperty({ type: [WindowMonthResponse] }) months: WindowMonthResponse[];
  @ApiProperty({
    description: 'Records left out: outside the window, another channel, perpetual software.',
    example: { outsideWindow: 6, otherChannel: 0, perpetualSoftware: 1, otherLocation: 0 },
  })
  excluded: Record<string, number>;
  @ApiProperty({ description: 'True when a demo (made-up) rate converted a figure.' })
  usesDemoRates: boolean;
}
