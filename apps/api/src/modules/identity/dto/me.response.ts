import { ApiProperty } from '@nestjs/swagger';

export class MeResponse {
  @ApiProperty({ format: 'uuid', description: 'The tenant (tid) of the signed-in user.' })
  tenantId: string;

  @ApiProperty({ format: 'uuid', description: 'The user object id (oid) in that tenant.' })
  objectId: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ description: 'preferred_username, usually the work e-mail.' })
  username: string;

  @ApiProperty({ type: [String], enum: ['Reviewer', 'ProgramAdmin', 'Distributor'] })
  roles: string[];

  @ApiProperty({
    enum: ['partner_global_admin', 'partner_user', 'reviewer', 'program_admin', 'system'],
  })
  kind: string;

  @ApiProperty({ description: "True for a global admin of the partner's tenant." })
  isGlobalAdmin: boolean;
}
