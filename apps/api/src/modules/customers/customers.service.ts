import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  decideCspTenantDesignation,
  decideCustomerRegistration,
  findMarket,
  isVerifiedLocation,
  partnerRegions as regionsOf,
  type EnrollmentState,
  type CspTenantDesignation,
  type RegionName,
} from '@hub/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, orThrow } from '../../http/domain-error.js';
import {
  IdempotencyService,
  type WriteResult,
} from '../../http/idempotency/idempotency.service.js';
import { type Page } from '../../http/list/list-endpoint.js';
import { type ListQuery, type ListSpec } from '../../http/list/list-query.js';
import { actorOf } from '../enrollments/commands/run-enrollment-command.js';
import { callerScope, isDistributor, isStaff } from '../identity/access.js';
import { type AuthenticatedUser } from '../identity/authenticated-user.js';
import { partnerLocationStates } from '../locations/locations.service.js';
import { PartnerEntity } from '../partners/partner.entity.js';
import { escapeLike } from '../partners/partners.service.js';
import { CspTransactionTenantEntity } from './csp-transaction-tenant.entity.js';
import {
  type CspTenantResponse,
  type CustomerResponse,
  type MarkCspTenantDto,
  type RegisterCustomerDto,
} from './dto/customers.dto.js';
import { PartnerCustomerEntity } from './partner-customer.entity.js';

const customerFilters = { q: 'string', country: 'strings' } as const;
type CustomerSort = 'name' | 'country' | 'createdAt';
export const CUSTOMER_LIST: ListSpec<CustomerSort, typeof customerFilters> = {
  resource: 'customers',
  sortable: ['name', 'country', 'createdAt'],
  defaultSort: ['createdAt', 'DESC'],
  filters: customerFilters,
};
export type CustomerListQuery = ListQuery<CustomerSort, typeof customerFilters>;

const sortColumns: Record<CustomerSort | 'id', string> = {
  id: 'c.id',
  name: 'c.name',
  country: 'c.country',
  createdAt: 'c.created_at',
};

/** Serializes every change of who transacts from which tenant (a tenant is one partner's). */
const DESIGNATION_LOCK = 4_240_117;

/**
 * The CSP-to-CSP restriction (issue 10 item 5): a partner's transaction tenant per region (its
 * own account tenant unless it marked another), and the customer tenants it registers, never
 * another CSP partner's transaction tenant, only in the markets of its regions.
 */
@Injectable()
export class CustomersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
  ) {}

  async cspTenants(user: AuthenticatedUser): Promise<Page<CspTenantResponse>> {
    const manager = this.dataSource.manager;
    const partner = await this.partnerOf(manager, user);
    const regions = await partnerRegions(manager, partner);
    const own = findMarket(partner.country);
    const ownRegion = own.ok ? own.value.region : null;
    const located = await locationTenants(manager, partner.id);
    const marked = await manager.find(CspTransactionTenantEntity, {
      where: { partnerId: partner.id },
      order: { region: 'ASC' },
    });
    const rows: CspTenantResponse[] = [
      ...marked.map((row) => ({
        id: row.region,
        region: row.region,
        tenantId: row.tenantId,
        marked: true,
        markedByName: row.markedByName,
        createdAt: row.createdAt.toISOString(),
      })),
      ...regions
        .filter((region) => !marked.some((row) => row.region === region))
        .map((region) => ({
          id: region,
          region,
          tenantId:
            region === ownRegion
              ? partner.tenantId
              : (located.find((l) => l.region === region)?.tenantId ?? partner.tenantId),
          marked: false,
          markedByName: null,
          createdAt: null,
        })),
    ];
    return { rows, total: rows.length, start: 0 };
  }

  /** Marks the partner's transaction tenant in one of its regions (its global admin). */
  async markCspTenant(
    user: AuthenticatedUser,
    body: MarkCspTenantDto,
    idempotencyKey: string | undefined,
  ): Promise<WriteResult<CspTenantResponse>> {
    assertGlobalAdmin(user);
    return this.dataSource.transaction(async (manager) =>
      this.idempotency.run(
        manager,
        {
          scope: callerScope(user),
          key: idempotencyKey,
          method: 'POST',
          path: '/api/csp-transaction-tenants',
          body,
        },
        async () => {
          await manager.query('SELECT pg_advisory_xact_lock($1)', [DESIGNATION_LOCK]);
          const partner = await this.partnerOf(manager, user);
          const designation = orThrow(
            decideCspTenantDesignation({
              partnerId: partner.id,
              partnerRegions: await partnerRegions(manager, partner),
              region: body.region,
              tenantId: body.tenantId,
              designations: await allDesignations(manager, partner.id),
            }),
          );
          const saved = await manager.save(CspTransactionTenantEntity, {
            partnerId: partner.id,
            region: designation.region,
            tenantId: designation.tenantId,
            markedByName: actorOf(user).name,
          });
          return {
            status: 201,
            body: {
              id: saved.region,
              region: saved.region,
              tenantId: saved.tenantId,
              marked: true,
              markedByName: saved.markedByName,
              createdAt: saved.createdAt.toISOString(),
            },
          };
        },
      ),
    );
  }

  async customers(
    user: AuthenticatedUser,
    query: CustomerListQuery,
  ): Promise<Page<CustomerResponse>> {
    const manager = this.dataSource.manager;
    const partner = await this.partnerOf(manager, user);
    const builder = manager
      .getRepository(PartnerCustomerEntity)
      .createQueryBuilder('c')
      .where('c.partner_id = :partnerId', { partnerId: partner.id });
    const { q, country } = query.filter;
    if (country) {
      builder.andWhere('c.country IN (:...country)', { country });
    }
    if (q) {
      builder.andWhere('(c.name ILIKE :q OR c.tenant_id::text ILIKE :q)', {
        q: `%${escapeLike(q)}%`,
      });
    }
    const total = await builder.getCount();
    const rows = await builder
      .orderBy(sortColumns[query.sort.field], query.sort.order)
      .addOrderBy('c.id', 'ASC')
      .offset(query.range.start)
      .limit(query.range.end - query.range.start + 1)
      .getMany();
    return { rows: rows.map(toCustomerResponse), total, start: query.range.start };
  }

  /** Registers a customer tenant (the partner's global admin), unless the domain refuses it. */
  async register(
    user: AuthenticatedUser,
    body: RegisterCustomerDto,
    idempotencyKey: string | undefined,
  ): Promise<WriteResult<CustomerResponse>> {
    assertGlobalAdmin(user);
    const name = body.name.trim();
    if (name === '' || name.length > 200) {
      throw new DomainError('customers.name_required');
    }
    return this.dataSource.transaction(async (manager) =>
      this.idempotency.run(
        manager,
        {
          scope: callerScope(user),
          key: idempotencyKey,
          method: 'POST',
          path: '/api/customers',
          body,
        },
        async () => {
          // A designation made meanwhile cannot slip past the check: designations take this lock.
          await manager.query('SELECT pg_advisory_xact_lock_shared($1)', [DESIGNATION_LOCK]);
          const partner = await this.partnerOf(manager, user);
          const regions = await partnerRegions(manager, partner);
          if (regions.length === 0) {
            throw new DomainError('customers.partner_not_active');
          }
          const registration = orThrow(
            decideCustomerRegistration({
              partnerId: partner.id,
              partnerRegions: regions,
              customerTenantId: body.tenantId,
              customerCountry: body.country,
              designations: await allDesignations(manager),
            }),
          );
          const existing = await manager.findOneBy(PartnerCustomerEntity, {
            partnerId: partner.id,
            tenantId: registration.tenantId,
          });
          if (existing !== null) {
            throw new DomainError('customers.already_registered');
          }
          const saved = await manager.save(PartnerCustomerEntity, {
            partnerId: partner.id,
            tenantId: registration.tenantId,
            name,
            country: registration.market.country,
            region: registration.market.region,
            registeredByName: actorOf(user).name,
          });
          return { status: 201, body: toCustomerResponse(saved) };
        },
      ),
    );
  }

  private async partnerOf(manager: EntityManager, user: AuthenticatedUser): Promise<PartnerEntity> {
    if (!isPartnerUser(user)) {
      throw new DomainError('partner.no_access');
    }
    const partner = await manager.findOneBy(PartnerEntity, { tenantId: user.actor.tenantId });
    if (partner === null) {
      throw new DomainError('partner.profile_required');
    }
    return partner;
  }
}

/** A user of a CSP partner's tenant (not staff, not a distributor's people). */
const isPartnerUser = (user: AuthenticatedUser): boolean =>
  !isStaff(user) && !isDistributor(user) && user.actor.kind.startsWith('partner_');

function assertGlobalAdmin(user: AuthenticatedUser): void {
  if (!isPartnerUser(user)) {
    throw new DomainError('partner.no_access');
  }
  if (user.actor.kind !== 'partner_global_admin') {
    throw new DomainError('partner.global_admin_required');
  }
}

/**
 * The regions a partner sells in (the domain's partnerRegions): its account's, once its main
 * application is active, and those of its verified locations (issue 10 item 2).
 */
export async function partnerRegions(
  manager: EntityManager,
  partner: PartnerEntity,
): Promise<RegionName[]> {
  const [active] = await manager.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM enrollments
      WHERE partner_id = $1 AND state = 'active' AND location_id IS NULL`,
    [partner.id],
  );
  return regionsOf({
    accountCountry: partner.country,
    accountActive: (active?.n ?? 0) > 0,
    locations: await partnerLocationStates(manager, partner.id),
  });
}

/**
 * Every partner's transaction tenants: those marked, and each active partner's own account tenant
 * in its account's region where it marked none. `except` leaves out one partner's unmarked own
 * tenant (a partner marking its own region replaces it).
 */
async function allDesignations(
  manager: EntityManager,
  except?: string,
): Promise<CspTenantDesignation[]> {
  const marked = await manager.find(CspTransactionTenantEntity);
  const accounts = await manager.query<{ id: string; tenant_id: string; country: string }[]>(
    `SELECT DISTINCT p.id, p.tenant_id, p.country FROM partners p
     JOIN enrollments e ON e.partner_id = p.id AND e.state = 'active' AND e.location_id IS NULL`,
  );
  // A verified location's CSP tenant is its partner's transaction tenant in its region.
  const locations = (await locationTenants(manager)).filter(
    (row) =>
      row.partnerId !== except &&
      !marked.some((m) => m.partnerId === row.partnerId && m.region === row.region),
  );
  const implicit = accounts.flatMap((account) => {
    const market = findMarket(account.country);
    if (!market.ok || account.id === except) {
      return [];
    }
    const region = market.value.region;
    return marked.some((row) => row.partnerId === account.id && row.region === region)
      ? []
      : [{ partnerId: account.id, region, tenantId: account.tenant_id }];
  });
  return [
    ...marked.map((row) => ({
      partnerId: row.partnerId,
      region: row.region as RegionName,
      tenantId: row.tenantId,
    })),
    ...implicit,
    ...locations.filter(
      (row) => !implicit.some((i) => i.partnerId === row.partnerId && i.region === row.region),
    ),
  ];
}

/** The CSP tenants of verified locations (the domain's isVerifiedLocation), with their regions. */
async function locationTenants(
  manager: EntityManager,
  partnerId?: string,
): Promise<CspTenantDesignation[]> {
  const rows = await manager.query<
    { partner_id: string; tenant_id: string; region: string; state: EnrollmentState }[]
  >(
    `SELECT l.partner_id, l.tenant_id, l.region, e.state FROM partner_locations l
       JOIN enrollments e ON e.location_id = l.id
      WHERE NOT l.closed AND ($1::uuid IS NULL OR l.partner_id = $1)`,
    [partnerId ?? null],
  );
  return rows
    .filter((row) => isVerifiedLocation(row.state))
    .map((row) => ({
      partnerId: row.partner_id,
      region: row.region as RegionName,
      tenantId: row.tenant_id,
    }));
}

const toCustomerResponse = (row: PartnerCustomerEntity): CustomerResponse => {
  const market = findMarket(row.country);
  return {
    id: row.id,
    tenantId: row.tenantId,
    name: row.name,
    country: row.country,
    region: row.region,
    currency: market.ok ? market.value.currency : '',
    registeredByName: row.registeredByName,
    createdAt: row.createdAt.toISOString(),
  };
};
