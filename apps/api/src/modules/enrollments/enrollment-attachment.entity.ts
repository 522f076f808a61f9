import type { AttachmentMediaType, AttachmentPurpose, VerificationCheck } from '@hub/domain';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { EnrollmentEntity } from './enrollment.entity.js';

/**
 * A file with an application (issue 8 items 5 and 6), its bytes in PostgreSQL beside the row so
 * that attaching it is part of the command's transaction. Uploaded first (`attached_at` null,
 * seen only by its uploader and pruned after a day), then attached by the partner's answer
 * (`answer`) or a reviewer's check (`evidence`), which the audit row of that command names.
 */
@Entity({ name: 'enrollment_attachments' })
// What the rules allow, whatever the code does: the three types, 10 MB, evidence names a check.
@Check(
  'ck_enrollment_attachments_file',
  `"media_type" IN ('application/pdf', 'image/png', 'image/jpeg') AND "size_bytes" BETWEEN 1 AND 10485760 AND octet_length("content") = "size_bytes" AND ("purpose" = 'answer' AND "check" IS NULL OR "purpose" = 'evidence' AND "check" IS NOT NULL)`,
)
@Index('ix_enrollment_attachments_enrollment', ['enrollmentId', 'uploadedAt'])
@Index('ix_enrollment_attachments_pending', ['uploadedAt'], { where: '"attached_at" IS NULL' })
export class EnrollmentAttachmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_enrollment_attachments' })
  id: string;

  @Column({ type: 'uuid' })
  enrollmentId: string;

  @ManyToOne(() => EnrollmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'enrollment_id',
    foreignKeyConstraintName: 'fk_enrollment_attachments_enrollment',
  })
  enrollment?: Relation<EnrollmentEntity>;

  @Column({ type: 'varchar', length: 16 })
  purpose: AttachmentPurpose;

  /** The check the evidence belongs to (evidence only). */
  @Column({ type: 'varchar', length: 32, nullable: true })
  check: VerificationCheck | null;

  @Column({ type: 'varchar', length: 200 })
  fileName: string;

  /** The type the bytes are (sniffed), never the one the upload claimed. */
  @Column({ type: 'varchar', length: 32 })
  mediaType: AttachmentMediaType;

  @Column({ type: 'integer' })
  sizeBytes: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'bytea', select: false })
  content?: Buffer;

  @Column({ type: 'uuid' })
  uploadedByTenantId: string;

  @Column({ type: 'uuid' })
  uploadedByUserId: string;

  @Column({ type: 'varchar', length: 256 })
  uploadedByName: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  uploadedAt: Date;

  /** When the answer or check that carries it was recorded; null while only uploaded. */
  @Column({ type: 'timestamptz', nullable: true })
  attachedAt: Date | null;
}
