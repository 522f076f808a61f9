// Which indirect providers an indirect reseller works with (issue 10 item 6; DOMAIN.md §3 "Choosing
// a provider", §5). An active indirect reseller records a provider it picked from the directory:
// a provider with a published listing that serves one of the reseller's CSP regions. A pair is
// recorded once. The transition from direct bill records its chosen provider the same way.
import type { RegionName } from '../markets/markets.js';
import { refuse, type Refusal } from '../refusal.js';
import { err, ok, type Result } from '../result.js';

export type ResellerProviderOrigin = 'reseller' | 'transition';

export type ResellerProviderInput = {
  /** The reseller's indirect reseller enrollment is active. */
  readonly resellerActive: boolean;
  /** The CSP regions the reseller sells in. */
  readonly resellerRegions: readonly RegionName[];
  /** The provider as the directory shows it; null when it has no published listing. */
  readonly provider: { readonly id: string; readonly regions: readonly RegionName[] } | null;
  /** The providers the reseller already works with. */
  readonly linkedProviderIds: readonly string[];
};

export type ResellerProviderRefusal = Refusal<
  | 'relationships.not_indirect_reseller'
  | 'relationships.provider_not_found'
  | 'relationships.provider_not_in_region'
  | 'relationships.already_linked'
>;

/** The CSP regions both serve: the ones the relationship can do business in. */
export const sharedRegions = (
  resellerRegions: readonly RegionName[],
  providerRegions: readonly RegionName[],
): RegionName[] => resellerRegions.filter((region) => providerRegions.includes(region));

/**
 * Whether an indirect reseller may record a provider: it must be an active indirect reseller, the
 * provider must be in the directory (published) and serve one of the reseller's regions, and the
 * pair must not be recorded yet. Answers the regions they share.
 */
export function decideResellerProvider(
  input: ResellerProviderInput,
): Result<{ readonly regions: readonly RegionName[] }, ResellerProviderRefusal> {
  if (!input.resellerActive) {
    return err(refuse('relationships.not_indirect_reseller'));
  }
  if (input.provider === null) {
    return err(refuse('relationships.provider_not_found'));
  }
  const regions = sharedRegions(input.resellerRegions, input.provider.regions);
  if (regions.length === 0) {
    return err(
      refuse('relationships.provider_not_in_region', {
        resellerRegions: [...input.resellerRegions],
        providerRegions: [...input.provider.regions],
      }),
    );
  }
  if (input.linkedProviderIds.includes(input.provider.id)) {
    return err(refuse('relationships.already_linked'));
  }
  return ok({ regions });
}
