import { decideAssignment, type ActorKind, type AssignmentCommand } from '@hub/domain';
import { type EntityManager } from 'typeorm';
import { DomainError, orThrow } from '../../../http/domain-error.js';
import { assertVersion } from '../../../http/preconditions.js';
import { type AuditService } from '../../audit/audit.service.js';
import { type AuthenticatedUser } from '../../identity/authenticated-user.js';
import { UserEntity } from '../../identity/user.entity.js';
import { type EnrollmentRecord } from '../enrollment-facts.js';
import { type EnrollmentEntity } from '../enrollment.entity.js';
import { actorOf, writeState } from './run-enrollment-command.js';

/** What the caller asked: claim it, hand it to a staff member (by object id), or release it. */
export type AssignmentRequest =
  | { readonly type: 'claim' }
  | { readonly type: 'assign'; readonly assigneeUserId: string }
  | { readonly type: 'unassign' };

export type AssignmentContext = {
  readonly manager: EntityManager;
  readonly audit: AuditService;
  /** Loads the enrollment with a row lock (404 for one the caller may not see). */
  readonly load: () => Promise<EnrollmentRecord>;
  readonly staffTenantId: string;
  readonly requestId: string | null;
  readonly now: Date;
};

/**
 * One assignment, top to bottom, inside the caller's transaction: lock, check the version the
 * caller read, find the assignee among the staff who have signed in, ask the domain, write it
 * with `WHERE version = $n`, append the audit row. Asking for what already holds writes nothing.
 */
export async function runAssignmentCommand(
  context: AssignmentContext,
  user: AuthenticatedUser,
  request: AssignmentRequest,
  expectedVersion: number,
): Promise<EnrollmentRecord> {
  const { manager, now } = context;
  const record = await context.load();
  const { enrollment } = record;
  assertVersion(expectedVersion, enrollment.version);

  let assignee: { userId: string; name: string; kind: ActorKind } | null = null;
  let command: AssignmentCommand = { type: 'unassign' };
  if (request.type === 'claim') {
    assignee = { userId: user.actor.userId, name: actorOf(user).name, kind: user.actor.kind };
    command = { type: 'claim' };
  } else if (request.type === 'assign') {
    const found = await manager.findOne(UserEntity, {
      where: { tenantId: context.staffTenantId, objectId: request.assigneeUserId },
    });
    if (!found) {
      throw new DomainError('enrollment.assignee_not_staff');
    }
    assignee = { userId: found.objectId, name: found.displayName, kind: found.kind as ActorKind };
    command = { type: 'assign', to: { userId: found.objectId, kind: assignee.kind } };
  }
  const decision = orThrow(
    decideAssignment({
      program: enrollment.program,
      state: enrollment.state,
      actor: user.actor,
      current: enrollment.assigneeUserId,
      command,
    }),
  );
  if (!decision.changed) {
    return record;
  }

  const update: Partial<EnrollmentEntity> = {
    assigneeUserId: assignee?.userId ?? null,
    assigneeName: assignee?.name ?? null,
    assignedAt: assignee === null ? null : now,
  };
  await writeState(manager, enrollment, update);
  await context.audit.append(
    manager,
    {
      enrollmentId: enrollment.id,
      actor: actorOf(user),
      command: request.type,
      stateBefore: enrollment.state,
      stateAfter: enrollment.state,
      changes: {
        assignee: assignee?.name ?? null,
        ...(enrollment.assigneeName === null ? {} : { previous: enrollment.assigneeName }),
      },
      requestId: context.requestId,
      at: now,
    },
    record.auditHead,
  );
  return {
    ...record,
    enrollment: { ...enrollment, ...update, version: enrollment.version + 1, updatedAt: now },
  };
}
