import { ApiProperty } from '@nestjs/swagger';
import type { Market, Region } from '@hub/domain';

export class MarketResponse {
  @ApiProperty({
    example: 'SE',
    description: 'The country code (ISO 3166-1 alpha-2, or the program’s XS/XE/XK).',
  })
  id: string;

  @ApiProperty({ example: 'SE' })
  country: string;

  @ApiProperty({ example: 'Sweden' })
  countryName: string;

  @ApiProperty({ example: 'Europe' })
  region: string;

  @ApiProperty({
    example: 'SEK',
    description: 'The CSP billing currency of the market (not always the local currency).',
  })
  currency: string;

  @ApiProperty({
    description: 'The source left the currency blank; it was filled from the region’s default.',
  })
  currencyInferred: boolean;
}

export class RegionResponse {
  @ApiProperty({ example: 'Europe' })
  id: string;

  @ApiProperty({ example: 'Europe' })
  name: string;

  @ApiProperty({ example: 45 })
  countryCount: number;

  @ApiProperty({ type: [String], example: ['EUR', 'SEK'] })
  currencies: string[];
}

export const toMarketResponse = (market: Market): MarketResponse => ({
  id: market.country,
  country: market.country,
  countryName: market.countryName,
  region: market.region,
  currency: market.currency,
  currencyInferred: market.currencyInferred,
});

export const toRegionResponse = (region: Region): RegionResponse => ({
  id: region.name,
  name: region.name,
  countryCount: region.countries.length,
  currencies: [...region.currencies],
});
