import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { decideResellerProvider } from '@hub/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module.js';
import { type AppConfig } from '../../config/env.js';
import { DomainError, orThrow } from '../../http/domain-error.js';
import {
  IdempotencyService,
  type WriteResult,
} from '../../http/idempotency/idempotency.service.js';
import { type Page } from '../../http/list/list-endpoint.js';
import { type ListQuery, type ListSpec } from '../../http/list/list-query.js';
import { partnerRegions } from '../customers/customers.service.js';
import { actorOf } from '../enrollments/commands/run-enrollment-command.js';
import { directoryProvider } from '../enrollments/commands/transition.js';
import { callerScope, isDistributor, isStaff } from '../identity/access.js';
import { type AuthenticatedUser } from '../identity/authenticated-user.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { providerLocaleOf } from '../notifications/provider-email-templates.js';
import { PartnerEntity } from '../partners/partner.entity.js';
import { escapeLike } from '../partners/partners.service.js';
import { ProviderEntity } from '../providers/provider.entity.js';
import {
  type RecordResellerProviderDto,
  type ResellerProviderResponse,
} from './dto/reseller-providers.dto.js';

const filters = { q: 'string', origin: 'strings' } as const;
type Sort = 'createdAt' | 'resellerName' | 'providerName';
export const RESELLER_PROVIDER_LIST: ListSpec<Sort, typeof filters> = {
  resource: 'reseller-providers',
  sortable: ['createdAt', 'resellerName', 'providerName'],
  defaultSort: ['createdAt', 'DESC'],
  filters,
};
export type ResellerProviderListQuery = ListQuery<Sort, typeof filters>;

const sortColumns: Record<Sort, string> = {
  createdAt: 'rp.created_at',
  resellerName: 'p.legal_name',
  providerName: "l.fields->>'name'",
};

/** A relationship with the reseller's name and the provider's, as the responses show them. */
const FROM_ROWS = `FROM reseller_providers rp
  JOIN partners p ON p.id = rp.partner_id
  LEFT JOIN provider_listings l ON l.provider_id = rp.provider_id AND l.slot = 'live'`;
const SELECT_ROWS = `SELECT rp.id, rp.partner_id, p.legal_name AS reseller_name,
  p.country AS reseller_country, rp.provider_id, l.fields->>'name' AS provider_name, rp.origin,
  rp.regions, rp.recorded_by_name, rp.created_at
  ${FROM_ROWS}`;

type Row = {
  id: string;
  partner_id: string;
  reseller_name: string;
  reseller_country: string;
  provider_id: string;
  provider_name: string | null;
  origin: 'reseller' | 'transition';
  regions: string[];
  recorded_by_name: string;
  created_at: Date;
};

/**
 * Which indirect providers an indirect reseller works with (issue 10 item 6): the reseller
 * records them from the directory; a completed transition records its chosen one. A reseller's
 * users see their providers, a distributor's people see the resellers of their provider, staff
 * see all.
 */
@Injectable()
export class ResellerProvidersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly idempotency: IdempotencyService,
    private readonly notifications: NotificationsService,
  ) {}

  async list(
    user: AuthenticatedUser,
    query: ResellerProviderListQuery,
  ): Promise<Page<ResellerProviderResponse>> {
    const manager = this.dataSource.manager;
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (isDistributor(user)) {
      const provider = await manager.findOneBy(ProviderEntity, { tenantId: user.actor.tenantId });
      if (provider === null) {
        throw new DomainError('provider.not_found');
      }
      where.push(`rp.provider_id = ${param(provider.id)}`);
    } else if (!isStaff(user)) {
      const partner = await this.partnerOf(manager, user);
      where.push(`rp.partner_id = ${param(partner.id)}`);
    }
    const { q, origin } = query.filter;
    if (origin) {
      where.push(`rp.origin = ANY(${param(origin)}::text[])`);
    }
    if (q) {
      const like = param(`%${escapeLike(q)}%`);
      where.push(`(p.legal_name ILIKE ${like} OR l.fields->>'name' ILIKE ${like})`);
    }
    const [count] = await manager.query<{ total: number }[]>(
      `SELECT count(*)::int AS total ${FROM_ROWS}
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}`,
      params,
    );
    const rows = await manager.query<Row[]>(
      `${SELECT_ROWS}
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY ${sortColumns[query.sort.field as Sort] ?? sortColumns.createdAt} ${query.sort.order === 'ASC' ? 'ASC' : 'DESC'}, rp.id
        OFFSET ${param(query.range.start)} LIMIT ${param(query.range.end - query.range.start + 1)}`,
      params,
    );
    return { rows: rows.map(toResponse), total: count?.total ?? 0, start: query.range.start };
  }

  /** The reseller's global admin records a provider of the directory it works with. */
  async record(
    user: AuthenticatedUser,
    body: RecordResellerProviderDto,
    idempotencyKey: string | undefined,
  ): Promise<WriteResult<ResellerProviderResponse>> {
    if (isStaff(user) || isDistributor(user) || !user.actor.kind.startsWith('partner_')) {
      throw new DomainError('partner.no_access');
    }
    if (user.actor.kind !== 'partner_global_admin') {
      throw new DomainError('partner.global_admin_required');
    }
    return this.dataSource.transaction(async (manager) =>
      this.idempotency.run(
        manager,
        {
          scope: callerScope(user),
          key: idempotencyKey,
          method: 'POST',
          path: '/api/reseller-providers',
          body,
        },
        async () => {
          const partner = await manager.findOne(PartnerEntity, {
            where: { tenantId: user.actor.tenantId },
            lock: { mode: 'pessimistic_write' },
          });
          if (partner === null) {
            throw new DomainError('partner.profile_required');
          }
          const provider = await directoryProvider(manager, body.providerId);
          const linked = await manager.query<{ provider_id: string }[]>(
            'SELECT provider_id FROM reseller_providers WHERE partner_id = $1',
            [partner.id],
          );
          const decision = orThrow(
            decideResellerProvider({
              resellerActive: await isActiveIndirectReseller(manager, partner.id),
              resellerRegions: await partnerRegions(manager, partner),
              provider,
              linkedProviderIds: linked.map((row) => row.provider_id),
            }),
          );
          const [saved] = await manager.query<{ id: string }[]>(
            `INSERT INTO reseller_providers (partner_id, provider_id, origin, regions, recorded_by_name)
             VALUES ($1, $2, 'reseller', $3::jsonb, $4) RETURNING id`,
            [partner.id, provider!.id, JSON.stringify(decision.regions), actorOf(user).name],
          );
          if (provider!.contactEmail !== '') {
            await this.notifications.queueForProvider(manager, {
              providerId: provider!.id,
              template: 'reseller_linked',
              locale: providerLocaleOf(provider!.fields),
              to: provider!.contactEmail,
              params: {
                providerName: provider!.name,
                link: `${this.config.PUBLIC_URL}/admin/reseller-providers`,
                reseller: {
                  legalName: partner.legalName,
                  country: partner.country,
                  transition: false,
                },
              },
            });
          }
          const [row] = await manager.query<Row[]>(`${SELECT_ROWS} WHERE rp.id = $1`, [saved!.id]);
          return { status: 201, body: toResponse(row!) };
        },
      ),
    );
  }

  private async partnerOf(manager: EntityManager, user: AuthenticatedUser): Promise<PartnerEntity> {
    if (!user.actor.kind.startsWith('partner_')) {
      throw new DomainError('partner.no_access');
    }
    const partner = await manager.findOneBy(PartnerEntity, { tenantId: user.actor.tenantId });
    if (partner === null) {
      throw new DomainError('partner.profile_required');
    }
    return partner;
  }
}

async function isActiveIndirectReseller(
  manager: EntityManager,
  partnerId: string,
): Promise<boolean> {
  const [row] = await manager.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM enrollments
      WHERE partner_id = $1 AND program = 'indirect_reseller' AND state = 'active'
        AND location_id IS NULL`,
    [partnerId],
  );
  return (row?.n ?? 0) > 0;
}

const toResponse = (row: Row): ResellerProviderResponse => ({
  id: row.id,
  partnerId: row.partner_id,
  resellerName: row.reseller_name,
  resellerCountry: row.reseller_country,
  providerId: row.provider_id,
  providerName: row.provider_name ?? '',
  origin: row.origin,
  regions: row.regions,
  recordedByName: row.recorded_by_name,
  createdAt: new Date(row.created_at).toISOString(),
});
