import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { freshnessPolicyOf } from '../program-settings/program-settings.service.js';
import { listingFreshness, parseProviderListing, type FreshnessPolicy } from '@hub/domain';
import { DataSource, In } from 'typeorm';
import { JobQueue } from '../../jobs/job-queue.service.js';
import { type ProviderDocument } from '../search/provider-index.js';
import { SearchService } from '../search/search.service.js';
import { ProviderListingEntity } from './provider-listing.entity.js';
import { ProviderEntity } from './provider.entity.js';
import { SYNC_PROVIDERS_TASK } from './search-sync-queue.js';

/** Pending rows one batch takes at most. */
const PENDING_BATCH = 1000;

/** The advisory lock key of the directory's sync writer (any fixed number no other lock uses). */
const SYNC_WRITER_LOCK = 0x5e_a7_c4;

/**
 * The worker side of the directory projection. Pending rows name providers, never what to write:
 * the handler reads each one's state from PostgreSQL now, so jobs are idempotent, may run in any
 * order or twice, and a job retried after Meilisearch was down writes the latest state. One batch
 * is two Meilisearch tasks at most (upserts, deletes), each waited for; a failure throws and
 * graphile-worker retries with exponential backoff, recording the error on the job. Changes
 * queued together are written together (search_sync_pending).
 */
@Injectable()
export class ProviderSearchSync implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('ProviderSearchSync');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly search: SearchService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(SYNC_PROVIDERS_TASK, async () => {
      await this.syncPending();
    });
  }

  /**
   * The sync job: one writer at a time, cluster-wide (a transaction-level advisory lock), takes
   * the pending providers (search_sync_pending) a batch at a time, writes their documents, and
   * deletes the rows it took, until none are left. A job that finds the lock held leaves at once:
   * the writer holding it takes its rows, because after releasing the lock the writer looks
   * again and goes on while any are pending. So a burst of changes becomes a few large
   * Meilisearch tasks instead of one per job, written in order. A failure rolls the batch's
   * deletes back: its providers are written again on the retry (idempotent).
   */
  async syncPending(): Promise<number> {
    let synced = 0;
    for (;;) {
      const wrote = await this.dataSource.transaction(async (manager) => {
        const [lock] = await manager.query<{ locked: boolean }[]>(
          `SELECT pg_try_advisory_xact_lock($1) AS locked`,
          [SYNC_WRITER_LOCK],
        );
        if (!lock?.locked) {
          return undefined;
        }
        let count = 0;
        for (;;) {
          const taken = await manager.query<{ id: string; provider_id: string }[]>(
            `SELECT id, provider_id FROM search_sync_pending ORDER BY id LIMIT $1`,
            [PENDING_BATCH],
          );
          if (taken.length === 0) {
            return count;
          }
          const ids = [...new Set(taken.map((row) => row.provider_id))];
          await this.sync(ids);
          await manager.query(`DELETE FROM search_sync_pending WHERE id = ANY($1::bigint[])`, [
            taken.map((row) => row.id),
          ]);
          count += ids.length;
        }
      });
      if (wrote === undefined) {
        return synced;
      }
      synced += wrote;
      // Rows queued while the lock was held, by jobs that found it taken and left.
      const [left] = await this.dataSource.query<{ pending: boolean }[]>(
        `SELECT EXISTS (SELECT 1 FROM search_sync_pending) AS pending`,
      );
      if (!left?.pending) {
        return synced;
      }
    }
  }

  /**
   * At start-up, in the background: when the index does not hold as many listings as PostgreSQL
   * publishes (a new index, demo data loaded by `npm start`, an index lost with its server), every
   * provider is synced again, in batches. (A full rebuild with an atomic swap, and a consistency
   * check, are DirectoryMaintenance's.)
   */
  onApplicationBootstrap(): void {
    void this.reconcile().catch((error: unknown) =>
      this.logger.warn(`Directory not reconciled at start-up: ${String(error)}`),
    );
  }

  async reconcile(): Promise<number> {
    const published = await this.dataSource.manager.countBy(ProviderListingEntity, {
      slot: 'live',
      state: 'published',
    });
    // The index's own count: a list of its ids stops at 10,000, and then a directory of 100,000
    // was synced again, every provider, at each start-up (200 Meilisearch tasks of 500).
    const indexed = published === 0 ? 0 : await this.search.providerCount();
    if (indexed === published) {
      return 0;
    }
    const all = await this.dataSource.manager.find(ProviderEntity, { select: { id: true } });
    for (let start = 0; start < all.length; start += 500) {
      await this.sync(all.slice(start, start + 500).map((p) => p.id));
    }
    this.logger.log(
      `Directory reconciled: ${published} published listing(s), ${indexed} were indexed.`,
    );
    return all.length;
  }

  /** Brings these providers' documents in line with PostgreSQL. */
  async sync(providerIds: readonly string[]): Promise<void> {
    if (providerIds.length === 0) {
      return;
    }
    const documents = await this.documents(providerIds);
    const shown = new Set(documents.map((d) => d.id));
    await this.search.applyProviders(
      documents,
      providerIds.filter((id) => !shown.has(id)),
    );
  }

  /** The published listings of these providers as search documents (suspended: none). */
  async documents(providerIds: readonly string[]): Promise<ProviderDocument[]> {
    const providers = await this.dataSource.manager.findBy(ProviderEntity, {
      id: In([...providerIds]),
    });
    const live = await this.dataSource.manager.findBy(ProviderListingEntity, {
      providerId: In([...providerIds]),
      slot: 'live',
      state: 'published',
    });
    const now = new Date();
    const policy = await freshnessPolicyOf(this.dataSource.manager);
    return live.flatMap((row) => {
      const provider = providers.find((p) => p.id === row.providerId)!;
      const document = toDocument(provider, row, now, policy);
      return document ? [document] : [];
    });
  }
}

/**
 * A published listing as its search document; `visibility` is `hidden` while it is past its
 * freshness grace period (the public search shows only `public`).
 */
export function toDocument(
  provider: ProviderEntity,
  row: ProviderListingEntity,
  now: Date,
  policy: FreshnessPolicy,
): ProviderDocument | undefined {
  const parsed = parseProviderListing(row.fields);
  if (!parsed.ok) {
    return undefined;
  }
  const listing = parsed.value;
  return {
    id: provider.id,
    name: listing.name,
    nameSort: listing.name.toLowerCase(),
    shortDescriptionEn: listing.shortDescription.en,
    shortDescriptionSv: listing.shortDescription.sv,
    longDescriptionEn: listing.longDescription.en,
    longDescriptionSv: listing.longDescription.sv,
    website: listing.website,
    contactEmail: listing.contactEmail,
    contactPhone: listing.contactPhone,
    headquartersCountry: listing.headquartersCountry,
    regions: listing.regions,
    countries: listing.countries,
    services: listing.services,
    productAreas: listing.productAreas,
    languages: listing.languages,
    cities: [...new Set(listing.offices.map((o) => o.city))],
    offices: listing.offices,
    minimumRequirementsEn: listing.minimumRequirements.en,
    minimumRequirementsSv: listing.minimumRequirements.sv,
    logo: listing.logo,
    authorized: provider.authorized,
    lastConfirmedAt: provider.lastConfirmedAt?.getTime() ?? null,
    publishedAt: (row.publishedAt ?? row.updatedAt).getTime(),
    visibility:
      listingFreshness(provider.lastConfirmedAt, row.publishedAt ?? row.updatedAt, now, policy)
        .state === 'hidden'
        ? 'hidden'
        : 'public',
  };
}
