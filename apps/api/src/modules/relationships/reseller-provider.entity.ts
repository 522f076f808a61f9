import type { ResellerProviderOrigin } from '@hub/domain';
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
import { EnrollmentEntity } from '../enrollments/enrollment.entity.js';
import { PartnerEntity } from '../partners/partner.entity.js';
import { ProviderEntity } from '../providers/provider.entity.js';

/**
 * An indirect provider an indirect reseller works with (issue 10 item 6): recorded by the
 * reseller's global admin from the directory, or by the hub when a transition from direct bill
 * completes (`origin` transition, with that enrollment).
 */
@Entity({ name: 'reseller_providers' })
@Unique('uq_reseller_providers_partner_provider', ['partnerId', 'providerId'])
@Index('ix_reseller_providers_provider', ['providerId', 'createdAt'])
export class ResellerProviderEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_reseller_providers' })
  id: string;

  @Column({ type: 'uuid' })
  partnerId: string;

  @ManyToOne(() => PartnerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id', foreignKeyConstraintName: 'fk_reseller_providers_partner' })
  partner?: Relation<PartnerEntity>;

  @Column({ type: 'uuid' })
  providerId: string;

  @ManyToOne(() => ProviderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'fk_reseller_providers_provider' })
  provider?: Relation<ProviderEntity>;

  @Column({ type: 'varchar', length: 16 })
  origin: ResellerProviderOrigin;

  /** The transition enrollment that recorded it (origin transition). */
  @Column({ type: 'uuid', nullable: true })
  enrollmentId: string | null;

  @ManyToOne(() => EnrollmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'enrollment_id',
    foreignKeyConstraintName: 'fk_reseller_providers_enrollment',
  })
  enrollment?: Relation<EnrollmentEntity>;

  /** The CSP regions both served when it was recorded. */
  @Column({ type: 'jsonb' })
  regions: string[];

  @Column({ type: 'varchar', length: 200 })
  recordedByName: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
