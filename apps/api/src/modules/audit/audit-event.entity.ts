import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  type Relation,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { EnrollmentEntity } from '../enrollments/enrollment.entity.js';
import { ProviderEntity } from '../providers/provider.entity.js';

/**
 * One row of the append-only audit trail: one per command. PostgreSQL refuses UPDATE, DELETE and
 * TRUNCATE on this table for every role (a trigger; see the migration), and each row's `hash`
 * covers its content and the previous row's hash of the same subject (audit.service.ts). The
 * subject is an enrollment or a provider (its listing versions and flags): exactly one is set,
 * and each subject has its own chain.
 */
@Entity({ name: 'audit_events' })
@Unique('uq_audit_events_enrollment_seq', ['enrollmentId', 'seq'])
@Unique('uq_audit_events_provider_seq', ['providerId', 'seq'])
@Check('ck_audit_events_one_subject', 'num_nonnulls("enrollment_id", "provider_id") = 1')
export class AuditEventEntity {
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    primaryKeyConstraintName: 'pk_audit_events',
  })
  id: string;

  @Column({ type: 'uuid', nullable: true })
  enrollmentId: string | null;

  @ManyToOne(() => EnrollmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enrollment_id', foreignKeyConstraintName: 'fk_audit_events_enrollment' })
  enrollment?: Relation<EnrollmentEntity>;

  @Column({ type: 'uuid', nullable: true })
  providerId: string | null;

  @ManyToOne(() => ProviderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'fk_audit_events_provider' })
  provider?: Relation<ProviderEntity>;

  /** 1, 2, 3, ... per subject. */
  @Column({ type: 'integer' })
  seq: number;

  @Column({ type: 'uuid' })
  actorTenantId: string;

  @Column({ type: 'uuid' })
  actorObjectId: string;

  @Column({ type: 'varchar', length: 32 })
  actorKind: string;

  @Column({ type: 'varchar', length: 256 })
  actorName: string;

  @Column({ type: 'varchar', length: 64 })
  command: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  stateBefore: string | null;

  @Column({ type: 'varchar', length: 32 })
  stateAfter: string;

  /** What changed, with bank details masked (last 4 only). */
  @Column({ type: 'jsonb' })
  changes: Record<string, unknown>;

  @Column({ type: 'varchar', length: 128, nullable: true })
  requestId: string | null;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'varchar', length: 64 })
  prevHash: string;

  @Column({ type: 'varchar', length: 64 })
  hash: string;
}
