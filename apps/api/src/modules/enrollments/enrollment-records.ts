import { findPartnerMarket, type EnrollmentState } from '@hub/domain';
import { ProviderListingEntity } from '../providers/provider-listing.entity.js';
import { type EntityManager, type EntityMetadata, type EntityTarget } from 'typeorm';
import { ApplyValueTransformers } from 'typeorm/util/ApplyValueTransformers.js';
import { AgreementAcceptanceEntity } from '../agreements/agreement-acceptance.entity.js';
import { loadAgreementCatalog } from '../agreements/agreement-catalog.js';
import { AuditEventEntity } from '../audit/audit-event.entity.js';
import { type AuditHead } from '../audit/audit.service.js';
import { PartnerEntity } from '../partners/partner.entity.js';
import { rateBook } from '../partners/fx-rates.service.js';
import { RevenueRecordEntity } from '../partners/revenue-record.entity.js';
import { type EnrollmentRecord, type TransitionInfo } from './enrollment-facts.js';
import { EnrollmentCheckEntity } from './enrollment-check.entity.js';
import { EnrollmentEntity } from './enrollment.entity.js';

/**
 * The records of some enrollments (partner, checks, revenue rows, the tenant's agreement
 * acceptances and, when asked, the head of the audit chain) in one statement: each related row
 * comes back as JSON built from the entity's own column metadata and is hydrated the way
 * TypeORM would (dates as Date, bigint as string, transformers applied). One round trip instead
 * of five is most of what a command costs over the raw SQL it stands for.
 *
 * Call it after the enrollment rows are read (and, for a write, locked): under READ COMMITTED
 * each statement sees what was committed when it began, so reading after the lock sees every
 * row the previous holder of the lock wrote. That is what makes `auditHead` the true head.
 */
export async function loadEnrollmentRecords(
  manager: EntityManager,
  enrollments: readonly EnrollmentEntity[],
  options: { auditHead?: boolean } = {},
): Promise<EnrollmentRecord[]> {
  if (enrollments.length === 0) {
    return [];
  }
  // Independent reads: outside a transaction each takes a pooled connection of its own; on a
  // transaction's one connection pg runs them in turn.
  const [rows, catalog] = await Promise.all([
    manager.query<RecordRow[]>(recordsSql(manager, options.auditHead === true), [
      enrollments.map((e) => e.id),
    ]),
    loadAgreementCatalog(manager),
  ]);
  // Direct bill eligibility converts revenue in other currencies at the month's FX rate.
  const directBill = new Set(
    enrollments.filter((e) => e.program === 'direct_bill').map((e) => e.id),
  );
  const convertedMonths = new Set(
    rows
      .filter((row) => directBill.has(row.id))
      .flatMap((row) => row.revenue)
      .filter((json) => json['currency'] !== 'USD')
      .map((json) => String(json['month'])),
  );
  const rates =
    convertedMonths.size === 0 ? [] : (await rateBook(manager, [...convertedMonths])).rates;
  const byId = new Map(rows.map((row) => [row.id, row]));
  return enrollments.map((enrollment) => {
    const row = byId.get(enrollment.id);
    if (row === undefined) {
      // The enrollment was read a moment ago in the same transaction, and rows are never deleted.
      throw new Error(`enrollment ${enrollment.id} has no partner row`);
    }
    const market = findPartnerMarket(enrollment.country);
    return {
      enrollment,
      partner: hydrate(manager, PartnerEntity, row.partner),
      checks: row.checks.map((json) => hydrate(manager, EnrollmentCheckEntity, json)),
      revenue: row.revenue.map((json) => hydrate(manager, RevenueRecordEntity, json)),
      acceptances: row.acceptances.map((json) => hydrate(manager, AgreementAcceptanceEntity, json)),
      region: market.ok ? market.value.region : null,
      catalog,
      rates,
      transition: row.transition,
      tenantIndirectStates: row.tenant_indirect_states,
      ...(options.auditHead ? { auditHead: row.audit_head } : {}),
    };
  });
}

type Json = Record<string, unknown>;
type RecordRow = {
  id: string;
  partner: Json;
  checks: Json[];
  revenue: Json[];
  acceptances: Json[];
  transition: TransitionInfo | null;
  tenant_indirect_states: EnrollmentState[];
  audit_head: AuditHead | null;
};

const statements = new WeakMap<EntityManager['connection'], Map<boolean, string>>();

function recordsSql(manager: EntityManager, withAuditHead: boolean): string {
  const connection = manager.connection;
  let cached = statements.get(connection);
  if (cached === undefined) {
    cached = new Map();
    statements.set(connection, cached);
  }
  const known = cached.get(withAuditHead);
  if (known !== undefined) {
    return known;
  }
  const meta = (target: EntityTarget<unknown>) => connection.getMetadata(target);
  const table = (target: EntityTarget<unknown>) => quote(meta(target).tableName);
  const column = (target: EntityTarget<unknown>, property: string) =>
    quote(meta(target).findColumnWithPropertyName(property)!.databaseName);
  const list = (target: EntityTarget<unknown>, alias: string, where: string, order: string) =>
    `COALESCE((SELECT json_agg(${jsonObject(meta(target), alias)} ORDER BY ${order})
                 FROM ${table(target)} ${alias} WHERE ${where}), '[]'::json)`;
  const sql = `
    SELECT e.id,
           ${jsonObject(meta(PartnerEntity), 'p')} AS partner,
           ${list(EnrollmentCheckEntity, 'c', `c.${column(EnrollmentCheckEntity, 'enrollmentId')} = e.id`, `c.${column(EnrollmentCheckEntity, 'check')}`)} AS checks,
           ${list(RevenueRecordEntity, 'r', `r.${column(RevenueRecordEntity, 'partnerId')} = e.${column(EnrollmentEntity, 'partnerId')}`, `r.${column(RevenueRecordEntity, 'month')}, r.id`)} AS revenue,
           ${list(AgreementAcceptanceEntity, 'a', `a.${column(AgreementAcceptanceEntity, 'tenantId')} = e.${column(EnrollmentEntity, 'tenantId')}`, `a.${column(AgreementAcceptanceEntity, 'acceptedAt')}, a.id`)} AS acceptances,
           (SELECT json_build_object('enrollmentId', t.id, 'directBillEnrollmentId', t.${column(EnrollmentEntity, 'transitionOf')},
                                     'state', t.${column(EnrollmentEntity, 'state')}, 'providerId', t.${column(EnrollmentEntity, 'providerId')},
                                     'providerName', l.${column(ProviderListingEntity, 'fields')}->>'name', 'createdAt', t.${column(EnrollmentEntity, 'createdAt')})
              FROM ${table(EnrollmentEntity)} t
              LEFT JOIN ${table(ProviderListingEntity)} l
                ON l.${column(ProviderListingEntity, 'providerId')} = t.${column(EnrollmentEntity, 'providerId')}
               AND l.${column(ProviderListingEntity, 'slot')} = 'live'
             WHERE t.${column(EnrollmentEntity, 'origin')} = 'transition'
               AND (t.${column(EnrollmentEntity, 'transitionOf')} = e.id OR t.id = e.id)
             ORDER BY t.${column(EnrollmentEntity, 'createdAt')} DESC, t.id LIMIT 1) AS transition,
           COALESCE((SELECT array_agg(i.${column(EnrollmentEntity, 'state')}::text)
                       FROM ${table(EnrollmentEntity)} i
                      WHERE i.${column(EnrollmentEntity, 'tenantId')} = e.${column(EnrollmentEntity, 'tenantId')}
                        AND i.${column(EnrollmentEntity, 'program')} = 'indirect_reseller'
                        AND i.${column(EnrollmentEntity, 'locationId')} IS NULL), '{}') AS tenant_indirect_states,
           ${
             withAuditHead
               ? `(SELECT json_build_object('seq', h.seq, 'hash', h.hash)
                     FROM ${table(AuditEventEntity)} h
                    WHERE h.${column(AuditEventEntity, 'enrollmentId')} = e.id
                    ORDER BY h.seq DESC LIMIT 1)`
               : 'NULL'
           } AS audit_head
      FROM ${table(EnrollmentEntity)} e
      JOIN ${table(PartnerEntity)} p ON p.id = e.${column(EnrollmentEntity, 'partnerId')}
     WHERE e.id = ANY($1::uuid[])`;
  cached.set(withAuditHead, sql);
  return sql;
}

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/** `json_build_object('col', alias.col, ...)` over every column; bigint as text, exactly. */
function jsonObject(metadata: EntityMetadata, alias: string): string {
  const pairs = metadata.columns.map((column) => {
    const value = `${alias}.${quote(column.databaseName)}`;
    return `'${column.databaseName}', ${column.type === 'bigint' ? `${value}::text` : value}`;
  });
  return `json_build_object(${pairs.join(', ')})`;
}

const dateTypes = new Set<unknown>(['timestamptz', 'timestamp', 'timestamp with time zone']);

/** An entity from its JSON row, as TypeORM's own hydration would build it. */
function hydrate<T extends object>(manager: EntityManager, target: EntityTarget<T>, json: Json): T {
  const metadata = manager.connection.getMetadata(target);
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    const raw = json[column.databaseName];
    const value =
      raw === null || raw === undefined
        ? null
        : dateTypes.has(column.type)
          ? new Date(raw as string)
          : raw;
    column.setEntityValue(
      entity,
      column.transformer ? ApplyValueTransformers.transformFrom(column.transformer, value) : value,
    );
  }
  return entity;
}
