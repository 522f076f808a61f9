import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  type Relation,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { EnrollmentEntity } from './enrollment.entity.js';

/** A reviewer's internal note on an application (never shown to the partner). */
@Entity({ name: 'enrollment_notes' })
@Index('ix_enrollment_notes_enrollment', ['enrollmentId', 'createdAt'])
export class EnrollmentNoteEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_enrollment_notes' })
  id: string;

  @Column({ type: 'uuid' })
  enrollmentId: string;

  @ManyToOne(() => EnrollmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enrollment_id', foreignKeyConstraintName: 'fk_enrollment_notes_enrollment' })
  enrollment?: Relation<EnrollmentEntity>;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'varchar', length: 256 })
  author: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
