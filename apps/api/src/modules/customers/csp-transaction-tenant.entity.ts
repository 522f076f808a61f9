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

/**
 * The tenant a partner transacts from in one CSP region, as the partner marked it (issue 10
 * item 5): one per partner per region. Where a partner has marked none, its own account tenant is
 * its transaction tenant in its account's region.
 */
@Entity({ name: 'csp_transaction_tenants' })
@Unique('uq_csp_transaction_tenants_partner_region', ['partnerId', 'region'])
@Index('ix_csp_transaction_tenants_tenant', ['tenantId'])
export class CspTransactionTenantEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_csp_transaction_tenants' })
  id: string;

  @Column({ type: 'uuid' })
  partnerId: string;

  @ManyToOne(() => PartnerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'partner_id',
    foreignKeyConstraintName: 'fk_csp_transaction_tenants_partner',
  })
  partner?: Relation<PartnerEntity>;

  @Column({ type: 'varchar', length: 64 })
  region: string;

  @Column({ type: 'uuid' })
  tenantId: string;

  @Column({ type: 'varchar', length: 200 })
  markedByName: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
