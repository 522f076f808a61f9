import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  type Relation,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { EnrollmentEntity } from '../enrollments/enrollment.entity.js';
import { ProviderEntity } from '../providers/provider.entity.js';

/**
 * An e-mail as rendered when its change was committed (the text the partner gets is the text
 * stored here). A job of the queue sends it; `sent_at` and the deterministic Message-ID make a
 * retry after a crash a no-op for a mail already accepted.
 */
@Entity({ name: 'outbound_emails' })
@Index('ix_outbound_emails_enrollment', ['enrollmentId'])
@Index('ix_outbound_emails_provider', ['providerId'])
export class OutboundEmailEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_outbound_emails' })
  id: string;

  @Column({ type: 'uuid', nullable: true })
  enrollmentId: string | null;

  @ManyToOne(() => EnrollmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enrollment_id', foreignKeyConstraintName: 'fk_outbound_emails_enrollment' })
  enrollment?: Relation<EnrollmentEntity>;

  /** The provider an e-mail of the directory is about (a lead, a moderation decision). */
  @Column({ type: 'uuid', nullable: true })
  providerId: string | null;

  @ManyToOne(() => ProviderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'fk_outbound_emails_provider' })
  provider?: Relation<ProviderEntity>;

  @Column({ type: 'varchar', length: 64 })
  template: string;

  @Column({ type: 'varchar', length: 2 })
  locale: 'en' | 'sv';

  @Column({ type: 'varchar', length: 320 })
  recipient: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
