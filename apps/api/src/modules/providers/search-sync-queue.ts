import { type EntityManager } from 'typeorm';
import { type JobQueue } from '../../jobs/job-queue.service.js';

/** The job that brings the public directory (Meilisearch) in line with PostgreSQL. */
export const SYNC_PROVIDERS_TASK = 'providers.sync_search';

/**
 * Queues the directory sync of these providers on the caller's transaction: their pending rows
 * (search_sync_pending) and a job to wake a worker. Whichever sync job runs first takes every
 * pending row, so a burst of changes becomes one batch.
 */
export async function queueSearchSync(
  manager: EntityManager,
  jobs: JobQueue,
  providerIds: readonly string[],
): Promise<void> {
  if (providerIds.length === 0) {
    return;
  }
  await manager.query(`INSERT INTO search_sync_pending (provider_id) SELECT unnest($1::uuid[])`, [
    providerIds,
  ]);
  await jobs.enqueue(
    manager,
    { task: SYNC_PROVIDERS_TASK, payload: { providers: providerIds.length } },
    { maxAttempts: 25 },
  );
}
