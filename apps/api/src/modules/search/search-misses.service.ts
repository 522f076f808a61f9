import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { searchMissKey } from '@hub/domain';
import { DataSource } from 'typeorm';
import { DomainError } from '../../http/domain-error.js';
import { type Page } from '../../http/list/list-endpoint.js';
import { type ListQuery, type ListSpec } from '../../http/list/list-query.js';
import { isStaff } from '../identity/access.js';
import { type AuthenticatedUser } from '../identity/authenticated-user.js';
import { type SearchMissResponse } from './search-miss.response.js';
import { type ReadQuery } from './search-request.js';

const missFilters = {
  region: 'strings',
  country: 'strings',
  withText: 'boolean',
  since: 'string',
} as const;
type MissSort = 'count' | 'lastSeenAt' | 'region' | 'country';
export const SEARCH_MISS_LIST: ListSpec<MissSort, typeof missFilters> = {
  resource: 'search-misses',
  sortable: ['count', 'lastSeenAt', 'region', 'country'],
  defaultSort: ['count', 'DESC'],
  filters: missFilters,
};
export type SearchMissListQuery = ListQuery<MissSort, typeof missFilters>;

const sortColumns: Record<MissSort | 'id', string> = {
  id: 'id',
  count: 'count',
  lastSeenAt: 'last_seen_at',
  region: 'region',
  country: 'country',
};

type MissKey = {
  readonly region: string;
  readonly country: string;
  readonly filters: string;
  readonly withText: boolean;
};

type MissRow = {
  id: string;
  region: string;
  country: string;
  filters: string;
  with_text: boolean;
  count: number;
  last_seen_at: Date;
};

/** The default window of the unmet-demand view. */
const DEFAULT_DAYS = 90;
const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** Keys held between flushes at most; past that, misses are dropped until the next flush. */
const MAX_PENDING_KEYS = 2000;
const FLUSH_EVERY_MS = 5000;
/** A lookup by id (the provider page) is not a reseller's search. */
const byId = /^\s*"?id"?\s*=/;

/**
 * Unmet demand (issue 9 item 6): each directory search that found nothing is counted, per day,
 * by its filter key (packages/domain searchMissKey): no text, no address. Counting never slows
 * or fails a search: misses are summed in memory and written every few seconds in one
 * statement (a flood of empty searches is a few rows, not a write each); a failure is logged.
 */
@Injectable()
export class SearchMissesService implements OnModuleDestroy {
  private readonly logger = new Logger('SearchMissesService');
  private pending = new Map<string, { key: MissKey; count: number }>();
  private readonly timer: NodeJS.Timeout;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.timer = setInterval(() => void this.flush(), FLUSH_EVERY_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  /** Counts the searches (as sent, before the API's own filters) that found nothing. */
  record(queries: readonly ReadQuery[]): void {
    for (const query of queries) {
      const filter = query.filter ?? [];
      if (filter.flat().some((element) => byId.test(element))) {
        continue;
      }
      const key = searchMissKey(filter);
      const row: MissKey = {
        region: clip(key.region, 300),
        country: clip(key.country, 300),
        filters: clip(key.filters.join(', '), 600),
        withText: typeof query['q'] === 'string' && query['q'].trim() !== '',
      };
      const id = JSON.stringify(row);
      const held = this.pending.get(id);
      if (held !== undefined) {
        held.count += 1;
      } else if (this.pending.size < MAX_PENDING_KEYS) {
        this.pending.set(id, { key: row, count: 1 });
      }
    }
  }

  /** Writes what is held, as one upsert (tests call it instead of waiting for the timer). */
  async flush(): Promise<void> {
    if (this.pending.size === 0) {
      return;
    }
    const rows = [...this.pending.values()];
    this.pending = new Map();
    try {
      await this.dataSource.query(
        `INSERT INTO search_misses (day, region, country, filters, with_text, count, last_seen_at)
         SELECT current_date, r.region, r.country, r.filters, r.with_text, r.count, now()
           FROM json_to_recordset($1) AS r(region text, country text, filters text, with_text boolean, count int)
         ON CONFLICT (day, region, country, filters, with_text)
         DO UPDATE SET count = search_misses.count + excluded.count, last_seen_at = now()`,
        [
          JSON.stringify(
            rows.map(({ key, count }) => ({
              region: key.region,
              country: key.country,
              filters: key.filters,
              with_text: key.withText,
              count,
            })),
          ),
        ],
      );
    } catch (error) {
      this.logger.warn(`Unmet demand not counted: ${String(error)}`);
    }
  }

  /** The keys that found nothing in the window (default the last 90 days), most missed first. */
  async list(
    user: AuthenticatedUser,
    query: SearchMissListQuery,
  ): Promise<Page<SearchMissResponse>> {
    if (!isStaff(user)) {
      throw new DomainError('partner.staff_only');
    }
    const { region, country, withText, since } = query.filter;
    const sinceDay =
      since !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(since) && !Number.isNaN(Date.parse(since))
        ? since
        : undefined;
    if (since !== undefined && sinceDay === undefined) {
      throw new DomainError('http.list_query_invalid', {
        reason: 'since must be a YYYY-MM-DD date',
      });
    }
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    where.push(
      sinceDay === undefined
        ? `day >= current_date - ${DEFAULT_DAYS}`
        : `day >= ${param(sinceDay)}::date`,
    );
    if (region) {
      where.push(`region = ANY(${param(region)})`);
    }
    if (country) {
      where.push(`country = ANY(${param(country)})`);
    }
    if (withText !== undefined) {
      where.push(`with_text = ${param(withText)}`);
    }
    const grouped = `SELECT region, country, filters, with_text, sum(count)::int AS count,
        max(last_seen_at) AS last_seen_at,
        md5(region || '/' || country || '/' || filters || '/' || with_text::text) AS id
      FROM search_misses WHERE ${where.join(' AND ')}
      GROUP BY region, country, filters, with_text`;
    const [{ total }] = await this.dataSource.query<[{ total: number }]>(
      `SELECT count(*)::int AS total FROM (${grouped}) g`,
      params,
    );
    const order = query.sort.order === 'ASC' ? 'ASC' : 'DESC';
    const rows = await this.dataSource.query<MissRow[]>(
      `SELECT * FROM (${grouped}) g ORDER BY ${sortColumns[query.sort.field]} ${order}, id ASC
       OFFSET ${param(query.range.start)} LIMIT ${param(query.range.end - query.range.start + 1)}`,
      params,
    );
    return {
      rows: rows.map((row) => ({
        id: row.id,
        region: row.region,
        country: row.country,
        filters: row.filters === '' ? [] : row.filters.split(', '),
        withText: row.with_text,
        count: row.count,
        lastSeenAt: new Date(row.last_seen_at).toISOString(),
      })),
      total,
      start: query.range.start,
    };
  }
}
