// Demo data for the embedded stack (`npm start`), loaded after the migrations:
//   node apps/api/dev/dist/dev/demo-data.js     (scripts/start.mjs compiles it: tsconfig.dev.json)
// Development only, and so outside src/: it reads the local identity provider's personas from
// @hub/devstack, which the API's build and production images do not contain (lint forbids
// @hub/devstack in any app's src/). Idempotent: a second start finds it there and changes
// nothing. Tests never use it; each builds its own data.
//
// Besides the personas as users, it loads the partners of demo-partners.ts with their
// applications. Each application is walked along its program's transition table the way the API
// would have taken it (create, submit, review, checks, decisions, acceptance), every step asked
// of the domain's decideEnrollment with the facts of the moment, so the rows, the dates and the
// hash-chained audit trail are ones the API itself could have written.
import { createHash } from 'node:crypto';
import { personas, tenants } from '@hub/devstack';
import {
  agreementVersions,
  decideAgreementAcceptance,
  decideEnrollment,
  DEFAULT_REVIEW_TARGET_BUSINESS_DAYS,
  findPartnerMarket,
  moveServiceLevel,
  parseEnrollmentCommand,
  programAgreementKind,
  requiredVerificationChecks,
  type Actor,
  type ActorKind,
  type EnrollmentCommandType,
  type EnrollmentFacts,
  type RegionName,
  type VerificationCheck,
  type VerificationCheckStatus,
} from '@hub/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { FieldEncryption } from '../src/crypto/field-encryption.js';
import { runAsCommand } from '../src/database/command.js';
import { dataSourceOptions } from '../src/database/data-source.js';
import { AgreementAcceptanceEntity } from '../src/modules/agreements/agreement-acceptance.entity.js';
import { AuditService, type AuditEntry } from '../src/modules/audit/audit.service.js';
import { EnrollmentCheckEntity } from '../src/modules/enrollments/enrollment-check.entity.js';
import { CreditCheckEntity } from '../src/modules/credit-checks/credit-check.entity.js';
import {
  eligibilityReport,
  enrollmentFacts,
  type EnrollmentRecord,
} from '../src/modules/enrollments/enrollment-facts.js';
import { EnrollmentEntity } from '../src/modules/enrollments/enrollment.entity.js';
import { UserEntity } from '../src/modules/identity/user.entity.js';
import {
  lockDuplicateFlags,
  refreshDuplicateFlags,
} from '../src/modules/partners/partner-duplicates.js';
import { bankNumberOf, parseProfile } from '../src/modules/partners/partner-profile.js';
import { PartnerEntity } from '../src/modules/partners/partner.entity.js';
import { DEMO_RATE_SOURCE } from '../src/modules/partners/fx-rates.service.js';
import { FxRateEntity } from '../src/modules/partners/fx-rate.entity.js';
import { RevenueRecordEntity } from '../src/modules/partners/revenue-record.entity.js';
import { ProviderListingEntity } from '../src/modules/providers/provider-listing.entity.js';
import { ProviderEntity } from '../src/modules/providers/provider.entity.js';
import { demoProviders } from './demo-providers.js';
import {
  demoEnrollments,
  demoPartners,
  eligibleAnswers,
  type DemoEnrollment,
  type DemoPartner,
} from './demo-partners.js';

export type DemoDataOptions = {
  /** DATA_ENCRYPTION_KEY: bank details are stored encrypted, as the API stores them. */
  readonly encryptionKey: string;
  /** The moment the ages are counted back from (load time). */
  readonly now?: Date;
};

/**
 * Every demo row, in one transaction: all of it or nothing. Returns how many rows were added
 * (0 when it was already loaded). Rows have fixed ids (demoId) and are inserted with ON CONFLICT
 * DO NOTHING; an application's checks, acceptance and audit trail are written only with the
 * application itself, so the data is the same on every machine and a second run adds nothing.
 */
export async function loadDemoData(
  dataSource: DataSource,
  options: DemoDataOptions,
): Promise<number> {
  const fields = new FieldEncryption(options.encryptionKey);
  const now = options.now ?? new Date();
  return dataSource.transaction(async (manager) => {
    let added = 0;
    added += await addUsers(manager);
    added += await insertIgnoring(manager, FxRateEntity, demoRates(now));
    // Profiles are written under the duplicate flags' lock, as the API writes them.
    await lockDuplicateFlags(manager);
    for (const partner of demoPartners) {
      added += await addPartner(manager, { partner, fields, now });
    }
    // Trey Research and Woodgrove Bank share a PartnerID, Tailspin Toys and Wingtip Toys a bank
    // account: flagged, as the API would flag them.
    await refreshDuplicateFlags(manager, {
      partnerIds: demoPartners.map((partner) => demoId(`partner/${partner.key}`)),
      keys: [],
    });
    added += await addProviders(manager, now);
    return added;
  });
}

/** `node .../demo-data.js` with DATABASE_URL: opens the database, loads, closes. */
export async function seedDemo(url: string, options: DemoDataOptions): Promise<number> {
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    return await loadDemoData(dataSource, options);
  } finally {
    await dataSource.destroy();
  }
}

/** The local identity provider's personas as users, as if each had signed in once. */
async function addUsers(manager: EntityManager): Promise<number> {
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(UserEntity)
    .values(
      personas.map((persona) => ({
        tenantId: persona.tenantId,
        objectId: persona.objectId,
        displayName: persona.name,
        username: persona.username,
        kind: persona.roles.includes('ProgramAdmin')
          ? 'program_admin'
          : persona.roles.includes('Reviewer')
            ? 'reviewer'
            : persona.wids.length > 0
              ? 'partner_global_admin'
              : 'partner_user',
      })),
    )
    .orIgnore()
    .returning(['id'])
    .updateEntity(false)
    .execute();
  return (result.raw as unknown[]).length;
}

/** A fixed UUID for a demo name: version 5 style (SHA-1 of a namespace and the name). */
export function demoId(name: string): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(DEMO_NAMESPACE.replaceAll('-', ''), 'hex'))
    .update(name)
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
const DEMO_NAMESPACE = 'c5a0f0de-7d3b-4b1e-9f5a-2e6c0d1b7a90';

/** The hub acting on its own (as run-enrollment-command.ts's activation does). */
const SYSTEM_OBJECT_ID = '00000000-0000-0000-0000-000000000000';
const SYSTEM_NAME = 'Partner Enrollment Hub';
const AGREEMENT_VERSION = '2019-09';
/** Northwind Distribution, the demo's indirect provider (the distributor persona's tenant). */
const DEMO_PROVIDER_ID = tenants.northwind.id;

const staff = (id: string) => {
  const persona = personas.find((p) => p.id === id);
  if (!persona) {
    throw new Error(`The demo data needs the ${id} persona`);
  }
  return persona;
};

/** One partner's profile, revenue and applications; how many rows it added. */
async function addPartner(
  manager: EntityManager,
  { partner, fields, now }: { partner: DemoPartner; fields: FieldEncryption; now: Date },
): Promise<number> {
  const id = demoId(`partner/${partner.key}`);
  const tenantId = partner.tenantId ?? demoId(`tenant/${partner.key}`);
  if (tenantId === tenants.contoso.id) {
    throw new Error('Contoso gets no demo partner: Ada enrolls it in the demo.');
  }
  // The API's own parsers: a demo profile the API would refuse fails the load, naming the code.
  const profile = parseProfile(partner.profile);
  const bank = profile.bankDetails;
  if (bank === undefined) {
    throw new Error(`Demo partner ${partner.key} has no bank details`);
  }
  const market = findPartnerMarket(profile.address.country);
  if (!market.ok) {
    throw new Error(`Demo partner ${partner.key} is not in a CSP market`);
  }
  const applications = demoEnrollments.filter((e) => e.partner === partner.key);
  const since = earliest(applications.map((e) => startOf(e, now)));
  const joined = new Date(since.getTime() - 2 * HOUR);
  const number = bankNumberOf(bank);
  const inserted: unknown[] = await manager.query(
    `INSERT INTO partners (id, tenant_id, legal_name, partner_id, address, country,
       bank_details_encrypted, bank_last4, bank_blind_index, admin_email, website, phone,
       preferred_language, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14)
     ON CONFLICT DO NOTHING RETURNING id`,
    [
      id,
      tenantId,
      profile.legalName,
      profile.partnerId,
      JSON.stringify(profile.address),
      profile.address.country,
      fields.encrypt(JSON.stringify(bank)),
      number.slice(-4),
      fields.blindIndex(number),
      profile.adminEmail,
      profile.website,
      profile.phone,
      profile.preferredLanguage,
      joined,
    ],
  );
  let added = inserted.length;
  const row = await manager.findOneBy(PartnerEntity, { id });
  if (!row) {
    // The tenant already has a profile of its own (made through the API): leave it alone.
    return added;
  }
  const revenue = revenueRows(partner, id, now);
  if (revenue.length > 0) {
    added += await insertIgnoring(manager, RevenueRecordEntity, revenue);
  }
  const admin = {
    tenantId,
    objectId: partner.admin.objectId ?? demoId(`user/${partner.key}`),
    kind: 'partner_global_admin' as const,
    name: partner.admin.name,
  };
  for (const application of applications) {
    const walked = walk({
      application,
      partner: row,
      admin,
      title: partner.admin.title,
      revenue: revenue as RevenueRecordEntity[],
      region: market.value.region,
      now,
    });
    added += await writeApplication(manager, walked);
  }
  return added;
}

/** USD per unit, roughly; made up for the demo (source `demo`), never to be taken as real rates. */
const demoBaseRates: Readonly<Record<string, number>> = {
  EUR: 1.08,
  GBP: 1.27,
  SEK: 0.095,
  NOK: 0.093,
  DKK: 0.145,
  CHF: 1.12,
  JPY: 0.0067,
  CAD: 0.73,
  AUD: 0.66,
  INR: 0.012,
};

/** 24 months of demo FX rates to USD up to last month, varying a little month to month. */
function demoRates(now: Date) {
  return Array.from({ length: 24 }, (_, index) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 24 + index, 1))
      .toISOString()
      .slice(0, 7),
  ).flatMap((month, index) =>
    Object.entries(demoBaseRates).map(([currency, base]) => ({
      month,
      currency,
      usdPerUnit: (base * (0.97 + ((index * 5) % 7) / 100)).toPrecision(4),
      source: DEMO_RATE_SOURCE,
      importId: null,
    })),
  );
}

/** 18 full months of USD cloud revenue up to last month, varying a little month to month. */
function revenueRows(partner: DemoPartner, partnerId: string, now: Date) {
  if (partner.monthlyRevenueUsd === undefined) {
    return [];
  }
  const base = partner.monthlyRevenueUsd;
  return Array.from({ length: 18 }, (_, index) => {
    const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 18 + index, 1))
      .toISOString()
      .slice(0, 7);
    const usd = Math.round((base * (0.9 + (0.2 * ((index * 7) % 11)) / 10)) / 100) * 100;
    return {
      id: demoId(`revenue/${partner.key}/${month}`),
      partnerId,
      month,
      amountMinor: String(usd * 100),
      currency: 'USD',
      channel: 'indirect_reseller' as const,
      productKind: 'cloud' as const,
    };
  });
}

type Audited = Omit<AuditEntry, 'enrollmentId'>;
type Walked = {
  readonly enrollment: EnrollmentEntity;
  readonly checks: EnrollmentCheckEntity[];
  readonly creditChecks: CreditCheckEntity[];
  readonly acceptances: AgreementAcceptanceEntity[];
  readonly trail: Audited[];
};

/** One step of a path: a domain command, a recorded check, or the e-mail link's confirmation. */
type Step =
  | {
      readonly kind: 'command';
      readonly type: EnrollmentCommandType;
      readonly by: 'admin' | 'reviewer' | 'program_admin' | 'system';
      readonly body?: Readonly<Record<string, unknown>>;
    }
  | {
      readonly kind: 'check';
      readonly check: VerificationCheck;
      readonly status: VerificationCheckStatus;
      readonly note?: string;
    }
  | { readonly kind: 'confirm_email' };

const command = (
  type: EnrollmentCommandType,
  by: 'admin' | 'reviewer' | 'program_admin' | 'system',
  body?: Record<string, unknown>,
): Step => ({ kind: 'command', type, by, ...(body ? { body } : {}) });
const check = (
  which: VerificationCheck,
  status: VerificationCheckStatus = 'passed',
  note?: string,
): Step => ({ kind: 'check', check: which, status, ...(note ? { note } : {}) });

/** The steps from submission to the application's state (a path through its table). */
function pathOf(application: DemoEnrollment): Step[] {
  const { program, state, via } = application;
  const isDirect = program === 'direct_bill';
  const steps: Step[] = [command('submit', 'admin')];
  if (state === 'withdrawn') {
    return [
      ...steps,
      { kind: 'confirm_email' },
      command('start_review', 'reviewer'),
      command('withdraw', 'admin', {
        reason: isDirect
          ? 'We will keep buying through our indirect provider for another year.'
          : 'We chose to resell through our existing distributor agreement instead.',
      }),
    ];
  }
  if (state === 'submitted' && via === undefined) {
    return application.age > 2 ? [...steps, { kind: 'confirm_email' }] : steps;
  }
  steps.push({ kind: 'confirm_email' }, command('start_review', 'reviewer'));
  const question = isDirect
    ? 'Please confirm that the revenue figures for the last 12 months include only cloud products, and upload your latest audited accounts.'
    : 'Your legal name differs from the name in the business registry. Please send an extract of the registration.';
  const reasonCode = isDirect ? 'revenue_evidence' : 'business_documents';
  if (state === 'submitted') {
    return [
      ...steps,
      check('employment'),
      command('request_information', 'reviewer', { reasonCode, message: question }),
      command('answer_information', 'admin', {
        message:
          'Confirmed: cloud only. The audited accounts for the last financial year are attached.',
      }),
    ];
  }
  if (state === 'in_review') {
    return [...steps, check('employment')];
  }
  if (state === 'info_requested') {
    return [
      ...steps,
      check('employment'),
      check('business', 'pending', 'Waiting for the registry extract.'),
      command('request_information', 'reviewer', { reasonCode, message: question }),
    ];
  }
  if (state === 'rejected' && via === undefined) {
    return [
      ...steps,
      check('employment'),
      check('business', 'failed', 'No company of this name at the address in the registry.'),
      command('reject', 'reviewer', {
        reasonCode: 'business_unverifiable',
        reason: 'The business could not be verified at the address given.',
      }),
    ];
  }
  for (const which of requiredVerificationChecks(program)) {
    if (which !== 'email_ownership') {
      steps.push(check(which));
    }
  }
  steps.push(command('verify', 'reviewer'));
  if (state === 'verified') {
    return steps;
  }
  if (isDirect) {
    steps.push(command('request_credit_check', 'reviewer'));
    if (state === 'credit_check_pending') {
      return steps;
    }
    if (via === 'credit_check_failed') {
      return [
        ...steps,
        command('fail_credit_check', 'reviewer', {
          reference: `DNB-${application.key.length}0417`,
          scoreBand: 'very_high',
          reason: 'The credit limit needed for the expected customer volume was declined.',
        }),
      ];
    }
    steps.push(
      command('pass_credit_check', 'program_admin', {
        reference: `DNB-${application.key.length}2291`,
        scoreBand: 'low',
        note: 'Credit line approved.',
      }),
    );
    if (state === 'credit_check_passed') {
      return steps;
    }
    steps.push(
      command('record_support_plan', 'admin', { plan: application.supportPlan ?? 'asfp' }),
    );
    if (state === 'support_plan_recorded') {
      return steps;
    }
  }
  steps.push(command('accept_agreement', 'admin'));
  if (state === 'agreement_accepted') {
    return steps;
  }
  steps.push(command('activate', 'system'));
  if (state === 'active') {
    return steps;
  }
  // The request keeps the direct bill enrollment active; the hub completes the transition once
  // the indirect reseller enrollment it opened is active (the demo does not write that one).
  return [
    ...steps,
    command('transition_to_indirect', 'admin', { providerId: DEMO_PROVIDER_ID }),
    command('complete_transition', 'system'),
  ];
}

/**
 * Walks an application along its path, each command decided by the domain with the facts of
 * that moment (the checks recorded so far, the revenue, the acceptances): the rows to write.
 */
function walk(input: {
  application: DemoEnrollment;
  partner: PartnerEntity;
  admin: AuditEntry['actor'];
  title: string;
  revenue: RevenueRecordEntity[];
  region: RegionName;
  now: Date;
}): Walked {
  const { application, partner, admin, region, now } = input;
  const { program } = application;
  const reviewer = staff('reviewer');
  const programAdmin = staff('program-admin');
  const actors: Record<'admin' | 'reviewer' | 'program_admin' | 'system', AuditEntry['actor']> = {
    admin,
    reviewer: {
      tenantId: reviewer.tenantId,
      objectId: reviewer.objectId,
      kind: 'reviewer',
      name: reviewer.name,
    },
    program_admin: {
      tenantId: programAdmin.tenantId,
      objectId: programAdmin.objectId,
      kind: 'program_admin',
      name: programAdmin.name,
    },
    system: {
      tenantId: partner.tenantId,
      objectId: SYSTEM_OBJECT_ID,
      kind: 'system',
      name: SYSTEM_NAME,
    },
  };
  const createdAt = startOf(application, now);
  const enrollment = {
    id: demoId(`enrollment/${application.key}`),
    partnerId: partner.id,
    tenantId: partner.tenantId,
    program,
    state: 'draft',
    version: 1,
    country: partner.country,
    eligibilityAnswers: {},
    policyId: null,
    supportPlan: null,
    informationRequest: null,
    emailTokenHash: null,
    submittedAt: null,
    decidedAt: null,
    assigneeUserId: null,
    assigneeName: null,
    assignedAt: null,
    slaTargetBusinessDays: null,
    slaOverdueFrom: null,
    slaPausedSince: null,
    slaPausedBusinessDays: 0,
    createdAt,
    updatedAt: createdAt,
  } as EnrollmentEntity;
  const checks: EnrollmentCheckEntity[] = [];
  const creditChecks: CreditCheckEntity[] = [];
  const acceptances: AgreementAcceptanceEntity[] = [];
  const trail: Audited[] = [
    {
      actor: admin,
      command: 'create',
      stateBefore: null,
      stateAfter: 'draft',
      changes: { program, country: partner.country },
      requestId: null,
      at: createdAt,
    },
  ];
  const record = (): EnrollmentRecord => ({
    enrollment,
    partner,
    checks,
    revenue: input.revenue,
    acceptances,
    region,
    catalog: agreementVersions,
    transition: null,
    tenantIndirectStates: [],
    rates: [],
  });
  const audit = (entry: Omit<Audited, 'stateBefore' | 'stateAfter' | 'requestId'>) => {
    trail.push({
      ...entry,
      stateBefore: enrollment.state,
      stateAfter: enrollment.state,
      requestId: null,
    });
    enrollment.version += 1;
    enrollment.updatedAt = entry.at;
  };
  const saveCheck = (
    which: VerificationCheck,
    status: VerificationCheckStatus,
    note: string | null,
    recordedBy: string,
    at: Date,
  ) => {
    const found = checks.findIndex((c) => c.check === which);
    const row = {
      enrollmentId: enrollment.id,
      check: which,
      status,
      note,
      recordedBy,
      recordedAt: at,
    } as EnrollmentCheckEntity;
    if (found >= 0) {
      checks[found] = row;
    } else {
      checks.push(row);
    }
  };

  if (program === 'direct_bill') {
    // The partner answered the direct bill requirements in the wizard, a little after opening.
    const at = new Date(createdAt.getTime() + 20 * MINUTE);
    enrollment.eligibilityAnswers = { ...eligibleAnswers };
    audit({ actor: admin, command: 'update_draft', changes: { eligibility: eligibleAnswers }, at });
  }
  if (application.state === 'draft') {
    return { enrollment, checks, creditChecks, acceptances, trail };
  }

  const steps = pathOf(application);
  const times = stepTimes(application, steps, now);
  steps.forEach((step, index) => {
    // Activation is the hub's, in the same request as the acceptance (run-enrollment-command.ts).
    const at =
      step.kind === 'command' && step.type === 'activate' ? times[index - 1]! : times[index]!;
    if (step.kind === 'confirm_email') {
      saveCheck(
        'email_ownership',
        'passed',
        'Confirmed through the link in the submission e-mail.',
        partner.adminEmail,
        at,
      );
      audit({
        actor: { ...actors.system, name: partner.adminEmail },
        command: 'confirm_email',
        changes: { check: 'email_ownership', status: 'passed' },
        at,
      });
      return;
    }
    if (step.kind === 'check') {
      saveCheck(step.check, step.status, step.note ?? null, actors.reviewer.name, at);
      audit({
        actor: actors.reviewer,
        command: 'record_check',
        changes: {
          check: step.check,
          status: step.status,
          ...(step.note ? { note: step.note } : {}),
        },
        at,
      });
      return;
    }
    const actor = actors[step.by];
    const parsed = parseEnrollmentCommand({ ...step.body, type: step.type });
    if (!parsed.ok) {
      throw new Error(`Demo ${application.key}: ${step.type} is malformed (${parsed.error.code})`);
    }
    let acceptance: ReturnType<typeof decideAgreementAcceptance> | undefined;
    if (step.type === 'accept_agreement') {
      acceptance = decideAgreementAcceptance({
        program,
        state: enrollment.state,
        kind: programAgreementKind[program],
        version: AGREEMENT_VERSION,
        region,
        actor: {
          kind: 'partner_global_admin',
          tenantId: admin.tenantId,
          userId: admin.objectId,
          roles: [],
        } as unknown as Actor,
        tenantId: enrollment.tenantId,
        signatory: { name: admin.name, title: input.title, email: partner.adminEmail },
        now: at,
      });
      if (!acceptance.ok) {
        throw new Error(
          `Demo ${application.key}: the acceptance is refused (${acceptance.error.code})`,
        );
      }
    }
    const facts: EnrollmentFacts = {
      ...enrollmentFacts(record(), at, acceptance?.ok ? [acceptance.value] : []),
      // No provider directory yet: the demo's provider is Northwind Distribution, in every region.
      ...(step.type === 'transition_to_indirect'
        ? {
            providerInPartnerRegion: true,
            indirectResellerOpen: false,
            indirectResellerActive: false,
          }
        : {}),
      ...(step.type === 'complete_transition' ? { transitionEnrollmentActive: true } : {}),
    };
    const decision = decideEnrollment({
      program,
      state: enrollment.state,
      command: parsed.value,
      actor: { kind: actor.kind as ActorKind },
      facts,
      now: at,
    });
    if (!decision.ok) {
      throw new Error(
        `Demo ${application.key}: ${step.type} in ${enrollment.state} is refused (${decision.error.code})`,
      );
    }
    const happened = (type: string) => decision.value.events.some((e) => e.type === type);
    const changes: Record<string, unknown> = { ...decision.value.events[0]?.details };
    if (typeof step.body?.['note'] === 'string') {
      changes['note'] = step.body['note'];
    }
    if (step.type === 'activate') {
      changes['agreement'] = `${programAgreementKind[program]} ${AGREEMENT_VERSION}`;
    }
    if (happened('submitted')) {
      const report = eligibilityReport(record(), at);
      if (report?.verdict === 'not_eligible') {
        throw new Error(`Demo ${application.key}: not eligible for direct bill at submission`);
      }
      enrollment.submittedAt = at;
      enrollment.decidedAt = null;
      enrollment.informationRequest = null;
      enrollment.policyId = report?.policyId ?? null;
      changes['policyId'] = enrollment.policyId;
    }
    if (happened('information_requested') || happened('information_provided')) {
      enrollment.informationRequest =
        parsed.value.type === 'request_information' ? parsed.value.message : null;
    }
    if (happened('verified') || happened('rejected') || happened('withdrawn')) {
      enrollment.decidedAt = at;
    }
    if (parsed.value.type === 'record_support_plan') {
      enrollment.supportPlan = parsed.value.plan;
    }
    if (acceptance?.ok) {
      const accepted = acceptance.value;
      acceptances.push({
        id: demoId(`acceptance/${application.key}`),
        tenantId: accepted.tenantId,
        partnerId: partner.id,
        enrollmentId: enrollment.id,
        kind: accepted.kind,
        version: accepted.version,
        region: accepted.region,
        acceptedByUserId: accepted.acceptedByUserId,
        signatoryName: accepted.signatory.name,
        signatoryTitle: accepted.signatory.title,
        signatoryEmail: accepted.signatory.email,
        acceptedAt: new Date(accepted.acceptedAt),
      });
    }
    if (step.type === 'start_review' && enrollment.assigneeUserId === null) {
      // The reviewer takes the case from the queue first (run-assignment-command.ts).
      enrollment.assigneeUserId = actor.objectId;
      enrollment.assigneeName = actor.name;
      enrollment.assignedAt = new Date(at.getTime() - MINUTE);
      audit({
        actor,
        command: 'claim',
        changes: { assignee: actor.name },
        at: enrollment.assignedAt,
      });
    }
    if (happened('submitted')) {
      enrollment.slaTargetBusinessDays = DEFAULT_REVIEW_TARGET_BUSINESS_DAYS;
    }
    const serviceLevel = moveServiceLevel({
      times: {
        overdueFrom: enrollment.slaOverdueFrom,
        pausedSince: enrollment.slaPausedSince,
        pausedBusinessDays: enrollment.slaPausedBusinessDays,
      },
      from: enrollment.state,
      to: decision.value.state,
      now: at,
      targetBusinessDays: enrollment.slaTargetBusinessDays ?? DEFAULT_REVIEW_TARGET_BUSINESS_DAYS,
    });
    enrollment.slaOverdueFrom = serviceLevel.overdueFrom;
    enrollment.slaPausedSince = serviceLevel.pausedSince;
    enrollment.slaPausedBusinessDays = serviceLevel.pausedBusinessDays;
    // The manual bureau's rows, as the command runner writes them (run-enrollment-command.ts).
    const given = parsed.value;
    if (given.type === 'request_credit_check') {
      const id = demoId(`credit-check/${application.key}`);
      creditChecks.push({
        id,
        enrollmentId: enrollment.id,
        bureau: 'manual',
        status: 'pending',
        requestedBy: actor.name,
        requestedAt: at,
        reference: null,
        scoreBand: null,
        note: null,
        recordedBy: null,
        recordedByKind: null,
        recordedAt: null,
      });
      Object.assign(changes, { creditCheckId: id, bureau: 'manual' });
    }
    const pending = creditChecks.at(-1);
    if (
      pending !== undefined &&
      (given.type === 'pass_credit_check' || given.type === 'fail_credit_check')
    ) {
      Object.assign(pending, {
        status: given.type === 'pass_credit_check' ? 'passed' : 'failed',
        reference: given.reference ?? null,
        scoreBand: given.scoreBand ?? null,
        note: (given.type === 'fail_credit_check' ? given.reason : given.note) ?? null,
        recordedBy: actor.name,
        recordedByKind: actor.kind,
        recordedAt: at,
      });
    }
    const stateBefore = enrollment.state;
    enrollment.state = decision.value.state;
    audit({ actor, command: step.type, changes, at });
    trail[trail.length - 1] = { ...trail[trail.length - 1]!, stateBefore };
  });
  if (enrollment.state !== application.state) {
    throw new Error(
      `Demo ${application.key} ended in ${enrollment.state}, not ${application.state}`,
    );
  }
  return { enrollment, checks, creditChecks, acceptances, trail };
}

/** Writes one walked application; nothing when it is already there. */
async function writeApplication(manager: EntityManager, walked: Walked): Promise<number> {
  const inserted = await insertIgnoring(manager, EnrollmentEntity, [walked.enrollment]);
  if (inserted === 0) {
    return 0;
  }
  let added = inserted;
  if (walked.checks.length > 0) {
    added += await insertIgnoring(manager, EnrollmentCheckEntity, walked.checks);
  }
  if (walked.creditChecks.length > 0) {
    added += await insertIgnoring(manager, CreditCheckEntity, walked.creditChecks);
  }
  if (walked.acceptances.length > 0) {
    added += await insertIgnoring(manager, AgreementAcceptanceEntity, walked.acceptances);
  }
  // The AuditService's own append: sequence numbers and the hash chain exactly as the API makes them.
  const audit = new AuditService();
  for (const entry of walked.trail) {
    await audit.append(manager, { ...entry, enrollmentId: walked.enrollment.id });
  }
  return added + walked.trail.length;
}

/**
 * The directory's providers, each with its published listing and the audit row of its approval;
 * two have a newer version waiting for moderation. The API's start-up brings Meilisearch in line
 * (ProviderSearchSync), so they are searchable once it runs.
 */
async function addProviders(manager: EntityManager, now: Date): Promise<number> {
  const audit = new AuditService();
  const rita = staff('reviewer');
  let added = 0;
  for (const [index, demo] of demoProviders.entries()) {
    const id = demoId(`provider:${demo.key}`);
    const confirmed = new Date(now.getTime() - demo.confirmedDaysAgo * 86_400_000);
    const published = new Date(confirmed.getTime() - 3 * 86_400_000);
    const inserted = await insertIgnoring(manager, ProviderEntity, [
      {
        id,
        tenantId:
          demo.tenantKey === 'northwind'
            ? tenants.northwind.id
            : demoId(`provider-tenant:${demo.tenantKey}`),
        authorized: demo.authorized,
        lastConfirmedAt: confirmed,
        createdAt: published,
        updatedAt: confirmed,
      },
    ]);
    if (inserted === 0) {
      continue;
    }
    const versions = [
      {
        id: demoId(`provider-listing:${demo.key}`),
        providerId: id,
        state: 'published',
        slot: 'live',
        fields: demo.listing,
        submittedAt: published,
        publishedAt: published,
        createdAt: published,
        updatedAt: confirmed,
      },
    ];
    // A few newer versions waiting in the moderation queue.
    if (index === 1 || index === 2) {
      versions.push({
        id: demoId(`provider-listing:${demo.key}:next`),
        providerId: id,
        state: 'submitted',
        slot: 'working',
        fields: { ...demo.listing, name: `${demo.listing.name} Group` },
        submittedAt: new Date(now.getTime() - 2 * HOUR),
        publishedAt: null as unknown as Date,
        createdAt: new Date(now.getTime() - 3 * HOUR),
        updatedAt: new Date(now.getTime() - 2 * HOUR),
      });
    }
    added += inserted + (await insertIgnoring(manager, ProviderListingEntity, versions));
    await audit.append(manager, {
      providerId: id,
      actor: {
        tenantId: rita.tenantId,
        objectId: rita.objectId,
        kind: 'reviewer',
        name: rita.name,
      },
      command: 'approve',
      stateBefore: 'submitted',
      stateAfter: 'published',
      changes: { version: versions[0]!.id },
      requestId: null,
      at: published,
    });
    added += 1;
  }
  return added;
}

async function insertIgnoring<T extends object>(
  manager: EntityManager,
  entity: new () => T,
  rows: readonly object[],
): Promise<number> {
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(entity)
    .values(rows as never)
    .orIgnore()
    .returning('1 AS inserted')
    .updateEntity(false)
    .execute();
  return (result.raw as unknown[]).length;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const isWeekend = (date: Date): boolean => date.getUTCDay() === 0 || date.getUTCDay() === 6;

/** 00:00 UTC of the day `count` business days before `date`'s day (Saturdays and Sundays skipped). */
function businessDaysBefore(date: Date, count: number): Date {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  for (let left = count; left > 0;) {
    day.setUTCDate(day.getUTCDate() - 1);
    if (!isWeekend(day)) {
      left -= 1;
    }
  }
  return day;
}

function addBusinessDays(day: Date, count: number): Date {
  const result = new Date(day);
  for (let left = count; left > 0;) {
    result.setUTCDate(result.getUTCDate() + 1);
    if (!isWeekend(result)) {
      left -= 1;
    }
  }
  return result;
}

/** A few minutes of the key, so that applications of one day are not all at the same time. */
const minutesOf = (key: string, range: number): number =>
  createHash('sha1').update(key).digest().readUInt16BE(0) % range;

/** Submission, at 08:00–08:30 UTC `age` business days ago; a draft's creation then. */
function submittedAt(application: DemoEnrollment, now: Date): Date {
  const day = businessDaysBefore(now, application.age);
  return new Date(day.getTime() + 8 * HOUR + minutesOf(application.key, 30) * MINUTE);
}

/** When the application was opened: its draft, two business days before it was submitted. */
function startOf(application: DemoEnrollment, now: Date): Date {
  const submitted = submittedAt(application, now);
  if (application.state === 'draft') {
    return submitted;
  }
  const day = businessDaysBefore(submitted, 2);
  return new Date(day.getTime() + 14 * HOUR + minutesOf(`${application.key}/open`, 60) * MINUTE);
}

/**
 * The time of each step: the submission first, the others spread over the business days from
 * then until yesterday, within working hours (09:00–17:00 UTC), in order.
 */
function stepTimes(application: DemoEnrollment, steps: readonly Step[], now: Date): Date[] {
  const submitted = submittedAt(application, now);
  const firstDay = businessDaysBefore(now, application.age);
  const span = application.age;
  return steps.map((_, index) => {
    if (index === 0) {
      return submitted;
    }
    const position = (index / steps.length) * span;
    const day = addBusinessDays(firstDay, Math.floor(position));
    const within = position - Math.floor(position);
    return new Date(day.getTime() + 9 * HOUR + Math.round(within * 8 * HOUR));
  });
}

const earliest = (dates: readonly Date[]): Date =>
  new Date(Math.min(...dates.map((date) => date.getTime())));

runAsCommand(import.meta.url, 'loading demo data', async (url) => {
  const encryptionKey = process.env['DATA_ENCRYPTION_KEY'];
  if (!encryptionKey) {
    throw new Error(
      'DATA_ENCRYPTION_KEY is missing: the demo partners’ bank details are encrypted with it.',
    );
  }
  const count = await seedDemo(url, { encryptionKey });
  return count > 0 ? `Demo data: added ${count} row(s).` : 'Demo data: already loaded.';
});
