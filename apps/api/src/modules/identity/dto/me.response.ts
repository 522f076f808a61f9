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
    enum: ['partner_global_admin', 'partner_user', 'reviewer', 'program_admin', 'distributor'],
    description:
      'Who the console treats the caller as; distributor staff carry the Distributor role.',
  })
  kind: 'partner_global_admin' | 'partner_user' | 'reviewer' | 'program_admin' | 'distributor';

  @ApiProperty({
    type: String,
    nullable: true,
    format: 'uuid',
    description: "The id of the caller's tenant's partner profile; null when it has none.",
  })
  partnerId: string | null;

  @ApiProperty({ description: "True for a global admin of the partner's tenant." })
  isGlobalAdmin: boolean;
}
