import type { AgreementKind } from '@hub/domain';
import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  type Relation,
  Index,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { EnrollmentEntity } from '../enrollments/enrollment.entity.js';

/**
 * The proof of an acceptance (DOMAIN.md §4): who signed (name, title, e-mail), as which user of
 * which tenant, when, which version of which agreement, in which CSP region.
 */
@Entity({ name: 'agreement_acceptances' })
@Unique('uq_agreement_acceptances_tenant_region_kind_version', [
  'tenantId',
  'region',
  'kind',
  'version',
])
@Index('ix_agreement_acceptances_enrollment', ['enrollmentId'])
export class AgreementAcceptanceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_agreement_acceptances' })
  id: string;

  @Column({ type: 'uuid' })
  tenantId: string;

  @Column({ type: 'uuid' })
  partnerId: string;

  @Column({ type: 'uuid' })
  enrollmentId: string;

  @ManyToOne(() => EnrollmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'enrollment_id',
    foreignKeyConstraintName: 'fk_agreement_acceptances_enrollment',
  })
  enrollment?: Relation<EnrollmentEntity>;

  @Column({ type: 'varchar', length: 64 })
  kind: AgreementKind;

  @Column({ type: 'varchar', length: 32 })
  version: string;

  @Column({ type: 'varchar', length: 64 })
  region: string;

  @Column({ type: 'uuid' })
  acceptedByUserId: string;

  @Column({ type: 'varchar', length: 200 })
  signatoryName: string;

  @Column({ type: 'varchar', length: 200 })
  signatoryTitle: string;

  @Column({ type: 'varchar', length: 320 })
  signatoryEmail: string;

  @Column({ type: 'timestamptz' })
  acceptedAt: Date;
}
