import { ApiProperty } from '@nestjs/swagger';

/** A member of the program's staff who has signed in: someone a case can be assigned to. */
export class StaffMemberResponse {
  @ApiProperty({ format: 'uuid', description: 'The object id (also the list id).' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() username: string;
  @ApiProperty({ enum: ['reviewer', 'program_admin'] }) kind: 'reviewer' | 'program_admin';
  @ApiProperty({ format: 'date-time' }) lastSeenAt: string;
}
