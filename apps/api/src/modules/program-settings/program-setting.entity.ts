import type { EnrollmentProgram } from '@hub/domain';
import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** What a program admin tunes per program: today, the reviewers' target in business days. */
@Entity({ name: 'program_settings' })
@Check('ck_program_settings_target', '"review_target_business_days" BETWEEN 1 AND 60')
export class ProgramSettingEntity {
  @PrimaryColumn({ type: 'varchar', length: 32, primaryKeyConstraintName: 'pk_program_settings' })
  program: EnrollmentProgram;

  @Column({ type: 'integer', default: 5 })
  reviewTargetBusinessDays: number;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
