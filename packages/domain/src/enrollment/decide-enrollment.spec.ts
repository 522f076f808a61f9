import { describe, expect, it } from '@jest/globals';
import {
  availableEnrollmentCommands,
  decideEnrollment,
  isTerminalEnrollmentState,
  type EnrollmentFacts,
} from './decide-enrollment.js';
import {
  enrollmentEventRecipients,
  enrollmentPrograms,
  enrollmentTables,
  type EnrollmentState,
} from './enrollment-table.js';

const now = new Date('2021-05-10T08:30:00Z');

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

  describe('events', () => {
    it('carry the command payload for the audit trail and e-mails', () => {
      const rejected = decideEnrollment({
        program: 'direct_bill',
        state: 'in_review',
        command: {
          type: 'reject',
          reasonCode: 'business_unverifiable',
          reason: 'Address mismatch',
        },
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
              details: { reason: 'Address mismatch', reasonCode: 'business_unverifiable' },
            },
          ],
        },
      });
    });

    it('carry a credit check’s evidence', () => {
      const passed = decideEnrollment({
        program: 'direct_bill',
        state: 'credit_check_pending',
        command: {
          type: 'pass_credit_check',
          reference: 'DNB-4471',
          scoreBand: 'low',
          note: 'Paydex 80',
        },
        actor: { kind: 'reviewer' },
        now,
      });
      expect(passed.ok && passed.value.events[0]?.details).toEqual({
        reference: 'DNB-4471',
        scoreBand: 'low',
        note: 'Paydex 80',
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
        facts: {
          providerInPartnerRegion: true,
          indirectResellerOpen: false,
          indirectResellerActive: false,
        },
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
  });

  describe('the shape of the state machines', () => {
    it('every state is reachable from draft and can reach a terminal one', () => {
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
  });
});
