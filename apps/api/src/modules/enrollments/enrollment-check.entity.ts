import type { VerificationCheck, VerificationCheckStatus } from '@hub/domain';
import { Column, Entity, JoinColumn, ManyToOne, type Relation, PrimaryColumn } from 'typeorm';
import { EnrollmentEntity } from './enrollment.entity.js';

/** One verification check of an enrollment as last recorded (the audit trail keeps every change). */
@Entity({ name: 'enrollment_checks' })
export class EnrollmentCheckEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_enrollment_checks' })
  enrollmentId: string;

  @ManyToOne(() => EnrollmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'enrollment_id',
    foreignKeyConstraintName: 'fk_enrollment_checks_enrollment',
  })
  enrollment?: Relation<EnrollmentEntity>;

  @PrimaryColumn({ type: 'varchar', length: 32, primaryKeyConstraintName: 'pk_enrollment_checks' })
  check: VerificationCheck;

  @Column({ type: 'varchar', length: 16 })
  status: VerificationCheckStatus;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'varchar', length: 256 })
  recordedBy: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}
