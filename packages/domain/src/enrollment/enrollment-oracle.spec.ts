// An independent oracle for the enrollment lifecycle of both programs. Every expectation here
// is written by hand from ../shared/design/DOMAIN.md §4, §6, §7, the seed
// (../shared/seed/enroll-in-csp.en.md) and issue 7 (items 1, 4, 5, 6); NOTHING is read from
// enrollment-table.ts, whose data decideEnrollment reads (only its types are imported). A change
// to either side without the other fails here: that is the point of keeping them apart.
//
// Every cell (program × state × command × actor kind: 2 × 13 × 15 × 5) is decided by the rows
// below: a row allows its command in its state for the actors listed and needs its guards;
// every other cell is refused, with the code of the refusal rules at the end.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { ActorKind } from '../identity/index.js';
import {
  availableEnrollmentCommands,
  decideEnrollment,
  isTerminalEnrollmentState,
  type EnrollmentFacts,
} from './decide-enrollment.js';
import type { EnrollmentCommand } from './enrollment-command.js';
import {
  enrollmentEventRecipients,
  enrollmentTables,
  type EnrollmentCommandType,
  type EnrollmentEventType,
  type EnrollmentProgram,
  type EnrollmentState,
} from './enrollment-table.js';

const PROGRAMS = ['indirect_reseller', 'direct_bill'] as const;
const STATES = [
  'draft',
  'submitted',
  'in_review',
  'info_requested',
  'verified',
  'credit_check_pending',
  'credit_check_passed',
  'support_plan_recorded',
  'agreement_accepted',
  'active',
  'transitioned_to_indirect',
  'rejected',
  'withdrawn',
] as const satisfies readonly EnrollmentState[];
const COMMANDS = [
  'update_draft',
  'submit',
  'start_review',
  'request_information',
  'answer_information',
  'verify',
  'reject',
  'withdraw',
  'request_credit_check',
  'pass_credit_check',
  'fail_credit_check',
  'record_support_plan',
  'accept_agreement',
  'activate',
  'transition_to_indirect',
  'complete_transition',
] as const satisfies readonly EnrollmentCommandType[];

/** Actor kinds by letter: Global admin, partner User, Reviewer, Program admin, System. */
const ACTOR = {
  G: 'partner_global_admin',
  U: 'partner_user',
  R: 'reviewer',
  P: 'program_admin',
  S: 'system',
} as const satisfies Record<string, ActorKind>;
type Letter = keyof typeof ACTOR;
const ALL_ACTORS = Object.values(ACTOR);

/**
 * The guards, by what the rule asks; each with the facts that satisfy it and the ways to break
 * it. `eligible` (submit) lets "needs review" through to the reviewer; `confirmed` (verify) does
 * not (DOMAIN.md §6.3: Microsoft verifies eligibility before the partner is verified).
 */
type Guard = {
  readonly code: string;
  readonly satisfied: EnrollmentFacts;
  readonly breaks: readonly {
    readonly how: string;
    readonly facts?: EnrollmentFacts;
    readonly command?: Record<string, string | undefined>;
  }[];
};
type GuardName =
  | 'complete'
  | 'eligible'
  | 'confirmed'
  | 'checks'
  | 'message'
  | 'reason'
  | 'location'
  | 'agreement'
  | 'provider'
  | 'region'
  | 'noOpenIndirect'
  | 'notYetIndirect'
  | 'indirectActive';
const GUARD: Readonly<Record<GuardName, Guard>> = {
  complete: {
    code: 'enrollment.application_incomplete',
    satisfied: { applicationComplete: true },
    breaks: [{ how: 'application incomplete', facts: { applicationComplete: false } }],
  },
  eligible: {
    code: 'enrollment.not_eligible',
    satisfied: { directBillEligibility: 'needs_review' },
    breaks: [{ how: 'not eligible', facts: { directBillEligibility: 'not_eligible' } }],
  },
  confirmed: {
    code: 'enrollment.eligibility_not_confirmed',
    satisfied: { directBillEligibility: 'eligible' },
    breaks: [
      { how: 'eligibility needs review', facts: { directBillEligibility: 'needs_review' } },
      { how: 'not eligible', facts: { directBillEligibility: 'not_eligible' } },
    ],
  },
  checks: {
    code: 'enrollment.verification_incomplete',
    satisfied: { verificationChecksPassed: true },
    breaks: [{ how: 'checks not passed', facts: { verificationChecksPassed: false } }],
  },
  message: {
    code: 'enrollment.message_required',
    satisfied: {},
    breaks: [
      { how: 'blank message', command: { message: ' \n\t ' } },
      { how: 'empty message', command: { message: '' } },
      // The parser never gives this; a caller that skips it is refused, not thrown at.
      { how: 'message missing at run time', command: { message: undefined } },
    ],
  },
  reason: {
    code: 'enrollment.reason_required',
    satisfied: {},
    breaks: [
      { how: 'blank reason', command: { reason: '  ' } },
      { how: 'reason missing at run time', command: { reason: undefined } },
    ],
  },
  location: {
    code: 'enrollment.location_partner_id_not_linked',
    satisfied: { locationPartnerIdLinked: true },
    breaks: [{ how: 'location PartnerID not linked', facts: { locationPartnerIdLinked: false } }],
  },
  agreement: {
    code: 'enrollment.agreement_not_accepted',
    satisfied: { agreementsInForce: true },
    breaks: [{ how: 'agreement not in force', facts: { agreementsInForce: false } }],
  },
  provider: {
    code: 'enrollment.provider_required',
    satisfied: {},
    breaks: [
      { how: 'no provider', command: { providerId: ' ' } },
      { how: 'provider missing at run time', command: { providerId: undefined } },
    ],
  },
  region: {
    code: 'enrollment.provider_not_in_region',
    satisfied: { providerInPartnerRegion: true },
    breaks: [{ how: 'provider in another region', facts: { providerInPartnerRegion: false } }],
  },
  // §3: one request at a time, and only a tenant that is not an indirect reseller yet.
  noOpenIndirect: {
    code: 'enrollment.transition_already_open',
    satisfied: { indirectResellerOpen: false },
    breaks: [
      { how: 'an indirect application under way', facts: { indirectResellerOpen: true } },
      { how: 'not known whether one is under way', facts: { indirectResellerOpen: undefined } },
    ],
  },
  notYetIndirect: {
    code: 'enrollment.already_indirect_reseller',
    satisfied: { indirectResellerActive: false },
    breaks: [
      { how: 'already an indirect reseller', facts: { indirectResellerActive: true } },
      { how: 'not known whether it is one', facts: { indirectResellerActive: undefined } },
    ],
  },
  // §3 step 5: indirect reseller capabilities (and the point of no return) come with the terms.
  indirectActive: {
    code: 'enrollment.transition_not_accepted',
    satisfied: { transitionEnrollmentActive: true },
    breaks: [
      { how: 'indirect enrollment not active yet', facts: { transitionEnrollmentActive: false } },
    ],
  },
};
/** Guards that read facts (the console's blockedBy), as opposed to the command's payload. */
const FACT_GUARDS: readonly GuardName[] = [
  'complete',
  'eligible',
  'confirmed',
  'checks',
  'location',
  'agreement',
  'region',
  'noOpenIndirect',
  'notYetIndirect',
  'indirectActive',
];

type Row = {
  readonly from: EnrollmentState;
  readonly command: EnrollmentCommandType;
  readonly to: EnrollmentState;
  readonly who: string;
  /** In the order they are checked: the first that fails is the refusal. */
  readonly guards: readonly GuardName[];
  readonly events: readonly EnrollmentEventType[];
};
const row = (
  from: EnrollmentState,
  command: EnrollmentCommandType,
  to: EnrollmentState,
  who: string,
  guards: readonly GuardName[],
  events: readonly EnrollmentEventType[],
): Row => ({ from, command, to, who, guards, events });

// Who: the seed's "Appropriate roles: Global admin" and issue 7 item 1 ("every other user of the
// tenant reads only"): the partner's commands are the global admin's alone (G). Reviewers and
// program admins review (R P). The credit check's result is recorded by a reviewer, a program
// admin or the hub (R P S; issue 7 item 6), never by the partner; it is requested by staff.
// Activation re-checks the agreement and is the hub's or a program admin's (S P). The support
// plan is recorded by the partner that bought it, or corrected by a program admin (G P).
const WITHDRAW = (from: EnrollmentState): Row =>
  row(from, 'withdraw', 'withdrawn', 'G', [], ['withdrawn']);

/**
 * Indirect reseller (seed: sign in, profile + MPN ID, reviewed and verified, then "accept the
 * Microsoft indirect reseller terms agreement"; DOMAIN.md §6.2: the location PartnerID must be
 * linked before the agreement can be signed, §7: Qualified → accepted → Active).
 */
const INDIRECT: readonly Row[] = [
  row('draft', 'update_draft', 'draft', 'G', [], ['draft_updated']),
  row('draft', 'submit', 'submitted', 'G', ['complete'], ['submitted']),
  row('submitted', 'start_review', 'in_review', 'R P', [], ['review_started']),
  row(
    'in_review',
    'request_information',
    'info_requested',
    'R P',
    ['message'],
    ['information_requested'],
  ),
  row('in_review', 'verify', 'verified', 'R P', ['checks'], ['verified']),
  row('in_review', 'reject', 'rejected', 'R P', ['reason'], ['rejected']),
  row(
    'info_requested',
    'answer_information',
    'submitted',
    'G',
    ['message'],
    ['information_provided'],
  ),
  row('info_requested', 'reject', 'rejected', 'R P', ['reason'], ['rejected']),
  row(
    'verified',
    'accept_agreement',
    'agreement_accepted',
    'G',
    ['location', 'agreement'],
    ['agreement_accepted'],
  ),
  row('agreement_accepted', 'activate', 'active', 'S P', ['agreement'], ['activated']),
  ...(
    ['draft', 'submitted', 'in_review', 'info_requested', 'verified', 'agreement_accepted'] as const
  ).map(WITHDRAW),
];

/**
 * Direct bill (DOMAIN.md §6.3 process: eligibility, enrollment, verification and the credit
 * check, the credit-pass e-mail, "only then" the support plan, then the MPA; the seed's "You must
 * pass a credit check before purchasing a support plan"). An active direct bill partner may
 * ask to transition to indirect reseller through a provider of its region and stays active while
 * the request is reviewed; only the hub ends the direct bill enrollment, once the tenant's
 * indirect reseller enrollment is active, and from then on there is no way back (§3, §5).
 */
const DIRECT: readonly Row[] = [
  row('draft', 'update_draft', 'draft', 'G', [], ['draft_updated']),
  row('draft', 'submit', 'submitted', 'G', ['complete', 'eligible'], ['submitted']),
  row('submitted', 'start_review', 'in_review', 'R P', [], ['review_started']),
  row(
    'in_review',
    'request_information',
    'info_requested',
    'R P',
    ['message'],
    ['information_requested'],
  ),
  row('in_review', 'verify', 'verified', 'R P', ['checks', 'confirmed'], ['verified']),
  row('in_review', 'reject', 'rejected', 'R P', ['reason'], ['rejected']),
  row(
    'info_requested',
    'answer_information',
    'submitted',
    'G',
    ['message'],
    ['information_provided'],
  ),
  row('info_requested', 'reject', 'rejected', 'R P', ['reason'], ['rejected']),
  row(
    'verified',
    'request_credit_check',
    'credit_check_pending',
    'R P',
    [],
    ['credit_check_requested'],
  ),
  row(
    'credit_check_pending',
    'pass_credit_check',
    'credit_check_passed',
    'R P S',
    [],
    ['credit_check_passed'],
  ),
  row(
    'credit_check_pending',
    'fail_credit_check',
    'rejected',
    'R P S',
    [],
    ['credit_check_failed', 'rejected'],
  ),
  row(
    'credit_check_passed',
    'record_support_plan',
    'support_plan_recorded',
    'G P',
    [],
    ['support_plan_recorded'],
  ),
  row(
    'support_plan_recorded',
    'accept_agreement',
    'agreement_accepted',
    'G',
    ['location', 'agreement'],
    ['agreement_accepted'],
  ),
  row('agreement_accepted', 'activate', 'active', 'S P', ['agreement'], ['activated']),
  row(
    'active',
    'transition_to_indirect',
    'active',
    'G',
    ['provider', 'region', 'noOpenIndirect', 'notYetIndirect'],
    ['transition_requested'],
  ),
  row(
    'active',
    'complete_transition',
    'transitioned_to_indirect',
    'S',
    ['indirectActive'],
    ['transitioned_to_indirect'],
  ),
  ...(
    [
      'draft',
      'submitted',
      'in_review',
      'info_requested',
      'verified',
      'credit_check_pending',
      'credit_check_passed',
      'support_plan_recorded',
      'agreement_accepted',
    ] as const
  ).map(WITHDRAW),
];

const ROWS: Readonly<Record<EnrollmentProgram, readonly Row[]>> = {
  indirect_reseller: INDIRECT,
  direct_bill: DIRECT,
};

/** The states each program's enrollment can be in. */
const PROGRAM_STATES: Readonly<Record<EnrollmentProgram, readonly EnrollmentState[]>> = {
  indirect_reseller: [
    'draft',
    'submitted',
    'in_review',
    'info_requested',
    'verified',
    'agreement_accepted',
    'active',
    'rejected',
    'withdrawn',
  ],
  direct_bill: STATES,
};

/**
 * Refusals for cells without a row: a support plan before the credit check passed (the seed's
 * warning) and a transition to indirect before the partner is active have their own codes in
 * direct bill; after the transition every command is irreversible (§3). All else is illegal.
 */
function refusalWithoutRow(
  program: EnrollmentProgram,
  state: EnrollmentState,
  command: EnrollmentCommandType,
): string {
  if (program === 'direct_bill') {
    if (state === 'transitioned_to_indirect') {
      return 'enrollment.transition_irreversible';
    }
    const beforeCreditPassed = [
      'draft',
      'submitted',
      'in_review',
      'info_requested',
      'verified',
      'credit_check_pending',
    ];
    if (command === 'record_support_plan' && beforeCreditPassed.includes(state)) {
      return 'enrollment.credit_check_not_passed';
    }
    const beforeActive = [
      ...beforeCreditPassed,
      'credit_check_passed',
      'support_plan_recorded',
      'agreement_accepted',
    ];
    if (command === 'transition_to_indirect' && beforeActive.includes(state)) {
      return 'enrollment.transition_requires_active';
    }
  }
  return 'enrollment.illegal_transition';
}

const actorsOf = (r: Row): ActorKind[] => r.who.split(' ').map((letter) => ACTOR[letter as Letter]);
const rowFor = (
  program: EnrollmentProgram,
  state: EnrollmentState,
  command: EnrollmentCommandType,
) => ROWS[program].find((r) => r.from === state && r.command === command);

const PAYLOAD: Partial<Record<EnrollmentCommandType, Record<string, string>>> = {
  request_information: {
    reasonCode: 'business_documents',
    message: 'Please upload the business registration certificate.',
  },
  answer_information: { message: 'Uploaded.' },
  reject: {
    reasonCode: 'business_unverifiable',
    reason: 'The address does not match the registration.',
  },
  record_support_plan: { plan: 'psfp' },
  transition_to_indirect: { providerId: 'provider-7' },
};
const commandOf = (
  type: EnrollmentCommandType,
  override: Record<string, string | undefined> = {},
) => ({ type, ...PAYLOAD[type], ...override }) as EnrollmentCommand;

const FULL_FACTS: EnrollmentFacts = {
  applicationComplete: true,
  directBillEligibility: 'eligible',
  verificationChecksPassed: true,
  locationPartnerIdLinked: true,
  agreementsInForce: true,
  providerInPartnerRegion: true,
  indirectResellerOpen: false,
  indirectResellerActive: false,
  transitionEnrollmentActive: true,
};
/** Exactly the facts a row's guards need, and nothing else. */
const neededFacts = (r: Row): EnrollmentFacts =>
  Object.assign({}, ...r.guards.map((g) => GUARD[g].satisfied)) as EnrollmentFacts;

const now = new Date('2021-05-10T08:30:00Z');
const sorted = <T>(values: readonly T[]): T[] => [...values].sort();

const cells = PROGRAMS.flatMap((program) =>
  STATES.flatMap((state) => COMMANDS.map((command) => ({ program, state, command }))),
);

describe('the enrollment oracle (hand-written from DOMAIN.md §6–§7 and the seed)', () => {
  it.each(cells.map((c) => [`${c.program} ${c.state} ${c.command}`, c] as const))(
    '%s: exactly the allowed actors pass with the guards satisfied; the rest are refused with the right code',
    (_, { program, state, command }) => {
      const where = { program, state, command };
      const expected = rowFor(program, state, command);
      const decide = (kind: ActorKind, facts?: EnrollmentFacts, cmd = commandOf(command)) =>
        decideEnrollment({
          program,
          state,
          command: cmd,
          actor: { kind },
          now,
          ...(facts ? { facts } : {}),
        });

      if (expected === undefined) {
        const code = refusalWithoutRow(program, state, command);
        for (const kind of ALL_ACTORS) {
          expect(decide(kind, FULL_FACTS)).toEqual({ ok: false, error: { code, details: where } });
          expect(decide(kind)).toEqual({ ok: false, error: { code, details: where } });
        }
        return;
      }

      const allowed = actorsOf(expected);
      for (const kind of allowed) {
        const result = decide(kind, neededFacts(expected));
        const details = { ...PAYLOAD[command] };
        // Strict: no field the command did not carry appears in the events' details.
        expect(result).toStrictEqual({
          ok: true,
          value: {
            state: expected.to,
            events: expected.events.map((type) => ({
              type,
              program,
              from: state,
              to: expected.to,
              command,
              actorKind: kind,
              at: '2021-05-10T08:30:00.000Z',
              details,
            })),
          },
        });
        expect(decide(kind, FULL_FACTS)).toMatchObject({ ok: true, value: { state: expected.to } });
      }
      for (const kind of ALL_ACTORS.filter((k) => !allowed.includes(k))) {
        // The actor is checked before the guards: an actor who may not act learns nothing else.
        const refused = decide(kind);
        expect(refused).toMatchObject({
          ok: false,
          error: { code: 'enrollment.actor_not_allowed', details: { ...where, actorKind: kind } },
        });
        const listed = refused.ok ? [] : (refused.error.details?.['allowed'] as readonly string[]);
        expect(sorted(listed)).toEqual(sorted(allowed));
      }
      for (const name of expected.guards) {
        for (const broken of GUARD[name].breaks) {
          const facts = { ...neededFacts(expected), ...broken.facts };
          expect(
            decide(allowed[0] as ActorKind, facts, commandOf(command, broken.command)),
          ).toEqual({
            ok: false,
            error: { code: GUARD[name].code, details: where },
          });
        }
      }
      const needsFacts = expected.guards.some((g) => FACT_GUARDS.includes(g));
      const withoutFacts = decide(allowed[0] as ActorKind);
      expect(withoutFacts.ok).toBe(!needsFacts);
      if (needsFacts && !withoutFacts.ok) {
        const firstFactGuard = expected.guards.find((g) => FACT_GUARDS.includes(g)) as GuardName;
        expect(withoutFacts.error.code).toBe(GUARD[firstFactGuard].code);
      }
    },
  );

  it.each(
    PROGRAMS.flatMap((program) =>
      STATES.flatMap((state) => ALL_ACTORS.map((kind) => [program, state, kind] as const)),
    ),
  )(
    '%s %s: %s is offered exactly the commands the oracle allows, blocked by the first fact guard',
    (program, state, kind) => {
      const rows = ROWS[program].filter((r) => r.from === state && actorsOf(r).includes(kind));
      const byCommand = (list: readonly { command: string }[]) =>
        [...list].sort((a, b) => a.command.localeCompare(b.command));
      expect(byCommand(availableEnrollmentCommands({ program, state, actorKind: kind }))).toEqual(
        byCommand(rows.map((r) => ({ command: r.command, to: r.to }))),
      );
      expect(
        byCommand(
          availableEnrollmentCommands({ program, state, actorKind: kind, facts: FULL_FACTS }),
        ),
      ).toEqual(byCommand(rows.map((r) => ({ command: r.command, to: r.to }))));
      expect(
        byCommand(availableEnrollmentCommands({ program, state, actorKind: kind, facts: {} })),
      ).toEqual(
        byCommand(
          rows.map((r) => {
            const first = r.guards.find((g) => FACT_GUARDS.includes(g));
            return first === undefined
              ? { command: r.command, to: r.to }
              : {
                  command: r.command,
                  to: r.to,
                  blockedBy: {
                    code: GUARD[first].code,
                    details: { program, state, command: r.command },
                  },
                };
          }),
        ),
      );
      // With every other fact established, each fact guard alone blocks its command.
      for (const r of rows) {
        for (const name of r.guards.filter((g) => FACT_GUARDS.includes(g))) {
          const facts = { ...neededFacts(r), ...GUARD[name].breaks[0]?.facts };
          const offered = availableEnrollmentCommands({ program, state, actorKind: kind, facts });
          expect(offered.find((o) => o.command === r.command)).toEqual({
            command: r.command,
            to: r.to,
            blockedBy: { code: GUARD[name].code, details: { program, state, command: r.command } },
          });
        }
      }
    },
  );

  it.each(PROGRAMS)(
    '%s: states, initial state and terminal states are the documented ones',
    (program) => {
      const table = enrollmentTables[program];
      const terminal = PROGRAM_STATES[program].filter(
        (state) => !ROWS[program].some((r) => r.from === state),
      );
      expect(sorted(table.states)).toEqual(sorted(PROGRAM_STATES[program]));
      expect(table.initial).toBe('draft');
      expect(table.program).toBe(program);
      expect(sorted(table.terminal)).toEqual(sorted(terminal));
      expect(terminal).toEqual(
        program === 'direct_bill'
          ? ['transitioned_to_indirect', 'rejected', 'withdrawn']
          : ['active', 'rejected', 'withdrawn'],
      );
      for (const state of STATES) {
        expect(isTerminalEnrollmentState(program, state)).toBe(
          !ROWS[program].some((r) => r.from === state),
        );
      }
    },
  );

  it('e-mails the partner at each step issue 7 item 9 names, and the reviewers when work arrives', () => {
    expect(enrollmentEventRecipients).toEqual({
      draft_updated: [],
      submitted: ['primary_contact', 'reviewers'],
      review_started: [],
      information_requested: ['primary_contact'],
      information_provided: ['reviewers'],
      verified: ['primary_contact', 'global_admins'],
      rejected: ['primary_contact'],
      withdrawn: ['primary_contact', 'reviewers'],
      credit_check_requested: ['primary_contact'],
      credit_check_passed: ['primary_contact', 'global_admins'],
      credit_check_failed: ['primary_contact'],
      support_plan_recorded: ['reviewers'],
      agreement_accepted: ['primary_contact'],
      activated: ['primary_contact', 'global_admins'],
      transition_requested: ['primary_contact'],
      transitioned_to_indirect: ['primary_contact', 'provider'],
    });
  });
});

describe('random command sequences against the oracle (model-based)', () => {
  const factsArb = fc.record(
    {
      applicationComplete: fc.boolean(),
      directBillEligibility: fc.constantFrom(
        'eligible' as const,
        'not_eligible' as const,
        'needs_review' as const,
      ),
      verificationChecksPassed: fc.boolean(),
      locationPartnerIdLinked: fc.boolean(),
      agreementsInForce: fc.boolean(),
      providerInPartnerRegion: fc.boolean(),
      indirectResellerOpen: fc.boolean(),
      indirectResellerActive: fc.boolean(),
      transitionEnrollmentActive: fc.boolean(),
    },
    { requiredKeys: [] },
  );
  // Biased toward progress: most steps are the oracle's next allowed command for its actor with
  // the facts it needs, so walks reach the late states (credit check, agreement, transition).
  const stepArb = fc.record({
    pick: fc.nat(),
    follow: fc.nat({ max: 9 }),
    command: fc.constantFrom<EnrollmentCommandType>(...COMMANDS),
    kind: fc.constantFrom<ActorKind>(...ALL_ACTORS),
    facts: factsArb,
    blank: fc.boolean(),
  });

  it('agrees with the oracle on every step of 400 walks, reaching every state of both programs', () => {
    const reached = new Map<string, number>();
    const outcomes = new Map<string, number>();
    const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
    fc.assert(
      fc.property(
        fc.constantFrom(...PROGRAMS),
        fc.array(stepArb, { minLength: 5, maxLength: 40 }),
        (program, steps) => {
          let state: EnrollmentState = 'draft';
          for (const step of steps) {
            // Rows that move forward count three times, so walks get past the side exits.
            const options = ROWS[program]
              .filter((r) => r.from === state)
              .flatMap((r) =>
                ['rejected', 'withdrawn', 'info_requested'].includes(r.to) ? [r] : [r, r, r],
              );
            const follow = step.follow < 7 && options.length > 0;
            const chosen = follow ? (options[step.pick % options.length] as Row) : undefined;
            const command = chosen?.command ?? step.command;
            const kind = chosen
              ? (actorsOf(chosen)[step.pick % actorsOf(chosen).length] as ActorKind)
              : step.kind;
            const facts = chosen ? neededFacts(chosen) : step.facts;
            const blank = chosen ? false : step.blank;
            const payload: Record<string, string> = blank
              ? { message: '', reason: '', providerId: '' }
              : {};
            const result = decideEnrollment({
              program,
              state,
              command: commandOf(command, payload),
              actor: { kind },
              facts,
              now,
            });
            const r = rowFor(program, state, command);
            const expectOk =
              r !== undefined &&
              actorsOf(r).includes(kind) &&
              r.guards.every((g) => {
                const guard = GUARD[g];
                if (g === 'message' || g === 'reason' || g === 'provider') {
                  return !blank;
                }
                if (g === 'eligible') {
                  return (
                    facts.directBillEligibility === 'eligible' ||
                    facts.directBillEligibility === 'needs_review'
                  );
                }
                return Object.entries(guard.satisfied).every(
                  ([key, value]) => facts[key as keyof EnrollmentFacts] === value,
                );
              });
            expect(result.ok).toBe(expectOk);
            count(outcomes, result.ok ? 'moved' : result.error.code);
            if (result.ok) {
              expect(result.value.state).toBe(r?.to);
              state = result.value.state;
            }
            count(reached, `${program} ${state}`);
          }
        },
      ),
      // A fixed seed: the same 400 walks on every run. Whether a random set reaches the deepest
      // state (a direct bill partner's completed transition) is luck: one CI run's set did not,
      // and this test failed. FC_SEED=<n> tries another set.
      { numRuns: 400, seed: Number(process.env['FC_SEED'] ?? 20261203) },
    );
    const everyState = PROGRAMS.flatMap((p) => PROGRAM_STATES[p].map((s) => `${p} ${s}`));
    expect(everyState.filter((key) => !reached.has(key))).toEqual([]);
    // Both sides of the oracle are exercised: most steps move, and refusals of each kind occur.
    expect(outcomes.get('moved') ?? 0).toBeGreaterThan(1000);
    for (const code of ['enrollment.illegal_transition', 'enrollment.actor_not_allowed']) {
      expect(outcomes.get(code) ?? 0).toBeGreaterThan(50);
    }
  });
});
