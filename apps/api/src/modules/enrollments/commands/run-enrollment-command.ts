import { createHash, randomBytes } from 'node:crypto';
import {
  decideAgreementAcceptance,
  decideEnrollment,
  moveServiceLevel,
  parseEnrollmentCommand,
  programAgreementKind,
  type AgreementAcceptance,
  type EnrollmentCommand,
  type EnrollmentCommandType,
  type EnrollmentEvent,
  type EnrollmentFacts,
} from '@hub/domain';
import { type EntityManager } from 'typeorm';
import { DomainError, orThrow } from '../../../http/domain-error.js';
import { assertVersion } from '../../../http/preconditions.js';
import { AgreementAcceptanceEntity } from '../../agreements/agreement-acceptance.entity.js';
import { type AuditService } from '../../audit/audit.service.js';
import { type CreditBureau } from '../../credit-checks/credit-bureau.js';
import { CreditCheckEntity } from '../../credit-checks/credit-check.entity.js';
import { type AuthenticatedUser } from '../../identity/authenticated-user.js';
import { type EmailTemplate } from '../../notifications/email-templates.js';
import { type NotificationsService } from '../../notifications/notifications.service.js';
import { enrollmentFacts, eligibilityReport, type EnrollmentRecord } from '../enrollment-facts.js';
import { attachUploads } from '../enrollment-attachments.service.js';
import { EnrollmentEntity } from '../enrollment.entity.js';
import {
  completeTransition,
  openTransitionEnrollment,
  requestedProvider,
  transitionFacts,
  type DirectoryProvider,
} from './transition.js';

/** What the command runner needs of the app around it. */
export type CommandContext = {
  readonly manager: EntityManager;
  readonly audit: AuditService;
  readonly notifications: NotificationsService;
  /** Loads the enrollment with a row lock (404 for one the caller may not see). */
  readonly load: () => Promise<EnrollmentRecord>;
  readonly publicUrl: string;
  readonly requestId: string | null;
  readonly now: Date;
  /** The program's review target in business days (program settings). */
  readonly reviewTarget: (program: EnrollmentEntity['program']) => Promise<number>;
  /** Where `request_credit_check` orders the check (CREDIT_BUREAU; manual by default). */
  readonly creditBureau: CreditBureau;
};

export type CommandRequest = {
  readonly user: AuthenticatedUser;
  readonly type: EnrollmentCommandType;
  /** The body as sent (its shape checked by the command's DTO). */
  readonly body: Readonly<Record<string, unknown>>;
  readonly expectedVersion: number;
};

/** The hub itself, as the actor of what it does on its own (activation, a confirmed link). */
export const hubActor = (tenantId: string, name = 'Partner Enrollment Hub') => ({
  tenantId,
  objectId: '00000000-0000-0000-0000-000000000000',
  kind: 'system' as const,
  name,
});

/** The e-mail each event sends to the partner's admin (enrollmentEventRecipients' primary contact). */
const emailOfEvent: Partial<Record<EnrollmentEvent['type'], EmailTemplate>> = {
  submitted: 'submitted',
  information_requested: 'information_requested',
  verified: 'verified',
  rejected: 'rejected',
  credit_check_requested: 'credit_check_requested',
  credit_check_passed: 'credit_check_passed',
  credit_check_failed: 'credit_check_failed',
  activated: 'activated',
  transition_requested: 'transition_requested',
};

/**
 * One enrollment command, top to bottom, inside the caller's transaction: load and lock the
 * row, check the version the caller read, gather the facts, ask the domain, write the new state
 * with `WHERE version = $n`, append the audit row, queue the e-mails. Accepting the agreement
 * also records the signatory's acceptance and activates the enrollment as the hub, in the same
 * transaction. Any refusal throws before anything is written.
 */
export async function runEnrollmentCommand(
  context: CommandContext,
  request: CommandRequest,
): Promise<EnrollmentEntity> {
  const { manager, now } = context;
  const record = await context.load();
  const { enrollment, partner } = record;
  assertVersion(request.expectedVersion, enrollment.version);

  const command = orThrow(parseEnrollmentCommand({ ...request.body, type: request.type }));
  const actor = request.user.actor;

  let acceptance: AgreementAcceptance | undefined;
  if (command.type === 'accept_agreement') {
    acceptance = decideAcceptance(record, request, now);
  }
  // A transition request names a provider of the directory; the domain judges the rest (state,
  // actor, region, an indirect application under way). Looked up only when it can matter.
  let provider: DirectoryProvider | undefined;
  let transition: EnrollmentFacts = {};
  if (
    command.type === 'transition_to_indirect' &&
    enrollment.program === 'direct_bill' &&
    enrollment.state === 'active' &&
    actor.kind === 'partner_global_admin' &&
    command.providerId.trim() !== ''
  ) {
    provider = await requestedProvider(manager, request.body);
    transition = await transitionFacts(manager, record, provider);
  }
  const decision = orThrow(
    decideEnrollment({
      program: enrollment.program,
      state: enrollment.state,
      command,
      actor,
      facts: { ...enrollmentFacts(record, now, acceptance ? [acceptance] : []), ...transition },
      now,
    }),
  );

  const changes: Record<string, unknown> = { ...decision.events[0]?.details };
  if (typeof request.body['note'] === 'string' && request.body['note'].trim() !== '') {
    changes['note'] = request.body['note'];
  }
  const update: Partial<EnrollmentEntity> = { state: decision.state };
  let emailToken: string | undefined;
  const happened = (type: EnrollmentEvent['type']) => decision.events.some((e) => e.type === type);
  if (happened('submitted')) {
    const report = eligibilityReport(record, now);
    update.submittedAt = now;
    update.decidedAt = null;
    update.informationRequest = null;
    update.policyId = report?.policyId ?? null;
    if (enrollment.emailTokenHash === null) {
      emailToken = randomBytes(24).toString('base64url');
      update.emailTokenHash = hashToken(emailToken);
    }
    changes['policyId'] = update.policyId;
  }
  if (happened('information_requested') || happened('information_provided')) {
    update.informationRequest = command.type === 'request_information' ? command.message : null;
  }
  if (happened('verified') || happened('rejected') || happened('withdrawn')) {
    update.decidedAt = now;
  }
  if (command.type === 'record_support_plan') {
    update.supportPlan = command.plan;
  }
  if (happened('submitted')) {
    update.slaTargetBusinessDays = await context.reviewTarget(enrollment.program);
  }
  const times = {
    overdueFrom: enrollment.slaOverdueFrom,
    pausedSince: enrollment.slaPausedSince,
    pausedBusinessDays: enrollment.slaPausedBusinessDays,
  };
  // The same object back when the move neither starts, pauses nor resumes the clock.
  const serviceLevel = moveServiceLevel({
    times,
    from: enrollment.state,
    to: decision.state,
    now,
    targetBusinessDays: update.slaTargetBusinessDays ?? enrollment.slaTargetBusinessDays ?? 0,
  });
  if (serviceLevel !== times) {
    update.slaOverdueFrom = serviceLevel.overdueFrom;
    update.slaPausedSince = serviceLevel.pausedSince;
    update.slaPausedBusinessDays = serviceLevel.pausedBusinessDays;
  }
  await writeState(manager, enrollment, update);
  if (command.type === 'answer_information') {
    // The answer's files: the admin's own uploads to this application, attached with it.
    const attached = await attachUploads(manager, {
      enrollmentId: enrollment.id,
      purpose: 'answer',
      check: null,
      ids: stringList(request.body['attachmentIds']),
      user: request.user,
      now,
    });
    if (attached.length > 0) {
      changes['attachments'] = attached;
    }
  }
  if (happened('credit_check_requested')) {
    Object.assign(changes, await orderCreditCheck(context, record, request.user));
  }
  if (command.type === 'pass_credit_check' || command.type === 'fail_credit_check') {
    await recordCreditOutcome(context, record, request.user, command);
  }
  if (happened('transition_requested') && provider !== undefined) {
    const opened = await openTransitionEnrollment(context, request.user, record, provider);
    changes['providerName'] = provider.name;
    changes['transitionEnrollmentId'] = opened.id;
  }
  const auditHead = await context.audit.append(
    manager,
    {
      enrollmentId: enrollment.id,
      actor: actorOf(request.user),
      command: request.type,
      stateBefore: enrollment.state,
      stateAfter: decision.state,
      changes,
      requestId: context.requestId,
      at: now,
    },
    record.auditHead,
  );
  // A failed credit check's own e-mail says the application ends: no second one for `rejected`.
  const emails = decision.events
    .filter((event) => !(event.type === 'rejected' && happened('credit_check_failed')))
    .flatMap((event) => emailOfEvent[event.type] ?? []);

  let final = { ...enrollment, ...update, version: enrollment.version + 1, updatedAt: now };
  if (acceptance) {
    // One proof per tenant, region, agreement and version: a tenant that accepted this version
    // before (an earlier application of the same tenant) keeps that record, and the new
    // acceptance is not a second one (the unique constraint would answer 500).
    await manager
      .createQueryBuilder()
      .insert()
      .into(AgreementAcceptanceEntity)
      .values({
        tenantId: acceptance.tenantId,
        partnerId: partner.id,
        enrollmentId: enrollment.id,
        kind: acceptance.kind,
        version: acceptance.version,
        region: acceptance.region,
        acceptedByUserId: acceptance.acceptedByUserId,
        signatoryName: acceptance.signatory.name,
        signatoryTitle: acceptance.signatory.title,
        signatoryEmail: acceptance.signatory.email,
        acceptedAt: new Date(acceptance.acceptedAt),
      })
      .orIgnore()
      .execute();
    final = await activate(context, { ...record, enrollment: final, auditHead }, acceptance);
    emails.push('activated');
    if (final.origin === 'transition' && final.state === 'active') {
      await completeTransition(context, final, record);
    }
  }

  const link = `${context.publicUrl}/admin/enrollments/${enrollment.id}/show`;
  for (const template of emails) {
    await context.notifications.queue(manager, {
      enrollmentId: enrollment.id,
      template,
      locale: partner.preferredLanguage,
      to: partner.adminEmail,
      params: {
        legalName: partner.legalName,
        program: enrollment.program,
        link,
        message: messageOf(command),
        providerName: provider?.name,
        confirmLink:
          emailToken === undefined
            ? undefined
            : `${context.publicUrl}/api/email-verifications/${emailToken}`,
      },
    });
  }
  return final;
}

/**
 * `request_credit_check`: a credit check row, ordered from the configured bureau in this
 * transaction (a bureau adapter enqueues its call here). Returns what the audit row adds.
 */
async function orderCreditCheck(
  context: CommandContext,
  record: EnrollmentRecord,
  user: AuthenticatedUser,
): Promise<Record<string, string>> {
  const { manager, now, creditBureau } = context;
  const { enrollment, partner } = record;
  const check = await manager.save(CreditCheckEntity, {
    enrollmentId: enrollment.id,
    bureau: creditBureau.name,
    status: 'pending',
    requestedBy: actorOf(user).name,
    requestedAt: now,
  });
  const ordered = await creditBureau.order(manager, {
    creditCheckId: check.id,
    enrollmentId: enrollment.id,
    legalName: partner.legalName,
    country: partner.country,
    partnerId: partner.partnerId,
  });
  if (ordered.reference !== null) {
    await manager.update(CreditCheckEntity, { id: check.id }, { reference: ordered.reference });
  }
  return {
    creditCheckId: check.id,
    bureau: creditBureau.name,
    ...(ordered.reference === null ? {} : { bureauReference: ordered.reference }),
  };
}

/**
 * The outcome of the pending credit check, with its evidence. A check requested before credit
 * checks had rows gets one now, so that its outcome is on the case page as well.
 */
async function recordCreditOutcome(
  context: CommandContext,
  record: EnrollmentRecord,
  user: AuthenticatedUser,
  command: Extract<EnrollmentCommand, { type: 'pass_credit_check' | 'fail_credit_check' }>,
): Promise<void> {
  const { manager, now } = context;
  const pending = await manager.findOne(CreditCheckEntity, {
    where: { enrollmentId: record.enrollment.id, status: 'pending' },
    order: { requestedAt: { direction: 'DESC', nulls: 'LAST' } },
  });
  const note =
    command.type === 'fail_credit_check' ? (command.note ?? command.reason) : command.note;
  const outcome = {
    status: command.type === 'pass_credit_check' ? ('passed' as const) : ('failed' as const),
    reference: command.reference ?? pending?.reference ?? null,
    scoreBand: command.scoreBand ?? null,
    note: note ?? null,
    recordedBy: actorOf(user).name,
    recordedByKind: user.actor.kind,
    recordedAt: now,
  };
  if (pending) {
    await manager.update(CreditCheckEntity, { id: pending.id }, outcome);
  } else {
    await manager.save(CreditCheckEntity, {
      enrollmentId: record.enrollment.id,
      bureau: context.creditBureau.name,
      requestedBy: null,
      requestedAt: null,
      ...outcome,
    });
  }
}

/** The acceptance to store, or the domain's refusal (program, state, version, signatory). */
function decideAcceptance(
  record: EnrollmentRecord,
  request: CommandRequest,
  now: Date,
): AgreementAcceptance {
  const { enrollment } = record;
  if (record.region === null) {
    throw new DomainError('market.country_not_in_market', { country: enrollment.country });
  }
  return orThrow(
    decideAgreementAcceptance({
      program: enrollment.program,
      state: enrollment.state,
      kind: programAgreementKind[enrollment.program],
      version: typeof request.body['version'] === 'string' ? request.body['version'] : '',
      region: record.region,
      actor: request.user.actor,
      tenantId: enrollment.tenantId,
      signatory: request.body['signatory'],
      now,
      catalog: record.catalog,
    }),
  );
}

/** `activate`, as the hub, right after the acceptance: the agreement now in force decides it. */
async function activate(
  context: CommandContext,
  record: EnrollmentRecord,
  acceptance: AgreementAcceptance,
): Promise<EnrollmentEntity> {
  const { manager, now } = context;
  const { enrollment } = record;
  const decision = orThrow(
    decideEnrollment({
      program: enrollment.program,
      state: enrollment.state,
      command: { type: 'activate' },
      actor: { kind: 'system' },
      facts: enrollmentFacts(record, now, [acceptance]),
      now,
    }),
  );
  await writeState(manager, enrollment, { state: decision.state });
  await context.audit.append(
    manager,
    {
      enrollmentId: enrollment.id,
      actor: hubActor(enrollment.tenantId),
      command: 'activate',
      stateBefore: enrollment.state,
      stateAfter: decision.state,
      changes: { agreement: `${acceptance.kind} ${acceptance.version}` },
      requestId: context.requestId,
      at: now,
    },
    record.auditHead,
  );
  return { ...enrollment, state: decision.state, version: enrollment.version + 1, updatedAt: now };
}

/** The optimistic write: 0 rows means someone else moved the enrollment first (412). */
export async function writeState(
  manager: EntityManager,
  enrollment: EnrollmentEntity,
  update: Partial<EnrollmentEntity>,
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(EnrollmentEntity)
    .set({ ...update, version: () => 'version + 1', updatedAt: () => 'now()' })
    .where('id = :id AND version = :version', { id: enrollment.id, version: enrollment.version })
    .execute();
  if (result.affected !== 1) {
    throw new DomainError('http.precondition_failed', {
      current: 'newer',
      expected: enrollment.version,
    });
  }
}

export const actorOf = (user: AuthenticatedUser) => ({
  tenantId: user.actor.tenantId,
  objectId: user.actor.userId,
  kind: user.actor.kind,
  name: user.name || user.username || user.actor.kind,
});

export const hashToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

/** A list of ids from a body (its DTO checked the shape), or undefined. */
const stringList = (value: unknown): string[] | undefined =>
  Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : undefined;

function messageOf(command: EnrollmentCommand): string | undefined {
  return 'message' in command ? command.message : 'reason' in command ? command.reason : undefined;
}
