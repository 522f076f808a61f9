import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  checkLocationApplication,
  decideNewLocation,
  enrollmentTables,
  formatMessage,
  isVerifiedLocation,
  type EnrollmentState,
  type ExistingLocation,
  type Locale,
  type LocationApplicationFacts,
  type PartnerAccount,
  type TenantPartnerIdLink,
} from '@hub/domain';
import { DataSource, IsNull, Not, type EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module.js';
import { type AppConfig } from '../../config/env.js';
import { FieldEncryption } from '../../crypto/field-encryption.js';
import { DomainError, orThrow } from '../../http/domain-error.js';
import {
  IdempotencyService,
  type WriteResult,
} from '../../http/idempotency/idempotency.service.js';
import { type Page } from '../../http/list/list-endpoint.js';
import { type ListQuery, type ListSpec } from '../../http/list/list-query.js';
import { AuditService } from '../audit/audit.service.js';
import { actorOf } from '../enrollments/commands/run-enrollment-command.js';
import { EnrollmentEntity } from '../enrollments/enrollment.entity.js';
import {
  assertMaySeePartnerRecords,
  callerScope,
  isDistributor,
  isStaff,
  tenantScope,
} from '../identity/access.js';
import { type AuthenticatedUser } from '../identity/authenticated-user.js';
import { bankNumberOf } from '../partners/partner-profile.js';
import { PartnerEntity } from '../partners/partner.entity.js';
import { escapeLike, isUuid } from '../partners/partners.service.js';
import {
  type LocationChecklistResponse,
  type LocationDto,
  type LocationResponse,
} from './dto/locations.dto.js';
import { PartnerLocationEntity } from './partner-location.entity.js';

const locationFilters = {
  q: 'string',
  country: 'strings',
  status: 'strings',
  partnerId: 'string',
} as const;
type LocationSort = 'country' | 'legalName' | 'createdAt' | 'status';
export const LOCATION_LIST: ListSpec<LocationSort, typeof locationFilters> = {
  resource: 'locations',
  sortable: ['country', 'legalName', 'createdAt', 'status'],
  defaultSort: ['createdAt', 'DESC'],
  filters: locationFilters,
};
export type LocationListQuery = ListQuery<LocationSort, typeof locationFilters>;

const sortColumns: Record<LocationSort | 'id', string> = {
  id: 'l.id',
  country: 'l.country',
  legalName: 'l.legal_name',
  createdAt: 'l.created_at',
  status: 'e.state',
};

/** Serializes every new location: a tenant and a location PartnerID are linked 1:1 globally. */
const LOCATION_LOCK = 4_240_118;

type Row = { location: PartnerLocationEntity; state: EnrollmentState; enrollmentId: string };

/**
 * Locations in other countries (issue 10 item 2): an active partner's global admin adds one
 * (a new CSP account there); its review is an enrollment (indirect reseller, the location's
 * country, enrollments.location_id) and goes through the same queue, commands and audit chain.
 */
@Injectable()
export class LocationsService {
  private readonly fields: FieldEncryption;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService,
  ) {
    this.fields = new FieldEncryption(config.DATA_ENCRYPTION_KEY);
  }

  async list(user: AuthenticatedUser, query: LocationListQuery): Promise<Page<LocationResponse>> {
    assertMaySeePartnerRecords(user);
    const builder = this.rows(this.dataSource.manager, user);
    const { q, country, status, partnerId } = query.filter;
    if (country) {
      builder.andWhere('l.country IN (:...country)', { country });
    }
    if (status) {
      builder.andWhere('e.state IN (:...status)', { status });
    }
    if (partnerId && isUuid(partnerId)) {
      builder.andWhere('l.partner_id = :partnerId', { partnerId });
    }
    if (q) {
      builder.andWhere('(l.legal_name ILIKE :q OR p.legal_name ILIKE :q)', {
        q: `%${escapeLike(q)}%`,
      });
    }
    const total = await builder.getCount();
    const rows = await builder
      .orderBy(sortColumns[query.sort.field], query.sort.order)
      .addOrderBy('l.id', 'ASC')
      .offset(query.range.start)
      .limit(query.range.end - query.range.start + 1)
      .getMany();
    return { rows: await this.responses(rows), total, start: query.range.start };
  }

  async get(user: AuthenticatedUser, id: string): Promise<LocationResponse> {
    assertMaySeePartnerRecords(user);
    const row = isUuid(id)
      ? await this.rows(this.dataSource.manager, user).andWhere('l.id = :id', { id }).getOne()
      : null;
    if (row === null) {
      throw new DomainError('location.not_found', { id });
    }
    const [response] = await this.responses([row]);
    return response!;
  }

  /** The domain's checklist for the facts given (the live form); writes nothing. */
  async checklist(
    user: AuthenticatedUser,
    body: LocationDto,
    locale: Locale,
  ): Promise<LocationChecklistResponse> {
    const manager = this.dataSource.manager;
    const partner = await this.partnerOf(manager, user);
    const checklist = checkLocationApplication(await this.facts(manager, partner, body));
    return {
      ready: checklist.ready,
      region: checklist.market?.region ?? null,
      currency: checklist.market?.currency ?? null,
      items: checklist.items.map((item) => ({
        requirement: item.requirement,
        status: item.status,
        code: item.reason.code,
        message: formatMessage(item.reason.code, item.reason.details, locale),
      })),
    };
  }

  /**
   * Adds a location (the global admin of an active partner) and opens its review, in one
   * transaction: the location row, its enrollment (indirect reseller, the location's country)
   * and the first audit row of that enrollment.
   */
  async create(
    user: AuthenticatedUser,
    body: LocationDto,
    idempotencyKey: string | undefined,
    requestId: string | null,
  ): Promise<WriteResult<LocationResponse>> {
    assertGlobalAdmin(user);
    return this.dataSource.transaction(async (manager) =>
      this.idempotency.run(
        manager,
        {
          scope: callerScope(user),
          key: idempotencyKey,
          method: 'POST',
          path: '/api/locations',
          body,
        },
        async () => {
          await manager.query('SELECT pg_advisory_xact_lock($1)', [LOCATION_LOCK]);
          const partner = await this.partnerOf(manager, user);
          if (!(await isActive(manager, partner.id))) {
            throw new DomainError('location.partner_not_active');
          }
          const application = orThrow(
            decideNewLocation({ ...(await this.facts(manager, partner, body)), on: new Date() }),
          );
          const bank = application.bankDetails;
          const number = bankNumberOf(bank);
          const location = await manager.save(PartnerLocationEntity, {
            partnerId: partner.id,
            country: application.country,
            region: application.market.region,
            currency: application.currency,
            legalName: application.legalName,
            locationPartnerId: application.partnerId,
            tenantId: application.tenantId,
            registrationIdType: application.registrationId?.type ?? null,
            registrationId: application.registrationId?.value ?? null,
            taxId: application.taxId,
            address: { ...application.address },
            bankDetailsEncrypted: this.fields.encrypt(JSON.stringify(bank)),
            bankLast4: number.slice(-4),
            bankBlindIndex: this.fields.blindIndex(number),
            createdByName: actorOf(user).name,
          });
          // A new CSP account normally enrolls as an indirect reseller (DOMAIN.md §2).
          const enrollment = await manager.save(EnrollmentEntity, {
            partnerId: partner.id,
            tenantId: partner.tenantId,
            locationId: location.id,
            program: 'indirect_reseller',
            state: enrollmentTables.indirect_reseller.initial,
            country: application.country,
            eligibilityAnswers: {},
          });
          await this.audit.append(manager, {
            enrollmentId: enrollment.id,
            actor: actorOf(user),
            command: 'create',
            stateBefore: null,
            stateAfter: enrollment.state,
            changes: {
              program: 'indirect_reseller',
              country: application.country,
              location: {
                id: location.id,
                legalName: location.legalName,
                partnerId: location.locationPartnerId,
                tenantId: location.tenantId,
                currency: location.currency,
                bankLast4: location.bankLast4,
              },
            },
            requestId,
            at: new Date(),
          });
          const [response] = await this.responses(
            [{ location, state: enrollment.state, enrollmentId: enrollment.id }],
            manager,
          );
          return { status: 201, body: response! };
        },
      ),
    );
  }

  // --- reading ---

  /** The locations the caller may see: staff all, a partner's people their partner's. */
  private rows(manager: EntityManager, user: AuthenticatedUser) {
    const tenant = tenantScope(user);
    const builder = manager
      .getRepository(PartnerLocationEntity)
      .createQueryBuilder('l')
      .innerJoin(PartnerEntity, 'p', 'p.id = l.partner_id')
      .innerJoin(EnrollmentEntity, 'e', 'e.location_id = l.id');
    return tenant === undefined ? builder : builder.where('p.tenant_id = :tenant', { tenant });
  }

  private async responses(
    input: readonly (PartnerLocationEntity | Row)[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<LocationResponse[]> {
    const rows: (Row & { partnerName: string })[] = [];
    for (const row of input) {
      rows.push(await toRow(manager, row));
    }
    return rows.map(({ location, state, enrollmentId, partnerName }) => ({
      id: location.id,
      partnerId: location.partnerId,
      partnerName,
      country: location.country,
      region: location.region,
      currency: location.currency,
      legalName: location.legalName,
      locationPartnerId: location.locationPartnerId,
      tenantId: location.tenantId,
      registrationIdType: location.registrationIdType,
      registrationId: location.registrationId,
      taxId: location.taxId,
      address: location.address,
      bankLast4: location.bankLast4,
      enrollmentId,
      status: state,
      verified: isVerifiedLocation(state),
      createdByName: location.createdByName,
      createdAt: location.createdAt.toISOString(),
    }));
  }

  // --- the facts the rules read ---

  private async facts(
    manager: EntityManager,
    partner: PartnerEntity,
    body: LocationDto,
  ): Promise<LocationApplicationFacts> {
    const account: PartnerAccount = {
      country: partner.country,
      tenantId: partner.tenantId,
      partnerId: partner.partnerId,
    };
    const all = await allLocations(manager);
    const others: TenantPartnerIdLink[] = [
      ...(
        await manager.find(PartnerEntity, {
          where: { partnerId: Not(IsNull()) },
          select: { id: true, tenantId: true, partnerId: true },
        })
      )
        .filter((p) => p.id !== partner.id)
        .map((p) => ({ tenantId: p.tenantId, partnerId: p.partnerId! })),
      ...all
        .filter((l) => l.partnerId !== partner.id && !l.closed)
        .map((l) => ({ tenantId: l.location.tenantId, partnerId: l.location.partnerId })),
    ];
    return {
      account,
      locations: all.filter((l) => l.partnerId === partner.id).map((l) => l.location),
      application: body,
      otherLinks: others,
    };
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

async function toRow(
  manager: EntityManager,
  row: PartnerLocationEntity | Row,
): Promise<Row & { partnerName: string }> {
  const location = 'location' in row ? row.location : row;
  const enrollment = await manager.findOneOrFail(EnrollmentEntity, {
    where: { locationId: location.id },
    select: { id: true, state: true },
  });
  const partner = await manager.findOneOrFail(PartnerEntity, {
    where: { id: location.partnerId },
    select: { id: true, legalName: true },
  });
  return {
    location,
    state: 'state' in row ? row.state : enrollment.state,
    enrollmentId: enrollment.id,
    partnerName: partner.legalName,
  };
}

/** Every location with the state of its review, as the domain's rules read them. */
async function allLocations(
  manager: EntityManager,
): Promise<{ partnerId: string; closed: boolean; location: ExistingLocation }[]> {
  const rows = await manager.query<
    {
      partner_id: string;
      country: string;
      tenant_id: string;
      location_partner_id: string;
      closed: boolean;
      state: EnrollmentState;
    }[]
  >(
    `SELECT l.partner_id, l.country, l.tenant_id, l.location_partner_id, l.closed, e.state
       FROM partner_locations l JOIN enrollments e ON e.location_id = l.id`,
  );
  return rows.map((row) => ({
    partnerId: row.partner_id,
    closed: row.closed,
    location: {
      country: row.country,
      tenantId: row.tenant_id,
      partnerId: row.location_partner_id,
      state: row.state,
    },
  }));
}

/** The partner's main application (not a location's) is active. */
async function isActive(manager: EntityManager, partnerId: string): Promise<boolean> {
  return manager.exists(EnrollmentEntity, {
    where: { partnerId, state: 'active', locationId: IsNull() },
  });
}

/**
 * The partner's verified locations (their countries and states), for the union of regions the
 * partner sells in (the domain's partnerRegions).
 */
export async function partnerLocationStates(
  manager: EntityManager,
  partnerId: string,
): Promise<{ country: string; state: EnrollmentState }[]> {
  return manager.query<{ country: string; state: EnrollmentState }[]>(
    `SELECT l.country, e.state FROM partner_locations l
       JOIN enrollments e ON e.location_id = l.id WHERE l.partner_id = $1`,
    [partnerId],
  );
}

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
