import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One committed CSV import (revenue of a partner, or FX rates): who, when, which file (its
 * SHA-256) and what it wrote. Append-only by use; the enrollment audit chain is per enrollment,
 * an import is not, so its record is kept here.
 */
@Entity({ name: 'csv_imports' })
@Index('ix_csv_imports_partner', ['partnerId'])
export class CsvImportEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_csv_imports' })
  id: string;

  @Column({ type: 'varchar', length: 16 })
  kind: 'revenue' | 'fx_rates';

  /** The partner whose revenue it is; null for FX rates. */
  @Column({ type: 'uuid', nullable: true })
  partnerId: string | null;

  @Column({ type: 'uuid' })
  actorTenantId: string;

  @Column({ type: 'uuid' })
  actorObjectId: string;

  @Column({ type: 'varchar', length: 32 })
  actorKind: string;

  @Column({ type: 'varchar', length: 256 })
  actorName: string;

  @Column({ type: 'varchar', length: 64 })
  fileSha256: string;

  @Column({ type: 'integer' })
  lineCount: number;

  /** Rows written, and existing rows the file replaced. */
  @Column({ type: 'integer' })
  inserted: number;

  @Column({ type: 'integer' })
  replaced: number;

  @Column({ type: 'varchar', length: 128, nullable: true })
  requestId: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
