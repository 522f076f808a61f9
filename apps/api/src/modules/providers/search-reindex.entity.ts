import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One full rebuild of the directory's index (its progress, for the console's progress bar). */
@Entity({ name: 'search_reindexes' })
export class SearchReindexEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_search_reindexes' })
  id: string;

  @Column({ type: 'varchar', length: 16 })
  status: 'queued' | 'running' | 'succeeded' | 'failed';

  /** The published listings when it started. */
  @Column({ type: 'integer', default: 0 })
  total: number;

  @Column({ type: 'integer', default: 0 })
  indexed: number;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'varchar', length: 256 })
  requestedBy: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
