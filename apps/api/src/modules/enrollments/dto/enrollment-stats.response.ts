import { ApiProperty } from '@nestjs/swagger';
import { enrollmentTables, regionNames, type EnrollmentState, type RegionName } from '@hub/domain';

const states = [...enrollmentTables.direct_bill.states];

/** A count that is exact when cheap, else the planner's estimate (as the queue's totals). */
export class StatsCountResponse {
  @ApiProperty() count: number;
  @ApiProperty({ description: 'False when `count` is the planner’s estimate (above 10,000).' })
  exact: boolean;
}

export class BacklogStateResponse extends StatsCountResponse {
  @ApiProperty({ enum: states }) state: EnrollmentState;
}

export class StatsWeekResponse {
  @ApiProperty({ example: '2026-03-02', description: 'Monday (UTC), the first day of the week.' })
  weekStart: string;
  @ApiProperty({ example: '2026-03-08', description: 'Sunday (UTC), the last day of the week.' })
  weekEnd: string;
  @ApiProperty({ description: 'Applications submitted (last submission) this week.' })
  submitted: number;
  @ApiProperty({ description: 'Reviews decided this week: verified or rejected.' })
  decided: number;
  @ApiProperty() approved: number;
  @ApiProperty() rejected: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Median days from submission to decision of this week’s decisions.',
  })
  medianDaysToDecision: number | null;
}

export class RegionApprovalResponse {
  @ApiProperty({ enum: regionNames }) region: RegionName;
  @ApiProperty() approved: number;
  @ApiProperty() rejected: number;
  @ApiProperty({ description: 'approved / (approved + rejected), 0 to 1.' })
  approvalRate: number;
}

export class EnrollmentStatsResponse {
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
  @ApiProperty({ example: '2025-12-15', description: 'Monday (UTC) of the first of the weeks.' })
  windowStart: string;
  @ApiProperty({ example: '2026-03-08', description: 'Sunday (UTC) of the current week.' })
  windowEnd: string;
  @ApiProperty({
    type: [BacklogStateResponse],
    description: 'Open applications by state (every state of the queue’s tabs but “decided”).',
  })
  backlog: BacklogStateResponse[];
  @ApiProperty({ type: [StatsWeekResponse], description: 'The last 12 weeks, oldest first.' })
  weeks: StatsWeekResponse[];
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Median days from submission to decision over the weeks’ decisions.',
  })
  medianDaysToDecision: number | null;
  @ApiProperty({
    type: [RegionApprovalResponse],
    description: 'Decisions of the weeks by CSP region (regions with decisions only).',
  })
  approvalByRegion: RegionApprovalResponse[];
  @ApiProperty({ type: StatsCountResponse, description: 'The queue’s overdue filter’s total.' })
  overdue: StatsCountResponse;
}
