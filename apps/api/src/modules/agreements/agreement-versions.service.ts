import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  agreementStanding,
  decideReacceptance,
  markets,
  parseAgreementVersion,
  programAgreementKind,
  type AgreementKind,
  type EnrollmentProgram,
  type Locale,
} from '@hub/domain';
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
import { AuditService } from '../audit/audit.service.js';
import { actorOf } from '../enrollments/commands/run-enrollment-command.js';
import { EnrollmentEntity } from '../enrollments/enrollment.entity.js';
import { toAcceptance } from '../enrollments/enrollment-facts.js';
import { loadEnrollmentRecords } from '../enrollments/enrollment-records.js';
import { callerScope, isStaff } from '../identity/access.js';
import { type AuthenticatedUser } from '../identity/authenticated-user.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { escapeLike, isUuid } from '../partners/partners.service.js';
import { AgreementAcceptanceEntity } from './agreement-acceptance.entity.js';
import { toAgreementVersion, toStandingResponse } from './agreement-catalog.js';
import { AgreementVersionEntity } from './agreement-version.entity.js';
import {
  type AcceptAgreementVersionDto,
  type AgreementPartnerResponse,
  type AgreementStandingResponse,
  type AgreementVersionResponse,
  type PublishAgreementVersionDto,
} from './dto/agreement-version.dto.js';

const versionFilters = {
  kind: ['microsoft_partner_agreement', 'indirect_reseller_terms'],
  status: ['scheduled', 'current', 'superseded'],
} as const;
type VersionSort = 'publishedOn' | 'kind' | 'version';
export const AGREEMENT_VERSION_LIST: ListSpec<VersionSort, typeof versionFilters> = {
  resource: 'agreement-versions',
  sortable: ['publishedOn', 'kind', 'version'],
  defaultSort: ['publishedOn', 'DESC'],
  filters: versionFilters,
};
export type AgreementVersionListQuery = ListQuery<VersionSort, typeof versionFilters>;

const partnerFilters = { q: 'string', status: ['accepted', 'pending', 'overdue'] } as const;
type PartnerSort = 'legalName' | 'country' | 'acceptedAt' | 'status';
export const AGREEMENT_PARTNER_LIST: ListSpec<PartnerSort, typeof partnerFilters> = {
  resource: 'agreement-partners',
  sortable: ['legalName', 'country', 'acceptedAt', 'status'],
  defaultSort: ['status', 'DESC'],
  filters: partnerFilters,
};
export type AgreementPartnerListQuery = ListQuery<PartnerSort, typeof partnerFilters>;

/** The programs whose own agreement is of a kind (whose active partners a version concerns). */
const programsOf = (kind: AgreementKind): EnrollmentProgram[] =>
  (Object.keys(programAgreementKind) as EnrollmentProgram[]).filter(
    (program) => programAgreementKind[program] === kind,
  );

const today = (now: Date): string => now.toISOString().slice(0, 10);

/**
 * Agreement versions (issue 10 item 3): program admins publish a new version of the MPA or the
 * indirect reseller terms in English and Swedish, the partners it concerns are e-mailed, an
 * active partner's global admin accepts it as a named signatory, and staff see who has and has
 * not accepted each version (past its deadline: flagged, never deactivated).
 */
@Injectable()
export class AgreementVersionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async list(
    user: AuthenticatedUser,
    query: AgreementVersionListQuery,
  ): Promise<Page<AgreementVersionResponse>> {
    const manager = this.dataSource.manager;
    const rows = await manager.find(AgreementVersionEntity, {
      order: { kind: 'ASC', rank: 'ASC' },
    });
    const now = new Date();
    const { kind, status } = query.filter;
    const withStatus = rows.map((row) => ({ row, status: statusOf(row, rows, now) }));
    const matching = withStatus.filter(
      (each) =>
        (kind === undefined || kind.includes(each.row.kind)) &&
        (status === undefined || status.includes(each.status)),
    );
    const field = query.sort.field === 'id' ? 'id' : query.sort.field;
    const direction = query.sort.order === 'ASC' ? 1 : -1;
    matching.sort(
      (a, b) =>
        direction * String(a.row[field]).localeCompare(String(b.row[field])) ||
        a.row.kind.localeCompare(b.row.kind) ||
        b.row.rank - a.row.rank,
    );
    const page = matching.slice(query.range.start, query.range.end + 1);
    const counts = isStaff(user)
      ? await this.acceptanceCounts(
          manager,
          page.map((each) => each.row),
          now,
        )
      : new Map<string, AgreementVersionResponse['acceptance']>();
    return {
      rows: page.map((each) => toResponse(each.row, each.status, counts.get(each.row.id))),
      total: matching.length,
      start: query.range.start,
    };
  }

  async get(user: AuthenticatedUser, id: string): Promise<AgreementVersionResponse> {
    const manager = this.dataSource.manager;
    const row = await this.find(manager, id);
    const all = await manager.find(AgreementVersionEntity, { where: { kind: row.kind } });
    const now = new Date();
    const counts = isStaff(user)
      ? await this.acceptanceCounts(manager, [row], now)
      : new Map<string, AgreementVersionResponse['acceptance']>();
    return toResponse(row, statusOf(row, all, now), counts.get(row.id));
  }

  /** Publish a version (program admins): one row, and an e-mail to each partner it concerns. */
  async publish(
    user: AuthenticatedUser,
    body: PublishAgreementVersionDto,
    idempotencyKey: string | undefined,
  ): Promise<WriteResult<AgreementVersionResponse>> {
    if (user.actor.kind !== 'program_admin') {
      throw new DomainError('agreement_version.program_admin_only');
    }
    return this.dataSource.transaction(async (manager) =>
      this.idempotency.run(
        manager,
        {
          scope: callerScope(user),
          key: idempotencyKey,
          method: 'POST',
          path: '/api/agreement-versions',
          body,
        },
        async () => {
          // One publisher at a time: the rank is the next of its kind, read under this lock.
          await manager.query(`LOCK TABLE agreement_versions IN SHARE ROW EXCLUSIVE MODE`);
          const existing = await manager.find(AgreementVersionEntity);
          const now = new Date();
          const parsed = orThrow(
            parseAgreementVersion({ draft: body, catalog: existing.map(toAgreementVersion), now }),
          );
          const { version, texts } = parsed;
          const actor = actorOf(user);
          const saved = await manager.save(AgreementVersionEntity, {
            kind: version.kind,
            version: version.version,
            rank: version.rank,
            publishedOn: version.publishedOn,
            reacceptBy: version.reacceptBy ?? null,
            regions: version.regions === 'all' ? null : [...version.regions],
            titleEn: texts.en.title,
            bodyEn: texts.en.body,
            titleSv: texts.sv.title,
            bodySv: texts.sv.body,
            publishedByTenantId: actor.tenantId,
            publishedByObjectId: actor.objectId,
            publishedByName: actor.name,
          });
          await this.tellConcernedPartners(manager, saved);
          const row = await manager.findOneByOrFail(AgreementVersionEntity, { id: saved.id });
          const counts = await this.acceptanceCounts(manager, [row], now);
          return {
            status: 201,
            body: toResponse(row, statusOf(row, [...existing, row], now), counts.get(row.id)),
          };
        },
      ),
    );
  }

  /** The partners a version concerns and where each stands (staff). */
  async partners(
    user: AuthenticatedUser,
    id: string,
    query: AgreementPartnerListQuery,
  ): Promise<Page<AgreementPartnerResponse>> {
    if (!isStaff(user)) {
      throw new DomainError('agreement_version.staff_only');
    }
    const manager = this.dataSource.manager;
    const row = await this.find(manager, id);
    const { sql, params } = concernedSql(row, new Date());
    const conditions: string[] = [];
    const { q, status } = query.filter;
    if (q) {
      params.push(`%${escapeLike(q)}%`);
      conditions.push(`legal_name ILIKE $${params.length}`);
    }
    if (status) {
      params.push(status);
      conditions.push(`status = ANY($${params.length}::text[])`);
    }
    const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
    const [{ total }] = await manager.query<[{ total: number }]>(
      `SELECT count(*)::int AS total FROM (${sql}) c ${where}`,
      params,
    );
    const order = partnerOrder[query.sort.field];
    params.push(query.range.start, query.range.end - query.range.start + 1);
    const rows = await manager.query<ConcernedRow[]>(
      `SELECT * FROM (${sql}) c ${where}
       ORDER BY ${order} ${query.sort.order} NULLS LAST, legal_name ASC, id ASC
       OFFSET $${params.length - 1} LIMIT $${params.length}`,
      params,
    );
    return {
      rows: rows.map((r) => ({
        id: r.id,
        partnerId: r.partner_id,
        legalName: r.legal_name,
        country: r.country,
        region: r.region,
        status: r.status,
        acceptedVersion: r.accepted_version,
        acceptedAt: r.accepted_at === null ? null : new Date(r.accepted_at).toISOString(),
        signatoryName: r.signatory_name,
      })),
      total,
      start: query.range.start,
    };
  }

  /**
   * An active partner's global admin accepts a version as a named signatory: the acceptance is
   * stored, the partner's enrollment's audit trail records it, and the admin gets a confirmation.
   * The enrollment row is locked, so a double click accepts once (the second answers 409).
   */
  async accept(
    user: AuthenticatedUser,
    id: string,
    body: AcceptAgreementVersionDto,
    idempotencyKey: string | undefined,
    requestId: string | null,
  ): Promise<WriteResult<AgreementStandingResponse>> {
    return this.dataSource.transaction(async (manager) =>
      this.idempotency.run(
        manager,
        {
          scope: callerScope(user),
          key: idempotencyKey,
          method: 'POST',
          path: `/api/agreement-versions/${id}/acceptances`,
          body,
        },
        async () => {
          // Said before looking for the caller's enrollment: staff and distributors have none.
          if (user.actor.kind !== 'partner_global_admin') {
            throw new DomainError('agreements.global_admin_required', {
              actorKind: user.actor.kind,
            });
          }
          const row = await this.find(manager, id);
          const enrollment = await this.enrollmentAccepting(manager, user, row.kind);
          const [record] = await loadEnrollmentRecords(manager, [enrollment], { auditHead: true });
          const { partner } = record!;
          if (record!.region === null) {
            throw new DomainError('market.country_not_in_market', { country: enrollment.country });
          }
          const now = new Date();
          const acceptance = orThrow(
            decideReacceptance({
              program: enrollment.program,
              state: enrollment.state,
              kind: row.kind,
              version: row.version,
              region: record!.region,
              actor: user.actor,
              tenantId: enrollment.tenantId,
              signatory: body.signatory,
              acceptances: record!.acceptances.map(toAcceptance),
              catalog: record!.catalog,
              now,
            }),
          );
          await manager.insert(AgreementAcceptanceEntity, {
            tenantId: acceptance.tenantId,
            partnerId: partner.id,
            enrollmentId: enrollment.id,
            kind: acceptance.kind,
            version: acceptance.version,
            region: acceptance.region,
            acceptedByUserId: acceptance.acceptedByUserId,
            signatoryName: acceptance.signatory.name,
            signatoryTitle: acceptance.signatory.title,
            signatoryEmail: acceptance.signatory.email,
            acceptedAt: now,
          });
          await this.audit.append(
            manager,
            {
              enrollmentId: enrollment.id,
              actor: actorOf(user),
              command: 'accept_agreement_version',
              stateBefore: enrollment.state,
              stateAfter: enrollment.state,
              changes: {
                agreement: `${acceptance.kind} ${acceptance.version}`,
                signatory: `${acceptance.signatory.name}, ${acceptance.signatory.title}`,
                region: acceptance.region,
              },
              requestId,
              at: now,
            },
            record!.auditHead,
          );
          const recipientLocale = partner.preferredLanguage;
          await this.notifications.queueAgreement(manager, {
            enrollmentId: enrollment.id,
            template: 'agreement_version_accepted',
            locale: recipientLocale,
            to: partner.adminEmail,
            params: {
              legalName: partner.legalName,
              title: recipientLocale === 'sv' ? row.titleSv : row.titleEn,
              version: row.version,
              publishedOn: row.publishedOn,
              signatoryName: acceptance.signatory.name,
              link: `${this.config.PUBLIC_URL}/admin/agreement-versions/${row.id}/show`,
            },
          });
          const standing = orThrow(
            agreementStanding({
              program: enrollment.program,
              region: record!.region,
              acceptances: [...record!.acceptances.map(toAcceptance), acceptance],
              catalog: record!.catalog,
              on: now,
            }),
          );
          return { status: 201, body: toStandingResponse(standing) };
        },
      ),
    );
  }

  private async find(manager: EntityManager, id: string): Promise<AgreementVersionEntity> {
    const row = isUuid(id) ? await manager.findOneBy(AgreementVersionEntity, { id }) : null;
    if (row === null) {
      throw new DomainError('agreement_version.not_found');
    }
    return row;
  }

  /**
   * The caller's enrollment that would accept a version of a kind, locked: its active
   * enrollment in the program whose agreement that is, else any of its active ones, else its
   * latest (the domain then says why it cannot accept).
   */
  private async enrollmentAccepting(
    manager: EntityManager,
    user: AuthenticatedUser,
    kind: AgreementKind,
  ): Promise<EnrollmentEntity> {
    const programs = programsOf(kind);
    const rows = await manager
      .createQueryBuilder(EnrollmentEntity, 'e')
      .where('e.tenant_id = :tenantId', { tenantId: user.actor.tenantId })
      .orderBy(`(e.state = 'active' AND e.program IN (:...programs))`, 'DESC')
      .addOrderBy(`(e.state = 'active')`, 'DESC')
      .addOrderBy('e.updated_at', 'DESC')
      .setParameter('programs', programs)
      .limit(1)
      .setLock('pessimistic_write')
      .getMany();
    const enrollment = rows[0];
    if (enrollment === undefined) {
      throw new DomainError('agreement_version.no_enrollment');
    }
    return enrollment;
  }

  /** E-mail every partner the version concerns (active in its program, in its regions). */
  private async tellConcernedPartners(
    manager: EntityManager,
    row: AgreementVersionEntity,
  ): Promise<void> {
    const { sql, params } = concernedSql(row, new Date());
    const concerned = await manager.query<
      (ConcernedRow & { admin_email: string; preferred_language: Locale })[]
    >(
      `SELECT c.*, p.admin_email, p.preferred_language FROM (${sql}) c JOIN partners p ON p.id = c.partner_id`,
      params,
    );
    const link = `${this.config.PUBLIC_URL}/admin/agreement-versions/${row.id}/show`;
    for (const partner of concerned) {
      if (partner.status === 'accepted') {
        continue;
      }
      const locale = partner.preferred_language;
      await this.notifications.queueAgreement(manager, {
        enrollmentId: partner.id,
        template: 'agreement_version_published',
        locale,
        to: partner.admin_email,
        params: {
          legalName: partner.legal_name,
          title: locale === 'sv' ? row.titleSv : row.titleEn,
          version: row.version,
          publishedOn: row.publishedOn,
          ...(row.reacceptBy === null ? {} : { deadline: row.reacceptBy }),
          link,
        },
      });
    }
  }

  private async acceptanceCounts(
    manager: EntityManager,
    rows: readonly AgreementVersionEntity[],
    now: Date,
  ): Promise<Map<string, NonNullable<AgreementVersionResponse['acceptance']>>> {
    const counts = new Map<string, NonNullable<AgreementVersionResponse['acceptance']>>();
    for (const row of rows) {
      const { sql, params } = concernedSql(row, now);
      const [count] = await manager.query<
        [{ concerned: number; accepted: number; overdue: number }]
      >(
        `SELECT count(*)::int AS concerned,
                count(*) FILTER (WHERE status = 'accepted')::int AS accepted,
                count(*) FILTER (WHERE status = 'overdue')::int AS overdue
         FROM (${sql}) c`,
        params,
      );
      counts.set(row.id, count);
    }
    return counts;
  }
}

type ConcernedRow = {
  id: string;
  partner_id: string;
  legal_name: string;
  country: string;
  region: string;
  status: 'accepted' | 'pending' | 'overdue';
  accepted_version: string | null;
  accepted_at: string | Date | null;
  signatory_name: string | null;
};

const partnerOrder: Record<PartnerSort | 'id', string> = {
  id: 'id',
  legalName: 'legal_name',
  country: 'country',
  acceptedAt: 'accepted_at',
  // overdue, pending, accepted: the ones to chase first when sorted descending.
  status: `CASE status WHEN 'overdue' THEN 3 WHEN 'pending' THEN 2 ELSE 1 END`,
};

/**
 * The partners a version concerns, one row per active enrollment in a program whose agreement
 * it is, in a market of its regions: accepted when the tenant accepted it or a newer version of
 * its kind in that enrollment's region; otherwise overdue from its deadline on, pending before.
 */
function concernedSql(row: AgreementVersionEntity, now: Date): { sql: string; params: unknown[] } {
  const inRegions = markets.filter(
    (market) => row.regions === null || row.regions.includes(market.region),
  );
  const overdue = row.reacceptBy !== null && row.reacceptBy <= today(now);
  const params: unknown[] = [
    programsOf(row.kind),
    inRegions.map((m) => m.country),
    inRegions.map((m) => m.region),
    row.kind,
    row.rank,
    overdue ? 'overdue' : 'pending',
  ];
  const sql = `
    SELECT e.id, e.partner_id, p.legal_name, e.country, m.region,
           CASE WHEN a.id IS NOT NULL THEN 'accepted' ELSE $6 END AS status,
           a.version AS accepted_version, a.accepted_at, a.signatory_name
    FROM enrollments e
    JOIN partners p ON p.id = e.partner_id
    JOIN unnest($2::text[], $3::text[]) AS m(country, region) ON m.country = e.country
    LEFT JOIN LATERAL (
      SELECT x.id, x.version, x.accepted_at, x.signatory_name
      FROM agreement_acceptances x
      JOIN agreement_versions v ON v.kind = x.kind AND v.version = x.version
      WHERE x.tenant_id = e.tenant_id AND x.kind = $4 AND x.region = m.region AND v.rank >= $5
      ORDER BY v.rank DESC LIMIT 1
    ) a ON true
    WHERE e.state = 'active' AND e.program = ANY($1::text[])`;
  return { sql, params };
}

function statusOf(
  row: AgreementVersionEntity,
  all: readonly AgreementVersionEntity[],
  now: Date,
): AgreementVersionResponse['status'] {
  const day = today(now);
  if (row.publishedOn > day) {
    return 'scheduled';
  }
  const newer = all.some(
    (other) => other.kind === row.kind && other.rank > row.rank && other.publishedOn <= day,
  );
  return newer ? 'superseded' : 'current';
}

function toResponse(
  row: AgreementVersionEntity,
  status: AgreementVersionResponse['status'],
  acceptance: AgreementVersionResponse['acceptance'] | undefined,
): AgreementVersionResponse {
  return {
    id: row.id,
    kind: row.kind,
    version: row.version,
    rank: row.rank,
    publishedOn: row.publishedOn,
    reacceptBy: row.reacceptBy,
    regions: row.regions,
    status,
    texts: {
      en: { title: row.titleEn, body: row.bodyEn },
      sv: { title: row.titleSv, body: row.bodySv },
    },
    publishedByName: row.publishedByName,
    createdAt: row.createdAt.toISOString(),
    ...(acceptance === undefined ? {} : { acceptance }),
  };
}
