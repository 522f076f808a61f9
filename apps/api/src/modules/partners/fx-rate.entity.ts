import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A month's exchange rate from a currency to USD: program data a program admin imports (or the
 * demo data ships, `source = 'demo'`). One rate per currency and month; the revenue rules convert
 * each month's revenue with that month's rate.
 */
@Entity({ name: 'fx_rates' })
export class FxRateEntity {
  /** `YYYY-MM`. */
  @PrimaryColumn({ type: 'varchar', length: 7, primaryKeyConstraintName: 'pk_fx_rates' })
  month: string;

  /** ISO 4217, never USD. */
  @PrimaryColumn({ type: 'varchar', length: 3, primaryKeyConstraintName: 'pk_fx_rates' })
  currency: string;

  /** How many USD one unit of the currency buys, as the exact decimal text imported (e.g. `0.0952`). */
  @Column({ type: 'varchar', length: 40 })
  usdPerUnit: string;

  /** Where the rate comes from, e.g. `demo` (made up for the demo) or the admin's label for an import. */
  @Column({ type: 'varchar', length: 64 })
  source: string;

  /** The import that wrote it (csv_imports.id); null for demo data. */
  @Column({ type: 'uuid', nullable: true })
  importId: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  importedAt: Date;
}
