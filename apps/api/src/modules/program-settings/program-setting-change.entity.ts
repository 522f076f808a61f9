import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One change of a program setting: who, when, from what to what (append-only history). */
@Entity({ name: 'program_setting_changes' })
@Index('ix_program_setting_changes_at', ['at'])
export class ProgramSettingChangeEntity {
  @PrimaryGeneratedColumn({
    type: 'bigint',
    primaryKeyConstraintName: 'pk_program_setting_changes',
  })
  id: string;

  @Column({ type: 'varchar', length: 64 })
  setting: string;

  /** The enrollment program, for a per-program setting. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  program: string | null;

  @Column({ type: 'integer' })
  valueBefore: number;

  @Column({ type: 'integer' })
  valueAfter: number;

  @Column({ type: 'uuid' })
  actorTenantId: string;

  @Column({ type: 'uuid' })
  actorObjectId: string;

  @Column({ type: 'varchar', length: 200 })
  actorName: string;

  @Column({ type: 'varchar', length: 128, nullable: true })
  requestId: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;
}
