import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type AuthenticatedUser } from './authenticated-user.js';
import { type MeResponse } from './dto/me.response.js';
import { UserEntity } from './user.entity.js';

@Injectable()
export class IdentityService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Who is signed in; records the user (by tenant + object id) on each call. */
  async me(user: AuthenticatedUser): Promise<MeResponse> {
    const { tenantId, userId } = user.actor;
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values({ tenantId, objectId: userId, displayName: user.name, username: user.username })
      .orUpdate(['display_name', 'username', 'last_seen_at'], ['tenant_id', 'object_id'])
      .updateEntity(false)
      .execute();
    return {
      tenantId,
      objectId: userId,
      name: user.name,
      username: user.username,
      roles: [...user.actor.roles],
      kind: user.actor.kind,
      isGlobalAdmin: user.actor.kind === 'partner_global_admin',
    };
  }
}
