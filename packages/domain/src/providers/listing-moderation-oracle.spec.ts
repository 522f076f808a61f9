// An independent oracle for listing moderation. Every expectation is written by hand from issue 9
// (items 2, 4 and 5) and DOMAIN.md §5; NOTHING is read from listingTransitions (only types are
// imported). Every cell (state × command × actor kind: 6 × 9 × 4) is decided by the rows below.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  availableListingCommands,
  decideListing,
  mayOpenListingDraft,
  type ListingActorKind,
  type ListingCommand,
  type ListingCommandType,
  type ListingFacts,
  type ListingState,
} from './listing-moderation.js';

const STATES = [
  'draft',
  'submitted',
  'published',
  'rejected',
  'suspended',
  'superseded',
] as const satisfies readonly ListingState[];
const COMMANDS = [
  'update_draft',
  'submit',
  'withdraw',
  'approve',
  'reject',
  'suspend',
  'reinstate',
  'confirm_freshness',
  'supersede',
] as const satisfies readonly ListingCommandType[];
/** D distributor, R reviewer, P program admin, S the hub itself. */
const ACTOR = {
  D: 'distributor',
  R: 'reviewer',
  P: 'program_admin',
  S: 'system',
} as const satisfies Record<string, ListingActorKind>;
type Letter = keyof typeof ACTOR;

type Row = {
  readonly from: ListingState;
  readonly command: ListingCommandType;
  readonly to: ListingState;
  readonly who: string;
  readonly needs?: 'valid' | 'reason' | 'not_suspended';
  readonly syncs: boolean;
};

// prettier-ignore
const ROWS: readonly Row[] = [
  // The distributor edits and submits; a rejected version is edited again or resubmitted.
  { from: 'draft',     command: 'update_draft',      to: 'draft',      who: 'D',  syncs: false },
  { from: 'draft',     command: 'submit',            to: 'submitted',  who: 'D',  needs: 'valid', syncs: false },
  { from: 'rejected',  command: 'update_draft',      to: 'draft',      who: 'D',  syncs: false },
  { from: 'rejected',  command: 'submit',            to: 'submitted',  who: 'D',  needs: 'valid', syncs: false },
  { from: 'submitted', command: 'withdraw',          to: 'draft',      who: 'D',  syncs: false },
  // Reviewers decide; only a publication changes what the directory shows.
  { from: 'submitted', command: 'approve',           to: 'published',  who: 'RP', needs: 'not_suspended', syncs: true },
  { from: 'submitted', command: 'reject',            to: 'rejected',   who: 'RP', needs: 'reason', syncs: false },
  { from: 'published', command: 'suspend',           to: 'suspended',  who: 'RP', needs: 'reason', syncs: true },
  { from: 'suspended', command: 'reinstate',         to: 'published',  who: 'RP', syncs: true },
  // Freshness (item 4): the distributor confirms the live listing; its date is searchable.
  { from: 'published', command: 'confirm_freshness', to: 'published',  who: 'D',  syncs: true },
  // The hub retires the old published version when the next one is approved.
  { from: 'published', command: 'supersede',         to: 'superseded', who: 'S',  syncs: false },
];

const commandOf = (type: ListingCommandType, reason = 'Out of date'): ListingCommand =>
  type === 'reject' || type === 'suspend' ? { type, reason } : { type };
const satisfied: ListingFacts = { listingValid: true, liveSuspended: false };
const now = new Date('2026-12-01T10:00:00Z');

describe('listing moderation, cell by cell', () => {
  for (const state of STATES) {
    for (const command of COMMANDS) {
      const row = ROWS.find((r) => r.from === state && r.command === command);
      for (const letter of Object.keys(ACTOR) as Letter[]) {
        const kind = ACTOR[letter];
        const allowed = row !== undefined && row.who.includes(letter);
        it(`${state} × ${command} × ${kind}: ${allowed ? `→ ${row.to}` : 'refused'}`, () => {
          const result = decideListing({
            state,
            command: commandOf(command),
            actor: { kind },
            facts: satisfied,
            now,
          });
          if (allowed) {
            expect(result).toEqual({
              ok: true,
              value: {
                state: row.to,
                syncsSearch: row.syncs,
                event: expect.objectContaining({
                  from: state,
                  to: row.to,
                  command,
                  actorKind: kind,
                  at: now.toISOString(),
                }),
              },
            });
          } else {
            expect(result.ok).toBe(false);
            expect(!result.ok && result.error.code).toBe(
              row === undefined ? 'provider.illegal_transition' : 'provider.actor_not_allowed',
            );
          }
        });
      }
    }
  }

  it('superseded is the only state with no way out', () => {
    for (const state of STATES) {
      const out = (Object.values(ACTOR) as ListingActorKind[]).flatMap((kind) =>
        availableListingCommands(state, kind),
      );
      expect(out.length === 0).toBe(state === 'superseded');
    }
  });
});

describe('the guards', () => {
  it('submit needs a valid listing, and names the field that is not', () => {
    for (const facts of [{}, { listingValid: false, invalidField: 'website' }]) {
      const result = decideListing({
        state: 'draft',
        command: { type: 'submit' },
        actor: { kind: 'distributor' },
        facts,
        now,
      });
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'provider.listing_incomplete',
          details: {
            state: 'draft',
            command: 'submit',
            field: 'invalidField' in facts ? 'website' : '',
          },
        },
      });
    }
  });

  it.each(['reject', 'suspend'] as const)('%s needs a reason that is not blank', (type) => {
    const state = type === 'reject' ? 'submitted' : 'published';
    for (const reason of ['', '  \n ']) {
      const result = decideListing({
        state,
        command: { type, reason },
        actor: { kind: 'reviewer' },
        facts: satisfied,
        now,
      });
      expect(!result.ok && result.error.code).toBe('provider.reason_required');
    }
    const given = decideListing({
      state,
      command: { type, reason: ' Stale contact ' },
      actor: { kind: 'reviewer' },
      now,
    });
    expect(given.ok && given.value.event.reason).toBe('Stale contact');
  });

  it('approve is refused while the live version is suspended, or when that is not known', () => {
    for (const facts of [{ liveSuspended: true }, {}]) {
      const result = decideListing({
        state: 'submitted',
        command: { type: 'approve' },
        actor: { kind: 'reviewer' },
        facts,
        now,
      });
      expect(!result.ok && result.error.code).toBe('provider.live_listing_suspended');
    }
  });

  it('refuses an invalid clock, after every other rule', () => {
    const result = decideListing({
      state: 'draft',
      command: { type: 'update_draft' },
      actor: { kind: 'distributor' },
      now: new Date(Number.NaN),
    });
    expect(!result.ok && result.error.code).toBe('provider.invalid_date');
  });

  it('names who may, when the actor may not', () => {
    const result = decideListing({
      state: 'submitted',
      command: { type: 'approve' },
      actor: { kind: 'distributor' },
      facts: satisfied,
      now,
    });
    expect(!result.ok && result.error.details).toEqual({
      state: 'submitted',
      command: 'approve',
      actorKind: 'distributor',
      allowed: ['reviewer', 'program_admin'],
    });
  });
});

describe('versions side by side', () => {
  it('a new draft opens only when no version is being worked on', () => {
    expect(mayOpenListingDraft([])).toBe(true);
    expect(mayOpenListingDraft(['published'])).toBe(true);
    expect(mayOpenListingDraft(['suspended', 'superseded'])).toBe(true);
    expect(mayOpenListingDraft(['published', 'draft'])).toBe(false);
    expect(mayOpenListingDraft(['published', 'submitted'])).toBe(false);
    expect(mayOpenListingDraft(['rejected'])).toBe(false);
  });

  it('property: any sequence of commands keeps a version in a known state, and only a reviewer publishes', () => {
    let published = 0;
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(...COMMANDS),
            fc.constantFrom(...(Object.values(ACTOR) as ListingActorKind[])),
          ),
          { maxLength: 30 },
        ),
        (steps) => {
          let state: ListingState = 'draft';
          for (const [command, kind] of steps) {
            const result = decideListing({
              state,
              command: commandOf(command),
              actor: { kind },
              facts: satisfied,
              now,
            });
            if (result.ok) {
              expect(STATES).toContain(result.value.state);
              if (result.value.state === 'published' && state !== 'published') {
                published += 1;
                expect(['reviewer', 'program_admin']).toContain(kind);
              }
              state = result.value.state;
            }
          }
        },
      ),
      { numRuns: 400 },
    );
    expect(published).toBeGreaterThan(0);
  });
});
