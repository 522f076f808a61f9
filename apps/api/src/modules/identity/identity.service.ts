import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type AuthenticatedUser } from './authenticated-user.js';
import { PartnerEntity } from '../partners/partner.entity.js';
import { escapeLike } from '../partners/partners.service.js';
import { isStaff, personaKind } from './access.js';
import { DomainError } from '../../http/domain-error.js';
import { type Page } from '../../http/list/list-endpoint.js';
import { type ListQuery, type ListSpec } from '../../http/list/list-query.js';
import { type StaffMemberResponse } from './dto/staff-member.response.js';
import { type MeResponse } from './dto/me.response.js';
import { UserEntity } from './user.entity.js';

const staffFilters = { q: 'string', id: 'strings' } as const;
export const STAFF_LIST: ListSpec<'name' | 'lastSeenAt', typeof staffFilters> = {
  resource: 'staff',
  sortable: ['name', 'lastSeenAt'],
  defaultSort: ['name', 'ASC'],
  filters: staffFilters,
};
export type StaffListQuery = ListQuery<'name' | 'lastSeenAt', typeof staffFilters>;
const staffSort = { id: 'u.object_id', name: 'u.display_name', lastSeenAt: 'u.last_seen_at' };

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
      .values({
        tenantId,
        objectId: userId,
        displayName: user.name,
        username: user.username,
        kind: user.actor.kind,
      })
      .orUpdate(['display_name', 'username', 'kind', 'last_seen_at'], ['tenant_id', 'object_id'])
      .updateEntity(false)
      .execute();
    const partner = await this.dataSource.manager.findOne(PartnerEntity, {
      where: { tenantId },
      select: { id: true },
    });
    return {
      tenantId,
      objectId: userId,
      name: user.name,
      username: user.username,
      roles: [...user.actor.roles],
      kind: personaKind(user),
      isGlobalAdmin: user.actor.kind === 'partner_global_admin',
      partnerId: partner?.id ?? null,
    };
  }

  /** Who a case can go to: the staff tenant's reviewers and program admins, as last seen. */
  async staff(user: AuthenticatedUser, query: StaffListQuery): Promise<Page<StaffMemberResponse>> {
    if (!isStaff(user)) {
      throw new DomainError('partner.staff_only');
    }
    const builder = this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.tenant_id = :tenant', { tenant: user.actor.tenantId })
      .andWhere("u.kind IN ('reviewer', 'program_admin')");
    if (query.filter.q) {
      builder.andWhere('(u.display_name ILIKE :q OR u.username ILIKE :q)', {
        q: `%${escapeLike(query.filter.q)}%`,
      });
    }
    if (query.filter.id) {
      builder.andWhere('u.object_id::text IN (:...ids)', { ids: query.filter.id });
    }
    const [rows, total] = await builder
      .orderBy(staffSort[query.sort.field], query.sort.order)
      .addOrderBy('u.object_id', 'ASC')
      .offset(query.range.start)
      .limit(query.range.end - query.range.start + 1)
      .getManyAndCount();
    return {
      rows: rows.map((row) => ({
        id: row.objectId,
        name: row.displayName,
        username: row.username,
        kind: row.kind as StaffMemberResponse['kind'],
        lastSeenAt: row.lastSeenAt.toISOString(),
      })),
      total,
      start: query.range.start,
    };
  }
}
