import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  addMonths,
  parseCurrency,
  parseMoneyAmount,
  parseMonth,
  revenueChannels,
  revenueProductKinds,
  type Locale,
  type MonthKey,
} from '@hub/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../../http/domain-error.js';
import {
  IdempotencyService,
  type WriteResult,
} from '../../http/idempotency/idempotency.service.js';
import { callerScope, isStaff } from '../identity/access.js';
import { type AuthenticatedUser } from '../identity/authenticated-user.js';
import {
  duplicateFinder,
  invalidLines,
  previewOf,
  type CsvPreviewJson,
} from './csv/csv-preview.js';
import { columnCountProblem, readCsv, type CsvFile, type LineProblem } from './csv/read-csv.js';
import { type CsvImportResult } from './dto/csv-import.dto.js';
import { FxRatesService, importResult, recordImport, type RateBook } from './fx-rates.service.js';
import { type PartnerEntity } from './partner.entity.js';
import { PartnersService } from './partners.service.js';

export const REVENUE_COLUMNS = {
  required: ['month', 'amount', 'currency', 'product_type'],
  optional: ['channel'],
} as const;

type RevenueLine = {
  month: MonthKey;
  amountMinor: bigint;
  currency: string;
  productKind: 'cloud' | 'perpetual_software';
  channel: 'indirect_reseller' | 'direct_bill';
};

/**
 * A partner's monthly CSP revenue from a CSV file: `month,amount,currency,product_type` (and an
 * optional `channel`, indirect_reseller when absent). Preview checks every line and writes
 * nothing; commit writes all lines or none. A month in the file replaces every revenue row of
 * that month already on file (the file is the partner's statement of those months: importing a
 * corrected file fixes a month instead of doubling it); the same month, currency, product type
 * and channel twice in one file is a bad line. A currency other than USD needs that month's rate
 * to USD (program data, see FxRatesService).
 */
@Injectable()
export class RevenueImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly partners: PartnersService,
    private readonly fxRates: FxRatesService,
    private readonly idempotency: IdempotencyService,
  ) {}

  async preview(
    user: AuthenticatedUser,
    partnerId: string,
    body: unknown,
    locale: Locale,
    now: Date = new Date(),
  ): Promise<CsvPreviewJson> {
    const partner = await this.partners.find(this.dataSource.manager, user, partnerId);
    assertMayImport(user, partner);
    const file = readCsv(body, REVENUE_COLUMNS);
    const { problems, lines } = await this.check(this.dataSource.manager, file, now);
    const months = [...new Set(lines.map((line) => line.month))];
    const replacedMonths = await replacedRows(this.dataSource.manager, partner.id, months);
    return { ...previewOf(file, problems, locale), replacedMonths };
  }

  async commit(
    user: AuthenticatedUser,
    partnerId: string,
    body: unknown,
    context: { idempotencyKey?: string; requestId: string | null; locale: Locale },
    now: Date = new Date(),
  ): Promise<WriteResult<CsvImportResult>> {
    // Who may import is answered before the file is looked at (and again under the lock).
    assertMayImport(user, await this.partners.find(this.dataSource.manager, user, partnerId));
    const file = readCsv(body, REVENUE_COLUMNS);
    return this.dataSource.transaction((manager) =>
      this.idempotency.run(
        manager,
        {
          scope: callerScope(user),
          key: context.idempotencyKey,
          method: 'POST',
          path: `/api/partners/${partnerId}/revenue-imports`,
          body: { partnerId, sha256: file.sha256 },
        },
        async () => {
          // The partner's row lock keeps two imports of one partner from interleaving.
          const partner = await this.partners.find(manager, user, partnerId, { lock: true });
          assertMayImport(user, partner);
          const { problems, lines } = await this.check(manager, file, now);
          if (problems.length > 0) {
            throw invalidLines(problems, context.locale);
          }
          const months = [...new Set(lines.map((line) => line.month))];
          const [removed] = await manager.query<{ rows: number }[]>(
            `WITH removed AS (
               DELETE FROM revenue_records WHERE partner_id = $1 AND month = ANY($2::text[]) RETURNING 1
             ) SELECT count(*)::int AS rows FROM removed`,
            [partner.id, months],
          );
          const record = await recordImport(manager, user, {
            kind: 'revenue',
            partnerId: partner.id,
            file,
            inserted: lines.length,
            replaced: removed?.rows ?? 0,
            requestId: context.requestId,
          });
          await manager.query(
            `INSERT INTO revenue_records (partner_id, month, amount_minor, currency, channel, product_kind, import_id)
             SELECT $1, month, amount_minor, currency, channel, product_kind, $7
               FROM unnest($2::text[], $3::bigint[], $4::text[], $5::text[], $6::text[])
                 AS n(month, amount_minor, currency, channel, product_kind)`,
            [
              partner.id,
              lines.map((line) => line.month),
              lines.map((line) => line.amountMinor.toString()),
              lines.map((line) => line.currency),
              lines.map((line) => line.channel),
              lines.map((line) => line.productKind),
              record.id,
            ],
          );
          return { status: 201, body: importResult(record) };
        },
      ),
    );
  }

  /** Every line's problems, and the good lines as rows. */
  private async check(
    manager: EntityManager,
    file: CsvFile,
    now: Date,
  ): Promise<{ problems: LineProblem[]; lines: RevenueLine[] }> {
    const months = [...new Set(file.lines.map((line) => line.cells.month ?? ''))];
    const book = await this.fxRates.book(manager, months);
    const problems: LineProblem[] = [];
    const lines: RevenueLine[] = [];
    const duplicate = duplicateFinder();
    for (const line of file.lines) {
      const width = columnCountProblem(file, line);
      if (width) {
        problems.push(width);
        continue;
      }
      const result = checkRevenueLine(line.line, line.cells, book, now);
      if (Array.isArray(result)) {
        problems.push(...result);
        continue;
      }
      const twice = duplicate(
        line.line,
        `${result.month} ${result.currency} ${result.productKind} ${result.channel}`,
      );
      if (twice) {
        problems.push(twice);
      } else {
        lines.push(result);
      }
    }
    return { problems, lines };
  }
}

const currentMonth = (now: Date): MonthKey => now.toISOString().slice(0, 7) as MonthKey;

/** One line (or a form's fields) checked on its own: the row, or every problem found. */
export function checkRevenueLine(
  line: number,
  cells: Readonly<Record<string, string>>,
  book: RateBook,
  now: Date,
): RevenueLine | LineProblem[] {
  const problems: LineProblem[] = [];
  const problem = (field: string, code: string, details: object = {}) =>
    problems.push({ line, field, code, details: { ...details } });
  const month = parseMonth(cells.month ?? '');
  if (!month.ok) {
    problem('month', month.error.code, month.error.details);
  } else if (month.value > addMonths(currentMonth(now), -1)) {
    problem('month', 'revenue.future_month', { month: month.value });
  }
  const currency = parseCurrency(cells.currency ?? '');
  if (!currency.ok) {
    problem('currency', currency.error.code, currency.error.details);
  }
  // With an unreadable currency, the amount is still checked for its shape (as if in USD).
  const amount = parseMoneyAmount(cells.amount ?? '', currency.ok ? currency.value : 'USD');
  if (!amount.ok) {
    if (currency.ok || amount.error.code === 'money.invalid_amount') {
      problem('amount', amount.error.code, amount.error.details);
    }
  } else if (amount.value.amountMinor < 0n) {
    problem('amount', 'revenue.negative_amount', { value: cells.amount ?? '' });
  }
  const productKind = cells.product_type ?? '';
  if (!revenueProductKinds.some((kind) => kind === productKind)) {
    problem('product_type', 'revenue.unknown_product_type', { value: productKind });
  }
  const channel =
    cells.channel === undefined || cells.channel === '' ? 'indirect_reseller' : cells.channel;
  if (!revenueChannels.some((known) => known === channel)) {
    problem('channel', 'revenue.unknown_channel', { value: channel });
  }
  if (
    month.ok &&
    currency.ok &&
    currency.value !== 'USD' &&
    !book.rows.has(`${month.value} ${currency.value}`)
  ) {
    problem('currency', 'revenue.no_rate', { currency: currency.value, month: month.value });
  }
  if (problems.length > 0 || !month.ok || !amount.ok) {
    return problems;
  }
  return {
    month: month.value,
    amountMinor: amount.value.amountMinor,
    currency: amount.value.currency,
    productKind: productKind as RevenueLine['productKind'],
    channel: channel as RevenueLine['channel'],
  };
}

async function replacedRows(
  manager: EntityManager,
  partnerId: string,
  months: readonly string[],
): Promise<{ month: string; rows: number }[]> {
  const rows: { month: string; rows: string }[] = await manager.query(
    `SELECT month, count(*) AS rows FROM revenue_records
      WHERE partner_id = $1 AND month = ANY($2::text[]) GROUP BY month ORDER BY month`,
    [partnerId, months],
  );
  return rows.map((row) => ({ month: row.month, rows: Number(row.rows) }));
}

/** The partner's global admin, or a reviewer or program admin on the partner's behalf. */
export function assertMayImport(user: AuthenticatedUser, partner: PartnerEntity): void {
  if (isStaff(user)) {
    return;
  }
  if (user.actor.kind !== 'partner_global_admin' || user.actor.tenantId !== partner.tenantId) {
    throw new DomainError('partner.global_admin_required');
  }
}
