import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import {
  Logger as WorkerLogger,
  parseCronItems,
  run,
  type CronItem,
  type Runner,
  type Task,
} from 'graphile-worker';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG } from '../config/config.module.js';
import { type AppConfig } from '../config/env.js';

/** A job: a task's name and its JSON payload. */
export type Job = { readonly task: string; readonly payload: Readonly<Record<string, unknown>> };

/**
 * The PostgreSQL job queue (graphile-worker: LISTEN/NOTIFY, retries with exponential backoff).
 * `enqueue` writes the job on the caller's transaction, so a rolled-back change queues nothing
 * and a committed one is never lost (the transactional outbox). Modules register their task
 * handlers at init; the worker starts once the application has booted (JOBS_WORKER=on).
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('JobQueue');
  private readonly tasks: Record<string, Task> = {};
  private readonly cronItems: CronItem[] = [];
  private runner?: Runner;
  private staleLockTimer?: NodeJS.Timeout;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * A registered task that also runs on a schedule (graphile-worker's crontab: one run per
   * time slot across all workers), e.g. `schedule('providers.freshness', '15 3 * * *')`.
   */
  schedule(task: string, pattern: string): void {
    this.cronItems.push({ task, match: pattern, identifier: task, options: { backfillPeriod: 0 } });
  }

  /** Called by a module's onModuleInit for each task it owns. */
  register(task: string, handler: (payload: Record<string, unknown>) => Promise<void>): void {
    this.tasks[task] = async (payload) => handler((payload ?? {}) as Record<string, unknown>);
  }

  async enqueue(
    manager: EntityManager,
    job: Job,
    options: { maxAttempts?: number } = {},
  ): Promise<void> {
    await manager.query(`SELECT graphile_worker.add_job($1, $2::json, max_attempts => $3)`, [
      job.task,
      JSON.stringify(job.payload),
      options.maxAttempts ?? 12,
    ]);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.JOBS_WORKER === 'on') {
      await this.start();
    }
  }

  /** Starts the worker in this process (tests start and stop it themselves). */
  async start(): Promise<void> {
    if (this.runner) {
      return;
    }
    this.runner = await run({
      connectionString: this.config.DATABASE_URL,
      maxPoolSize: Math.max(4, this.config.JOBS_CONCURRENCY + 2),
      concurrency: this.config.JOBS_CONCURRENCY,
      noHandleSignals: true,
      pollInterval: 2000,
      // Completions and failures go through graphile-worker's batcher (flushed on the next tick):
      // without it they are sent unawaited, and a job finished just before a graceful stop could
      // stay locked, its completion lost with the pool. The batcher is flushed before it closes.
      preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
      taskList: this.tasks,
      parsedCronItems: parseCronItems(this.cronItems),
      logger: new WorkerLogger(() => (level, message) => {
        if (level === 'error') {
          this.logger.error(message);
        } else if (level === 'warning') {
          this.logger.warn(message);
        } else {
          this.logger.debug(message);
        }
      }),
    });
    await this.releaseStaleLocks();
    this.staleLockTimer = setInterval(
      () =>
        void this.releaseStaleLocks().catch((error: unknown) => this.logger.warn(String(error))),
      Math.max(1000, this.config.JOBS_STALE_LOCK_SECONDS * 500),
    );
    this.staleLockTimer.unref();
  }

  /**
   * A worker that died mid-job (a crash, a killed container) leaves its jobs locked; the queue
   * itself frees them only after 4 hours. Jobs locked for longer than JOBS_STALE_LOCK_SECONDS are
   * given back to the queue through its public force_unlock_workers. That is safe because every
   * handler is idempotent: the e-mail sender locks its row and skips a message already sent, so
   * a slow worker still holding its job and a new one never both send.
   */
  async releaseStaleLocks(): Promise<void> {
    await this.dataSource.query(
      `SELECT graphile_worker.force_unlock_workers(array_agg(DISTINCT locked_by))
         FROM graphile_worker.jobs
        WHERE locked_by IS NOT NULL AND locked_at < now() - make_interval(secs => $1)
       HAVING count(*) > 0`,
      [this.config.JOBS_STALE_LOCK_SECONDS],
    );
  }

  /** Lets running jobs finish, then stops (shutdown). */
  async stop(): Promise<void> {
    clearInterval(this.staleLockTimer);
    const runner = this.runner;
    this.runner = undefined;
    await runner?.stop();
  }

  /**
   * Stops at once, as a crash would: running jobs are abandoned and released as failed, so
   * another worker retries them after the backoff.
   */
  async kill(): Promise<void> {
    clearInterval(this.staleLockTimer);
    const runner = this.runner;
    this.runner = undefined;
    await runner?.kill();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }
}
