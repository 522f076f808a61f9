import { ApiProperty } from '@nestjs/swagger';

/** An uploaded logo, as stored: put its `id` into the draft's `logo` field. */
export class LogoResponse {
  @ApiProperty({
    description: 'The hex SHA-256 of the stored (re-encoded) image.',
    example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    pattern: '^[0-9a-f]{64}$',
  })
  id: string;

  @ApiProperty({ example: 256, maximum: 256 }) width: number;

  @ApiProperty({ example: 128, maximum: 256 }) height: number;

  @ApiProperty({
    example:
      '/api/providers/mine/logos/9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    description: 'Where the distributor reads it back (with its bearer token).',
  })
  url: string;
}
