import type { CreditCheckStatus, CreditScoreBand } from '@hub/domain';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { EnrollmentEntity } from '../enrollments/enrollment.entity.js';

/**
 * One credit check of a direct bill application: who ordered it from which bureau, and the
 * outcome with its evidence (who recorded it, when, the bureau's reference, score band, note).
 * The audit trail has the same facts as the commands' rows; this is what the case page shows.
 */
@Entity({ name: 'credit_checks' })
@Index('ix_credit_checks_enrollment', ['enrollmentId', 'requestedAt'])
export class CreditCheckEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_credit_checks' })
  id: string;

  @Column({ type: 'uuid' })
  enrollmentId: string;

  @ManyToOne(() => EnrollmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enrollment_id', foreignKeyConstraintName: 'fk_credit_checks_enrollment' })
  enrollment?: Relation<EnrollmentEntity>;

  /** The adapter that ran it (`manual`: the reviewer recorded the bureau's answer). */
  @Column({ type: 'varchar', length: 32 })
  bureau: string;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: CreditCheckStatus;

  /** Null for a check requested before credit checks had rows (its request is in the audit). */
  @Column({ type: 'varchar', length: 256, nullable: true })
  requestedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  requestedAt: Date | null;

  /** The bureau's reference of the order or the report. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  reference: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  scoreBand: CreditScoreBand | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'varchar', length: 256, nullable: true })
  recordedBy: string | null;

  /** `reviewer`, `program_admin` or `system` (a bureau's answer). */
  @Column({ type: 'varchar', length: 32, nullable: true })
  recordedByKind: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  recordedAt: Date | null;
}
