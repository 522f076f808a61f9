import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A provider whose search document is to be brought in line with PostgreSQL, written on the
 * change's own transaction beside its sync job. A sync job takes every pending row in one
 * batch (so 100 changes at once cost a few Meilisearch tasks, not 100) and deletes the rows it
 * took only after the batch is written: a failed or killed batch leaves them for the next.
 */
@Entity({ name: 'search_sync_pending' })
export class SearchSyncPendingEntity {
  @PrimaryGeneratedColumn('increment', {
    type: 'bigint',
    primaryKeyConstraintName: 'pk_search_sync_pending',
  })
  id: string;

  @Column({ type: 'uuid' })
  providerId: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
