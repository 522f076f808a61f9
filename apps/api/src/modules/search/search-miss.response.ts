import { ApiProperty } from '@nestjs/swagger';

/** One filter key of unmet demand, summed over the window asked for. */
export class SearchMissResponse {
  @ApiProperty({ description: 'Stable for the key (region, country, filters, withText).' })
  id: string;
  @ApiProperty({ example: 'Europe', description: 'CSP regions filtered on ("" for none).' })
  region: string;
  @ApiProperty({ example: 'SE', description: 'Countries filtered on ("" for none).' })
  country: string;
  @ApiProperty({ type: [String], example: ['services:migration'] })
  filters: string[];
  @ApiProperty({ description: 'The searches had text (which text is not kept).' })
  withText: boolean;
  @ApiProperty({ description: 'Searches without results in the window.' })
  count: number;
  @ApiProperty({ format: 'date-time' })
  lastSeenAt: string;
}
