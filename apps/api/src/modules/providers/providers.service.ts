import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  availableListingCommands,
  decideListing,
  formatMessage,
  listingFreshness,
  mayOpenListingDraft,
  parseProviderListing,
  type Freshness,
  type FreshnessPolicy,
  type ListingActorKind,
  type ListingCommand,
  type ListingCommandType,
  type Locale,
} from '@hub/domain';
import { DataSource, IsNull, Not, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { type AppConfig } from '../../config/env.js';
import { DomainError, orThrow } from '../../http/domain-error.js';
import {
  IdempotencyService,
  type WriteResult,
} from '../../http/idempotency/idempotency.service.js';
import { type Page } from '../../http/list/list-endpoint.js';
import { type ListQuery, type ListSpec } from '../../http/list/list-query.js';
import { assertVersion, etagOf } from '../../http/preconditions.js';
import { JobQueue } from '../../jobs/job-queue.service.js';
import { AuditService } from '../audit/audit.service.js';
import { callerScope, isDistributor, isStaff } from '../identity/access.js';
import { type AuthenticatedUser } from '../identity/authenticated-user.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import {
  providerLocaleOf,
  type ProviderEmailTemplate,
} from '../notifications/provider-email-templates.js';
import { escapeLike, isUuid } from '../partners/partners.service.js';
import {
  type FreshnessResponse,
  type ListingVersionResponse,
  type ProviderResponse,
  type ProviderTimelineEntryResponse,
} from './dto/provider.response.js';
import { type ProviderDocument } from '../search/provider-index.js';
import { toDocument } from './provider-search-sync.js';
import { freshnessPolicyOf } from '../program-settings/program-settings.service.js';
import { ProviderListingEntity } from './provider-listing.entity.js';
import { assertOwnLogo } from './logos.service.js';
import { queueSearchSync } from './search-sync-queue.js';
import { ProviderEntity } from './provider.entity.js';

/** The fields a listing version stores: anything else in a body is dropped. */
export const LISTING_FIELDS = [
  'name',
  'shortDescription',
  'longDescription',
  'website',
  'contactEmail',
  'contactPhone',
  'headquartersCountry',
  'regions',
  'countries',
  'services',
  'productAreas',
  'languages',
  'offices',
  'minimumRequirements',
  'logo',
] as const;

const providerFilters = {
  state: 'strings',
  q: 'string',
  id: 'strings',
  authorized: 'boolean',
} as const;
type ProviderSort = 'submittedAt' | 'updatedAt' | 'name';
export const PROVIDER_LIST: ListSpec<ProviderSort, typeof providerFilters> = {
  resource: 'providers',
  sortable: ['submittedAt', 'updatedAt', 'name'],
  defaultSort: ['submittedAt', 'ASC'],
  filters: providerFilters,
};
export type ProviderListQuery = ListQuery<ProviderSort, typeof providerFilters>;

const sortColumns: Record<ProviderSort | 'id', string> = {
  id: 'p.id',
  submittedAt: 'w.submitted_at',
  updatedAt: 'p.updated_at',
  name: "COALESCE(w.fields->>'name', l.fields->>'name')",
};

/** A command's path segment: `confirm_freshness` → `confirm-freshness`. */
const pathOf = (command: string): string => command.replaceAll('_', '-');

/** The commands a distributor gives on its own provider; the rest are the reviewers'. */
const DISTRIBUTOR_COMMANDS: readonly ListingCommandType[] = [
  'update_draft',
  'submit',
  'withdraw',
  'confirm_freshness',
];
/** Which version a command applies to. */
const ON_LIVE: readonly ListingCommandType[] = ['suspend', 'reinstate', 'confirm_freshness'];
/** The reviewers' decisions the provider is told of, at its listing's contact address. */
const DECISION_EMAILS: Partial<Record<ListingCommandType, ProviderEmailTemplate>> = {
  approve: 'listing_approved',
  reject: 'listing_rejected',
  suspend: 'listing_suspended',
};

export type ProviderCommandCall = {
  readonly user: AuthenticatedUser;
  /** A provider id (reviewers) or `mine` (its distributor). */
  readonly id: string;
  readonly command: ListingCommandType | 'set_authorized';
  readonly body: Readonly<Record<string, unknown>>;
  readonly expectedVersion: number;
  readonly idempotencyKey: string | undefined;
  readonly requestId: string | null;
  readonly locale: Locale;
};

type Aggregate = {
  readonly provider: ProviderEntity;
  readonly live: ProviderListingEntity | null;
  readonly working: ProviderListingEntity | null;
};

/** The listing kind of actor a caller is; undefined for anyone else (partners). */
export const listingActorOf = (user: AuthenticatedUser): ListingActorKind | undefined =>
  isStaff(user)
    ? (user.actor.kind as 'reviewer' | 'program_admin')
    : isDistributor(user)
      ? 'distributor'
      : undefined;

/**
 * Provider organizations and their listing versions: distributors maintain their own, reviewers
 * moderate. Every command is one transaction: lock the provider, check If-Match, ask the domain,
 * write with `WHERE version`, append the provider's audit row, and queue the search sync job
 * when the public directory changes.
 */
@Injectable()
export class ProvidersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
    private readonly jobs: JobQueue,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async get(
    user: AuthenticatedUser,
    id: string,
    locale: Locale,
  ): Promise<WriteResult<ProviderResponse>> {
    const aggregate = await this.load(this.dataSource.manager, user, id);
    const policy = await freshnessPolicyOf(this.dataSource.manager);
    return this.result(200, aggregate, user, locale, policy);
  }

  /**
   * The distributor's working version (the published one when nothing is being worked on) as the
   * search document it would become once published, for the preview in the real search.
   */
  async previewDocument(user: AuthenticatedUser): Promise<ProviderDocument> {
    const { provider, live, working } = await this.load(this.dataSource.manager, user, 'mine');
    const row = working ?? live;
    const parsed = parseProviderListing(row?.fields ?? {});
    if (!parsed.ok) {
      throw new DomainError('provider.preview_incomplete', {
        fields: String(parsed.error.details?.['field'] ?? ''),
        rule: parsed.error.code,
      });
    }
    return toDocument(
      provider,
      row!,
      new Date(),
      await freshnessPolicyOf(this.dataSource.manager),
    )!;
  }

  async list(
    user: AuthenticatedUser,
    query: ProviderListQuery,
    locale: Locale,
  ): Promise<Page<ProviderResponse>> {
    if (!isStaff(user)) {
      throw new DomainError('partner.staff_only');
    }
    const builder = this.dataSource
      .getRepository(ProviderEntity)
      .createQueryBuilder('p')
      .leftJoin(ProviderListingEntity, 'w', "w.provider_id = p.id AND w.slot = 'working'")
      .leftJoin(ProviderListingEntity, 'l', "l.provider_id = p.id AND l.slot = 'live'");
    const { state, q, id, authorized } = query.filter;
    if (state) {
      builder.andWhere('(w.state IN (:...state) OR l.state IN (:...state))', { state });
    }
    if (id) {
      builder.andWhere('p.id::text IN (:...id)', { id });
    }
    if (authorized !== undefined) {
      builder.andWhere('p.authorized = :authorized', { authorized });
    }
    if (q) {
      builder.andWhere("COALESCE(w.fields->>'name', l.fields->>'name') ILIKE :q", {
        q: `%${escapeLike(q)}%`,
      });
    }
    const total = await builder.getCount();
    const rows = await builder
      .select('p.id', 'id')
      .orderBy(sortColumns[query.sort.field], query.sort.order, 'NULLS LAST')
      .addOrderBy('p.id', 'ASC')
      .offset(query.range.start)
      .limit(query.range.end - query.range.start + 1)
      .getRawMany<{ id: string }>();
    const aggregates = await Promise.all(
      rows.map((row) => this.aggregate(this.dataSource.manager, row.id)),
    );
    const policy = await freshnessPolicyOf(this.dataSource.manager);
    return {
      rows: aggregates.map((a) => this.toResponse(a!, user, locale, policy)),
      total,
      start: query.range.start,
    };
  }

  async timeline(user: AuthenticatedUser, id: string): Promise<ProviderTimelineEntryResponse[]> {
    const { provider } = await this.load(this.dataSource.manager, user, id);
    const rows = await this.audit.providerTrail(this.dataSource.manager, provider.id);
    return rows.map((row) => ({
      id: row.id,
      seq: row.seq,
      at: row.at.toISOString(),
      actorName: row.actorName,
      actorKind: row.actorKind,
      command: row.command,
      from: row.stateBefore,
      to: row.stateAfter,
      details: row.changes,
    }));
  }

  /** One command on a provider, in one transaction, with If-Match and Idempotency-Key. */
  async command(call: ProviderCommandCall): Promise<WriteResult<ProviderResponse>> {
    const { user, id, command } = call;
    const actorKind = listingActorOf(user);
    const forDistributor = command !== 'set_authorized' && DISTRIBUTOR_COMMANDS.includes(command);
    if (forDistributor ? actorKind !== 'distributor' : !isStaff(user)) {
      throw new DomainError(forDistributor ? 'provider.distributor_only' : 'partner.staff_only');
    }
    const path =
      command === 'update_draft'
        ? `/api/providers/${id}/draft`
        : `/api/providers/${id}/${command === 'set_authorized' ? 'authorized' : pathOf(command)}`;
    return this.dataSource.transaction((manager) =>
      this.idempotency.run(
        manager,
        {
          scope: callerScope(user),
          key: call.idempotencyKey,
          method: command === 'update_draft' ? 'PUT' : 'POST',
          path,
          body: call.body,
        },
        async () => {
          const aggregate = await this.load(manager, user, id, { lock: true });
          assertVersion(call.expectedVersion, aggregate.provider.version);
          const after =
            command === 'set_authorized'
              ? await this.setAuthorized(manager, aggregate, call)
              : await this.runListingCommand(manager, aggregate, call, command, actorKind!);
          return this.result(200, after, user, call.locale, await freshnessPolicyOf(manager));
        },
      ),
    );
  }

  private async runListingCommand(
    manager: EntityManager,
    aggregate: Aggregate,
    call: ProviderCommandCall,
    type: ListingCommandType,
    actorKind: ListingActorKind,
  ): Promise<Aggregate> {
    const now = new Date();
    const { provider, live } = aggregate;
    let working = aggregate.working;
    const reason = typeof call.body['reason'] === 'string' ? call.body['reason'] : '';
    const command: ListingCommand =
      type === 'reject' || type === 'suspend' ? { type, reason } : { type: type };

    if (type === 'update_draft') {
      await assertOwnLogo(manager, provider.id, call.body['logo']);
    }
    // A draft beside the live version: opened on the first save when none is being worked on.
    if (type === 'update_draft' && working === null) {
      const states = [live?.state].filter((s) => s !== undefined);
      if (!mayOpenListingDraft(states)) {
        throw new DomainError('provider.illegal_transition', { state: 'none', command: type });
      }
      const fields = pickFields(call.body);
      working = await manager.save(ProviderListingEntity, {
        providerId: provider.id,
        state: 'draft',
        slot: 'working',
        fields,
        reason: null,
        submittedAt: null,
        publishedAt: null,
      });
      await this.bumpProvider(manager, provider, {});
      await this.append(manager, call, provider, 'open_draft', null, 'draft', {
        fields: Object.keys(fields),
      });
      return { provider: { ...provider, version: provider.version + 1 }, live, working };
    }

    const target = ON_LIVE.includes(type) ? live : working;
    if (target === null) {
      throw new DomainError('provider.illegal_transition', { state: 'none', command: type });
    }
    const parsed = parseProviderListing(
      type === 'update_draft' ? pickFields(call.body) : target.fields,
    );
    const decision = orThrow(
      decideListing({
        state: target.state,
        command,
        actor: { kind: actorKind },
        facts: {
          listingValid: parsed.ok,
          invalidField: parsed.ok ? undefined : String(parsed.error.details?.['field'] ?? ''),
          liveSuspended: live?.state === 'suspended',
        },
        now,
      }),
    );

    const update: Partial<ProviderListingEntity> = { state: decision.state };
    const providerUpdate: Partial<ProviderEntity> = {};
    let newLive = live;
    let newWorking: ProviderListingEntity | null = working;
    switch (type) {
      case 'update_draft':
        update.fields = pickFields(call.body);
        update.reason = null;
        break;
      case 'submit':
        // What is submitted is what the rules accepted, normalized (trimmed, E.164, codes).
        update.fields = (parsed as { value: Record<string, unknown> }).value;
        update.submittedAt = now;
        break;
      case 'reject':
      case 'suspend':
        update.reason = decision.event.reason ?? null;
        break;
      case 'reinstate':
        update.reason = null;
        break;
      case 'confirm_freshness':
        providerUpdate.lastConfirmedAt = now;
        break;
      case 'approve':
        if (live !== null) {
          // The version it replaces is retired first (one live row per provider).
          const retired = orThrow(
            decideListing({
              state: live.state,
              command: { type: 'supersede' },
              actor: { kind: 'system' },
              now,
            }),
          );
          await this.writeVersion(manager, live, { state: retired.state, slot: null });
        }
        update.slot = 'live';
        update.publishedAt = now;
        update.reason = null;
        providerUpdate.lastConfirmedAt = target.submittedAt ?? now;
        break;
      case 'withdraw':
      case 'supersede':
        break;
    }
    const written = await this.writeVersion(manager, target, update);
    if (type === 'approve') {
      newLive = written;
      newWorking = null;
    } else if (target === live) {
      newLive = written;
    } else {
      newWorking = written;
    }
    await this.bumpProvider(manager, provider, providerUpdate);
    await this.append(manager, call, provider, type, target.state, decision.state, {
      version: target.id,
      ...(decision.event.reason ? { reason: decision.event.reason } : {}),
      ...(type === 'update_draft' ? { fields: Object.keys(update.fields ?? {}) } : {}),
    });
    if (decision.syncsSearch) {
      await this.enqueueSync(manager, [provider.id]);
    }
    const email = DECISION_EMAILS[type];
    if (email !== undefined) {
      const fields = written.fields;
      await this.notifications.queueForProvider(manager, {
        providerId: provider.id,
        template: email,
        locale: providerLocaleOf(fields),
        to: String(fields['contactEmail']),
        params: {
          providerName: String(fields['name']),
          link: `${this.config.PUBLIC_URL}/admin/my-listing`,
          reason: decision.event.reason,
        },
      });
    }
    return {
      provider: { ...provider, ...providerUpdate, version: provider.version + 1 },
      live: newLive,
      working: newWorking,
    };
  }

  private async setAuthorized(
    manager: EntityManager,
    aggregate: Aggregate,
    call: ProviderCommandCall,
  ): Promise<Aggregate> {
    const { provider } = aggregate;
    const authorized = call.body['authorized'] === true;
    await this.bumpProvider(manager, provider, { authorized });
    const state = aggregate.live?.state ?? aggregate.working?.state ?? 'none';
    await this.append(manager, call, provider, 'set_authorized', state, state, { authorized });
    if (aggregate.live !== null) {
      await this.enqueueSync(manager, [provider.id]);
    }
    return { ...aggregate, provider: { ...provider, authorized, version: provider.version + 1 } };
  }

  /** Queues the directory sync of these providers on the caller's transaction. */
  async enqueueSync(manager: EntityManager, providerIds: readonly string[]): Promise<void> {
    await queueSearchSync(manager, this.jobs, providerIds);
  }

  private async writeVersion(
    manager: EntityManager,
    row: ProviderListingEntity,
    update: Partial<ProviderListingEntity>,
  ): Promise<ProviderListingEntity> {
    const result = await manager
      .createQueryBuilder()
      .update(ProviderListingEntity)
      .set({
        ...update,
        version: () => 'version + 1',
        updatedAt: () => 'now()',
      } as QueryDeepPartialEntity<ProviderListingEntity>)
      .where('id = :id AND version = :version', { id: row.id, version: row.version })
      .execute();
    if (result.affected !== 1) {
      throw new DomainError('http.precondition_failed', {
        current: 'newer',
        expected: row.version,
      });
    }
    return { ...row, ...update, version: row.version + 1, updatedAt: new Date() };
  }

  private async bumpProvider(
    manager: EntityManager,
    provider: ProviderEntity,
    update: Partial<ProviderEntity>,
  ): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(ProviderEntity)
      .set({ ...update, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :version', { id: provider.id, version: provider.version })
      .execute();
    if (result.affected !== 1) {
      throw new DomainError('http.precondition_failed', {
        current: 'newer',
        expected: provider.version,
      });
    }
  }

  private async append(
    manager: EntityManager,
    call: ProviderCommandCall,
    provider: ProviderEntity,
    command: string,
    stateBefore: string | null,
    stateAfter: string,
    changes: Record<string, unknown>,
  ): Promise<void> {
    const { user } = call;
    await this.audit.append(manager, {
      providerId: provider.id,
      actor: {
        tenantId: user.actor.tenantId,
        objectId: user.actor.userId,
        kind: listingActorOf(user) ?? user.actor.kind,
        name: user.name || user.username || user.actor.kind,
      },
      command,
      stateBefore,
      stateAfter,
      changes,
      requestId: call.requestId,
      at: new Date(),
    });
  }

  /**
   * The provider a caller names: `mine` is the distributor's own (its tenant's); an id is for
   * staff. Anyone else, and an unknown id, get 404 (not the caller's business that it exists).
   */
  private async load(
    manager: EntityManager,
    user: AuthenticatedUser,
    id: string,
    options: { lock?: boolean } = {},
  ): Promise<Aggregate> {
    let provider: ProviderEntity | null;
    if (id === 'mine') {
      if (!isDistributor(user)) {
        throw new DomainError('provider.distributor_only');
      }
      provider = await manager.findOne(ProviderEntity, {
        where: { tenantId: user.actor.tenantId },
        ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
      });
    } else {
      if (!isStaff(user)) {
        throw new DomainError('partner.staff_only');
      }
      provider = isUuid(id)
        ? await manager.findOne(ProviderEntity, {
            where: { id },
            ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
          })
        : null;
    }
    if (!provider) {
      throw new DomainError('provider.not_found');
    }
    return (await this.aggregate(manager, provider.id, provider))!;
  }

  private async aggregate(
    manager: EntityManager,
    id: string,
    known?: ProviderEntity,
  ): Promise<Aggregate | undefined> {
    const provider = known ?? (await manager.findOneBy(ProviderEntity, { id }));
    if (!provider) {
      return undefined;
    }
    const versions = await manager.find(ProviderListingEntity, {
      where: { providerId: id, slot: Not(IsNull()) },
    });
    return {
      provider,
      live: versions.find((v) => v.slot === 'live') ?? null,
      working: versions.find((v) => v.slot === 'working') ?? null,
    };
  }

  private result(
    status: number,
    aggregate: Aggregate,
    user: AuthenticatedUser,
    locale: Locale,
    policy: FreshnessPolicy,
  ): WriteResult<ProviderResponse> {
    return {
      status,
      body: this.toResponse(aggregate, user, locale, policy),
      etag: etagOf(aggregate.provider.version),
    };
  }

  private toResponse(
    aggregate: Aggregate,
    user: AuthenticatedUser,
    locale: Locale,
    policy: FreshnessPolicy,
  ): ProviderResponse {
    const { provider, live, working } = aggregate;
    const kind = listingActorOf(user);
    const commands = new Set<string>();
    if (kind !== undefined) {
      for (const row of [working, live]) {
        if (row !== null) {
          for (const command of availableListingCommands(row.state, kind)) {
            const onLive = ON_LIVE.includes(command);
            if (onLive === (row === live) && command !== 'supersede') {
              commands.add(command === 'update_draft' ? 'draft' : pathOf(command));
            }
          }
        }
      }
      if (kind === 'distributor' && working === null) {
        commands.add('draft');
      }
      if (kind !== 'distributor') {
        commands.add('authorized');
      }
    }
    return {
      id: provider.id,
      tenantId: provider.tenantId,
      authorized: provider.authorized,
      version: provider.version,
      lastConfirmedAt: provider.lastConfirmedAt?.toISOString() ?? null,
      freshness:
        live?.state === 'published'
          ? toFreshness(
              listingFreshness(
                provider.lastConfirmedAt,
                live.publishedAt ?? live.updatedAt,
                new Date(),
                policy,
              ),
            )
          : null,
      live: live && toVersion(live, locale),
      working: working && toVersion(working, locale),
      commands: [...commands],
    };
  }
}

const pickFields = (body: Readonly<Record<string, unknown>>): Record<string, unknown> =>
  Object.fromEntries(
    LISTING_FIELDS.filter((key) => Object.hasOwn(body, key) && body[key] !== undefined).map(
      (key) => [key, body[key]],
    ),
  );

const toFreshness = (freshness: Freshness): FreshnessResponse => ({
  state: freshness.state,
  confirmBy: freshness.confirmBy.toISOString(),
  hiddenFrom: freshness.hiddenFrom.toISOString(),
});

function toVersion(row: ProviderListingEntity, locale: Locale): ListingVersionResponse {
  const parsed = parseProviderListing(row.fields);
  return {
    id: row.id,
    state: row.state,
    version: row.version,
    fields: row.fields,
    problem: parsed.ok
      ? null
      : {
          code: parsed.error.code,
          field: String(parsed.error.details?.['field'] ?? ''),
          message: formatMessage(parsed.error.code, parsed.error.details, locale),
        },
    reason: row.reason,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}
