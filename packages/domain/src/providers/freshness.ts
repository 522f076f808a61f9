// Freshness of a published listing (issue 9 item 4): its distributor confirms now and then that
// it is current. Past the confirmation interval it is due (the distributor is told: e-mail and a
// console banner); a grace period later it is hidden from the public directory until confirmed.

export type FreshnessPolicy = {
  /** Days after the last confirmation (or the publication) that it is due again. */
  readonly confirmEveryDays: number;
  /** Days after it is due that it leaves the public directory. */
  readonly hideAfterDays: number;
};

export const DEFAULT_FRESHNESS_POLICY: FreshnessPolicy = {
  confirmEveryDays: 180,
  hideAfterDays: 30,
};

export type FreshnessState = 'current' | 'due' | 'hidden';

export type Freshness = {
  readonly state: FreshnessState;
  /** From when it is due (confirm before this and nothing happens). */
  readonly confirmBy: Date;
  /** From when it is hidden unless confirmed. */
  readonly hiddenFrom: Date;
};

const DAY_MS = 86_400_000;

/**
 * Where a listing stands: counted from its last confirmation, or from its publication when it
 * was never confirmed (approving a version confirms it).
 */
export function listingFreshness(
  lastConfirmedAt: Date | null,
  publishedAt: Date,
  now: Date,
  policy: FreshnessPolicy = DEFAULT_FRESHNESS_POLICY,
): Freshness {
  const base = (lastConfirmedAt ?? publishedAt).getTime();
  const confirmBy = new Date(base + policy.confirmEveryDays * DAY_MS);
  const hiddenFrom = new Date(confirmBy.getTime() + policy.hideAfterDays * DAY_MS);
  const at = now.getTime();
  const state: FreshnessState =
    at < confirmBy.getTime() ? 'current' : at < hiddenFrom.getTime() ? 'due' : 'hidden';
  return { state, confirmBy, hiddenFrom };
}
