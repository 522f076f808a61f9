import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, MoreThan, MoreThanOrEqual } from 'typeorm';
import { DomainError } from '../../http/domain-error.js';
import { JobQueue } from '../../jobs/job-queue.service.js';
import { isStaff } from '../identity/access.js';
import { type AuthenticatedUser } from '../identity/authenticated-user.js';
import { isUuid } from '../partners/partners.service.js';
import { type ProviderDocument } from '../search/provider-index.js';
import { SearchService } from '../search/search.service.js';
import {
  type ConsistencyReportResponse,
  type SearchReindexResponse,
} from './dto/directory-maintenance.response.js';
import { ProviderListingEntity } from './provider-listing.entity.js';
import { ProviderSearchSync } from './provider-search-sync.js';
import { ProviderEntity } from './provider.entity.js';
import { SearchReindexEntity } from './search-reindex.entity.js';

export const REINDEX_TASK = 'providers.reindex';
const BATCH = 1000;
/** What the consistency check compares of each document (what a listing change moves). */
const COMPARED = ['publishedAt', 'lastConfirmedAt', 'authorized', 'name', 'visibility'] as const;
const fingerprint = (document: Partial<ProviderDocument>) =>
  JSON.stringify(COMPARED.map((field) => document[field] ?? null));

/**
 * The directory index's upkeep (issue 9 item 11), for staff: a full rebuild into a new index
 * swapped in atomically (a job, its progress in `search_reindexes`), and a consistency check that
 * compares PostgreSQL, the source of truth, with Meilisearch, and can repair what drifted.
 */
@Injectable()
export class DirectoryMaintenance implements OnModuleInit {
  private readonly logger = new Logger('DirectoryMaintenance');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly search: SearchService,
    private readonly sync: ProviderSearchSync,
  ) {}

  onModuleInit(): void {
    this.jobs.register(REINDEX_TASK, (payload) => this.runReindex(String(payload['id'])));
  }

  /** Queues a rebuild, unless one is queued or running already (409). */
  async startReindex(user: AuthenticatedUser): Promise<SearchReindexResponse> {
    assertStaff(user);
    return this.dataSource.transaction(async (manager) => {
      // One at a time: the advisory lock orders two requests that arrive together.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('search_reindex'))`);
      const open = await manager.findOne(SearchReindexEntity, {
        where: { status: In(['queued', 'running']) },
      });
      if (open !== null) {
        throw new DomainError('search.reindex_running', { id: open.id });
      }
      const run = await manager.save(SearchReindexEntity, {
        status: 'queued',
        total: await this.publishedCount(),
        indexed: 0,
        error: null,
        requestedBy: user.name || user.username || user.actor.kind,
        finishedAt: null,
      });
      await this.jobs.enqueue(manager, { task: REINDEX_TASK, payload: { id: run.id } });
      return toResponse(run);
    });
  }

  async reindexStatus(user: AuthenticatedUser, id: string): Promise<SearchReindexResponse> {
    assertStaff(user);
    const run = isUuid(id)
      ? await this.dataSource.manager.findOneBy(SearchReindexEntity, { id })
      : null;
    if (run === null) {
      throw new DomainError('search.reindex_not_found');
    }
    return toResponse(run);
  }

  /** The job: rebuilds, swaps, then re-syncs what changed while it ran. Never retried itself. */
  async runReindex(id: string): Promise<void> {
    const runs = this.dataSource.getRepository(SearchReindexEntity);
    const claimed = await runs.update({ id, status: 'queued' }, { status: 'running' });
    if (claimed.affected !== 1) {
      return;
    }
    const started = new Date();
    try {
      const indexed = await this.search.rebuildProviderIndex(this.publishedDocuments(), (count) =>
        runs.update({ id }, { indexed: count }).then(() => undefined),
      );
      // A change committed while it ran may have gone to the old index only: write it again.
      const changed = await this.dataSource.manager.find(ProviderEntity, {
        select: { id: true },
        where: { updatedAt: MoreThanOrEqual(started) },
      });
      for (let start = 0; start < changed.length; start += 500) {
        await this.sync.sync(changed.slice(start, start + 500).map((p) => p.id));
      }
      await runs.update({ id }, { status: 'succeeded', indexed, finishedAt: new Date() });
      this.logger.log(`Directory index rebuilt: ${indexed} listing(s)`);
    } catch (error) {
      this.logger.warn(`Directory index rebuild failed: ${String(error)}`);
      await runs.update(
        { id },
        { status: 'failed', error: String(error).slice(0, 1000), finishedAt: new Date() },
      );
    }
  }

  /**
   * Compares every published listing with its document in the index: missing, extra (in the
   * index but not published) and stale (a compared field differs). With `repair`, syncs those.
   */
  async check(user: AuthenticatedUser, repair: boolean): Promise<ConsistencyReportResponse> {
    assertStaff(user);
    const expected = new Map<string, string>();
    for await (const batch of this.publishedDocuments()) {
      for (const document of batch) {
        expected.set(document.id, fingerprint(document));
      }
    }
    const indexed = new Map<string, string>();
    for await (const page of this.search.indexedProviders(['id', ...COMPARED])) {
      for (const document of page) {
        indexed.set(String(document.id), fingerprint(document));
      }
    }
    const missing = [...expected.keys()].filter((id) => !indexed.has(id));
    const extra = [...indexed.keys()].filter((id) => !expected.has(id));
    const stale = [...expected].filter(
      ([id, print]) => indexed.has(id) && indexed.get(id) !== print,
    );
    const drifted = [...missing, ...extra, ...stale.map(([id]) => id)];
    if (repair) {
      for (let start = 0; start < drifted.length; start += 500) {
        await this.sync.sync(drifted.slice(start, start + 500));
      }
    }
    return {
      published: expected.size,
      indexed: indexed.size,
      missing: missing.slice(0, 100),
      extra: extra.slice(0, 100),
      stale: stale.slice(0, 100).map(([id]) => id),
      drifted: drifted.length,
      repaired: repair ? drifted.length : 0,
    };
  }

  private publishedCount(): Promise<number> {
    return this.dataSource.manager.countBy(ProviderListingEntity, {
      slot: 'live',
      state: 'published',
    });
  }

  /** Every published listing as search documents, a batch at a time in id order. */
  private async *publishedDocuments(): AsyncGenerator<ProviderDocument[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.dataSource.manager.find(ProviderListingEntity, {
        select: { providerId: true },
        where: { slot: 'live', state: 'published', providerId: MoreThan(after) },
        order: { providerId: 'ASC' },
        take: BATCH,
      });
      if (rows.length === 0) {
        return;
      }
      after = rows[rows.length - 1]!.providerId;
      yield await this.sync.documents(rows.map((row) => row.providerId));
      if (rows.length < BATCH) {
        return;
      }
    }
  }
}

function assertStaff(user: AuthenticatedUser): void {
  if (!isStaff(user)) {
    throw new DomainError('partner.staff_only');
  }
}

const toResponse = (run: SearchReindexEntity): SearchReindexResponse => ({
  id: run.id,
  status: run.status,
  total: run.total,
  indexed: run.indexed,
  error: run.error,
  requestedBy: run.requestedBy,
  createdAt: run.createdAt.toISOString(),
  finishedAt: run.finishedAt?.toISOString() ?? null,
});
