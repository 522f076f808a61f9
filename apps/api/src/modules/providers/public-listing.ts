import { listingFreshness } from '@hub/domain';
import { type EntityManager } from 'typeorm';
import { freshnessPolicyOf } from '../program-settings/program-settings.service.js';
import { ProviderListingEntity } from './provider-listing.entity.js';
import { ProviderEntity } from './provider.entity.js';

/**
 * A provider's listing as the public sees it: the published live version, unless the listing
 * is past its freshness grace period (hidden from the directory until its distributor confirms
 * it, by the same rule as the search's `visibility`). Everything public reads through this: the
 * logo route and the contact form as much as the search, so a hidden or suspended listing shows
 * nothing anywhere.
 */
export async function findPublicListing(
  manager: EntityManager,
  providerId: string,
  now = new Date(),
): Promise<ProviderListingEntity | null> {
  const live = await manager.findOne(ProviderListingEntity, {
    where: { providerId, slot: 'live', state: 'published' },
  });
  if (live === null) {
    return null;
  }
  const provider = await manager.findOneByOrFail(ProviderEntity, { id: providerId });
  const { state } = listingFreshness(
    provider.lastConfirmedAt,
    live.publishedAt ?? live.updatedAt,
    now,
    await freshnessPolicyOf(manager),
  );
  return state === 'hidden' ? null : live;
}
