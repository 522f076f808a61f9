// The transition from direct bill to indirect reseller (issue 10 item 4, DOMAIN.md §3), around the
// domain's two phases: the partner's request (`transition_to_indirect`, the direct bill enrollment
// stays active) opens an indirect reseller enrollment of the same tenant with the chosen provider,
// submitted for review at once ("Review the pre-filled enrollment form, then choose Enroll now");
// when that enrollment becomes active, the hub completes the transition (`complete_transition`)
// and records the provider as the reseller's. A rejected or withdrawn request leaves the direct
// bill enrollment as it was.
import {
  decideEnrollment,
  sharedRegions,
  type EnrollmentFacts,
  type RegionName,
} from '@hub/domain';
import { IsNull, type EntityManager } from 'typeorm';
import { DomainError, orThrow } from '../../../http/domain-error.js';
import { providerLocaleOf } from '../../notifications/provider-email-templates.js';
import { PartnerEntity } from '../../partners/partner.entity.js';
import { isUuid } from '../../partners/partners.service.js';
import { ProviderListingEntity } from '../../providers/provider-listing.entity.js';
import { ResellerProviderEntity } from '../../relationships/reseller-provider.entity.js';
import { type AuthenticatedUser } from '../../identity/authenticated-user.js';
import { indirectResellerFacts, type EnrollmentRecord } from '../enrollment-facts.js';
import { loadEnrollmentRecords } from '../enrollment-records.js';
import { EnrollmentCheckEntity } from '../enrollment-check.entity.js';
import { EnrollmentEntity } from '../enrollment.entity.js';
import {
  actorOf,
  hubActor,
  runEnrollmentCommand,
  writeState,
  type CommandContext,
} from './run-enrollment-command.js';

const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A provider as the directory shows it (its published listing). */
export type DirectoryProvider = {
  readonly id: string;
  readonly name: string;
  readonly regions: readonly RegionName[];
  readonly contactEmail: string;
  readonly fields: Readonly<Record<string, unknown>>;
};

/** The provider with a published listing, or null (unknown id, never published, suspended). */
export async function directoryProvider(
  manager: EntityManager,
  providerId: unknown,
): Promise<DirectoryProvider | null> {
  if (typeof providerId !== 'string' || !isUuid(providerId)) {
    return null;
  }
  const live = await manager.findOne(ProviderListingEntity, {
    where: { providerId, slot: 'live', state: 'published' },
  });
  if (live === null) {
    return null;
  }
  const fields = live.fields;
  return {
    id: providerId,
    name: textOf(fields['name']),
    regions: Array.isArray(fields['regions']) ? (fields['regions'] as RegionName[]) : [],
    contactEmail: textOf(fields['contactEmail']),
    fields,
  };
}

/** What the request's guards read: the provider's regions and the tenant's indirect enrollments. */
export async function transitionFacts(
  manager: EntityManager,
  record: EnrollmentRecord,
  provider: DirectoryProvider,
): Promise<EnrollmentFacts> {
  // The partner's row lock serializes this with opening an application (POST /api/enrollments).
  await manager.findOne(PartnerEntity, {
    where: { id: record.partner.id },
    lock: { mode: 'pessimistic_write' },
  });
  const indirect = await manager.find(EnrollmentEntity, {
    // A location's application (another CSP account's review) is not this tenant's own.
    where: {
      tenantId: record.enrollment.tenantId,
      program: 'indirect_reseller',
      locationId: IsNull(),
    },
    select: { id: true, state: true },
  });
  return {
    providerInPartnerRegion: record.region !== null && provider.regions.includes(record.region),
    ...indirectResellerFacts(indirect.map((e) => e.state)),
  };
}

/**
 * Opens the transition's indirect reseller enrollment (pre-filled from the partner's profile,
 * with the direct bill enrollment's passed verification checks carried over) and submits it as
 * the partner's global admin, through the same command runner as every other submission.
 */
export async function openTransitionEnrollment(
  context: CommandContext,
  user: AuthenticatedUser,
  record: EnrollmentRecord,
  provider: DirectoryProvider,
): Promise<EnrollmentEntity> {
  const { manager, now } = context;
  const { enrollment, partner } = record;
  const opened = await manager.save(EnrollmentEntity, {
    partnerId: partner.id,
    tenantId: enrollment.tenantId,
    program: 'indirect_reseller' as const,
    state: 'draft' as const,
    country: enrollment.country,
    eligibilityAnswers: {},
    origin: 'transition' as const,
    providerId: provider.id,
    transitionOf: enrollment.id,
  });
  const carried = record.checks.filter((check) => check.status === 'passed');
  if (carried.length > 0) {
    await manager.insert(
      EnrollmentCheckEntity,
      carried.map((check) => ({
        enrollmentId: opened.id,
        check: check.check,
        status: check.status,
        note: `Carried over from the direct bill enrollment ${enrollment.id}${check.note ? `: ${check.note}` : ''}`,
        recordedBy: check.recordedBy,
        recordedAt: check.recordedAt,
      })),
    );
  }
  await context.audit.append(
    manager,
    {
      enrollmentId: opened.id,
      actor: actorOf(user),
      command: 'create',
      stateBefore: null,
      stateAfter: 'draft',
      changes: {
        program: 'indirect_reseller',
        country: enrollment.country,
        origin: 'transition',
        transitionOf: enrollment.id,
        providerId: provider.id,
        providerName: provider.name,
        checksCarriedOver: carried.map((check) => check.check),
      },
      requestId: context.requestId,
      at: now,
    },
    null,
  );
  return runEnrollmentCommand(
    {
      ...context,
      load: async () => {
        const locked = await manager.findOneOrFail(EnrollmentEntity, {
          where: { id: opened.id },
          lock: { mode: 'pessimistic_write' },
        });
        const [loaded] = await loadEnrollmentRecords(manager, [locked], { auditHead: true });
        return loaded!;
      },
    },
    { user, type: 'submit', body: {}, expectedVersion: opened.version },
  );
}

/**
 * Once the transition's indirect reseller enrollment is active: the direct bill enrollment ends in
 * `transitioned_to_indirect` (the hub's command, audited on its own chain), the chosen provider
 * becomes the reseller's provider, and partner and provider are e-mailed. Same transaction as
 * the acceptance that activated it.
 */
export async function completeTransition(
  context: CommandContext,
  indirect: EnrollmentEntity,
  record: EnrollmentRecord,
): Promise<void> {
  const { manager, now } = context;
  const { partner } = record;
  if (indirect.transitionOf === null || indirect.providerId === null) {
    return;
  }
  const directBill = await manager.findOneOrFail(EnrollmentEntity, {
    where: { id: indirect.transitionOf },
    lock: { mode: 'pessimistic_write' },
  });
  const [direct] = await loadEnrollmentRecords(manager, [directBill], { auditHead: true });
  const decision = orThrow(
    decideEnrollment({
      program: directBill.program,
      state: directBill.state,
      command: { type: 'complete_transition' },
      actor: { kind: 'system' },
      facts: { transitionEnrollmentActive: indirect.state === 'active' },
      now,
    }),
  );
  const live = await manager.findOne(ProviderListingEntity, {
    where: { providerId: indirect.providerId, slot: 'live' },
  });
  const fields = live?.fields ?? {};
  const providerName = textOf(fields['name']);
  const providerRegions = Array.isArray(fields['regions'])
    ? (fields['regions'] as RegionName[])
    : [];
  await writeState(manager, directBill, { state: decision.state, decidedAt: now });
  await context.audit.append(
    manager,
    {
      enrollmentId: directBill.id,
      actor: hubActor(directBill.tenantId),
      command: 'complete_transition',
      stateBefore: directBill.state,
      stateAfter: decision.state,
      changes: { indirectEnrollmentId: indirect.id, providerId: indirect.providerId, providerName },
      requestId: context.requestId,
      at: now,
    },
    direct!.auditHead,
  );
  await manager
    .createQueryBuilder()
    .insert()
    .into(ResellerProviderEntity)
    .values({
      partnerId: partner.id,
      providerId: indirect.providerId,
      origin: 'transition',
      enrollmentId: indirect.id,
      regions: record.region === null ? [] : sharedRegions([record.region], providerRegions),
      recordedByName: hubActor(directBill.tenantId).name,
    })
    .orIgnore()
    .execute();
  await context.notifications.queue(manager, {
    enrollmentId: directBill.id,
    template: 'transitioned_to_indirect',
    locale: partner.preferredLanguage,
    to: partner.adminEmail,
    params: {
      legalName: partner.legalName,
      program: 'indirect_reseller',
      link: `${context.publicUrl}/admin/enrollments/${indirect.id}/show`,
      providerName,
    },
  });
  if (typeof fields['contactEmail'] === 'string' && fields['contactEmail'] !== '') {
    await context.notifications.queueForProvider(manager, {
      providerId: indirect.providerId,
      template: 'reseller_linked',
      locale: providerLocaleOf(fields),
      to: fields['contactEmail'],
      params: {
        providerName,
        link: `${context.publicUrl}/admin/reseller-providers`,
        reseller: { legalName: partner.legalName, country: partner.country, transition: true },
      },
    });
  }
}

/** The provider a request names, or the refusal: it must be in the directory. */
export async function requestedProvider(
  manager: EntityManager,
  body: Readonly<Record<string, unknown>>,
): Promise<DirectoryProvider> {
  const provider = await directoryProvider(manager, body['providerId']);
  if (provider === null) {
    throw new DomainError('relationships.provider_not_found');
  }
  return provider;
}
