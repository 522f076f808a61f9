// Who works an application (issue 8 item 2): a reviewer claims it, or a reviewer or program
// admin assigns it to a colleague, or takes it off someone. Assignment is the reviewers' own
// bookkeeping, beside the lifecycle: it never changes the application's state.
import type { Actor, ActorKind } from '../identity/actor.js';
import { refuse, type Refusal } from '../refusal.js';
import { err, ok, type Result } from '../result.js';
import type { EnrollmentProgram, EnrollmentState } from './enrollment-table.js';
import { queueTabOf } from './service-level.js';

/** Someone who can hold a case: a member of the program's staff. */
export type Assignee = { readonly userId: string; readonly kind: ActorKind };

export type AssignmentCommand =
  | { readonly type: 'claim' }
  | { readonly type: 'assign'; readonly to: Assignee }
  | { readonly type: 'unassign' };

export type AssignmentDecision = {
  /** The holder after the command (null: nobody). */
  readonly assigneeUserId: string | null;
  /** False when the command asks for what already holds: nothing to write or audit. */
  readonly changed: boolean;
};

const STAFF: readonly ActorKind[] = ['reviewer', 'program_admin'];

/**
 * Decides an assignment command. Only staff assign; only staff can be assigned; a case that is
 * still a draft or is decided cannot be assigned; a claim takes only a case nobody holds (to take
 * a colleague's case, assign it, which says so on the record).
 */
export function decideAssignment(input: {
  readonly program: EnrollmentProgram;
  readonly state: EnrollmentState;
  readonly actor: Actor;
  readonly current: string | null;
  readonly command: AssignmentCommand;
}): Result<AssignmentDecision, Refusal> {
  const { state, actor, current, command } = input;
  if (!STAFF.includes(actor.kind)) {
    return err(refuse('enrollment.assignment_staff_only'));
  }
  const tab = queueTabOf(state);
  if (tab === 'draft' || tab === 'decided') {
    return err(refuse('enrollment.assignment_closed', { state }));
  }
  const target =
    command.type === 'claim' ? actor.userId : command.type === 'assign' ? command.to.userId : null;
  if (command.type === 'assign' && !STAFF.includes(command.to.kind)) {
    return err(refuse('enrollment.assignee_not_staff'));
  }
  if (command.type === 'claim' && current !== null && current !== actor.userId) {
    return err(refuse('enrollment.already_assigned'));
  }
  return ok({ assigneeUserId: target, changed: target !== current });
}
