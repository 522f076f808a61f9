import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  parseCurrency,
  parseExchangeRate,
  parseMonth,
  type Locale,
  type MonthKey,
  type MonthlyRate,
} from '@hub/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../../http/domain-error.js';
import {
  IdempotencyService,
  type WriteResult,
} from '../../http/idempotency/idempotency.service.js';
import { type Page } from '../../http/list/list-endpoint.js';
import { type ListQuery, type ListSpec } from '../../http/list/list-query.js';
import { callerScope } from '../identity/access.js';
import { type AuthenticatedUser } from '../identity/authenticated-user.js';
import {
  invalidLines,
  duplicateFinder,
  previewOf,
  type CsvPreviewJson,
} from './csv/csv-preview.js';
import { columnCountProblem, readCsv, type CsvFile, type LineProblem } from './csv/read-csv.js';
import { CsvImportEntity } from './csv-import.entity.js';
import { type CsvImportResult, type FxRateResponse } from './dto/csv-import.dto.js';
import { FxRateEntity } from './fx-rate.entity.js';

const rateFilters = { currency: 'string', month: 'string', source: 'string' } as const;
type RateSort = 'month' | 'currency';
export const FX_RATE_LIST: ListSpec<RateSort, typeof rateFilters> = {
  resource: 'fx-rates',
  sortable: ['month', 'currency'],
  defaultSort: ['month', 'DESC'],
  filters: rateFilters,
};
export type FxRateListQuery = ListQuery<RateSort, typeof rateFilters>;

const sortColumns: Record<RateSort | 'id', string> = {
  id: 'r.month',
  month: 'r.month',
  currency: 'r.currency',
};

export const FX_COLUMNS = {
  required: ['month', 'currency', 'usd_per_unit'],
  optional: [],
} as const;

/** The label of rates that were made up for the demo (shown as such in the console). */
export const DEMO_RATE_SOURCE = 'demo';

const SOURCE = /^[^\p{Cc}]{1,64}$/u;

/** A rate as read from a file line, or that line's problems. */
type RateLine = { month: MonthKey; currency: string; usdPerUnit: string };

/** The rates as the revenue rules read them, and as shown: `YYYY-MM CUR` → rate and its row. */
export type RateBook = {
  readonly rates: readonly MonthlyRate[];
  readonly rows: ReadonlyMap<string, FxRateEntity>;
};

/** The rates of some months (all when `months` is absent), ready for the revenue rules. */
export async function rateBook(
  manager: EntityManager,
  months?: readonly string[],
): Promise<RateBook> {
  const rows = await manager
    .getRepository(FxRateEntity)
    .find(months === undefined ? {} : { where: months.map((month) => ({ month })) });
  const rates: MonthlyRate[] = [];
  const byKey = new Map<string, FxRateEntity>();
  for (const row of rows) {
    const rate = parseExchangeRate({ from: row.currency, to: 'USD', rate: row.usdPerUnit });
    if (rate.ok) {
      rates.push({ month: row.month as MonthKey, rate: rate.value });
      byKey.set(`${row.month} ${row.currency}`, row);
    }
  }
  return { rates, rows: byKey };
}

/** Monthly FX rates to USD: program data that program admins import (preview, then commit). */
@Injectable()
export class FxRatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
  ) {}

  async list(query: FxRateListQuery): Promise<Page<FxRateResponse>> {
    const builder = this.dataSource.getRepository(FxRateEntity).createQueryBuilder('r');
    if (query.filter.currency) {
      builder.andWhere('r.currency = :currency', { currency: query.filter.currency });
    }
    if (query.filter.month) {
      builder.andWhere('r.month = :month', { month: query.filter.month });
    }
    if (query.filter.source) {
      builder.andWhere('r.source = :source', { source: query.filter.source });
    }
    const [rows, total] = await builder
      .orderBy(sortColumns[query.sort.field], query.sort.order)
      .addOrderBy('r.month', 'DESC')
      .addOrderBy('r.currency', 'ASC')
      .offset(query.range.start)
      .limit(query.range.end - query.range.start + 1)
      .getManyAndCount();
    return { rows: rows.map(toFxRateResponse), total, start: query.range.start };
  }

  /** The rates of some months (all when `months` is absent), ready for the revenue rules. */
  book(manager: EntityManager, months?: readonly string[]): Promise<RateBook> {
    return rateBook(manager, months);
  }

  preview(user: AuthenticatedUser, body: unknown, locale: Locale): CsvPreviewJson {
    assertProgramAdmin(user);
    const file = readCsv(body, FX_COLUMNS);
    return previewOf(file, this.check(file).problems, locale);
  }

  async commit(
    user: AuthenticatedUser,
    body: unknown,
    /** The query's `source`: an array when the caller repeats it, refused like a bad label. */
    source: unknown,
    context: { idempotencyKey?: string; requestId: string | null; locale: Locale },
  ): Promise<WriteResult<CsvImportResult>> {
    assertProgramAdmin(user);
    const label = source === undefined ? 'import' : typeof source === 'string' ? source.trim() : '';
    if (!SOURCE.test(label)) {
      throw new DomainError('fx_rate.invalid_source', { field: 'source' });
    }
    const file = readCsv(body, FX_COLUMNS);
    const { problems, rates } = this.check(file);
    if (problems.length > 0) {
      throw invalidLines(problems, context.locale);
    }
    return this.dataSource.transaction((manager) =>
      this.idempotency.run(
        manager,
        {
          scope: callerScope(user),
          key: context.idempotencyKey,
          method: 'POST',
          path: '/api/fx-rates/imports',
          body: { sha256: file.sha256, source: label },
        },
        async () => {
          const existing: { count: string }[] = await manager.query(
            `SELECT count(*) AS count FROM fx_rates f
              JOIN unnest($1::text[], $2::text[]) AS n(month, currency)
                ON f.month = n.month AND f.currency = n.currency`,
            [rates.map((rate) => rate.month), rates.map((rate) => rate.currency)],
          );
          const replaced = Number(existing[0]?.count ?? 0);
          const record = await recordImport(manager, user, {
            kind: 'fx_rates',
            partnerId: null,
            file,
            inserted: rates.length - replaced,
            replaced,
            requestId: context.requestId,
          });
          await manager.query(
            `INSERT INTO fx_rates (month, currency, usd_per_unit, source, import_id)
             SELECT month, currency, usd_per_unit, $4, $5
               FROM unnest($1::text[], $2::text[], $3::text[]) AS n(month, currency, usd_per_unit)
             ON CONFLICT (month, currency) DO UPDATE
               SET usd_per_unit = EXCLUDED.usd_per_unit, source = EXCLUDED.source,
                   import_id = EXCLUDED.import_id, imported_at = now()`,
            [
              rates.map((rate) => rate.month),
              rates.map((rate) => rate.currency),
              rates.map((rate) => rate.usdPerUnit),
              label,
              record.id,
            ],
          );
          return { status: 201, body: importResult(record) };
        },
      ),
    );
  }

  /** Each line's problems; a rate for a month and currency already stored is replaced. */
  private check(file: CsvFile): { problems: LineProblem[]; rates: RateLine[] } {
    const problems: LineProblem[] = [];
    const rates: RateLine[] = [];
    const duplicate = duplicateFinder();
    for (const line of file.lines) {
      const width = columnCountProblem(file, line);
      if (width) {
        problems.push(width);
        continue;
      }
      const found: LineProblem[] = [];
      const problem = (field: string, code: string, details: Readonly<Record<string, unknown>>) =>
        found.push({ line: line.line, field, code, details });
      const {
        month: monthCell = '',
        currency: currencyCell = '',
        usd_per_unit: rateCell = '',
      } = line.cells;
      const month = parseMonth(monthCell);
      if (!month.ok) {
        problem('month', month.error.code, month.error.details ?? {});
      }
      const currency = parseCurrency(currencyCell);
      if (!currency.ok) {
        problem('currency', currency.error.code, currency.error.details ?? {});
      } else if (currency.value === 'USD') {
        problem('currency', 'fx_rate.usd_itself', {});
      }
      const rate = parseExchangeRate({ from: 'EUR', to: 'USD', rate: rateCell });
      if (!rate.ok) {
        problem('usd_per_unit', rate.error.code, { value: rateCell });
      }
      if (found.length === 0) {
        const twice = duplicate(line.line, `${monthCell} ${currencyCell}`);
        if (twice) {
          found.push(twice);
        } else {
          rates.push({
            month: monthCell as MonthKey,
            currency: currencyCell,
            usdPerUnit: rateCell,
          });
        }
      }
      problems.push(...found);
    }
    return { problems, rates };
  }
}

function assertProgramAdmin(user: AuthenticatedUser): void {
  if (user.actor.kind !== 'program_admin') {
    throw new DomainError('fx_rate.program_admin_only');
  }
}

export async function recordImport(
  manager: EntityManager,
  user: AuthenticatedUser,
  input: {
    kind: 'revenue' | 'fx_rates';
    partnerId: string | null;
    file: CsvFile;
    inserted: number;
    replaced: number;
    requestId: string | null;
  },
): Promise<CsvImportEntity> {
  return manager.getRepository(CsvImportEntity).save({
    kind: input.kind,
    partnerId: input.partnerId,
    actorTenantId: user.actor.tenantId,
    actorObjectId: user.actor.userId,
    actorKind: user.actor.kind,
    actorName: user.name.slice(0, 256),
    fileSha256: input.file.sha256,
    lineCount: input.file.lines.length,
    inserted: input.inserted,
    replaced: input.replaced,
    requestId: input.requestId,
  });
}

export const importResult = (record: CsvImportEntity): CsvImportResult => ({
  id: record.id,
  kind: record.kind,
  partnerId: record.partnerId,
  fileSha256: record.fileSha256,
  lineCount: record.lineCount,
  inserted: record.inserted,
  replaced: record.replaced,
  createdAt: record.createdAt.toISOString(),
});

export const toFxRateResponse = (row: FxRateEntity): FxRateResponse => ({
  id: `${row.month}-${row.currency}`,
  month: row.month,
  currency: row.currency,
  usdPerUnit: row.usdPerUnit,
  source: row.source,
  demo: row.source === DEMO_RATE_SOURCE,
  importedAt: row.importedAt.toISOString(),
});
