// The enrollment lifecycle of each CSP program as data: one transition table per program.
// The console reads these tables to show which commands an actor may issue in a state; the API
// asks decideEnrollment (./decide-enrollment.ts), which reads the same tables.
//
// Sources: DOMAIN.md §6 (steps), §7 (statuses), §3 (transition), ARCHITECTURE.md "Enrollment
// lifecycle". Where this departs from DOMAIN.md's modeling suggestion (§7), the reason is here:
// - Verification checks (e-mail ownership, employment, business) are facts the reviewer confirms,
//   not states: the state machine asks `verificationChecksPassed` when the reviewer verifies.
// - "More info needed" is `info_requested`; the partner's answer sends the application back to
//   `submitted`, and a reviewer starts the review again (ARCHITECTURE.md).
// - `rejected` is terminal: a rejected partner starts a new application. Fixable problems go
//   through request_information instead.
// - A failed credit check ends the direct bill application: `rejected`, with its own event.
// - Both programs end acceptance with `accept_agreement` (the partner's global admin) and then
//   `activate` (the hub or a program admin), so that activation re-checks that the required
//   agreement is still in force (../agreements).
// - The restricted direct bill state (§3, §7) is not an enrollment state: it is a later
//   compliance status of an active partner, outside this issue.
// - The move to indirect reseller (§3) has two phases. `transition_to_indirect` is the partner's
//   request: the direct bill enrollment stays `active` (the partner keeps selling direct bill while
//   the request is reviewed, and may withdraw it), and the API opens an indirect reseller
//   enrollment of the same tenant, submitted with the chosen provider, that goes through review
//   like any application. Only when that enrollment is active (its terms accepted) does the hub
//   give `complete_transition`, which ends the direct bill enrollment in `transitioned_to_indirect`,
//   with no way back (§3: irreversible). A rejected or withdrawn request leaves the direct bill
//   enrollment as it was. The partner keeps its direct customers either way.
import type { ActorKind } from '../identity/index.js';

export type EnrollmentProgram = 'indirect_reseller' | 'direct_bill';
export const enrollmentPrograms: readonly EnrollmentProgram[] = [
  'indirect_reseller',
  'direct_bill',
];

export type EnrollmentState =
  | 'draft'
  | 'submitted'
  | 'in_review'
  | 'info_requested'
  | 'verified'
  | 'credit_check_pending'
  | 'credit_check_passed'
  | 'support_plan_recorded'
  | 'agreement_accepted'
  | 'active'
  | 'transitioned_to_indirect'
  | 'rejected'
  | 'withdrawn';

export type EnrollmentCommandType =
  | 'update_draft'
  | 'submit'
  | 'start_review'
  | 'request_information'
  | 'answer_information'
  | 'verify'
  | 'reject'
  | 'withdraw'
  | 'request_credit_check'
  | 'pass_credit_check'
  | 'fail_credit_check'
  | 'record_support_plan'
  | 'accept_agreement'
  | 'activate'
  | 'transition_to_indirect'
  | 'complete_transition';

export const enrollmentCommandTypes: readonly EnrollmentCommandType[] = [
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
];

/** What a transition records, for the audit trail and the e-mails (see enrollmentEventRecipients). */
export type EnrollmentEventType =
  | 'draft_updated'
  | 'submitted'
  | 'review_started'
  | 'information_requested'
  | 'information_provided'
  | 'verified'
  | 'rejected'
  | 'withdrawn'
  | 'credit_check_requested'
  | 'credit_check_passed'
  | 'credit_check_failed'
  | 'support_plan_recorded'
  | 'agreement_accepted'
  | 'activated'
  | 'transition_requested'
  | 'transitioned_to_indirect';

/**
 * A condition a transition needs besides state and actor. Each has one refusal code
 * (enrollmentGuards in ./decide-enrollment.ts). `command` guards read the command's payload;
 * `facts` guards read what the caller established with the other rules (eligibility,
 * agreements, markets) before asking.
 */
export type EnrollmentGuard =
  | 'application_complete'
  | 'eligible_for_direct_bill'
  | 'eligibility_confirmed'
  | 'verification_checks_passed'
  | 'message_given'
  | 'reason_given'
  | 'location_partner_id_linked'
  | 'agreements_in_force'
  | 'provider_chosen'
  | 'provider_in_partner_region'
  | 'no_open_transition'
  | 'not_yet_indirect_reseller'
  | 'transition_enrollment_active';

export type EnrollmentTransition = {
  readonly from: EnrollmentState;
  readonly command: EnrollmentCommandType;
  readonly to: EnrollmentState;
  readonly actors: readonly ActorKind[];
  readonly guards: readonly EnrollmentGuard[];
  readonly events: readonly EnrollmentEventType[];
};

/**
 * A command that has no transition in a state, but whose refusal says more than
 * `enrollment.illegal_transition` (the console shows it next to the disabled command).
 */
export type ExplainedRefusal = {
  readonly states: readonly EnrollmentState[];
  readonly commands: readonly EnrollmentCommandType[];
  readonly code:
    | 'enrollment.credit_check_not_passed'
    | 'enrollment.transition_requires_active'
    | 'enrollment.transition_irreversible';
};

export type EnrollmentTable = {
  readonly program: EnrollmentProgram;
  readonly initial: EnrollmentState;
  readonly states: readonly EnrollmentState[];
  /** States with no way out. Derived from the transitions, and checked by a test. */
  readonly terminal: readonly EnrollmentState[];
  readonly transitions: readonly EnrollmentTransition[];
  readonly explainedRefusals: readonly ExplainedRefusal[];
};

/**
 * Every partner command is the global admin's (the seed's "Appropriate roles: Global admin";
 * DOMAIN.md §6.1; issue 7 item 1: every other user of the tenant reads only).
 */
const GLOBAL_ADMIN: readonly ActorKind[] = ['partner_global_admin'];
const STAFF: readonly ActorKind[] = ['reviewer', 'program_admin'];
const AUTOMATION: readonly ActorKind[] = ['system', 'program_admin'];
/** What only the hub does, as a consequence of another enrollment's move. */
const HUB: readonly ActorKind[] = ['system'];
/**
 * Who records a credit check's result: the hub (an integration), a program admin, or the
 * reviewer handling the case (the mission: "reviewers record credit checks"; issue 7 item 6).
 * The partner never records its own credit check.
 */
const CREDIT_RECORDERS: readonly ActorKind[] = ['reviewer', 'program_admin', 'system'];
/** The partner records the plan it bought; a program admin may correct it. */
const GLOBAL_ADMIN_OR_PA: readonly ActorKind[] = ['partner_global_admin', 'program_admin'];

const t = (
  from: EnrollmentState,
  command: EnrollmentCommandType,
  to: EnrollmentState,
  actors: readonly ActorKind[],
  guards: readonly EnrollmentGuard[],
  events: readonly EnrollmentEventType[],
): EnrollmentTransition => ({ from, command, to, actors, guards, events });

const withdrawFrom = (states: readonly EnrollmentState[]): readonly EnrollmentTransition[] =>
  states.map((from) => t(from, 'withdraw', 'withdrawn', GLOBAL_ADMIN, [], ['withdrawn']));

/**
 * Indirect reseller (DOMAIN.md §6.2, §7): the seed's three steps (sign in, profile + PartnerID,
 * accept the indirect reseller terms once verified).
 *
 *   draft → submitted → in_review ⇄ info_requested (→ submitted) → verified
 *     → agreement_accepted → active;   rejected, withdrawn
 *
 * Every partner command needs the Global admin role (seed: "Appropriate roles: Global admin");
 * other users of the partner's tenant read only. The location PartnerID may be
 * linked after submitting, but the agreement cannot be accepted until it is (§6.2 step 5).
 */
export const indirectResellerTable: EnrollmentTable = {
  program: 'indirect_reseller',
  initial: 'draft',
  states: [
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
  terminal: ['active', 'rejected', 'withdrawn'],
  // prettier-ignore
  transitions: [
    //  from                 command                  to                      who           guards                                                  events
    t('draft',              'update_draft',          'draft',                GLOBAL_ADMIN, [],                                                     ['draft_updated']),
    t('draft',              'submit',                'submitted',            GLOBAL_ADMIN, ['application_complete'],                               ['submitted']),
    t('submitted',          'start_review',          'in_review',            STAFF,        [],                                                     ['review_started']),
    t('in_review',          'request_information',   'info_requested',       STAFF,        ['message_given'],                                      ['information_requested']),
    t('in_review',          'verify',                'verified',             STAFF,        ['verification_checks_passed'],                         ['verified']),
    t('in_review',          'reject',                'rejected',             STAFF,        ['reason_given'],                                       ['rejected']),
    t('info_requested',     'answer_information',    'submitted',            GLOBAL_ADMIN, ['message_given'],                                      ['information_provided']),
    t('info_requested',     'reject',                'rejected',             STAFF,        ['reason_given'],                                       ['rejected']),
    t('verified',           'accept_agreement',      'agreement_accepted',   GLOBAL_ADMIN, ['location_partner_id_linked', 'agreements_in_force'],  ['agreement_accepted']),
    t('agreement_accepted', 'activate',              'active',               AUTOMATION,   ['agreements_in_force'],                                ['activated']),
    ...withdrawFrom(['draft', 'submitted', 'in_review', 'info_requested', 'verified', 'agreement_accepted']),
  ],
  explainedRefusals: [],
};

/**
 * Direct bill (DOMAIN.md §6.3 process, seed "Verify direct bill eligibility"):
 *
 *   draft → submitted → in_review ⇄ info_requested (→ submitted) → verified
 *     → credit_check_pending → credit_check_passed → support_plan_recorded
 *     → agreement_accepted → active → transitioned_to_indirect;   rejected, withdrawn
 *
 * `active` takes the partner's transition request without leaving `active` (event
 * `transition_requested`); the hub completes the transition once the indirect reseller enrollment
 * it opened is active.
 *
 * Eligibility (../eligibility) is checked before submit: any requirement not met blocks it;
 * requirements needing review go to the reviewer, who must see them all met before verifying.
 * The support plan (ASfP or PSfP) may be recorded only once the credit check has passed (seed:
 * "You must pass a credit check before purchasing a support plan"); before that the command is
 * refused with `enrollment.credit_check_not_passed`.
 */
export const directBillTable: EnrollmentTable = {
  program: 'direct_bill',
  initial: 'draft',
  states: [
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
  ],
  terminal: ['transitioned_to_indirect', 'rejected', 'withdrawn'],
  // prettier-ignore
  transitions: [
    //  from                    command                  to                         who                   guards                                                     events
    t('draft',                 'update_draft',          'draft',                   GLOBAL_ADMIN,         [],                                                        ['draft_updated']),
    t('draft',                 'submit',                'submitted',               GLOBAL_ADMIN,         ['application_complete', 'eligible_for_direct_bill'],      ['submitted']),
    t('submitted',             'start_review',          'in_review',               STAFF,                [],                                                        ['review_started']),
    t('in_review',             'request_information',   'info_requested',          STAFF,                ['message_given'],                                         ['information_requested']),
    t('in_review',             'verify',                'verified',                STAFF,                ['verification_checks_passed', 'eligibility_confirmed'],   ['verified']),
    t('in_review',             'reject',                'rejected',                STAFF,                ['reason_given'],                                          ['rejected']),
    t('info_requested',        'answer_information',    'submitted',               GLOBAL_ADMIN,         ['message_given'],                                         ['information_provided']),
    t('info_requested',        'reject',                'rejected',                STAFF,                ['reason_given'],                                          ['rejected']),
    t('verified',              'request_credit_check',  'credit_check_pending',    STAFF,                [],                                                        ['credit_check_requested']),
    t('credit_check_pending',  'pass_credit_check',     'credit_check_passed',     CREDIT_RECORDERS,     [],                                                        ['credit_check_passed']),
    t('credit_check_pending',  'fail_credit_check',     'rejected',                CREDIT_RECORDERS,     [],                                                        ['credit_check_failed', 'rejected']),
    t('credit_check_passed',   'record_support_plan',   'support_plan_recorded',   GLOBAL_ADMIN_OR_PA,   [],                                                        ['support_plan_recorded']),
    t('support_plan_recorded', 'accept_agreement',      'agreement_accepted',      GLOBAL_ADMIN,         ['location_partner_id_linked', 'agreements_in_force'],     ['agreement_accepted']),
    t('agreement_accepted',    'activate',              'active',                  AUTOMATION,           ['agreements_in_force'],                                   ['activated']),
    t('active',                'transition_to_indirect','active',                  GLOBAL_ADMIN,         ['provider_chosen', 'provider_in_partner_region', 'no_open_transition', 'not_yet_indirect_reseller'], ['transition_requested']),
    t('active',                'complete_transition',   'transitioned_to_indirect',HUB,                  ['transition_enrollment_active'],                          ['transitioned_to_indirect']),
    ...withdrawFrom([
      'draft', 'submitted', 'in_review', 'info_requested', 'verified',
      'credit_check_pending', 'credit_check_passed', 'support_plan_recorded', 'agreement_accepted',
    ]),
  ],
  explainedRefusals: [
    {
      states: [
        'draft',
        'submitted',
        'in_review',
        'info_requested',
        'verified',
        'credit_check_pending',
      ],
      commands: ['record_support_plan'],
      code: 'enrollment.credit_check_not_passed',
    },
    {
      states: [
        'draft',
        'submitted',
        'in_review',
        'info_requested',
        'verified',
        'credit_check_pending',
        'credit_check_passed',
        'support_plan_recorded',
        'agreement_accepted',
      ],
      commands: ['transition_to_indirect'],
      code: 'enrollment.transition_requires_active',
    },
    {
      states: ['transitioned_to_indirect'],
      commands: enrollmentCommandTypes,
      code: 'enrollment.transition_irreversible',
    },
  ],
};

export const enrollmentTables: Readonly<Record<EnrollmentProgram, EnrollmentTable>> = {
  indirect_reseller: indirectResellerTable,
  direct_bill: directBillTable,
};

/** Who an event's e-mail goes to (the notifications module renders and queues it). */
export type EnrollmentRecipient = 'primary_contact' | 'global_admins' | 'reviewers' | 'provider';

export const enrollmentEventRecipients: Readonly<
  Record<EnrollmentEventType, readonly EnrollmentRecipient[]>
> = {
  draft_updated: [],
  submitted: ['primary_contact', 'reviewers'],
  review_started: [],
  information_requested: ['primary_contact'],
  information_provided: ['reviewers'],
  verified: ['primary_contact', 'global_admins'],
  rejected: ['primary_contact'],
  withdrawn: ['primary_contact', 'reviewers'],
  // The seed: "We'll email you when you've passed the credit check." The request tells the
  // partner the check has started and not to buy a support plan until it has passed.
  credit_check_requested: ['primary_contact'],
  credit_check_passed: ['primary_contact', 'global_admins'],
  credit_check_failed: ['primary_contact'],
  support_plan_recorded: ['reviewers'],
  agreement_accepted: ['primary_contact'],
  activated: ['primary_contact', 'global_admins'],
  // The request's review is the indirect reseller enrollment's (its `submitted` tells reviewers).
  transition_requested: ['primary_contact'],
  transitioned_to_indirect: ['primary_contact', 'provider'],
};
