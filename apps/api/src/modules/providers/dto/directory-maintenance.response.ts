import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';

export class SearchReindexResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['queued', 'running', 'succeeded', 'failed'] })
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  @ApiProperty({ description: 'Published listings when it started.' }) total: number;
  @ApiProperty({ description: 'Written to the new index so far.' }) indexed: number;
  @ApiProperty({ type: String, nullable: true }) error: string | null;
  @ApiProperty() requestedBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt: string | null;
}

export class ConsistencyCheckDto {
  @ApiProperty({ required: false, description: 'Sync what drifted (default: report only).' })
  @IsOptional()
  @IsBoolean()
  repair?: boolean;
}

export class ConsistencyReportResponse {
  @ApiProperty({ description: 'Published listings in PostgreSQL.' }) published: number;
  @ApiProperty({ description: 'Documents in the index.' }) indexed: number;
  @ApiProperty({ type: [String], description: 'Published but not in the index (first 100).' })
  missing: string[];
  @ApiProperty({ type: [String], description: 'In the index but not published (first 100).' })
  extra: string[];
  @ApiProperty({ type: [String], description: 'In both, but the document is behind (first 100).' })
  stale: string[];
  @ApiProperty({ description: 'Missing + extra + stale.' }) drifted: number;
  @ApiProperty({ description: 'How many were synced again (repair).' }) repaired: number;
}
