import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { listingStates, type ListingState } from '@hub/domain';
import { ProviderListingFieldsDto } from './provider.dto.js';

export class ListingProblemResponse {
  @ApiProperty({ example: 'provider.website_invalid' }) code: string;
  @ApiProperty({ example: 'website' }) field: string;
  @ApiProperty({ description: 'In the caller’s language.' }) message: string;
}

export class ListingVersionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: listingStates }) state: ListingState;
  @ApiProperty({ description: 'This version row’s own revision.' }) version: number;
  @ApiProperty({ type: ProviderListingFieldsDto }) fields: ProviderListingFieldsDto;
  @ApiProperty({
    type: ListingProblemResponse,
    nullable: true,
    description: 'The first rule the fields break (null: ready to submit).',
  })
  problem: ListingProblemResponse | null;
  @ApiProperty({ type: String, nullable: true, description: 'Rejection or suspension reason.' })
  reason: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
}

export class FreshnessResponse {
  @ApiProperty({
    enum: ['current', 'due', 'hidden'],
    description: 'due: confirm it now; hidden: out of the public directory until confirmed.',
  })
  state: 'current' | 'due' | 'hidden';
  @ApiProperty({ format: 'date-time', description: 'From when it is due.' }) confirmBy: string;
  @ApiProperty({ format: 'date-time', description: 'From when it is hidden unless confirmed.' })
  hiddenFrom: string;
}

export class ProviderResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'The distributor tenant.' }) tenantId: string;
  @ApiProperty({ description: 'Authorized Microsoft indirect provider (reviewers set it).' })
  authorized: boolean;
  @ApiProperty({ description: 'The ETag of every provider route.' }) version: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastConfirmedAt: string | null;
  @ApiProperty({
    type: FreshnessResponse,
    nullable: true,
    description: 'Where the published listing stands with its confirmation (null: none published).',
  })
  freshness: FreshnessResponse | null;
  @ApiProperty({
    type: ListingVersionResponse,
    nullable: true,
    description: 'The version the directory shows (published) or hides (suspended).',
  })
  live: ListingVersionResponse | null;
  @ApiProperty({
    type: ListingVersionResponse,
    nullable: true,
    description: 'The version its distributor works on: draft, submitted or rejected.',
  })
  working: ListingVersionResponse | null;
  @ApiProperty({
    type: [String],
    example: ['submit'],
    description: 'The command path segments the caller may use now.',
  })
  commands: string[];
}

export class ProviderTimelineEntryResponse {
  @ApiProperty() id: string;
  @ApiProperty() seq: number;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty() actorName: string;
  @ApiProperty() actorKind: string;
  @ApiProperty() command: string;
  @ApiPropertyOptional({ type: String, nullable: true }) from: string | null;
  @ApiProperty() to: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) details: Record<string, unknown>;
}

/** One result of the distributor's preview: a published listing, or its own draft. */
export class ProviderPreviewHitResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() shortDescriptionEn: string;
  @ApiProperty() shortDescriptionSv: string;
  @ApiProperty({ type: [String], example: ['Europe'] }) regions: string[];
  @ApiProperty({ type: [String], example: ['SE', 'NO'] }) countries: string[];
  @ApiProperty({ type: [String], example: ['technical_training'] }) services: string[];
  @ApiProperty({ type: [String], example: ['microsoft_365'] }) productAreas: string[];
  @ApiProperty() authorized: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'The logo’s id: a published one is at /api/directory/providers/{id}/logo, the draft’s at /api/providers/mine/logos/{logo}.',
  })
  logo: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Epoch milliseconds.' })
  lastConfirmedAt: number | null;
  @ApiProperty({ description: 'True for the caller’s own unpublished draft.' }) draft: boolean;
}

export class ProviderPreviewResponse {
  @ApiProperty({ type: [ProviderPreviewHitResponse], description: 'In ranking order.' })
  hits: ProviderPreviewHitResponse[];
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The draft’s place among the hits (1-based); null when it is not among them.',
  })
  draftPosition: number | null;
  @ApiProperty({ description: 'About how many listings match, the draft included.' })
  estimatedTotalHits: number;
}
