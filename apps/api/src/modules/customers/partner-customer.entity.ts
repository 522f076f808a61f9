import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { PartnerEntity } from '../partners/partner.entity.js';

/** A customer tenant a partner registered: its market is the country set on the tenant. */
@Entity({ name: 'partner_customers' })
@Unique('uq_partner_customers_partner_tenant', ['partnerId', 'tenantId'])
@Index('ix_partner_customers_tenant', ['tenantId'])
export class PartnerCustomerEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_partner_customers' })
  id: string;

  @Column({ type: 'uuid' })
  partnerId: string;

  @ManyToOne(() => PartnerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id', foreignKeyConstraintName: 'fk_partner_customers_partner' })
  partner?: Relation<PartnerEntity>;

  @Column({ type: 'uuid' })
  tenantId: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 2 })
  country: string;

  @Column({ type: 'varchar', length: 64 })
  region: string;

  @Column({ type: 'varchar', length: 200 })
  registeredByName: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
