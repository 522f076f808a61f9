import type { EligibilityVerdict } from '../eligibility/eligibility-policy.js';
import type { ActorKind } from '../identity/index.js';
import { refuse, type Refusal } from '../refusal.js';
import { err, ok, type Result } from '../result.js';
import type { EnrollmentCommand } from './enrollment-command.js';
import {
  enrollmentTables,
  type EnrollmentCommandType,
  type EnrollmentEventType,
  type EnrollmentGuard,
  type EnrollmentProgram,
  type EnrollmentState,
  type EnrollmentTransition,
  type ExplainedRefusal,
} from './enrollment-table.js';

/**
 * What the caller established with the other rules before asking. A fact left out counts as
 * not established, so a guard that needs it refuses (fail safe).
 */
export type EnrollmentFacts = {
  /** The application has every required field (company, address, contact, bank details). */
  readonly applicationComplete?: boolean;
  /** checkDirectBillEligibility's verdict under the policy in force at submission. */
  readonly directBillEligibility?: EligibilityVerdict;
  /** Microsoft's three checks passed: e-mail ownership, employment, business (DOMAIN.md §7). */
  readonly verificationChecksPassed?: boolean;
  /** An active location PartnerID in the account's country is linked (DOMAIN.md §2, §6.2 step 5). */
  readonly locationPartnerIdLinked?: boolean;
  /** checkAgreementsInForce for the program and the partner's CSP region says yes. */
  readonly agreementsInForce?: boolean;
  /** The chosen indirect provider's CSP region is the partner's (DOMAIN.md §5). */
  readonly providerInPartnerRegion?: boolean;
  /** The tenant has an indirect reseller application under way (a transition or its own). */
  readonly indirectResellerOpen?: boolean;
  /** The tenant is already an active indirect reseller: there is nothing to transition to. */
  readonly indirectResellerActive?: boolean;
  /** The indirect reseller enrollment the transition opened is active (its terms accepted). */
  readonly transitionEnrollmentActive?: boolean;
};

export type EnrollmentGuardCode =
  | 'enrollment.application_incomplete'
  | 'enrollment.not_eligible'
  | 'enrollment.eligibility_not_confirmed'
  | 'enrollment.verification_incomplete'
  | 'enrollment.message_required'
  | 'enrollment.reason_required'
  | 'enrollment.location_partner_id_not_linked'
  | 'enrollment.agreement_not_accepted'
  | 'enrollment.provider_required'
  | 'enrollment.provider_not_in_region'
  | 'enrollment.transition_already_open'
  | 'enrollment.already_indirect_reseller'
  | 'enrollment.transition_not_accepted';

export type EnrollmentRefusal = Refusal<
  | 'enrollment.illegal_transition'
  | 'enrollment.actor_not_allowed'
  | 'enrollment.invalid_date'
  | EnrollmentGuardCode
  | ExplainedRefusal['code']
>;

type GuardContext = { readonly command: EnrollmentCommand; readonly facts: EnrollmentFacts };

const isFilled = (value: string | undefined): boolean => value !== undefined && value.trim() !== '';

/** Each guard's refusal code, what it reads, and its check. */
export const enrollmentGuards: Readonly<
  Record<
    EnrollmentGuard,
    {
      readonly code: EnrollmentGuardCode;
      readonly reads: 'facts' | 'command';
      readonly check: (context: GuardContext) => boolean;
    }
  >
> = {
  application_complete: {
    code: 'enrollment.application_incomplete',
    reads: 'facts',
    check: ({ facts }) => facts.applicationComplete === true,
  },
  // Needs review is no blocker at submission: the reviewer settles it before verifying.
  eligible_for_direct_bill: {
    code: 'enrollment.not_eligible',
    reads: 'facts',
    check: ({ facts }) =>
      facts.directBillEligibility === 'eligible' || facts.directBillEligibility === 'needs_review',
  },
  eligibility_confirmed: {
    code: 'enrollment.eligibility_not_confirmed',
    reads: 'facts',
    check: ({ facts }) => facts.directBillEligibility === 'eligible',
  },
  verification_checks_passed: {
    code: 'enrollment.verification_incomplete',
    reads: 'facts',
    check: ({ facts }) => facts.verificationChecksPassed === true,
  },
  message_given: {
    code: 'enrollment.message_required',
    reads: 'command',
    check: ({ command }) => 'message' in command && isFilled(command.message),
  },
  reason_given: {
    code: 'enrollment.reason_required',
    reads: 'command',
    check: ({ command }) => command.type === 'reject' && isFilled(command.reason),
  },
  location_partner_id_linked: {
    code: 'enrollment.location_partner_id_not_linked',
    reads: 'facts',
    check: ({ facts }) => facts.locationPartnerIdLinked === true,
  },
  agreements_in_force: {
    code: 'enrollment.agreement_not_accepted',
    reads: 'facts',
    check: ({ facts }) => facts.agreementsInForce === true,
  },
  provider_chosen: {
    code: 'enrollment.provider_required',
    reads: 'command',
    check: ({ command }) =>
      command.type === 'transition_to_indirect' && isFilled(command.providerId),
  },
  provider_in_partner_region: {
    code: 'enrollment.provider_not_in_region',
    reads: 'facts',
    check: ({ facts }) => facts.providerInPartnerRegion === true,
  },
  no_open_transition: {
    code: 'enrollment.transition_already_open',
    reads: 'facts',
    check: ({ facts }) => facts.indirectResellerOpen === false,
  },
  not_yet_indirect_reseller: {
    code: 'enrollment.already_indirect_reseller',
    reads: 'facts',
    check: ({ facts }) => facts.indirectResellerActive === false,
  },
  transition_enrollment_active: {
    code: 'enrollment.transition_not_accepted',
    reads: 'facts',
    check: ({ facts }) => facts.transitionEnrollmentActive === true,
  },
};

/** One entry of the audit trail; `recipients` of its e-mail are in enrollmentEventRecipients. */
export type EnrollmentEvent = {
  readonly type: EnrollmentEventType;
  readonly program: EnrollmentProgram;
  readonly from: EnrollmentState;
  readonly to: EnrollmentState;
  readonly command: EnrollmentCommandType;
  readonly actorKind: ActorKind;
  /** ISO 8601, UTC. */
  readonly at: string;
  /**
   * The command's payload when it has one: message, reason and its code, plan, providerId, or a
   * credit check's evidence (reference, score band, note).
   */
  readonly details: Readonly<Record<string, string>>;
};

export type EnrollmentDecision = {
  readonly state: EnrollmentState;
  readonly events: readonly EnrollmentEvent[];
};

export type DecideEnrollmentInput = {
  readonly program: EnrollmentProgram;
  readonly state: EnrollmentState;
  readonly command: EnrollmentCommand;
  readonly actor: { readonly kind: ActorKind };
  readonly facts?: EnrollmentFacts;
  readonly now: Date;
};

const findTransition = (
  program: EnrollmentProgram,
  state: EnrollmentState,
  command: EnrollmentCommandType,
): EnrollmentTransition | undefined =>
  enrollmentTables[program].transitions.find(
    (entry) => entry.from === state && entry.command === command,
  );

const findExplained = (
  program: EnrollmentProgram,
  state: EnrollmentState,
  command: EnrollmentCommandType,
): ExplainedRefusal | undefined =>
  enrollmentTables[program].explainedRefusals.find(
    (entry) => entry.states.includes(state) && entry.commands.includes(command),
  );

function payload(command: EnrollmentCommand): Record<string, string> {
  const details: Record<string, string> = {};
  for (const field of [
    'message',
    'reason',
    'reasonCode',
    'plan',
    'providerId',
    'reference',
    'scoreBand',
    'note',
  ] as const) {
    const value =
      field in command ? (command as Partial<Record<typeof field, string>>)[field] : undefined;
    if (value !== undefined) {
      details[field] = value;
    }
  }
  return details;
}

/**
 * The next state and the events to record, or why not. Checked in this order, each refusal
 * naming program, state and command:
 * 1. the table has no transition for the command in this state → `enrollment.illegal_transition`
 *    (or a more precise code from the table's explained refusals);
 * 2. the actor's kind may not issue it → `enrollment.actor_not_allowed` (with the kinds that may);
 * 3. the first guard that fails → its own code (enrollmentGuards).
 */
export function decideEnrollment(
  input: DecideEnrollmentInput,
): Result<EnrollmentDecision, EnrollmentRefusal> {
  const { program, state, command, actor, facts = {}, now } = input;
  const where = { program, state, command: command.type };
  const transition = findTransition(program, state, command.type);
  if (transition === undefined) {
    const explained = findExplained(program, state, command.type);
    return err(refuse(explained?.code ?? 'enrollment.illegal_transition', where));
  }
  if (!transition.actors.includes(actor.kind)) {
    return err(
      refuse('enrollment.actor_not_allowed', {
        ...where,
        actorKind: actor.kind,
        allowed: transition.actors,
      }),
    );
  }
  for (const name of transition.guards) {
    const guard = enrollmentGuards[name];
    if (!guard.check({ command, facts })) {
      return err(refuse(guard.code, where));
    }
  }
  if (Number.isNaN(now.getTime())) {
    return err(refuse('enrollment.invalid_date', where));
  }
  const at = now.toISOString();
  const details = payload(command);
  return ok({
    state: transition.to,
    events: transition.events.map((type) => ({
      type,
      program,
      from: state,
      to: transition.to,
      command: command.type,
      actorKind: actor.kind,
      at,
      details,
    })),
  });
}

export type AvailableCommand = {
  readonly command: EnrollmentCommandType;
  readonly to: EnrollmentState;
  /** The first fact-based guard that fails with the facts given; payload guards are not judged. */
  readonly blockedBy?: Refusal<EnrollmentGuardCode>;
};

export type AvailableCommandsInput = {
  readonly program: EnrollmentProgram;
  readonly state: EnrollmentState;
  readonly actorKind: ActorKind;
  /** When given, commands whose fact guards fail carry `blockedBy`. */
  readonly facts?: EnrollmentFacts;
};

/** The commands an actor may issue in a state, in table order: what the console offers. */
export function availableEnrollmentCommands(
  input: AvailableCommandsInput,
): readonly AvailableCommand[] {
  const { program, state, actorKind, facts } = input;
  return enrollmentTables[program].transitions
    .filter((entry) => entry.from === state && entry.actors.includes(actorKind))
    .map((entry) => {
      if (facts === undefined) {
        return { command: entry.command, to: entry.to };
      }
      const failing = entry.guards
        .map((name) => enrollmentGuards[name])
        .find(
          (guard) =>
            guard.reads === 'facts' && !guard.check({ command: { type: 'update_draft' }, facts }),
        );
      return failing === undefined
        ? { command: entry.command, to: entry.to }
        : {
            command: entry.command,
            to: entry.to,
            blockedBy: refuse(failing.code, { program, state, command: entry.command }),
          };
    });
}

/** A state with no transition out in its program's table. */
export const isTerminalEnrollmentState = (
  program: EnrollmentProgram,
  state: EnrollmentState,
): boolean => !enrollmentTables[program].transitions.some((entry) => entry.from === state);
