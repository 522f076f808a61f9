import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parseLogoId } from '@hub/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../../http/domain-error.js';
import { JobQueue } from '../../jobs/job-queue.service.js';
import { isDistributor, isStaff } from '../identity/access.js';
import { type AuthenticatedUser } from '../identity/authenticated-user.js';
import { isUuid } from '../partners/partners.service.js';
import { type LogoResponse } from './dto/logo.response.js';
import { LOGO_CONTENT_TYPE, toLogoImage } from './logo-image.js';
import { ProviderLogoEntity } from './provider-logo.entity.js';
import { ProviderEntity } from './provider.entity.js';
import { findPublicListing } from './public-listing.js';

/** The hourly job that deletes the logos no version of any listing names. */
export const PRUNE_LOGOS_TASK = 'providers.prune-logos';
/** An upload no listing took within a day is deleted (the bytes of a logo tried and dropped). */
const UNUSED_LOGO_HOURS = 24;

/** What a logo route sends: the stored image and its type. */
export type StoredLogo = Pick<ProviderLogoEntity, 'id' | 'bytes' | 'contentType'>;

/**
 * Providers' logos. A distributor uploads images (sniffed, resized and re-encoded here) and puts
 * one's id into its draft's `logo` field; the logo goes public with the rest of the listing when
 * a reviewer approves it. Until then only the provider's own distributors and the reviewers see
 * it; the public route serves the published listing's logo alone.
 */
@Injectable()
export class LogosService implements OnModuleInit {
  private readonly logger = new Logger('Logos');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.register(PRUNE_LOGOS_TASK, async () => {
      const pruned = await this.prune(new Date());
      if (pruned > 0) {
        this.logger.log(`Pruned ${pruned} logo(s) no listing names.`);
      }
    });
    this.jobs.schedule(PRUNE_LOGOS_TASK, '50 * * * *');
  }

  /** Stores an uploaded image as a logo of the distributor's own provider. */
  async upload(user: AuthenticatedUser, body: unknown): Promise<LogoResponse> {
    // Who may upload is settled before the image is decoded: no one else costs us the work.
    const provider = await this.ownProvider(user);
    const image = await toLogoImage(body);
    // The same picture uploaded again is the same row (its id is the hash of its bytes), and a
    // new upload as far as pruning is concerned: a day from now to be put in a draft.
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(ProviderLogoEntity)
      .values({
        providerId: provider.id,
        id: image.id,
        contentType: LOGO_CONTENT_TYPE,
        bytes: image.bytes,
        width: image.width,
        height: image.height,
      })
      .orUpdate(['created_at'], ['provider_id', 'id'])
      .execute();
    return {
      id: image.id,
      width: image.width,
      height: image.height,
      url: `/api/providers/mine/logos/${image.id}`,
    };
  }

  /**
   * Deletes the logos uploaded more than a day before `now` that no version of their provider's
   * listing names (draft, submitted, rejected, published, suspended or superseded: the history
   * keeps its pictures). A draft being saved with a logo holds that logo's row (assertOwnLogo),
   * so it is skipped here; the delete's own look at the listings runs after every such save has
   * committed, and a save that comes later finds the logo gone and is refused with a 4xx.
   */
  async prune(now: Date): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const unused = `NOT EXISTS (
             SELECT 1 FROM provider_listings l
              WHERE l.provider_id = g.provider_id AND l.fields ->> 'logo' = g.id)`;
      const candidates = await manager.query<{ provider_id: string; id: string }[]>(
        `SELECT g.provider_id, g.id FROM provider_logos g
          WHERE g.created_at < $1::timestamptz - make_interval(hours => $2) AND ${unused}
          FOR UPDATE SKIP LOCKED`,
        [now.toISOString(), UNUSED_LOGO_HOURS],
      );
      if (candidates.length === 0) {
        return 0;
      }
      const [, deleted] = await manager.query<[unknown, number]>(
        `DELETE FROM provider_logos g
          USING unnest($1::uuid[], $2::text[]) AS c(provider_id, id)
          WHERE g.provider_id = c.provider_id AND g.id = c.id AND ${unused}`,
        [candidates.map((c) => c.provider_id), candidates.map((c) => c.id)],
      );
      return deleted;
    });
  }

  /** One of the distributor's own provider's logos (any it uploaded, published or not). */
  async own(user: AuthenticatedUser, logoId: string): Promise<StoredLogo> {
    const provider = await this.ownProvider(user);
    return this.find(provider.id, logoId);
  }

  /** Any provider's logo by id, for moderation (reviewers and program admins). */
  async forStaff(user: AuthenticatedUser, providerId: string, logoId: string): Promise<StoredLogo> {
    if (!isStaff(user)) {
      throw new DomainError('partner.staff_only');
    }
    return this.find(providerId, logoId);
  }

  /** The logo of a provider's public listing: nothing else is public (404). */
  async published(providerId: string): Promise<StoredLogo> {
    if (!isUuid(providerId)) {
      throw new DomainError('provider.logo_not_found');
    }
    const live = await findPublicListing(this.dataSource.manager, providerId);
    const logo = live?.fields['logo'];
    if (typeof logo !== 'string') {
      throw new DomainError('provider.logo_not_found');
    }
    return this.find(providerId, logo);
  }

  private async ownProvider(user: AuthenticatedUser): Promise<ProviderEntity> {
    if (!isDistributor(user)) {
      throw new DomainError('provider.distributor_only');
    }
    const provider = await this.dataSource.manager.findOne(ProviderEntity, {
      where: { tenantId: user.actor.tenantId },
    });
    if (provider === null) {
      throw new DomainError('provider.not_found');
    }
    return provider;
  }

  private async find(providerId: string, logoId: string): Promise<StoredLogo> {
    const id = parseLogoId(logoId);
    const logo =
      isUuid(providerId) && id.ok && id.value !== null
        ? await this.dataSource.manager.findOne(ProviderLogoEntity, {
            select: { id: true, bytes: true, contentType: true },
            where: { providerId, id: id.value },
          })
        : null;
    if (logo === null) {
      throw new DomainError('provider.logo_not_found');
    }
    return logo;
  }
}

/**
 * A draft may name only a logo its provider uploaded: another provider's image (its id can be
 * read off the public directory) or an id never uploaded is refused when the draft is saved, so
 * an approved listing always has its logo's bytes. A malformed id is left to the listing's
 * rules (parseProviderListing: `provider.logo_invalid` on submit), like every other field.
 */
export async function assertOwnLogo(
  manager: EntityManager,
  providerId: string,
  logo: unknown,
): Promise<void> {
  const id = parseLogoId(logo);
  if (!id.ok || id.value === null) {
    return;
  }
  // Held until the draft is saved: the hourly prune skips a logo being put in a draft.
  const found = await manager.findOne(ProviderLogoEntity, {
    select: { id: true },
    where: { providerId, id: id.value },
    lock: { mode: 'pessimistic_read' },
  });
  if (found === null) {
    throw new DomainError('provider.logo_unknown', { field: 'logo', logo: id.value });
  }
}
