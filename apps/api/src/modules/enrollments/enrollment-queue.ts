import { marketsInRegion, queueTabStates, queueTabs, serviceLevelRunningStates } from '@hub/domain';
import { type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { DomainError } from '../../http/domain-error.js';
import { type ListQuery, type ListSpec, type ParsedFilter } from '../../http/list/list-query.js';
import { type AuthenticatedUser } from '../identity/authenticated-user.js';
import { tenantScope } from '../identity/access.js';
import { PartnerEntity } from '../partners/partner.entity.js';
import { escapeLike } from '../partners/partners.service.js';
import { EnrollmentEntity } from './enrollment.entity.js';

/**
 * The reviewers' queue over enrollments (issue 8 item 1): one filter schema for the list, the
 * tab counts and the CSV export, each filter backed by an index (migration CreateReviewQueue).
 */
export const enrollmentFilters = {
  tab: queueTabs,
  state: 'strings',
  program: ['indirect_reseller', 'direct_bill'],
  region: 'strings',
  country: 'strings',
  /** `YYYY-MM-DD` (UTC), inclusive. */
  submittedFrom: 'string',
  submittedTo: 'string',
  /** `YYYY-MM-DD` (UTC), inclusive: when the review was decided (verified, rejected, withdrawn). */
  decidedFrom: 'string',
  decidedTo: 'string',
  /** `me`, `none`, or a staff user's object id. */
  assignee: 'string',
  overdue: 'boolean',
  /** Flagged as a possible duplicate of another tenant's applicant (partner_duplicate_flags). */
  duplicate: 'boolean',
  partnerId: 'string',
  /** Legal name (fuzzy), PartnerID, the admin e-mail's domain, or the bank account's last 4. */
  q: 'string',
  id: 'strings',
  /** Keyset pagination: the `X-Next-Cursor` of the page before (deep pages). */
  after: 'string',
} as const;

export type EnrollmentSort =
  | 'submittedAt'
  | 'createdAt'
  | 'updatedAt'
  | 'state'
  | 'program'
  | 'country'
  | 'legalName'
  | 'overdueFrom'
  | 'assignee';

export const ENROLLMENT_LIST: ListSpec<EnrollmentSort, typeof enrollmentFilters> = {
  resource: 'enrollments',
  sortable: [
    'submittedAt',
    'createdAt',
    'updatedAt',
    'state',
    'program',
    'country',
    'legalName',
    'overdueFrom',
    'assignee',
  ],
  defaultSort: ['createdAt', 'DESC'],
  filters: enrollmentFilters,
};
export type EnrollmentListQuery = ListQuery<EnrollmentSort, typeof enrollmentFilters>;
export type EnrollmentFilter = ParsedFilter<typeof enrollmentFilters>;

export const sortColumns: Record<EnrollmentSort | 'id', string> = {
  id: 'e.id',
  submittedAt: 'e.submitted_at',
  createdAt: 'e.created_at',
  updatedAt: 'e.updated_at',
  state: 'e.state',
  program: 'e.program',
  country: 'e.country',
  legalName: 'p.legal_name',
  overdueFrom: 'e.sla_overdue_from',
  assignee: 'e.assignee_name',
};

const invalid = (reason: string) => new DomainError('http.list_query_invalid', { reason });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function dayStart(value: string, key: string): Date {
  const date = new Date(`${value}T00:00:00Z`);
  if (
    !DAY.test(value) ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== value
  ) {
    throw invalid(`filter.${key} must be a date as YYYY-MM-DD.`);
  }
  return date;
}

/** The enrollments the caller may see, joined to their partner, with the queue's filter. */
export function queueQuery(
  manager: EntityManager,
  user: AuthenticatedUser,
  filter: EnrollmentFilter,
  now: Date,
  options: { withoutTab?: boolean; joinPartner?: boolean } = {},
): SelectQueryBuilder<EnrollmentEntity> {
  const builder = manager.getRepository(EnrollmentEntity).createQueryBuilder('e');
  // Every enrollment has its partner (a foreign key): join only to search or sort by it, so a
  // count never hashes the partners table.
  if (options.joinPartner || filter.q) {
    builder.innerJoin(PartnerEntity, 'p', 'p.id = e.partner_id');
  }
  const tenant = tenantScope(user);
  if (tenant !== undefined) {
    builder.andWhere('e.tenant_id = :tenant', { tenant });
  }
  const { tab, state, program, region, country, partnerId, q, id, assignee, overdue } = filter;
  if (tab && !options.withoutTab) {
    builder.andWhere('e.state IN (:...tabStates)', {
      tabStates: tab.flatMap((t) => queueTabStates(t)),
    });
  }
  if (state) {
    builder.andWhere('e.state IN (:...state)', { state });
  }
  if (program) {
    builder.andWhere('e.program IN (:...program)', { program });
  }
  if (region) {
    const countries = region.flatMap((name) => {
      const found = marketsInRegion(name);
      if (!found.ok) {
        throw invalid(`filter.region: “${name}” is not a CSP region.`);
      }
      return found.value.map((market) => market.country);
    });
    builder.andWhere('e.country IN (:...regionCountries)', { regionCountries: countries });
  }
  if (country) {
    builder.andWhere('e.country IN (:...country)', { country });
  }
  if (filter.submittedFrom) {
    builder.andWhere('e.submitted_at >= :submittedFrom', {
      submittedFrom: dayStart(filter.submittedFrom, 'submittedFrom'),
    });
  }
  if (filter.submittedTo) {
    const end = dayStart(filter.submittedTo, 'submittedTo');
    builder.andWhere('e.submitted_at < :submittedTo', {
      submittedTo: new Date(end.getTime() + 86_400_000),
    });
  }
  if (filter.decidedFrom) {
    builder.andWhere('e.decided_at >= :decidedFrom', {
      decidedFrom: dayStart(filter.decidedFrom, 'decidedFrom'),
    });
  }
  if (filter.decidedTo) {
    const end = dayStart(filter.decidedTo, 'decidedTo');
    builder.andWhere('e.decided_at < :decidedTo', {
      decidedTo: new Date(end.getTime() + 86_400_000),
    });
  }
  if (assignee === 'none') {
    builder.andWhere('e.assignee_user_id IS NULL');
  } else if (assignee !== undefined) {
    const who = assignee === 'me' ? user.actor.userId : assignee;
    if (!UUID.test(who)) {
      throw invalid('filter.assignee must be “me”, “none” or a user id.');
    }
    builder.andWhere('e.assignee_user_id = :assignee', { assignee: who });
  }
  if (overdue !== undefined) {
    builder.andWhere(
      overdue
        ? 'e.state IN (:...running) AND e.sla_overdue_from <= :now'
        : 'NOT (e.state IN (:...running) AND e.sla_overdue_from IS NOT NULL AND e.sla_overdue_from <= :now)',
      { running: serviceLevelRunningStates, now },
    );
  }
  if (filter.duplicate !== undefined) {
    // A copy of partner_duplicate_flags on each application, kept by triggers, with a partial
    // index of the flagged ones (migration AddEnrollmentDuplicateFlag).
    builder.andWhere(filter.duplicate ? 'e.duplicate_flagged' : 'NOT e.duplicate_flagged');
  }
  if (partnerId) {
    if (!UUID.test(partnerId)) {
      throw invalid('filter.partnerId must be a partner id.');
    }
    builder.andWhere('e.partner_id = :partnerId', { partnerId });
  }
  if (id) {
    if (!id.every((value) => UUID.test(value))) {
      throw invalid('filter.id must hold enrollment ids.');
    }
    builder.andWhere('e.id IN (:...id)', { id });
  }
  if (q) {
    searchText(builder, q.trim());
  }
  return builder;
}

/**
 * One search box over what reviewers look things up by: the legal name (trigram, so typos and
 * fragments match), the PartnerID, the admin e-mail's domain, and the bank account's last 4.
 */
function searchText(builder: SelectQueryBuilder<EnrollmentEntity>, q: string): void {
  if (q === '') {
    return;
  }
  const lower = q.toLowerCase();
  const domain = lower.startsWith('@') ? lower.slice(1) : lower;
  builder.andWhere(
    `(lower(p.legal_name) LIKE :like OR p.partner_id = :exact OR p.bank_last4 = :exact
      OR lower(split_part(p.admin_email, '@', 2)) = :domain)`,
    { like: `%${escapeLike(lower)}%`, exact: q, domain },
  );
}

/** Past this many rows, a total is the planner's estimate, not a count (pitfall 7). */
export const EXACT_TOTAL_CAP = 10_000;

/**
 * The number of rows the filter matches: exact up to the cap (counted over at most cap + 1 rows
 * of an index), otherwise the planner's estimate, said so by `exact: false`.
 */
export async function queueTotal(
  builder: SelectQueryBuilder<EnrollmentEntity>,
  cap = EXACT_TOTAL_CAP,
): Promise<{ total: number; exact: boolean }> {
  const [sql, parameters] = builder
    .clone()
    .select('1')
    .orderBy()
    .offset(undefined)
    .limit(undefined)
    .getQueryAndParameters();
  const n = await cappedCount(builder.connection.manager, sql, parameters, cap);
  if (n <= cap) {
    return { total: n, exact: true };
  }
  const plan = await builder.connection.query<
    { 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }[]
  >(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
  const estimate = Math.round(plan[0]?.['QUERY PLAN'][0]?.Plan['Plan Rows'] ?? n);
  return { total: Math.max(n, estimate), exact: false };
}

/** How many rows `sql` yields, counting at most cap + 1 of them. */
async function cappedCount(
  manager: EntityManager,
  sql: string,
  parameters: unknown[],
  cap: number,
): Promise<number> {
  const rows = await manager.query<{ n: string }[]>(
    `SELECT count(*) AS n FROM (${sql} LIMIT ${cap + 1}) capped`,
    parameters,
  );
  return Number(rows[0]?.n ?? 0);
}

/** The live count of each tab, under the rest of the filter; capped like queueTotal. */
export async function queueTabCounts(
  manager: EntityManager,
  user: AuthenticatedUser,
  filter: EnrollmentFilter,
  now: Date,
  cap = 1000,
): Promise<{ tab: (typeof queueTabs)[number]; count: number; capped: boolean }[]> {
  const counts = [];
  for (const tab of queueTabs) {
    const builder = queueQuery(manager, user, { ...filter, tab: [tab] }, now);
    const [sql, parameters] = builder.select('1').getQueryAndParameters();
    const n = await cappedCount(manager, sql, parameters, cap);
    counts.push({ tab, count: Math.min(n, cap), capped: n > cap });
  }
  return counts;
}

/**
 * Keyset pagination for deep pages: the cursor is the last row's sort value and id, so the next
 * page starts there through the index instead of counting past every row before it.
 */
export type Cursor = { readonly value: string | null; readonly id: string };

export const encodeCursor = (cursor: Cursor): string =>
  Buffer.from(JSON.stringify([cursor.value, cursor.id])).toString('base64url');

export function decodeCursor(raw: string): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      (parsed[0] === null || typeof parsed[0] === 'string') &&
      typeof parsed[1] === 'string' &&
      UUID.test(parsed[1])
    ) {
      return { value: parsed[0] as string | null, id: parsed[1] };
    }
  } catch {
    // falls through to the 400
  }
  throw invalid('filter.after is not a cursor this list gave out.');
}

/** Sort columns that may hold NULL. Their NULLs come last in either direction. */
const nullableSorts = new Set(['e.submitted_at', 'e.sla_overdue_from', 'e.assignee_name']);

const timestampSorts = new Set([
  'e.submitted_at',
  'e.created_at',
  'e.updated_at',
  'e.sla_overdue_from',
]);

/** A timestamptz as PostgreSQL writes it in text (the cursor's value of a date sort). */
const PG_TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

/**
 * The queue's order: the sort column, then the id, both in the sort's direction, NULL sort values
 * last. An index yields each of these orders as it is (migrations CreateReviewQueue and
 * QueueSortIndexes), so a page is a short index scan, not a sort of every row the filter matches.
 */
export function orderQueue(
  builder: SelectQueryBuilder<EnrollmentEntity>,
  column: string,
  order: 'ASC' | 'DESC',
): SelectQueryBuilder<EnrollmentEntity> {
  builder.orderBy(
    column,
    order,
    order === 'DESC' && nullableSorts.has(column) ? 'NULLS LAST' : undefined,
  );
  return column === 'e.id' ? builder : builder.addOrderBy('e.id', order);
}

type Raw = { readonly cursor_value: string | null };
type PageRows<R extends Raw> = { entities: EnrollmentEntity[]; raw: R[] };

/**
 * The `size` rows after `cursor` in the queue's order (orderQueue), from the builders `query`
 * makes (each selects `cursor_value`). The rows with a value come from a row comparison,
 * `(column, id) > (value, id)`, which is an index range. The NULLs sort after every value; a
 * second statement reads them, only when the values run out. Written as one statement
 * (`… OR column IS NULL`), PostgreSQL scanned the index from its start and filtered: 1,077 ms
 * for page 1,000 at 1M rows, against 0.2 ms for the range.
 */
export async function pageAfter<R extends Raw>(
  query: () => SelectQueryBuilder<EnrollmentEntity>,
  column: string,
  order: 'ASC' | 'DESC',
  cursor: Cursor,
  size: number,
): Promise<PageRows<R>> {
  const after = order === 'ASC' ? '>' : '<';
  const nullTail = (limit: number, afterId?: string) => {
    const tail = query().andWhere(`${column} IS NULL`);
    if (afterId !== undefined) {
      tail.andWhere(`e.id ${after} :cursorId`, { cursorId: afterId });
    }
    return orderQueue(tail, 'e.id', order).limit(limit).getRawAndEntities<R>();
  };
  if (cursor.value === null) {
    return nullTail(size, cursor.id);
  }
  if (column === 'e.id') {
    return orderQueue(
      query().andWhere(`e.id ${after} :cursorId`, { cursorId: cursor.id }),
      column,
      order,
    )
      .limit(size)
      .getRawAndEntities<R>();
  }
  if (timestampSorts.has(column) && !PG_TIMESTAMP.test(cursor.value)) {
    throw invalid('filter.after is not a cursor this list gave out.');
  }
  const type = timestampSorts.has(column) ? 'timestamptz' : 'text';
  const values = await orderQueue(
    query().andWhere(`(${column}, e.id) ${after} (CAST(:cursorValue AS ${type}), :cursorId)`, {
      cursorValue: cursor.value,
      cursorId: cursor.id,
    }),
    column,
    order,
  )
    .limit(size)
    .getRawAndEntities<R>();
  if (values.entities.length === size || !nullableSorts.has(column)) {
    return values;
  }
  const nulls = await nullTail(size - values.entities.length);
  return {
    entities: [...values.entities, ...nulls.entities],
    raw: [...values.raw, ...nulls.raw],
  };
}
