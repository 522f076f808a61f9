// The moderation of a provider's directory listing as data (issue 9 items 2 and 5). Each listing
// version is a row of its own: the published version stays live while a newer one is drafted,
// submitted and moderated beside it; approving the newer one supersedes the older one.
//
//   draft → submitted → published → superseded (by the next approved version)
//   submitted → rejected (with a reason) → draft (edited again) / submitted
//   submitted → draft (withdrawn by the distributor)
//   published → suspended (with a reason) → published (reinstated)
//
// A provider has at most one live version (published or suspended) and at most one working
// version (draft, submitted or rejected): the API opens a new draft only when there is no working
// one (openListingDraft), copying the live version's fields.
//
// DOMAIN.md §5 says Microsoft's providers cannot edit their own listing; ours can, under this
// moderation, which keeps the reviewers' word over what is public.
import { refuse, type Refusal } from '../refusal.js';
import { err, ok, type Result } from '../result.js';

export type ListingState =
  'draft' | 'submitted' | 'published' | 'rejected' | 'suspended' | 'superseded';
export const listingStates: readonly ListingState[] = [
  'draft',
  'submitted',
  'published',
  'rejected',
  'suspended',
  'superseded',
];

export type ListingCommandType =
  | 'update_draft'
  | 'submit'
  | 'withdraw'
  | 'approve'
  | 'reject'
  | 'suspend'
  | 'reinstate'
  | 'confirm_freshness'
  | 'supersede';
export const listingCommandTypes: readonly ListingCommandType[] = [
  'update_draft',
  'submit',
  'withdraw',
  'approve',
  'reject',
  'suspend',
  'reinstate',
  'confirm_freshness',
  'supersede',
];

/** Who moderates and who maintains: distributor staff, Microsoft's staff, the hub itself. */
export type ListingActorKind = 'distributor' | 'reviewer' | 'program_admin' | 'system';
export const listingActorKinds: readonly ListingActorKind[] = [
  'distributor',
  'reviewer',
  'program_admin',
  'system',
];

export type ListingGuard = 'listing_valid' | 'reason_given' | 'live_not_suspended';

export type ListingEventType =
  | 'draft_updated'
  | 'submitted'
  | 'withdrawn'
  | 'published'
  | 'rejected'
  | 'suspended'
  | 'reinstated'
  | 'freshness_confirmed'
  | 'superseded';

export type ListingTransition = {
  readonly from: ListingState;
  readonly command: ListingCommandType;
  readonly to: ListingState;
  readonly actors: readonly ListingActorKind[];
  readonly guards: readonly ListingGuard[];
  readonly event: ListingEventType;
  /** Whether the public directory must be told (a search sync job in the same transaction). */
  readonly syncsSearch: boolean;
};

const DISTRIBUTOR: readonly ListingActorKind[] = ['distributor'];
const STAFF: readonly ListingActorKind[] = ['reviewer', 'program_admin'];
const SYSTEM: readonly ListingActorKind[] = ['system'];

const t = (
  from: ListingState,
  command: ListingCommandType,
  to: ListingState,
  actors: readonly ListingActorKind[],
  guards: readonly ListingGuard[],
  event: ListingEventType,
  syncsSearch = false,
): ListingTransition => ({ from, command, to, actors, guards, event, syncsSearch });

// prettier-ignore
export const listingTransitions: readonly ListingTransition[] = [
  //  from          command              to             who          guards                  event                  sync
  t('draft',      'update_draft',      'draft',       DISTRIBUTOR, [],                     'draft_updated'),
  t('draft',      'submit',            'submitted',   DISTRIBUTOR, ['listing_valid'],      'submitted'),
  t('rejected',   'update_draft',      'draft',       DISTRIBUTOR, [],                     'draft_updated'),
  t('rejected',   'submit',            'submitted',   DISTRIBUTOR, ['listing_valid'],      'submitted'),
  t('submitted',  'withdraw',          'draft',       DISTRIBUTOR, [],                     'withdrawn'),
  t('submitted',  'approve',           'published',   STAFF,       ['live_not_suspended'], 'published',           true),
  t('submitted',  'reject',            'rejected',    STAFF,       ['reason_given'],       'rejected'),
  t('published',  'suspend',           'suspended',   STAFF,       ['reason_given'],       'suspended',           true),
  t('published',  'confirm_freshness', 'published',   DISTRIBUTOR, [],                     'freshness_confirmed', true),
  t('published',  'supersede',         'superseded',  SYSTEM,      [],                     'superseded'),
  t('suspended',  'reinstate',         'published',   STAFF,       [],                     'reinstated',          true),
];

/** What the caller established before asking; a fact left out counts as not established. */
export type ListingFacts = {
  /** parseProviderListing accepted the version's fields; otherwise the field it refused. */
  readonly listingValid?: boolean;
  readonly invalidField?: string;
  /** The provider's live version (if any) is suspended. */
  readonly liveSuspended?: boolean;
};

export type ListingCommand =
  | { readonly type: Exclude<ListingCommandType, 'reject' | 'suspend'> }
  | { readonly type: 'reject' | 'suspend'; readonly reason: string };

export type ListingRefusal = Refusal<
  | 'provider.illegal_transition'
  | 'provider.actor_not_allowed'
  | 'provider.listing_incomplete'
  | 'provider.reason_required'
  | 'provider.live_listing_suspended'
  | 'provider.invalid_date'
>;

export type ListingEvent = {
  readonly type: ListingEventType;
  readonly from: ListingState;
  readonly to: ListingState;
  readonly command: ListingCommandType;
  readonly actorKind: ListingActorKind;
  /** ISO 8601, UTC. */
  readonly at: string;
  readonly reason?: string;
};

export type ListingDecision = {
  readonly state: ListingState;
  readonly event: ListingEvent;
  readonly syncsSearch: boolean;
};

export type DecideListingInput = {
  readonly state: ListingState;
  readonly command: ListingCommand;
  readonly actor: { readonly kind: ListingActorKind };
  readonly facts?: ListingFacts;
  readonly now: Date;
};

const reasonOf = (command: ListingCommand): string | undefined =>
  'reason' in command && command.reason.trim() !== '' ? command.reason.trim() : undefined;

/**
 * The next state of a listing version and the event to record, or why not, in this order:
 * no transition → `provider.illegal_transition`; actor kind not allowed →
 * `provider.actor_not_allowed`; then the first failing guard; then an invalid clock.
 */
export function decideListing(input: DecideListingInput): Result<ListingDecision, ListingRefusal> {
  const { state, command, actor, facts = {}, now } = input;
  const where = { state, command: command.type };
  const transition = listingTransitions.find((e) => e.from === state && e.command === command.type);
  if (transition === undefined) {
    return err(refuse('provider.illegal_transition', where));
  }
  if (!transition.actors.includes(actor.kind)) {
    return err(
      refuse('provider.actor_not_allowed', {
        ...where,
        actorKind: actor.kind,
        allowed: transition.actors,
      }),
    );
  }
  const reason = reasonOf(command);
  for (const guard of transition.guards) {
    if (guard === 'listing_valid' && facts.listingValid !== true) {
      return err(
        refuse('provider.listing_incomplete', { ...where, field: facts.invalidField ?? '' }),
      );
    }
    if (guard === 'reason_given' && reason === undefined) {
      return err(refuse('provider.reason_required', where));
    }
    if (guard === 'live_not_suspended' && facts.liveSuspended !== false) {
      return err(refuse('provider.live_listing_suspended', where));
    }
  }
  if (Number.isNaN(now.getTime())) {
    return err(refuse('provider.invalid_date', where));
  }
  const event: ListingEvent = {
    type: transition.event,
    from: state,
    to: transition.to,
    command: command.type,
    actorKind: actor.kind,
    at: now.toISOString(),
    ...(reason === undefined ? {} : { reason }),
  };
  return ok({ state: transition.to, event, syncsSearch: transition.syncsSearch });
}

/** The commands an actor kind may give in a state, in table order (what the console offers). */
export const availableListingCommands = (
  state: ListingState,
  actorKind: ListingActorKind,
): readonly ListingCommandType[] =>
  listingTransitions
    .filter((e) => e.from === state && e.actors.includes(actorKind))
    .map((e) => e.command);

/** The states of a version still being worked on by its distributor. */
export const workingListingStates: readonly ListingState[] = ['draft', 'submitted', 'rejected'];
/** The states of the version the public directory is built from (suspended: hidden). */
export const liveListingStates: readonly ListingState[] = ['published', 'suspended'];

/**
 * Whether a new draft version may be opened beside the provider's other versions: only when none
 * of them is a working version (there is at most one), whatever the live version's state.
 */
export const mayOpenListingDraft = (states: readonly ListingState[]): boolean =>
  !states.some((state) => workingListingStates.includes(state));
