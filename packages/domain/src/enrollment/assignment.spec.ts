import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Actor, ActorKind } from '../identity/actor.js';
import { decideAssignment, type AssignmentCommand } from './assignment.js';
import type { EnrollmentProgram, EnrollmentState } from './enrollment-table.js';

const RITA = '11111111-1111-4111-8111-111111111111';
const PETRA = '22222222-2222-4222-8222-222222222222';
const actorOf = (kind: ActorKind, userId = RITA): Actor =>
  ({
    kind,
    tenantId: '33333333-3333-4333-8333-333333333333',
    userId,
    roles: [],
  }) as unknown as Actor;

// Written out from issue 8 item 2, not read from the rule: the states a reviewer's queue holds.
const open: Record<EnrollmentProgram, readonly EnrollmentState[]> = {
  indirect_reseller: ['submitted', 'in_review', 'info_requested', 'verified', 'agreement_accepted'],
  direct_bill: [
    'submitted',
    'in_review',
    'info_requested',
    'verified',
    'credit_check_pending',
    'credit_check_passed',
    'support_plan_recorded',
    'agreement_accepted',
  ],
};
const closed: Record<EnrollmentProgram, readonly EnrollmentState[]> = {
  indirect_reseller: ['draft', 'active', 'rejected', 'withdrawn'],
  direct_bill: ['draft', 'active', 'transitioned_to_indirect', 'rejected', 'withdrawn'],
};

describe('decideAssignment', () => {
  const claim: AssignmentCommand = { type: 'claim' };
  it.each(
    (['indirect_reseller', 'direct_bill'] as const).flatMap((program) =>
      open[program].map((state) => [program, state] as const),
    ),
  )('%s in %s: a reviewer claims an unassigned case', (program, state) => {
    expect(
      decideAssignment({
        program,
        state,
        actor: actorOf('reviewer'),
        current: null,
        command: claim,
      }),
    ).toEqual({ ok: true, value: { assigneeUserId: RITA, changed: true } });
  });

  it.each(
    (['indirect_reseller', 'direct_bill'] as const).flatMap((program) =>
      closed[program].map((state) => [program, state] as const),
    ),
  )('%s in %s: not in the queue, so not assignable', (program, state) => {
    expect(
      decideAssignment({
        program,
        state,
        actor: actorOf('program_admin'),
        current: null,
        command: claim,
      }),
    ).toEqual({ ok: false, error: { code: 'enrollment.assignment_closed', details: { state } } });
  });

  it.each(['partner_global_admin', 'partner_user', 'system'] as const)(
    'refuses %s: only staff assign',
    (kind) => {
      expect(
        decideAssignment({
          program: 'indirect_reseller',
          state: 'submitted',
          actor: actorOf(kind),
          current: null,
          command: claim,
        }),
      ).toEqual({ ok: false, error: { code: 'enrollment.assignment_staff_only' } });
    },
  );

  const base = { program: 'direct_bill', state: 'in_review' } as const;
  it('lets a claim take only a case nobody else holds; claiming your own changes nothing', () => {
    expect(
      decideAssignment({ ...base, actor: actorOf('reviewer'), current: PETRA, command: claim }),
    ).toEqual({ ok: false, error: { code: 'enrollment.already_assigned' } });
    expect(
      decideAssignment({ ...base, actor: actorOf('reviewer'), current: RITA, command: claim }),
    ).toEqual({ ok: true, value: { assigneeUserId: RITA, changed: false } });
  });

  it('assigns to staff only, and may take a case from a colleague', () => {
    expect(
      decideAssignment({
        ...base,
        actor: actorOf('reviewer'),
        current: RITA,
        command: { type: 'assign', to: { userId: PETRA, kind: 'program_admin' } },
      }),
    ).toEqual({ ok: true, value: { assigneeUserId: PETRA, changed: true } });
    expect(
      decideAssignment({
        ...base,
        actor: actorOf('program_admin'),
        current: null,
        command: { type: 'assign', to: { userId: PETRA, kind: 'partner_global_admin' } },
      }),
    ).toEqual({ ok: false, error: { code: 'enrollment.assignee_not_staff' } });
  });

  it('unassigns, and unassigning an unassigned case changes nothing', () => {
    expect(
      decideAssignment({
        ...base,
        actor: actorOf('reviewer'),
        current: PETRA,
        command: { type: 'unassign' },
      }),
    ).toEqual({ ok: true, value: { assigneeUserId: null, changed: true } });
    expect(
      decideAssignment({
        ...base,
        actor: actorOf('reviewer'),
        current: null,
        command: { type: 'unassign' },
      }),
    ).toEqual({ ok: true, value: { assigneeUserId: null, changed: false } });
  });

  it('changes something exactly when the holder after differs from the holder before', () => {
    let changed = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(null, RITA, PETRA),
        fc.constantFrom<AssignmentCommand>(
          { type: 'claim' },
          { type: 'unassign' },
          { type: 'assign', to: { userId: PETRA, kind: 'reviewer' } },
          { type: 'assign', to: { userId: RITA, kind: 'program_admin' } },
        ),
        (current, command) => {
          const decision = decideAssignment({
            ...base,
            actor: actorOf('reviewer'),
            current,
            command,
          });
          if (!decision.ok) {
            expect(command.type === 'claim' && current === PETRA).toBe(true);
            return;
          }
          expect(decision.value.changed).toBe(decision.value.assigneeUserId !== current);
          changed += decision.value.changed ? 1 : 0;
        },
      ),
    );
    expect(changed).toBeGreaterThan(20);
  });
});
