import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import {
  MeilisearchApiError,
  type FederatedMultiSearchParams,
  type Meilisearch,
  type Task,
} from 'meilisearch';
import { APP_CONFIG } from '../../config/config.module.js';
import { type AppConfig } from '../../config/env.js';
import { DomainError } from '../../http/domain-error.js';
import { MEILISEARCH } from './meilisearch.client.js';
import {
  PUBLIC_PROVIDER_INDEX,
  providerIndexSettings,
  settingsCover,
  type ProviderDocument,
} from './provider-index.js';
import { SearchMissesService } from './search-misses.service.js';
import { readFacetSearch, readMultiSearch } from './search-request.js';

const TASK_TIMEOUT_MS = 30_000;

/**
 * The directory's search index: its settings applied at start-up, batches of published listings
 * written and waited for, and the public multi-search (published only, capped).
 */
@Injectable()
export class SearchService implements OnApplicationBootstrap {
  private readonly logger = new Logger('SearchService');
  /** The real index uid (MEILI_INDEX_PREFIX + "providers"). */
  readonly providerIndexUid: string;
  /**
   * Distributors' drafts, one document per provider, written when its distributor previews it and
   * only ever searched with `id = <the caller's provider>` (never by the public search).
   */
  readonly previewIndexUid: string;
  private previewReady = false;
  /** Per provider, the draft document last written to the preview index (skip unchanged ones). */
  private readonly previewWritten = new Map<string, string>();
  /** Set once the settings are known to be applied (a failed write clears it: check again). */
  private indexReady = false;

  constructor(
    @Inject(MEILISEARCH) private readonly client: Meilisearch,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly misses: SearchMissesService,
  ) {
    this.providerIndexUid = `${config.MEILI_INDEX_PREFIX}${PUBLIC_PROVIDER_INDEX}`;
    this.previewIndexUid = `${config.MEILI_INDEX_PREFIX}provider_previews`;
  }

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.ensureProviderIndex();
    } catch (error) {
      // Meilisearch down at start-up costs search, not the API: the next sync job retries.
      this.logger.warn(`Provider index settings not applied: ${String(error)}`);
    }
  }

  /**
   * Creates the index if missing and applies the settings if they differ; true if it changed.
   * The preview index has the public one's settings, so a draft ranks as it would when published.
   */
  async ensureProviderIndex(uid = this.providerIndexUid): Promise<boolean> {
    let changed = false;
    try {
      await this.client.getIndex(uid);
    } catch (error) {
      if (!(error instanceof MeilisearchApiError) || error.cause?.code !== 'index_not_found') {
        throw error;
      }
      this.check(
        await this.client
          .createIndex(uid, { primaryKey: 'id' })
          .waitTask({ timeout: TASK_TIMEOUT_MS }),
        ['index_already_exists'],
      );
      changed = true;
    }
    const index = this.client.index(uid);
    const current = await index.getSettings();
    if (!settingsCover(current, providerIndexSettings)) {
      this.check(
        await index
          .updateSettings(structuredClone(providerIndexSettings))
          .waitTask({ timeout: TASK_TIMEOUT_MS }),
      );
      changed = true;
    }
    return changed;
  }

  /**
   * Writes one batch: the listings to show and the ids to hide, each as one Meilisearch task,
   * waited for. Throws when Meilisearch is unreachable or a task fails (the job retries).
   */
  async applyProviders(
    upserts: readonly ProviderDocument[],
    deletes: readonly string[],
  ): Promise<void> {
    try {
      if (!this.indexReady) {
        await this.ensureProviderIndex();
        this.indexReady = true;
      }
      const index = this.client.index<ProviderDocument>(this.providerIndexUid);
      if (upserts.length > 0) {
        this.check(
          await index
            .addDocuments([...upserts], { primaryKey: 'id' })
            .waitTask({ timeout: TASK_TIMEOUT_MS }),
        );
      }
      if (deletes.length > 0) {
        this.check(
          await index.deleteDocuments([...deletes]).waitTask({ timeout: TASK_TIMEOUT_MS }),
        );
      }
    } catch (error) {
      this.indexReady = false;
      throw error;
    }
  }

  /**
   * A full rebuild: the documents go into a new index with the same settings, which then takes the
   * live index's place in one Meilisearch task (swapIndexes), so a search during the rebuild
   * sees the old index and one after it the new one, never an empty one. The old one is deleted.
   * `batches` yields the documents; `progress` hears the count written so far.
   */
  async rebuildProviderIndex(
    batches: AsyncIterable<readonly ProviderDocument[]>,
    progress: (indexed: number) => Promise<void>,
  ): Promise<number> {
    const next = `${this.providerIndexUid}__rebuild`;
    const wait = { timeout: TASK_TIMEOUT_MS };
    this.check(await this.client.deleteIndex(next).waitTask(wait), ['index_not_found']);
    this.check(await this.client.createIndex(next, { primaryKey: 'id' }).waitTask(wait));
    const index = this.client.index<ProviderDocument>(next);
    this.check(await index.updateSettings(structuredClone(providerIndexSettings)).waitTask(wait));
    let indexed = 0;
    for await (const batch of batches) {
      if (batch.length > 0) {
        this.check(
          await index.addDocuments([...batch], { primaryKey: 'id' }).waitTask({ timeout: 120_000 }),
        );
        indexed += batch.length;
        await progress(indexed);
      }
    }
    await this.ensureProviderIndex();
    this.check(
      await this.client
        .swapIndexes([{ indexes: [this.providerIndexUid, next], rename: false }])
        .waitTask(wait),
    );
    this.indexReady = true;
    this.check(await this.client.deleteIndex(next).waitTask(wait), ['index_not_found']);
    return indexed;
  }

  /** Every document of the live index, a page at a time, with the fields asked for. */
  async *indexedProviders(
    fields: readonly (keyof ProviderDocument)[],
    pageSize = 1000,
  ): AsyncGenerator<Partial<ProviderDocument>[]> {
    await this.ensureProviderIndex();
    for (let offset = 0; ; offset += pageSize) {
      const page = await this.client
        .index<ProviderDocument>(this.providerIndexUid)
        .getDocuments({ fields: [...fields], limit: pageSize, offset });
      if (page.results.length > 0) {
        yield page.results;
      }
      if (page.results.length < pageSize) {
        return;
      }
    }
  }

  /** How many documents the provider index holds (its stats: no document is read). */
  async providerCount(): Promise<number> {
    if (!this.indexReady) {
      await this.ensureProviderIndex();
      this.indexReady = true;
    }
    return (await this.client.index(this.providerIndexUid).getStats()).numberOfDocuments;
  }

  /** The ids in the index, the first 10,000 (tests). */
  async providerIds(): Promise<string[]> {
    if (!this.indexReady) {
      await this.ensureProviderIndex();
      this.indexReady = true;
    }
    const page = await this.client
      .index(this.providerIndexUid)
      .getDocuments({ fields: ['id'], limit: 10_000 });
    return page.results.map((doc) => String(doc['id']));
  }

  /**
   * The directory's search, in Meilisearch's multi-search shape (instant-meilisearch works
   * against it unmodified). The body is read by readMultiSearch (allow-listed parameters, caps
   * on size and depth); every query gets `visibility = public` as its own AND-ed filter element,
   * so no filter text can widen it. Meilisearch's refusal of a filter or sort is a 400.
   */
  async multiSearch(body: unknown): Promise<{ results: Record<string, unknown>[] }> {
    const asked = readMultiSearch(body);
    const queries = asked.map((query) => ({
      ...query,
      indexUid: this.providerIndexUid,
      filter: [...(query.filter ?? []), 'visibility = public'],
    }));
    return this.answer<{ results: Record<string, unknown>[] }>(
      () => ({ results: queries.map(() => emptyResult()) }),
      async () => {
        const response = await this.client.multiSearch({ queries });
        // Unmet demand: a query that wanted hits and found none (facet-only queries ask for 0).
        this.misses.record(
          asked.filter((query, index) => {
            const result = response.results[index] as {
              totalHits?: number;
              estimatedTotalHits?: number;
            };
            const wanted = query['limit'] ?? query['hitsPerPage'] ?? 20;
            return wanted !== 0 && (result.totalHits ?? result.estimatedTotalHits) === 0;
          }),
        );
        return {
          results: response.results.map((result) => ({
            ...result,
            indexUid: PUBLIC_PROVIDER_INDEX,
          })),
        };
      },
    );
  }

  /**
   * The distributor's preview: its draft as a result among the published listings, ranked by the
   * same engine and settings. One federated multi-search over the public index (published, minus
   * the caller's own listing) and the preview index restricted to the caller's own draft; the
   * restriction is the API's, from the caller's token, never from the request.
   */
  async previewSearch(draft: ProviderDocument, asked: PreviewQuery): Promise<PreviewResult> {
    const own = `id = "${draft.id}"`;
    const served = asked.country ? [`countries = "${asked.country}"`] : [];
    return this.answer<PreviewResult>(
      () => ({ hits: [], draftPosition: null, estimatedTotalHits: 0 }),
      async () => {
        await this.writePreview(draft);
        const response = await this.client.multiSearch<
          FederatedMultiSearchParams,
          ProviderDocument
        >({
          federation: { limit: asked.limit, offset: 0 },
          queries: [
            {
              indexUid: this.providerIndexUid,
              q: asked.q,
              filter: [...served, 'visibility = public', `id != "${draft.id}"`],
            },
            { indexUid: this.previewIndexUid, q: asked.q, filter: [...served, own] },
          ],
        });
        const hits = response.hits.map((hit) => {
          const { _federation, ...document } = hit;
          return { ...(document as ProviderDocument), draft: _federation?.queriesPosition === 1 };
        });
        const position = hits.findIndex((hit) => hit.draft);
        return {
          hits,
          draftPosition: position === -1 ? null : position + 1,
          estimatedTotalHits:
            (response as { estimatedTotalHits?: number }).estimatedTotalHits ?? hits.length,
        };
      },
    );
  }

  /** Writes the draft to the preview index unless this process wrote the same one already. */
  private async writePreview(draft: ProviderDocument): Promise<void> {
    const serialized = JSON.stringify(draft);
    if (this.previewWritten.get(draft.id) === serialized) {
      return;
    }
    if (!this.previewReady) {
      await this.ensureProviderIndex(this.previewIndexUid);
      this.previewReady = true;
    }
    try {
      this.check(
        await this.client
          .index<ProviderDocument>(this.previewIndexUid)
          .addDocuments([draft], { primaryKey: 'id' })
          .waitTask({ timeout: TASK_TIMEOUT_MS }),
      );
    } catch (error) {
      this.previewReady = false;
      throw error;
    }
    this.previewWritten.set(draft.id, serialized);
  }

  /** Facet values matching a facet query, among published listings only (same rules as search). */
  async facetSearch(indexUid: string, body: unknown): Promise<Record<string, unknown>> {
    const { facetName, ...query } = readFacetSearch(indexUid, body);
    return this.answer<Record<string, unknown>>(
      () => ({ facetHits: [], facetQuery: query.facetQuery ?? null, processingTimeMs: 0 }),
      async () => {
        const response = await this.client.index(this.providerIndexUid).searchForFacetValues({
          ...query,
          facetName,
          filter: [...(query.filter ?? []), 'visibility = public'],
        });
        return { ...response };
      },
    );
  }

  /** Meilisearch's refusals as 400, an index not made yet as empty, anything else as 503. */
  private async answer<T extends object>(empty: () => T, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof MeilisearchApiError) {
        const code = error.cause?.code ?? '';
        if (code === 'index_not_found') {
          return empty();
        }
        if (code.startsWith('invalid_')) {
          throw new DomainError('search.invalid_query', {
            reason: String(error.cause?.message ?? code)
              .replaceAll(this.providerIndexUid, PUBLIC_PROVIDER_INDEX)
              .slice(0, 300),
          });
        }
      }
      this.logger.warn(`Search failed: ${String(error)}`);
      throw new DomainError('http.service_unavailable');
    }
  }

  private check(task: Task, tolerated: readonly string[] = []): void {
    if (task.status !== 'succeeded' && !tolerated.includes(task.error?.code ?? '')) {
      throw new Error(`Meilisearch task ${task.uid} ${task.status}: ${task.error?.message ?? ''}`);
    }
  }
}

/** What a distributor's preview searches for: text, optionally in one country served. */
export type PreviewQuery = {
  readonly q: string;
  readonly country?: string;
  readonly limit: number;
};

/** The preview's results: the published listings and the caller's draft, in ranking order. */
export type PreviewResult = {
  readonly hits: (ProviderDocument & { readonly draft: boolean })[];
  /** 1-based, among the hits; null when the draft is not among them. */
  readonly draftPosition: number | null;
  readonly estimatedTotalHits: number;
};

const emptyResult = () => ({
  indexUid: PUBLIC_PROVIDER_INDEX,
  hits: [],
  query: '',
  processingTimeMs: 0,
  estimatedTotalHits: 0,
  limit: 0,
  offset: 0,
});
