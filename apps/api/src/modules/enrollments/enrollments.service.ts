import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  availableEnrollmentCommands,
  DEFAULT_REVIEW_TARGET_BUSINESS_DAYS,
  decideEnrollment,
  enrollmentTables,
  fillMessageTemplate,
  findPartnerMarket,
  isMessageReason,
  messageTemplateCommands,
  formatMessage,
  isTerminalEnrollmentState,
  moneyToDecimal,
  parseTenantId,
  parseUserId,
  toSystemActor,
  programAgreementKind,
  requiredAgreementVersions,
  agreementStanding,
  requiredVerificationChecks,
  serviceLevel,
  verificationChecks,
  type EnrollmentCommandType,
  type EnrollmentState,
  type FillMessageTemplateInput,
  type Locale,
  type Refusal,
} from '@hub/domain';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module.js';
import { type AppConfig } from '../../config/env.js';
import { DomainError, orThrow } from '../../http/domain-error.js';
import {
  IdempotencyService,
  type WriteResult,
} from '../../http/idempotency/idempotency.service.js';
import { type Page } from '../../http/list/list-endpoint.js';
import { assertVersion, etagOf } from '../../http/preconditions.js';
import { messageFor } from '../../http/error-body.js';
import { statusOf } from '../../http/error-status.js';
import { toStandingResponse } from '../agreements/agreement-catalog.js';
import { type AgreementStandingResponse } from '../agreements/dto/agreement-version.dto.js';
import { AgreementAcceptanceEntity } from '../agreements/agreement-acceptance.entity.js';
import { AuditService } from '../audit/audit.service.js';
import {
  CREDIT_BUREAU,
  CREDIT_BUREAU_PRINCIPAL_ID,
  CREDIT_OUTCOME_TASK,
  type CreditBureau,
  type CreditOutcomeJob,
} from '../credit-checks/credit-bureau.js';
import { JobQueue } from '../../jobs/job-queue.service.js';
import { CreditCheckEntity } from '../credit-checks/credit-check.entity.js';
import {
  assertMaySeePartnerRecords,
  callerScope,
  isStaff,
  tenantScope,
} from '../identity/access.js';
import { type AuthenticatedUser } from '../identity/authenticated-user.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { PartnerEntity } from '../partners/partner.entity.js';
import { PartnersService, isUuid } from '../partners/partners.service.js';
import {
  actorOf,
  hashToken,
  hubActor,
  runEnrollmentCommand,
  writeState,
  type CommandContext,
} from './commands/run-enrollment-command.js';
import {
  type BulkActionDto,
  type CreateEnrollmentDto,
  type NoteDto,
  type RecordCheckDto,
  type UpdateDraftDto,
} from './dto/enrollment.dto.js';
import {
  type BulkItemResponse,
  type BulkResponse,
  type CreditCheckResponse,
  type EnrollmentResponse,
  type MessageTemplateResponse,
  type NoteResponse,
  type TimelineEntryResponse,
} from './dto/enrollment.response.js';
import { attachUploads } from './enrollment-attachments.service.js';
import { EnrollmentCheckEntity } from './enrollment-check.entity.js';
import {
  eligibilityReport,
  enrollmentFacts,
  toAcceptance,
  type EnrollmentRecord,
} from './enrollment-facts.js';
import { reviewTargets } from '../program-settings/program-settings.js';
import {
  decodeCursor,
  encodeCursor,
  queueQuery,
  queueTabCounts,
  queueTotal,
  orderQueue,
  pageAfter,
  sortColumns,
  type EnrollmentFilter,
  type EnrollmentListQuery,
} from './enrollment-queue.js';
import {
  runAssignmentCommand,
  type AssignmentContext,
  type AssignmentRequest,
} from './commands/run-assignment-command.js';
import { findPartnerDuplicates, type PartnerDuplicate } from '../partners/partner-duplicates.js';
import { loadEnrollmentRecords } from './enrollment-records.js';
import { EnrollmentNoteEntity } from './enrollment-note.entity.js';
import { EnrollmentEntity } from './enrollment.entity.js';

/** The kebab-case path segment of a domain command: `start_review` → `start-review`. */
export const commandPath = (command: EnrollmentCommandType): string => command.replaceAll('_', '-');

export type AssignmentCall = {
  readonly user: AuthenticatedUser;
  readonly id: string;
  readonly request: AssignmentRequest;
  readonly expectedVersion: number;
  readonly idempotencyKey: string | undefined;
  readonly requestId: string | null;
  readonly locale: Locale;
};

export type BulkCall = {
  readonly user: AuthenticatedUser;
  readonly body: BulkActionDto;
  readonly idempotencyKey: string | undefined;
  readonly requestId: string | null;
  readonly locale: Locale;
};

export type CommandCall = {
  readonly user: AuthenticatedUser;
  readonly id: string;
  readonly type: EnrollmentCommandType;
  readonly body: Readonly<Record<string, unknown>>;
  readonly expectedVersion: number;
  readonly idempotencyKey: string | undefined;
  readonly requestId: string | null;
  readonly locale: Locale;
};

/**
 * Applications to the CSP programs: the partner's global admin opens and submits one, reviewers
 * work it, every state change goes through runEnrollmentCommand (one transaction each).
 */
@Injectable()
export class EnrollmentsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly partners: PartnersService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly idempotency: IdempotencyService,
    @Inject(CREDIT_BUREAU) private readonly creditBureau: CreditBureau,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.register(CREDIT_OUTCOME_TASK, (payload) =>
      this.recordBureauOutcome(payload as CreditOutcomeJob),
    );
  }

  /**
   * A credit bureau's answer (CREDIT_OUTCOME_TASK): `pass_credit_check` or `fail_credit_check`
   * with its evidence, as the hub, through the same command runner as a reviewer's outcome. An
   * answer for a check no longer pending (recorded by a reviewer meanwhile, or delivered twice)
   * changes nothing.
   */
  async recordBureauOutcome(job: CreditOutcomeJob): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const check = isUuid(job.creditCheckId)
        ? await manager.findOneBy(CreditCheckEntity, { id: job.creditCheckId })
        : null;
      if (check?.status !== 'pending') {
        return;
      }
      const enrollment = await manager.findOneByOrFail(EnrollmentEntity, {
        id: check.enrollmentId,
      });
      const user: AuthenticatedUser = {
        actor: toSystemActor(
          orThrow(parseTenantId(enrollment.tenantId)),
          orThrow(parseUserId(CREDIT_BUREAU_PRINCIPAL_ID)),
        ),
        name: `Credit bureau (${check.bureau})`,
        username: '',
      };
      await runEnrollmentCommand(this.commandContext(manager, user, enrollment.id, null), {
        user,
        type: job.outcome === 'passed' ? 'pass_credit_check' : 'fail_credit_check',
        body: {
          ...(job.reference === undefined ? {} : { reference: job.reference }),
          ...(job.scoreBand === undefined ? {} : { scoreBand: job.scoreBand }),
          ...(job.note === undefined ? {} : { note: job.note }),
        },
        expectedVersion: enrollment.version,
      });
    });
  }

  async list(
    user: AuthenticatedUser,
    query: EnrollmentListQuery,
    locale: Locale,
  ): Promise<Page<EnrollmentResponse>> {
    assertMaySeePartnerRecords(user);
    const now = new Date();
    const manager = this.dataSource.manager;
    const { after, ...filter } = query.filter;
    const column = sortColumns[query.sort.field];
    const builder = queueQuery(manager, user, filter, now, {
      joinPartner: query.sort.field === 'legalName',
    });
    const size = query.range.end - query.range.start + 1;
    const cursor = after === undefined ? undefined : decodeCursor(after);
    const rows = () => builder.clone().addSelect(`${column}::text`, 'cursor_value');
    // The total and the page are independent reads: two pooled connections, side by side.
    const [{ total, exact }, { entities, raw }] = await Promise.all([
      queueTotal(builder),
      cursor === undefined
        ? orderQueue(rows(), column, query.sort.order)
            .offset(query.range.start)
            .limit(size)
            .getRawAndEntities<{ cursor_value: string | null }>()
        : pageAfter(rows, column, query.sort.order, cursor, size),
    ]);
    // Staff see each row's possible duplicates (one statement for the page); partners never.
    // They are looked up beside the records, from the keys of the page's partners.
    const [records, duplicates] = await Promise.all([
      loadEnrollmentRecords(manager, entities),
      isStaff(user) ? this.duplicatesOf(entities) : undefined,
    ]);
    const last = entities.at(-1);
    return {
      rows: records.map((record) =>
        this.toResponse(record, user, locale, now, duplicates?.get(record.partner.id)),
      ),
      total,
      totalExact: exact,
      start: query.range.start,
      ...(last !== undefined && entities.length === size
        ? { nextCursor: encodeCursor({ value: raw.at(-1)?.cursor_value ?? null, id: last.id }) }
        : {}),
    };
  }

  /** The possible duplicates of these applications' partners, by partner id. */
  private async duplicatesOf(enrollments: readonly EnrollmentEntity[]) {
    if (enrollments.length === 0) {
      return new Map<string, PartnerDuplicate[]>();
    }
    const partners = await this.dataSource.manager.find(PartnerEntity, {
      select: { id: true, tenantId: true, bankBlindIndex: true, partnerId: true, adminEmail: true },
      where: { id: In([...new Set(enrollments.map((e) => e.partnerId))]) },
    });
    return findPartnerDuplicates(this.dataSource.manager, partners);
  }

  /**
   * Every row of the queue's current view, for the CSV export: read in keyset batches of 1,000
   * in the view's order, each batch only when the consumer is ready for it (memory stays flat
   * however many rows match).
   */
  async *exportRows(
    user: AuthenticatedUser,
    query: EnrollmentListQuery,
  ): AsyncGenerator<ExportRow> {
    assertMaySeePartnerRecords(user);
    const now = new Date();
    const { after: _after, ...filter } = query.filter;
    const column = sortColumns[query.sort.field];
    const batch = 1000;
    let cursor: { value: string | null; id: string } | undefined;
    for (;;) {
      const rows = () =>
        queueQuery(this.dataSource.manager, user, filter, now, { joinPartner: true })
          .addSelect(`${column}::text`, 'cursor_value')
          .addSelect('p.legal_name', 'legal_name')
          .addSelect('p.partner_id', 'partner_number');
      type Raw = { cursor_value: string | null; legal_name: string; partner_number: string | null };
      const { entities, raw } = await (cursor === undefined
        ? orderQueue(rows(), column, query.sort.order).limit(batch).getRawAndEntities<Raw>()
        : pageAfter<Raw>(rows, column, query.sort.order, cursor, batch));
      for (const [index, enrollment] of entities.entries()) {
        const extra = raw[index]!;
        const market = findPartnerMarket(enrollment.country);
        const level = serviceLevelOf(enrollment, now);
        yield {
          id: enrollment.id,
          legalName: extra.legal_name,
          partnerId: extra.partner_number ?? '',
          program: enrollment.program,
          state: enrollment.state,
          country: enrollment.country,
          region: market.ok ? market.value.region : '',
          submittedAt: enrollment.submittedAt?.toISOString() ?? '',
          ageBusinessDays: level?.ageBusinessDays ?? '',
          targetBusinessDays: level?.targetBusinessDays ?? '',
          overdue: level?.overdue ? 'yes' : 'no',
          assignee: enrollment.assigneeName ?? '',
          decidedAt: enrollment.decidedAt?.toISOString() ?? '',
        };
      }
      const last = entities.at(-1);
      if (last === undefined || entities.length < batch) {
        return;
      }
      cursor = { value: raw.at(-1)?.cursor_value ?? null, id: last.id };
    }
  }

  /** The live count of each queue tab under the rest of the filter. */
  async tabCounts(user: AuthenticatedUser, filter: EnrollmentFilter) {
    assertMaySeePartnerRecords(user);
    const { after: _after, ...rest } = filter;
    return queueTabCounts(this.dataSource.manager, user, rest, new Date());
  }

  async get(
    user: AuthenticatedUser,
    id: string,
    locale: Locale,
  ): Promise<WriteResult<EnrollmentResponse>> {
    const record = await this.load(this.dataSource.manager, user, id);
    return this.result(this.dataSource.manager, 200, record, user, locale);
  }

  async create(
    user: AuthenticatedUser,
    dto: CreateEnrollmentDto,
    idempotencyKey: string | undefined,
    requestId: string | null,
    locale: Locale,
  ): Promise<WriteResult<EnrollmentResponse>> {
    if (user.actor.kind !== 'partner_global_admin') {
      throw new DomainError('partner.global_admin_required');
    }
    return this.dataSource.transaction((manager) =>
      this.idempotency.run(
        manager,
        {
          scope: callerScope(user),
          key: idempotencyKey,
          method: 'POST',
          path: '/api/enrollments',
          body: dto,
        },
        async () => {
          const partner = await manager.findOne(PartnerEntity, {
            where: { tenantId: user.actor.tenantId },
            lock: { mode: 'pessimistic_write' },
          });
          if (!partner) {
            throw new DomainError('partner.profile_required');
          }
          // A location's review (issue 10 item 2) is not the partner's main application.
          const open = await manager.findBy(EnrollmentEntity, {
            partnerId: partner.id,
            program: dto.program,
            locationId: IsNull(),
          });
          if (open.some((e) => !isTerminalEnrollmentState(e.program, e.state))) {
            throw new DomainError('enrollment.already_open', { program: dto.program });
          }
          const enrollment = await manager.save(EnrollmentEntity, {
            partnerId: partner.id,
            tenantId: partner.tenantId,
            program: dto.program,
            state: enrollmentTables[dto.program].initial,
            country: partner.country,
            eligibilityAnswers: {},
          });
          await this.audit.append(manager, {
            enrollmentId: enrollment.id,
            actor: actorOf(user),
            command: 'create',
            stateBefore: null,
            stateAfter: enrollment.state,
            changes: { program: dto.program, country: partner.country },
            requestId,
            at: new Date(),
          });
          const [record] = await loadEnrollmentRecords(manager, [enrollment]);
          return this.result(manager, 201, record!, user, locale);
        },
      ),
    );
  }

  /** `update_draft`: the partner's answers to the direct bill requirements, saved as they go. */
  async updateDraft(
    user: AuthenticatedUser,
    id: string,
    dto: UpdateDraftDto,
    expectedVersion: number,
    requestId: string | null,
    locale: Locale,
  ): Promise<WriteResult<EnrollmentResponse>> {
    return this.dataSource.transaction(async (manager) => {
      const record = await this.load(manager, user, id, { lock: true });
      const { enrollment } = record;
      assertVersion(expectedVersion, enrollment.version);
      if (enrollment.state !== 'draft') {
        throw new DomainError('enrollment.not_a_draft', { state: enrollment.state });
      }
      // Who may change a draft is the domain's rule (its global admin, DOMAIN.md §6.1).
      orThrow(
        decideEnrollment({
          program: enrollment.program,
          state: enrollment.state,
          command: { type: 'update_draft' },
          actor: user.actor,
          now: new Date(),
        }),
      );
      const answers = { ...enrollment.eligibilityAnswers, ...dto.eligibility };
      await writeState(manager, enrollment, { eligibilityAnswers: answers });
      await this.audit.append(manager, {
        enrollmentId: enrollment.id,
        actor: actorOf(user),
        command: 'update_draft',
        stateBefore: enrollment.state,
        stateAfter: enrollment.state,
        changes: { eligibility: dto.eligibility },
        requestId,
        at: new Date(),
      });
      return this.reload(manager, id, user, locale);
    });
  }

  async command(call: CommandCall): Promise<WriteResult<EnrollmentResponse>> {
    const { user, id } = call;
    const path = `/api/enrollments/${id}/${commandPath(call.type)}`;
    return this.dataSource.transaction((manager) =>
      this.idempotency.run(
        manager,
        {
          scope: callerScope(user),
          key: call.idempotencyKey,
          method: 'POST',
          path,
          body: call.body,
        },
        async () => {
          let loaded: EnrollmentRecord | undefined;
          const enrollment = await runEnrollmentCommand(
            this.commandContext(manager, user, id, call.requestId, (record) => {
              loaded = record;
            }),
            { user, type: call.type, body: call.body, expectedVersion: call.expectedVersion },
          );
          if (call.type === 'transition_to_indirect') {
            // It opened another enrollment: read the record again, transition and all.
            const [record] = await loadEnrollmentRecords(manager, [enrollment]);
            return this.result(manager, 200, record!, user, call.locale);
          }
          // The answer is built from what the command loaded and wrote: only an acceptance adds
          // a row it did not load.
          const acceptances =
            call.type === 'accept_agreement'
              ? await manager.findBy(AgreementAcceptanceEntity, { tenantId: enrollment.tenantId })
              : loaded!.acceptances;
          return this.result(
            manager,
            200,
            { ...loaded!, enrollment, acceptances },
            user,
            call.locale,
          );
        },
      ),
    );
  }

  /** Claim, assign or release a case: an audited command with If-Match and Idempotency-Key. */
  async assign(call: AssignmentCall): Promise<WriteResult<EnrollmentResponse>> {
    const { user, id } = call;
    return this.dataSource.transaction((manager) =>
      this.idempotency.run(
        manager,
        {
          scope: callerScope(user),
          key: call.idempotencyKey,
          method: 'POST',
          path: `/api/enrollments/${id}/${call.request.type}`,
          body: call.request,
        },
        async () => {
          const record = await runAssignmentCommand(
            this.assignmentContext(manager, user, id, call.requestId),
            user,
            call.request,
            call.expectedVersion,
          );
          return this.result(manager, 200, record, user, call.locale);
        },
      ),
    );
  }

  /**
   * One action over the rows a reviewer selected in the queue: each row is its own savepoint,
   * checked against the version the reviewer saw, so one stale or refused row leaves the others
   * done; the answer says, row by row, what happened. The Idempotency-Key covers the whole batch.
   */
  async bulk(call: BulkCall): Promise<WriteResult<BulkResponse>> {
    const { user } = call;
    if (!isStaff(user)) {
      throw new DomainError('enrollment.assignment_staff_only');
    }
    return this.dataSource.transaction((manager) =>
      this.idempotency.run(
        manager,
        {
          scope: callerScope(user),
          key: call.idempotencyKey,
          method: 'POST',
          path: '/api/enrollments/bulk',
          body: call.body,
        },
        async () => {
          const results: BulkItemResponse[] = [];
          for (const item of call.body.items) {
            try {
              const version = await manager.transaction(async (inner) => {
                if (call.body.action === 'start_review') {
                  const done = await runEnrollmentCommand(
                    this.commandContext(inner, user, item.id, call.requestId),
                    { user, type: 'start_review', body: {}, expectedVersion: item.version },
                  );
                  return done.version;
                }
                const request: AssignmentRequest =
                  call.body.action === 'claim'
                    ? { type: 'claim' }
                    : call.body.action === 'unassign'
                      ? { type: 'unassign' }
                      : { type: 'assign', assigneeUserId: call.body.assigneeUserId ?? '' };
                const done = await runAssignmentCommand(
                  this.assignmentContext(inner, user, item.id, call.requestId),
                  user,
                  request,
                  item.version,
                );
                return done.enrollment.version;
              });
              results.push({ id: item.id, ok: true, status: 200, version });
            } catch (error) {
              if (!(error instanceof DomainError)) {
                throw error;
              }
              results.push({
                id: item.id,
                ok: false,
                status: statusOf(error.code),
                code: error.code,
                message: messageFor(error.code, error.details, call.locale),
              });
            }
          }
          return {
            status: 200,
            body: { done: results.filter((r) => r.ok).length, results },
          };
        },
      ),
    );
  }

  private commandContext(
    manager: EntityManager,
    user: AuthenticatedUser,
    id: string,
    requestId: string | null,
    onLoad: (record: EnrollmentRecord) => void = () => undefined,
  ): CommandContext {
    return {
      manager,
      audit: this.audit,
      notifications: this.notifications,
      load: async () => {
        const record = await this.load(manager, user, id, { lock: true });
        onLoad(record);
        return record;
      },
      publicUrl: this.config.PUBLIC_URL,
      requestId,
      now: new Date(),
      reviewTarget: async (program) => (await reviewTargets(manager))[program],
      creditBureau: this.creditBureau,
    };
  }

  private assignmentContext(
    manager: EntityManager,
    user: AuthenticatedUser,
    id: string,
    requestId: string | null,
  ): AssignmentContext {
    return {
      manager,
      audit: this.audit,
      load: () => this.load(manager, user, id, { lock: true }),
      staffTenantId: this.config.STAFF_TENANT_ID,
      requestId,
      now: new Date(),
    };
  }

  /** A reviewer records one verification check (while the application is in review). */
  async recordCheck(
    user: AuthenticatedUser,
    id: string,
    dto: RecordCheckDto,
    expectedVersion: number,
    requestId: string | null,
    locale: Locale,
  ): Promise<WriteResult<EnrollmentResponse>> {
    if (!isStaff(user)) {
      throw new DomainError('partner.staff_only');
    }
    return this.dataSource.transaction(async (manager) => {
      const record = await this.load(manager, user, id, { lock: true });
      const { enrollment } = record;
      assertVersion(expectedVersion, enrollment.version);
      if (!requiredVerificationChecks(enrollment.program).includes(dto.check)) {
        throw new DomainError('enrollment.unknown_check', { check: dto.check });
      }
      if (enrollment.state !== 'in_review' && enrollment.state !== 'submitted') {
        throw new DomainError('enrollment.check_not_open', { state: enrollment.state });
      }
      const same = record.checks.find((c) => c.check === dto.check);
      const withFiles = (dto.attachmentIds ?? []).length > 0;
      if (same && same.status === dto.status && same.note === (dto.note ?? null) && !withFiles) {
        // Recording what is already on record changes nothing: no version, no audit row.
        return this.result(manager, 200, record, user, locale);
      }
      await this.saveCheck(
        manager,
        enrollment.id,
        dto.check,
        dto.status,
        dto.note ?? null,
        user.name,
      );
      // The evidence: the reviewer's own uploads for this check, attached with the record.
      const attached = await attachUploads(manager, {
        enrollmentId: enrollment.id,
        purpose: 'evidence',
        check: dto.check,
        ids: dto.attachmentIds,
        user,
        now: new Date(),
      });
      await writeState(manager, enrollment, {});
      await this.audit.append(manager, {
        enrollmentId: enrollment.id,
        actor: actorOf(user),
        command: 'record_check',
        stateBefore: enrollment.state,
        stateAfter: enrollment.state,
        changes: {
          check: dto.check,
          status: dto.status,
          ...(dto.note ? { note: dto.note } : {}),
          ...(attached.length > 0 ? { attachments: attached } : {}),
        },
        requestId,
        at: new Date(),
      });
      return this.reload(manager, id, user, locale);
    });
  }

  /**
   * The admin followed the link of the submission e-mail: the e-mail ownership check passes
   * (DOMAIN.md §7: the address is real, monitored and receives mail). Public: the token is the proof.
   */
  async confirmEmail(
    token: string,
    requestId: string | null,
  ): Promise<{ legalName: string; locale: Locale }> {
    return this.dataSource.transaction(async (manager) => {
      const enrollment = /^[\w-]{16,64}$/.test(token)
        ? await manager.findOne(EnrollmentEntity, {
            where: { emailTokenHash: hashToken(token) },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!enrollment) {
        throw new DomainError('email_verification.invalid_token');
      }
      const partner = await manager.findOneByOrFail(PartnerEntity, { id: enrollment.partnerId });
      const existing = await manager.findOneBy(EnrollmentCheckEntity, {
        enrollmentId: enrollment.id,
        check: 'email_ownership',
      });
      if (existing?.status !== 'passed') {
        await this.saveCheck(
          manager,
          enrollment.id,
          'email_ownership',
          'passed',
          'Confirmed through the link in the submission e-mail.',
          partner.adminEmail,
        );
        await writeState(manager, enrollment, {});
        await this.audit.append(manager, {
          enrollmentId: enrollment.id,
          actor: hubActor(enrollment.tenantId, partner.adminEmail),
          command: 'confirm_email',
          stateBefore: enrollment.state,
          stateAfter: enrollment.state,
          changes: { check: 'email_ownership', status: 'passed' },
          requestId,
          at: new Date(),
        });
      }
      return { legalName: partner.legalName, locale: partner.preferredLanguage };
    });
  }

  /**
   * The e-mail a request for information or a rejection would send for a reason: its template
   * filled with the application's values, in the partner's language. The console shows it for
   * the reviewer to edit; what the reviewer sends is the body the partner receives.
   */
  async messageTemplate(
    user: AuthenticatedUser,
    id: string,
    command: unknown,
    reason: unknown,
  ): Promise<MessageTemplateResponse> {
    if (!isStaff(user)) {
      throw new DomainError('partner.staff_only');
    }
    const known = messageTemplateCommands.find((each) => each === command);
    if (known === undefined || !isMessageReason(known, reason)) {
      throw new DomainError('enrollment.message_template_invalid', {
        command: typeof command === 'string' ? command : '',
        reason: typeof reason === 'string' ? reason : '',
      });
    }
    const { enrollment, partner } = await this.load(this.dataSource.manager, user, id);
    const filled = fillMessageTemplate({
      command: known,
      reason,
      locale: partner.preferredLanguage,
      values: {
        legalName: partner.legalName,
        program: enrollment.program,
        link: `${this.config.PUBLIC_URL}/admin/enrollments/${enrollment.id}/show`,
        partnerId: partner.partnerId,
      },
    } as FillMessageTemplateInput);
    return { command: known, reason, recipient: partner.adminEmail, ...filled };
  }

  /** The application's credit checks as evidence, newest first (reviewers, program admins). */
  async creditChecks(user: AuthenticatedUser, id: string): Promise<CreditCheckResponse[]> {
    if (!isStaff(user)) {
      throw new DomainError('partner.staff_only');
    }
    const record = await this.load(this.dataSource.manager, user, id);
    const rows = await this.dataSource.manager.find(CreditCheckEntity, {
      where: { enrollmentId: record.enrollment.id },
      order: { requestedAt: { direction: 'DESC', nulls: 'LAST' } },
    });
    return rows.map((row) => ({
      id: row.id,
      bureau: row.bureau,
      status: row.status,
      requestedBy: row.requestedBy,
      requestedAt: row.requestedAt?.toISOString() ?? null,
      reference: row.reference,
      scoreBand: row.scoreBand,
      note: row.note,
      recordedBy: row.recordedBy,
      recordedByKind: row.recordedByKind,
      recordedAt: row.recordedAt?.toISOString() ?? null,
    }));
  }

  async timeline(user: AuthenticatedUser, id: string): Promise<TimelineEntryResponse[]> {
    const record = await this.load(this.dataSource.manager, user, id);
    const rows = await this.audit.trail(this.dataSource.manager, record.enrollment.id);
    const staff = isStaff(user);
    return rows.map((row) => ({
      id: row.id,
      seq: row.seq,
      at: row.at.toISOString(),
      actor: { kind: row.actorKind, name: row.actorName },
      command: row.command,
      from: row.stateBefore as EnrollmentState | null,
      to: row.stateAfter as EnrollmentState,
      // A check's evidence is Microsoft's: the partner's users see the check, not its files.
      details:
        staff || row.command !== 'record_check' ? row.changes : withoutAttachments(row.changes),
    }));
  }

  async notes(user: AuthenticatedUser, id: string): Promise<NoteResponse[]> {
    if (!isStaff(user)) {
      throw new DomainError('partner.staff_only');
    }
    const record = await this.load(this.dataSource.manager, user, id);
    const rows = await this.dataSource.manager.find(EnrollmentNoteEntity, {
      where: { enrollmentId: record.enrollment.id },
      order: { createdAt: 'ASC' },
    });
    return rows.map(toNoteResponse);
  }

  async addNote(user: AuthenticatedUser, id: string, dto: NoteDto): Promise<NoteResponse> {
    if (!isStaff(user)) {
      throw new DomainError('partner.staff_only');
    }
    const body = dto.body.trim();
    if (body === '') {
      throw new DomainError('enrollment.message_required', { command: 'note' });
    }
    const record = await this.load(this.dataSource.manager, user, id);
    const note = await this.dataSource.manager.save(EnrollmentNoteEntity, {
      enrollmentId: record.enrollment.id,
      body,
      author: user.name || user.username,
    });
    return toNoteResponse(note);
  }

  // --- loading and answering ---

  /** One enrollment the caller may see, with what the rules need (another tenant's: 404). */
  private async load(
    manager: EntityManager,
    user: AuthenticatedUser,
    id: string,
    options: { lock?: boolean } = {},
  ): Promise<EnrollmentRecord> {
    assertMaySeePartnerRecords(user);
    const tenant = tenantScope(user);
    const enrollment = isUuid(id)
      ? await manager.findOne(EnrollmentEntity, {
          where: tenant === undefined ? { id } : { id, tenantId: tenant },
          lock: options.lock ? { mode: 'pessimistic_write' } : undefined,
        })
      : null;
    if (!enrollment) {
      throw new DomainError('enrollment.not_found', { id });
    }
    // Locked for a write: the audit chain's head too, read after the lock (loadEnrollmentRecords).
    const [record] = await loadEnrollmentRecords(manager, [enrollment], {
      auditHead: options.lock === true,
    });
    return record!;
  }

  /**
   * The enrollment after a write, read again within the write's transaction. Given the record
   * the write loaded, only what a write can change is read again (the row, its checks and the
   * tenant's acceptances); the partner and its revenue rows are as they were.
   */
  private async reload(
    manager: EntityManager,
    id: string,
    user: AuthenticatedUser,
    locale: Locale,
    loaded?: EnrollmentRecord,
  ): Promise<WriteResult<EnrollmentResponse>> {
    const enrollment = await manager.findOneByOrFail(EnrollmentEntity, { id });
    if (loaded === undefined) {
      const [record] = await loadEnrollmentRecords(manager, [enrollment]);
      return this.result(manager, 200, record!, user, locale);
    }
    const checks = await manager.findBy(EnrollmentCheckEntity, { enrollmentId: id });
    const acceptances = await manager.findBy(AgreementAcceptanceEntity, {
      tenantId: enrollment.tenantId,
    });
    return this.result(manager, 200, { ...loaded, enrollment, checks, acceptances }, user, locale);
  }

  private async result(
    manager: EntityManager,
    status: number,
    record: EnrollmentRecord,
    user: AuthenticatedUser,
    locale: Locale,
  ): Promise<WriteResult<EnrollmentResponse>> {
    const duplicates = isStaff(user)
      ? (await findPartnerDuplicates(manager, [record.partner])).get(record.partner.id)
      : undefined;
    return {
      status,
      body: this.toResponse(record, user, locale, new Date(), duplicates),
      etag: etagOf(record.enrollment.version),
    };
  }

  private async saveCheck(
    manager: EntityManager,
    enrollmentId: string,
    check: EnrollmentCheckEntity['check'],
    status: EnrollmentCheckEntity['status'],
    note: string | null,
    recordedBy: string,
  ): Promise<void> {
    await manager.upsert(
      EnrollmentCheckEntity,
      { enrollmentId, check, status, note, recordedBy, recordedAt: new Date() },
      ['enrollmentId', 'check'],
    );
  }

  /** `duplicates`: given for staff only, and then answered (partners never learn of others). */
  private toResponse(
    record: EnrollmentRecord,
    user: AuthenticatedUser,
    locale: Locale,
    now: Date,
    duplicates?: readonly PartnerDuplicate[],
  ): EnrollmentResponse {
    const { enrollment, partner } = record;
    const coded = (refusal: Refusal) => ({
      code: refusal.code,
      message: formatMessage(refusal.code, readableDetails(refusal.details, locale), locale),
    });
    const report = eligibilityReport(record, now);
    // The console offers only providers of the partner's region; the command checks the one sent.
    const facts = { ...enrollmentFacts(record, now, [], report), providerInPartnerRegion: true };
    const level = serviceLevelOf(enrollment, now);
    const actorKind = user.actor.kind;
    const mayAct = isStaff(user) || user.actor.tenantId === enrollment.tenantId;
    // Accepting the agreement puts it in force, so that command is judged as if it were.
    const withAcceptance = availableEnrollmentCommands({
      program: enrollment.program,
      state: enrollment.state,
      actorKind,
      facts: { ...facts, agreementsInForce: true },
    });
    const available = mayAct
      ? availableEnrollmentCommands({
          program: enrollment.program,
          state: enrollment.state,
          actorKind,
          facts,
        })
          .map((entry) =>
            entry.command === 'accept_agreement'
              ? (withAcceptance.find((e) => e.command === 'accept_agreement') ?? entry)
              : entry,
          )
          .filter((entry) => entry.command !== 'update_draft')
          .map((entry) => ({
            command: commandPath(entry.command),
            to: entry.to,
            ...(entry.blockedBy ? { blockedBy: coded(entry.blockedBy) } : {}),
          }))
      : [];
    const table = enrollmentTables[enrollment.program];
    const laterStates = table.states.slice(table.states.indexOf(enrollment.state) + 1);
    const locked = mayAct
      ? table.explainedRefusals
          .filter((refusal) => refusal.states.includes(enrollment.state))
          .flatMap((refusal) =>
            refusal.commands
              .filter((command) =>
                table.transitions.some(
                  (t) =>
                    t.command === command &&
                    t.actors.includes(actorKind) &&
                    laterStates.includes(t.from),
                ),
              )
              .map((command) => ({
                command: commandPath(command),
                ...coded({ code: refusal.code, details: { state: enrollment.state, command } }),
              })),
          )
      : [];
    const region = record.region;
    const version =
      region === null
        ? undefined
        : requiredAgreementVersions({
            program: enrollment.program,
            region,
            on: now,
            catalog: record.catalog,
          });
    const agreementKind = programAgreementKind[enrollment.program];
    const agreement =
      version?.ok === true ? version.value.find((v) => v.kind === agreementKind) : undefined;
    const acceptance = record.acceptances.find((a) => a.enrollmentId === enrollment.id);
    const market = findPartnerMarket(enrollment.country);
    const emailCheck = record.checks.find((c) => c.check === 'email_ownership');
    const answers = enrollment.eligibilityAnswers;
    return {
      id: enrollment.id,
      partnerId: partner.id,
      tenantId: enrollment.tenantId,
      legalName: partner.legalName,
      program: enrollment.program,
      state: enrollment.state,
      version: enrollment.version,
      origin: enrollment.origin,
      transition: record.transition,
      country: enrollment.country,
      region: market.ok ? market.value.region : null,
      billingCurrency: market.ok ? market.value.currency : null,
      locationId: enrollment.locationId,
      createdAt: enrollment.createdAt.toISOString(),
      updatedAt: enrollment.updatedAt.toISOString(),
      submittedAt: enrollment.submittedAt?.toISOString() ?? null,
      decidedAt: enrollment.decidedAt?.toISOString() ?? null,
      ageBusinessDays: level?.ageBusinessDays ?? null,
      serviceLevel:
        level === null
          ? null
          : { ...level, overdueFrom: enrollment.slaOverdueFrom?.toISOString() ?? null },
      assignee:
        enrollment.assigneeUserId === null
          ? null
          : {
              userId: enrollment.assigneeUserId,
              name: enrollment.assigneeName ?? '',
              assignedAt: (enrollment.assignedAt ?? enrollment.updatedAt).toISOString(),
            },
      policy:
        report === null
          ? null
          : {
              id: report.policyId,
              effectiveFrom: report.effectiveFrom,
              recorded: enrollment.policyId !== null,
            },
      eligibility:
        report === null
          ? null
          : {
              answers: {
                hasSigningAuthority: answers.hasSigningAuthority ?? null,
                providesFirstLevelSupport: answers.providesFirstLevelSupport ?? null,
                hasBillingInfrastructure: answers.hasBillingInfrastructure ?? null,
                managedServices: answers.managedServices ?? null,
                solutionsPartnerDesignations: answers.solutionsPartnerDesignations ?? null,
                securityRequirementsMet: answers.securityRequirementsMet ?? null,
                indirectResellerSince: answers.indirectResellerSince ?? null,
              },
              verdict: report.verdict,
              requirements: report.requirements.map((r) => ({
                requirement: r.requirement,
                status: r.status,
                advisory: r.advisory,
                ...(r.awaits ? { awaits: r.awaits } : {}),
                ...coded(r.reason),
              })),
              advice: report.advice.map((r) => ({
                requirement: r.requirement,
                status: r.status,
                advisory: r.advisory,
                ...coded(r.reason),
              })),
              revenue: revenueFigure(report),
            },
      supportPlan: enrollment.supportPlan,
      checks: verificationChecks
        .filter((check) => requiredVerificationChecks(enrollment.program).includes(check))
        .map((check) => {
          const row = record.checks.find((c) => c.check === check);
          return {
            check,
            status: row?.status ?? 'pending',
            note: row?.note ?? null,
            recordedBy: row?.recordedBy ?? null,
            recordedAt: row?.recordedAt.toISOString() ?? null,
          };
        }),
      requiredChecks: [...requiredVerificationChecks(enrollment.program)],
      availableCommands: available,
      lockedCommands: locked,
      agreement: agreement ? { kind: agreement.kind, version: agreement.version } : null,
      acceptance: acceptance
        ? {
            kind: acceptance.kind,
            version: acceptance.version,
            signatoryName: acceptance.signatoryName,
            signatoryTitle: acceptance.signatoryTitle,
            signatoryEmail: acceptance.signatoryEmail,
            acceptedAt: acceptance.acceptedAt.toISOString(),
          }
        : null,
      agreementStanding: standingOf(record, now),
      lastInformationRequest: enrollment.informationRequest,
      emailConfirmedAt:
        emailCheck?.status === 'passed' && emailCheck.recordedBy === partner.adminEmail
          ? emailCheck.recordedAt.toISOString()
          : null,
      bankDetails: bankOf(this.partners.bankSummary(partner), partner.bankLast4),
      adminEmail: partner.adminEmail,
      partnerIdNumber: partner.partnerId,
      ...(duplicates !== undefined && isStaff(user) ? { duplicates: [...duplicates] } : {}),
    };
  }
}

function revenueFigure(report: NonNullable<ReturnType<typeof eligibilityReport>>) {
  const rule = report.requirements.find((r) => r.requirement === 'revenue');
  if (!report.revenue || !rule) {
    return null;
  }
  const minimum = rule.reason.details?.['minimumUsd'];
  return {
    totalUsd: moneyToDecimal(report.revenue.totalUsd),
    minimumUsd: typeof minimum === 'string' ? minimum : '',
    first: report.revenue.window.first,
    last: report.revenue.window.last,
  };
}

const bankOf = (bank: { kind: 'iban' | 'account' } | null, last4: string | null) =>
  bank && last4 ? { kind: bank.kind, last4 } : null;

/** USD amounts in a message as the reader writes numbers (`USD 1 110 000,00` in Swedish). */
/** Built once: an Intl.NumberFormat costs more to make than a page of rows costs to format. */
const usdFormats: Record<Locale, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  sv: new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
};

function readableDetails(details: Refusal['details'], locale: Locale): Refusal['details'] {
  if (details === undefined) {
    return undefined;
  }
  const usd = usdFormats[locale];
  return Object.fromEntries(
    Object.entries(details).map(([key, value]) => [
      key,
      key.endsWith('Usd') && typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)
        ? usd.format(Number(value))
        : value,
    ]),
  );
}

const withoutAttachments = (changes: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(changes).filter(([key]) => key !== 'attachments'));

const toNoteResponse = (note: EnrollmentNoteEntity): NoteResponse => ({
  id: note.id,
  body: note.body,
  author: note.author,
  createdAt: note.createdAt.toISOString(),
});

/** One application's service level, once submitted (packages/domain decides it). */
function serviceLevelOf(enrollment: EnrollmentEntity, now: Date) {
  return enrollment.submittedAt === null
    ? null
    : serviceLevel({
        state: enrollment.state,
        submittedAt: enrollment.submittedAt,
        decidedAt: enrollment.decidedAt,
        times: {
          overdueFrom: enrollment.slaOverdueFrom,
          pausedSince: enrollment.slaPausedSince,
          pausedBusinessDays: enrollment.slaPausedBusinessDays,
        },
        now,
        targetBusinessDays: enrollment.slaTargetBusinessDays ?? DEFAULT_REVIEW_TARGET_BUSINESS_DAYS,
      });
}

/** A row of the queue's CSV export; the keys are its column names, in order. */
export type ExportRow = {
  readonly id: string;
  readonly legalName: string;
  readonly partnerId: string;
  readonly program: string;
  readonly state: string;
  readonly country: string;
  readonly region: string;
  readonly submittedAt: string;
  readonly ageBusinessDays: number | '';
  readonly targetBusinessDays: number | '';
  readonly overdue: 'yes' | 'no';
  readonly assignee: string;
  readonly decidedAt: string;
};

/** Where an active partner stands against its agreement's newest version (null otherwise). */
function standingOf(record: EnrollmentRecord, now: Date): AgreementStandingResponse | null {
  if (record.enrollment.state !== 'active' || record.region === null) {
    return null;
  }
  const standing = agreementStanding({
    program: record.enrollment.program,
    region: record.region,
    acceptances: record.acceptances.map(toAcceptance),
    catalog: record.catalog,
    on: now,
  });
  return standing.ok ? toStandingResponse(standing.value) : null;
}
