import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, ValidateNested } from 'class-validator';

// The bounds of each value are the domain's (parseProgramSetting); here only the shape.

export class ReviewTargetsDto {
  @ApiPropertyOptional({ example: 5, description: 'Business days, 1 to 60.' })
  @IsOptional()
  @IsInt()
  indirect_reseller?: number;

  @ApiPropertyOptional({ example: 5, description: 'Business days, 1 to 60.' })
  @IsOptional()
  @IsInt()
  direct_bill?: number;
}

/** What a program admin changes; a value left out stays as it is. */
export class UpdateProgramSettingsDto {
  @ApiPropertyOptional({ type: ReviewTargetsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReviewTargetsDto)
  reviewTargetBusinessDays?: ReviewTargetsDto;

  @ApiPropertyOptional({ example: 180, description: 'Days, 30 to 730.' })
  @IsOptional()
  @IsInt()
  listingConfirmEveryDays?: number;

  @ApiPropertyOptional({ example: 30, description: 'Days, 7 to 180.' })
  @IsOptional()
  @IsInt()
  listingHideAfterDays?: number;
}

export class ReviewTargetsResponse {
  @ApiProperty({ example: 5 }) indirect_reseller: number;
  @ApiProperty({ example: 5 }) direct_bill: number;
}

export class SettingBoundsResponse {
  @ApiProperty() min: number;
  @ApiProperty() max: number;
  @ApiProperty({ name: 'default' }) default: number;
}

export class ProgramSettingBoundsResponse {
  @ApiProperty({ type: SettingBoundsResponse }) reviewTargetBusinessDays: SettingBoundsResponse;
  @ApiProperty({ type: SettingBoundsResponse }) listingConfirmEveryDays: SettingBoundsResponse;
  @ApiProperty({ type: SettingBoundsResponse }) listingHideAfterDays: SettingBoundsResponse;
}

export class ProgramSettingChangeResponse {
  @ApiProperty({ example: 'listingConfirmEveryDays' }) setting: string;
  @ApiProperty({ type: String, nullable: true, example: 'direct_bill' }) program: string | null;
  @ApiProperty() valueBefore: number;
  @ApiProperty() valueAfter: number;
  @ApiProperty({ example: 'Paul Admin' }) actorName: string;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class ProgramSettingsResponse {
  @ApiProperty({ description: 'Send it back as If-Match ("<version>") to change the settings.' })
  version: number;
  @ApiProperty({ type: ReviewTargetsResponse, description: 'Per enrollment program.' })
  reviewTargetBusinessDays: ReviewTargetsResponse;
  @ApiProperty({ description: 'A published listing is due for confirmation this long after.' })
  listingConfirmEveryDays: number;
  @ApiProperty({ description: 'A due listing leaves the public directory this long after.' })
  listingHideAfterDays: number;
  @ApiProperty({ type: ProgramSettingBoundsResponse }) bounds: ProgramSettingBoundsResponse;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: [ProgramSettingChangeResponse], description: 'Latest first, at most 20.' })
  changes: ProgramSettingChangeResponse[];
}
