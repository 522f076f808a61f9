import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { ActorKind } from '../identity/index.js';
import {
  availableEnrollmentCommands,
  decideEnrollment,
  enrollmentGuards,
  isTerminalEnrollmentState,
  type EnrollmentFacts,
} from './decide-enrollment.js';
import type { EnrollmentCommand } from './enrollment-command.js';
import {
  enrollmentCommandTypes,
  enrollmentEventRecipients,
  enrollmentPrograms,
  enrollmentTables,
  type EnrollmentCommandType,
  type EnrollmentGuard,
  type EnrollmentProgram,
  type EnrollmentState,
  type EnrollmentTransition,
} from './enrollment-table.js';

const actorKinds: readonly ActorKind[] = [
  'partner_global_admin',
  'partner_user',
  'reviewer',
  'program_admin',
  'system',
];
const now = new Date('2021-05-10T08:30:00Z');

/** Facts under which every fact guard passes. */
const allFacts: EnrollmentFacts = {
  applicationComplete: true,
  directBillEligibility: 'eligible',
  verificationChecksPassed: true,
  locationPartnerIdLinked: true,
  agreementsInForce: true,
  providerInPartnerRegion: true,
};

/** A command of each type whose payload passes every payload guard. */
const validCommand = (type: EnrollmentCommandType): EnrollmentCommand => {
  switch (type) {
    case 'request_information':
    case 'answer_information':
      return { type, message: 'Please upload your business registration certificate.' };
    case 'reject':
      return { type, reason: 'The business address does not match the registration.' };
    case 'record_support_plan':
      return { type, plan: 'asfp' };
    case 'transition_to_indirect':
      return { type, providerId: 'provider-42' };
    case 'withdraw':
    case 'fail_credit_check':
      return { type, reason: 'changed plans' };
    case 'update_draft':
    case 'submit':
    case 'start_review':
    case 'verify':
    case 'request_credit_check':
    case 'pass_credit_check':
    case 'accept_agreement':
    case 'activate':
      return { type };
  }
};

/** The facts or command that make exactly one guard fail. */
function failing(
  guard: EnrollmentGuard,
  type: EnrollmentCommandType,
): { facts: EnrollmentFacts; command: EnrollmentCommand } {
  const command = validCommand(type);
  switch (guard) {
    case 'application_complete':
      return { facts: { ...allFacts, applicationComplete: false }, command };
    case 'eligible_for_direct_bill':
      return { facts: { ...allFacts, directBillEligibility: 'not_eligible' }, command };
    case 'eligibility_confirmed':
      return { facts: { ...allFacts, directBillEligibility: 'needs_review' }, command };
    case 'verification_checks_passed':
      return { facts: { ...allFacts, verificationChecksPassed: false }, command };
    case 'location_partner_id_linked':
      return { facts: { ...allFacts, locationPartnerIdLinked: false }, command };
    case 'agreements_in_force':
      return { facts: { ...allFacts, agreementsInForce: false }, command };
    case 'provider_in_partner_region':
      return { facts: { ...allFacts, providerInPartnerRegion: false }, command };
    case 'message_given':
      return { facts: allFacts, command: { ...command, message: '  \n ' } as EnrollmentCommand };
    case 'reason_given':
      return { facts: allFacts, command: { ...command, reason: '' } as EnrollmentCommand };
    case 'provider_chosen':
      return { facts: allFacts, command: { ...command, providerId: ' ' } as EnrollmentCommand };
  }
}

const entries = enrollmentPrograms.flatMap((program) =>
  enrollmentTables[program].transitions.map((transition) => ({ program, transition })),
);
const label = ({
  program,
  transition,
}: {
  program: EnrollmentProgram;
  transition: EnrollmentTransition;
}): string => `${program}: ${transition.from} --${transition.command}--> ${transition.to}`;

describe('the transition tables', () => {
  it.each(enrollmentPrograms)(
    '%s: every state used is listed, every listed state is used, terminal states are exact',
    (program) => {
      const table = enrollmentTables[program];
      const used = new Set(table.transitions.flatMap((t) => [t.from, t.to]));
      expect([...used].sort()).toEqual([...table.states].sort());
      expect(table.states).toContain(table.initial);
      expect([...table.terminal].sort()).toEqual(
        table.states.filter((s) => isTerminalEnrollmentState(program, s)).sort(),
      );
    },
  );

  it.each(enrollmentPrograms)(
    '%s: at most one transition per state and command; no explained refusal shadows one',
    (program) => {
      const table = enrollmentTables[program];
      const keys = table.transitions.map((t) => `${t.from} ${t.command}`);
      expect(new Set(keys).size).toBe(keys.length);
      for (const explained of table.explainedRefusals) {
        for (const state of explained.states) {
          for (const command of explained.commands) {
            expect(keys).not.toContain(`${state} ${command}`);
          }
        }
      }
    },
  );

  it.each(enrollmentPrograms)(
    '%s: every transition has an actor and an event, every event has recipients listed',
    (program) => {
      for (const transition of enrollmentTables[program].transitions) {
        expect(transition.actors.length).toBeGreaterThan(0);
        expect(transition.events.length).toBeGreaterThan(0);
        for (const event of transition.events) {
          expect(enrollmentEventRecipients[event]).toBeDefined();
        }
      }
    },
  );

  it('gives the agreement and the submission to the global admin only (DOMAIN.md §4, seed)', () => {
    for (const { transition } of entries) {
      if (
        ['submit', 'accept_agreement', 'withdraw', 'transition_to_indirect'].includes(
          transition.command,
        )
      ) {
        expect(transition.actors).toEqual(['partner_global_admin']);
      }
    }
  });

  it('only records a support plan after the credit check has passed', () => {
    const plans = directBillTransitions().filter((t) => t.command === 'record_support_plan');
    expect(plans.map((t) => t.from)).toEqual(['credit_check_passed']);
    expect(indirectTransitions().some((t) => t.command === 'record_support_plan')).toBe(false);
  });

  it('has no way out of the transition to indirect reseller, and none into it but from active', () => {
    const into = directBillTransitions().filter((t) => t.to === 'transitioned_to_indirect');
    expect(into.map((t) => [t.from, t.command])).toEqual([['active', 'transition_to_indirect']]);
    expect(directBillTransitions().some((t) => t.from === 'transitioned_to_indirect')).toBe(false);
  });
});

function directBillTransitions(): readonly EnrollmentTransition[] {
  return enrollmentTables.direct_bill.transitions;
}
function indirectTransitions(): readonly EnrollmentTransition[] {
  return enrollmentTables.indirect_reseller.transitions;
}

describe('decideEnrollment, every table entry', () => {
  describe.each(entries.map((entry) => [label(entry), entry] as const))(
    '%s',
    (_, { program, transition }) => {
      const base = { program, state: transition.from, now };

      it.each(transition.actors)('is allowed for %s, emitting its events', (kind) => {
        const command = validCommand(transition.command);
        const result = decideEnrollment({ ...base, command, actor: { kind }, facts: allFacts });
        expect(result.ok).toBe(true);
        if (result.ok) {
          expect(result.value.state).toBe(transition.to);
          expect(result.value.events.map((e) => e.type)).toEqual(transition.events);
          for (const event of result.value.events) {
            expect(event).toMatchObject({
              program,
              from: transition.from,
              to: transition.to,
              command: transition.command,
              actorKind: kind,
              at: now.toISOString(),
            });
          }
        }
      });

      const refusedKinds = actorKinds.filter((kind) => !transition.actors.includes(kind));
      if (refusedKinds.length > 0) {
        it.each(refusedKinds)('is refused for %s, naming state, command and who may', (kind) => {
          expect(
            decideEnrollment({
              ...base,
              command: validCommand(transition.command),
              actor: { kind },
              facts: allFacts,
            }),
          ).toEqual({
            ok: false,
            error: {
              code: 'enrollment.actor_not_allowed',
              details: {
                program,
                state: transition.from,
                command: transition.command,
                actorKind: kind,
                allowed: transition.actors,
              },
            },
          });
        });
      }

      if (transition.guards.length > 0) {
        it.each(transition.guards)('is refused when the guard %s fails', (guard) => {
          const { facts, command } = failing(guard, transition.command);
          expect(
            decideEnrollment({
              ...base,
              command,
              actor: { kind: transition.actors[0] ?? 'system' },
              facts,
            }),
          ).toEqual({
            ok: false,
            error: {
              code: enrollmentGuards[guard].code,
              details: { program, state: transition.from, command: transition.command },
            },
          });
        });

        it('is refused when no facts are given at all (fail safe)', () => {
          const needsFacts = transition.guards.some((g) => enrollmentGuards[g].reads === 'facts');
          const result = decideEnrollment({
            ...base,
            command: validCommand(transition.command),
            actor: { kind: transition.actors[0] ?? 'system' },
          });
          expect(result.ok).toBe(!needsFacts);
        });
      }
    },
  );
});

describe('decideEnrollment, every pair the table does not allow', () => {
  const missing = enrollmentPrograms.flatMap((program) =>
    enrollmentTables[program].states.flatMap((state) =>
      enrollmentCommandTypes
        .filter(
          (command) =>
            !enrollmentTables[program].transitions.some(
              (t) => t.from === state && t.command === command,
            ),
        )
        .map((command) => ({ program, state, command })),
    ),
  );

  it.each(missing.map((m) => [`${m.program}: ${m.state} / ${m.command}`, m] as const))(
    '%s is refused for every actor',
    (_, { program, state, command }) => {
      const explained = enrollmentTables[program].explainedRefusals.find(
        (e) => e.states.includes(state) && e.commands.includes(command),
      );
      for (const kind of actorKinds) {
        expect(
          decideEnrollment({
            program,
            state,
            command: validCommand(command),
            actor: { kind },
            facts: allFacts,
            now,
          }),
        ).toEqual({
          ok: false,
          error: {
            code: explained?.code ?? 'enrollment.illegal_transition',
            details: { program, state, command },
          },
        });
      }
    },
  );

  it('refuses a support plan before the credit check has passed with its own code', () => {
    for (const state of ['verified', 'credit_check_pending'] as const) {
      expect(
        decideEnrollment({
          program: 'direct_bill',
          state,
          command: { type: 'record_support_plan', plan: 'psfp' },
          actor: { kind: 'partner_global_admin' },
          now,
        }),
      ).toMatchObject({ ok: false, error: { code: 'enrollment.credit_check_not_passed' } });
    }
  });

  it('refuses everything after the transition to indirect reseller as irreversible', () => {
    expect(
      decideEnrollment({
        program: 'direct_bill',
        state: 'transitioned_to_indirect',
        command: { type: 'activate' },
        actor: { kind: 'program_admin' },
        now,
      }),
    ).toMatchObject({ ok: false, error: { code: 'enrollment.transition_irreversible' } });
  });

  it('refuses a transition before activation, and in the indirect reseller program', () => {
    const command = { type: 'transition_to_indirect', providerId: 'p' } as const;
    expect(
      decideEnrollment({
        program: 'direct_bill',
        state: 'agreement_accepted',
        command,
        actor: { kind: 'partner_global_admin' },
        now,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'enrollment.transition_requires_active' },
    });
    expect(
      decideEnrollment({
        program: 'indirect_reseller',
        state: 'active',
        command,
        actor: { kind: 'partner_global_admin' },
        now,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'enrollment.illegal_transition' },
    });
  });

  it('refuses a state that belongs to the other program', () => {
    expect(
      decideEnrollment({
        program: 'indirect_reseller',
        state: 'credit_check_pending',
        command: { type: 'pass_credit_check' },
        actor: { kind: 'system' },
        now,
      }),
    ).toMatchObject({ ok: false, error: { code: 'enrollment.illegal_transition' } });
  });
});

describe('events', () => {
  it('carry the command payload for the audit trail and e-mails', () => {
    const rejected = decideEnrollment({
      program: 'direct_bill',
      state: 'in_review',
      command: { type: 'reject', reason: 'Address mismatch' },
      actor: { kind: 'reviewer' },
      now,
    });
    expect(rejected).toEqual({
      ok: true,
      value: {
        state: 'rejected',
        events: [
          {
            type: 'rejected',
            program: 'direct_bill',
            from: 'in_review',
            to: 'rejected',
            command: 'reject',
            actorKind: 'reviewer',
            at: '2021-05-10T08:30:00.000Z',
            details: { reason: 'Address mismatch' },
          },
        ],
      },
    });
  });

  it('record a failed credit check and the rejection it causes', () => {
    const result = decideEnrollment({
      program: 'direct_bill',
      state: 'credit_check_pending',
      command: { type: 'fail_credit_check' },
      actor: { kind: 'system' },
      now,
    });
    expect(result.ok && result.value.events.map((e) => [e.type, e.details])).toEqual([
      ['credit_check_failed', {}],
      ['rejected', {}],
    ]);
  });

  it('name the chosen provider on the transition, and the plan on the support plan', () => {
    const transition = decideEnrollment({
      program: 'direct_bill',
      state: 'active',
      command: { type: 'transition_to_indirect', providerId: 'contoso-distribution' },
      actor: { kind: 'partner_global_admin' },
      facts: { providerInPartnerRegion: true },
      now,
    });
    expect(transition.ok && transition.value.events[0]?.details).toEqual({
      providerId: 'contoso-distribution',
    });
    const plan = decideEnrollment({
      program: 'direct_bill',
      state: 'credit_check_passed',
      command: { type: 'record_support_plan', plan: 'psfp' },
      actor: { kind: 'partner_global_admin' },
      now,
    });
    expect(plan.ok && plan.value.events[0]?.details).toEqual({ plan: 'psfp' });
  });
});

describe('the time of the command', () => {
  it('refuses an invalid date rather than throwing', () => {
    expect(
      decideEnrollment({
        program: 'indirect_reseller',
        state: 'submitted',
        command: { type: 'start_review' },
        actor: { kind: 'reviewer' },
        now: new Date(Number.NaN),
      }),
    ).toEqual({
      ok: false,
      error: {
        code: 'enrollment.invalid_date',
        details: { program: 'indirect_reseller', state: 'submitted', command: 'start_review' },
      },
    });
  });
});

describe('eligibility at submission (direct bill)', () => {
  const submit = (directBillEligibility: EnrollmentFacts['directBillEligibility']) =>
    decideEnrollment({
      program: 'direct_bill',
      state: 'draft',
      command: { type: 'submit' },
      actor: { kind: 'partner_global_admin' },
      facts: {
        applicationComplete: true,
        ...(directBillEligibility === undefined ? {} : { directBillEligibility }),
      },
      now,
    });

  it('lets an eligible application, or one needing review, be submitted', () => {
    expect(submit('eligible').ok).toBe(true);
    expect(submit('needs_review').ok).toBe(true);
  });

  it('refuses one that does not meet a requirement, or whose eligibility was not checked', () => {
    expect(submit('not_eligible')).toMatchObject({
      ok: false,
      error: { code: 'enrollment.not_eligible' },
    });
    expect(submit(undefined)).toMatchObject({
      ok: false,
      error: { code: 'enrollment.not_eligible' },
    });
  });
});

describe('availableEnrollmentCommands', () => {
  it('lists what an actor may do in a state, in table order', () => {
    expect(
      availableEnrollmentCommands({
        program: 'direct_bill',
        state: 'in_review',
        actorKind: 'reviewer',
      }),
    ).toEqual([
      { command: 'request_information', to: 'info_requested' },
      { command: 'verify', to: 'verified' },
      { command: 'reject', to: 'rejected' },
    ]);
    expect(
      availableEnrollmentCommands({
        program: 'direct_bill',
        state: 'in_review',
        actorKind: 'partner_global_admin',
      }),
    ).toEqual([{ command: 'withdraw', to: 'withdrawn' }]);
    expect(
      availableEnrollmentCommands({
        program: 'indirect_reseller',
        state: 'active',
        actorKind: 'program_admin',
      }),
    ).toEqual([]);
  });

  it('marks commands whose fact guards fail, but does not judge payloads', () => {
    expect(
      availableEnrollmentCommands({
        program: 'direct_bill',
        state: 'in_review',
        actorKind: 'reviewer',
        facts: { verificationChecksPassed: true },
      }),
    ).toEqual([
      { command: 'request_information', to: 'info_requested' },
      {
        command: 'verify',
        to: 'verified',
        blockedBy: {
          code: 'enrollment.eligibility_not_confirmed',
          details: { program: 'direct_bill', state: 'in_review', command: 'verify' },
        },
      },
      { command: 'reject', to: 'rejected' },
    ]);
  });

  it('agrees with decideEnrollment for every state, actor and command', () => {
    for (const program of enrollmentPrograms) {
      for (const state of enrollmentTables[program].states) {
        for (const kind of actorKinds) {
          const offered = availableEnrollmentCommands({
            program,
            state,
            actorKind: kind,
            facts: allFacts,
          });
          for (const command of enrollmentCommandTypes) {
            const decided = decideEnrollment({
              program,
              state,
              command: validCommand(command),
              actor: { kind },
              facts: allFacts,
              now,
            });
            expect(offered.some((o) => o.command === command && o.blockedBy === undefined)).toBe(
              decided.ok,
            );
          }
        }
      }
    }
  });
});

describe('properties of the state machines', () => {
  const program = fc.constantFrom<EnrollmentProgram>(...enrollmentPrograms);
  const step = fc.record({
    command: fc.constantFrom<EnrollmentCommandType>(...enrollmentCommandTypes),
    kind: fc.constantFrom<ActorKind>(...actorKinds),
    facts: fc.record(
      {
        applicationComplete: fc.boolean(),
        directBillEligibility: fc.constantFrom('eligible', 'not_eligible', 'needs_review'),
        verificationChecksPassed: fc.boolean(),
        locationPartnerIdLinked: fc.boolean(),
        agreementsInForce: fc.boolean(),
        providerInPartnerRegion: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    blankPayload: fc.boolean(),
  });

  const commandOf = (type: EnrollmentCommandType, blank: boolean): EnrollmentCommand =>
    blank ? { type, message: '', reason: '', providerId: '', plan: 'asfp' } : validCommand(type);

  it('no sequence of commands reaches a state outside the table; refusals change nothing; terminal states stay terminal', () => {
    fc.assert(
      fc.property(program, fc.array(step, { maxLength: 40 }), (p, steps) => {
        const table = enrollmentTables[p];
        let state: EnrollmentState = table.initial;
        for (const { command, kind, facts, blankPayload } of steps) {
          const wasTerminal = table.terminal.includes(state);
          const result = decideEnrollment({
            program: p,
            state,
            command: commandOf(command, blankPayload),
            actor: { kind },
            facts,
            now,
          });
          if (wasTerminal) {
            expect(result.ok).toBe(false);
          }
          if (result.ok) {
            const entry = table.transitions.find((t) => t.from === state && t.command === command);
            expect(entry?.actors).toContain(kind);
            expect(result.value.state).toBe(entry?.to);
            state = result.value.state;
          }
          expect(table.states).toContain(state);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every reachable state can reach a terminal one', () => {
    for (const p of enrollmentPrograms) {
      const table = enrollmentTables[p];
      const next = (s: EnrollmentState): EnrollmentState[] =>
        table.transitions.filter((t) => t.from === s).map((t) => t.to);
      const reachable = new Set<EnrollmentState>([table.initial]);
      const queue = [table.initial];
      while (queue.length > 0) {
        for (const s of next(queue.shift() as EnrollmentState)) {
          if (!reachable.has(s)) {
            reachable.add(s);
            queue.push(s);
          }
        }
      }
      expect([...reachable].sort()).toEqual([...table.states].sort());
      for (const start of reachable) {
        const seen = new Set<EnrollmentState>([start]);
        const todo = [start];
        let found = table.terminal.includes(start);
        while (!found && todo.length > 0) {
          for (const s of next(todo.shift() as EnrollmentState)) {
            found ||= table.terminal.includes(s);
            if (!seen.has(s)) {
              seen.add(s);
              todo.push(s);
            }
          }
        }
        expect(found).toBe(true);
      }
    }
  });

  it('from any state reached by a random walk, the allowed commands lead to a terminal state', () => {
    fc.assert(
      fc.property(program, fc.array(fc.nat(), { maxLength: 30 }), (p, choices) => {
        const table = enrollmentTables[p];
        let state: EnrollmentState = table.initial;
        for (const choice of choices) {
          const options = table.transitions.filter((t) => t.from === state);
          if (options.length === 0) {
            break;
          }
          const chosen = options[choice % options.length] as EnrollmentTransition;
          const result = decideEnrollment({
            program: p,
            state,
            command: validCommand(chosen.command),
            actor: { kind: chosen.actors[0] as ActorKind },
            facts: allFacts,
            now,
          });
          expect(result.ok).toBe(true);
          state = result.ok ? result.value.state : state;
        }
        // Withdraw or the natural end: always a terminal state within the number of states.
        let steps = 0;
        while (!table.terminal.includes(state) && steps <= table.states.length) {
          const out =
            table.transitions.find((t) => t.from === state && t.command === 'withdraw') ??
            table.transitions.find((t) => t.from === state);
          state = (out as EnrollmentTransition).to;
          steps += 1;
        }
        expect(table.terminal).toContain(state);
      }),
      { numRuns: 200 },
    );
  });
});
