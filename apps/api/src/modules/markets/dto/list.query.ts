import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** react-admin's simple REST list query; each part is JSON (see http/simple-rest.ts). */
export class ListQuery {
  @ApiPropertyOptional({ example: '["countryName","ASC"]' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  sort?: string;

  @ApiPropertyOptional({ example: '[0,24]' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  range?: string;

  @ApiPropertyOptional({ example: '{"region":"Europe","q":"swe"}' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  filter?: string;
}
