import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  type Relation,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PartnerEntity } from './partner.entity.js';

/** One month of CSP revenue in one currency, as the partner enters it (Partner Center's analytics). */
@Entity({ name: 'revenue_records' })
@Index('ix_revenue_records_partner_month', ['partnerId', 'month'])
export class RevenueRecordEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_revenue_records' })
  id: string;

  @Column({ type: 'uuid' })
  partnerId: string;

  @ManyToOne(() => PartnerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id', foreignKeyConstraintName: 'fk_revenue_records_partner' })
  partner?: Relation<PartnerEntity>;

  /** `YYYY-MM`. */
  @Column({ type: 'varchar', length: 7 })
  month: string;

  /** Integer minor units (cents), as text: bigint. */
  @Column({ type: 'bigint' })
  amountMinor: string;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @Column({ type: 'varchar', length: 32 })
  channel: 'indirect_reseller' | 'direct_bill';

  @Column({ type: 'varchar', length: 32 })
  productKind: 'cloud' | 'perpetual_software';

  /** The CSV import that wrote it (csv_imports.id); null when entered by hand. */
  @Column({ type: 'uuid', nullable: true })
  importId: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
