// The agreements a CSP partner accepts (DOMAIN.md §4): kinds, versions, who may accept, what an
// acceptance records, and whether a partner's acceptances are in force for a program and region.
import {
  enrollmentTables,
  type EnrollmentProgram,
  type EnrollmentState,
} from '../enrollment/enrollment-table.js';
import type { Actor } from '../identity/index.js';
import type { RegionName } from '../markets/index.js';
import { describeInput } from '../money/describe-input.js';
import { parseWorkEmail, type WorkEmail } from '../partner/index.js';
import { refuse, type Refusal } from '../refusal.js';
import { err, ok, type Result } from '../result.js';
import { formatDay, utcDay } from '../revenue/calendar.js';

/**
 * - `microsoft_partner_agreement`: the MPA, the direct bill partner's agreement (and, since
 *   1 Sept 2019, every CSP partner's core terms);
 * - `indirect_reseller_terms`: what the seed asks an indirect reseller to accept once verified
 *   ("accept the Microsoft indirect reseller terms agreement"; the transition page's "indirect
 *   reseller agreement").
 */
export type AgreementKind = 'microsoft_partner_agreement' | 'indirect_reseller_terms';
export const agreementKinds: readonly AgreementKind[] = [
  'microsoft_partner_agreement',
  'indirect_reseller_terms',
];

export type AgreementVersion = {
  readonly kind: AgreementKind;
  /** The version's name, unique within its kind, e.g. `2019-09`. */
  readonly version: string;
  /** Order within the kind, higher is newer (Partner Center's `versionRank`). */
  readonly rank: number;
  /** `YYYY-MM-DD`, UTC. From this day it can be accepted, and it supersedes every lower rank. */
  readonly publishedOn: string;
  /** The CSP regions it is offered in. */
  readonly regions: 'all' | readonly RegionName[];
  /**
   * `YYYY-MM-DD`, UTC, when set: this version requires re-acceptance, and from this day every
   * acceptance of a lower rank is stale. When absent, older acceptances stay in force (DOMAIN.md
   * §4: no annual re-acceptance; none when the signer leaves or the company is renamed).
   */
  readonly reacceptBy?: string;
};

/**
 * The versions known. The MPA became available on 1 Sept 2019 (DOMAIN.md §4); the indirect
 * reseller terms' version is not documented, and is taken to start with the MPA (inference).
 * New versions are data: the API passes its own catalog where it keeps one.
 */
export const agreementVersions: readonly AgreementVersion[] = [
  {
    kind: 'microsoft_partner_agreement',
    version: '2019-09',
    rank: 1,
    publishedOn: '2019-09-01',
    regions: 'all',
  },
  {
    kind: 'indirect_reseller_terms',
    version: '2019-09',
    rank: 1,
    publishedOn: '2019-09-01',
    regions: 'all',
  },
];

/**
 * Which agreement a program needs, per CSP region: an acceptance of the current version of any
 * of these kinds, in that region. A direct bill partner needs the MPA. An indirect reseller needs
 * the indirect reseller terms, or an MPA it already holds in the region (DOMAIN.md §4: "A partner
 * already holding the direct-bill MPA in a region does not need the indirect-reseller MPA there").
 */
export const agreementRequirements: Readonly<Record<EnrollmentProgram, readonly AgreementKind[]>> =
  {
    direct_bill: ['microsoft_partner_agreement'],
    indirect_reseller: ['indirect_reseller_terms', 'microsoft_partner_agreement'],
  };

/**
 * The agreement an enrollment in a program accepts: the seed's "Microsoft indirect reseller terms
 * agreement" for an indirect reseller, the MPA for a direct bill partner (DOMAIN.md §4, §6.3
 * step 8). Unlike agreementRequirements (what keeps a partner in force), an enrollment accepts
 * only its own program's agreement.
 */
export const programAgreementKind: Readonly<Record<EnrollmentProgram, AgreementKind>> = {
  indirect_reseller: 'indirect_reseller_terms',
  direct_bill: 'microsoft_partner_agreement',
};

/** The states in which the program's enrollment table allows `accept_agreement`. */
const acceptingStates = (program: EnrollmentProgram): readonly EnrollmentState[] =>
  enrollmentTables[program].transitions
    .filter((transition) => transition.command === 'accept_agreement')
    .map((transition) => transition.from);

/** Who signed, as the partner's global admin enters it. */
export type Signatory = {
  readonly name: string;
  readonly email: WorkEmail;
  readonly title: string;
};

/** One acceptance, as stored: unique per (tenant, region, kind, version). */
export type AgreementAcceptance = {
  readonly kind: AgreementKind;
  readonly version: string;
  readonly region: RegionName;
  readonly tenantId: string;
  readonly acceptedByUserId: string;
  readonly signatory: Signatory;
  /** ISO 8601, UTC. */
  readonly acceptedAt: string;
};

export type AgreementRefusal = Refusal<
  | 'agreements.invalid_date'
  | 'agreements.global_admin_required'
  | 'agreements.wrong_program'
  | 'agreements.not_acceptable_in_state'
  | 'agreements.other_tenant'
  | 'agreements.unknown_version'
  | 'agreements.not_for_region'
  | 'agreements.not_yet_published'
  | 'agreements.version_superseded'
  | 'agreements.no_version_in_force'
  | 'agreements.invalid_signatory'
  | 'agreements.already_accepted'
>;

/** Whether a version is offered in a CSP region. */
export const appliesTo = (version: AgreementVersion, region: RegionName): boolean =>
  version.regions === 'all' || version.regions.includes(region);

const newest = <T extends { readonly rank: number }>(versions: readonly T[]): T | undefined =>
  versions.reduce<T | undefined>(
    (best, v) => (best === undefined || v.rank > best.rank ? v : best),
    undefined,
  );

/** The newest version of a kind published in a region by a date: the one to accept. */
function current(
  kind: AgreementKind,
  region: RegionName,
  day: string,
  catalog: readonly AgreementVersion[],
): AgreementVersion | undefined {
  return newest(
    catalog.filter((v) => v.kind === kind && appliesTo(v, region) && v.publishedOn <= day),
  );
}

export type CurrentAgreementInput = {
  readonly program: EnrollmentProgram;
  readonly region: RegionName;
  readonly on: Date;
  readonly catalog?: readonly AgreementVersion[];
};

/**
 * The current version of each kind that satisfies the program in the region on a date, first
 * the program's own kind: what a partner must have accepted to be active. Refused when none is
 * in force.
 */
export function requiredAgreementVersions(
  input: CurrentAgreementInput,
): Result<readonly AgreementVersion[], AgreementRefusal> {
  const { program, region, on, catalog = agreementVersions } = input;
  const day = utcDay(on);
  if (day === undefined) {
    return err(refuse('agreements.invalid_date'));
  }
  const versions = agreementRequirements[program]
    .map((kind) => current(kind, region, formatDay(day), catalog))
    .filter((v): v is AgreementVersion => v !== undefined);
  return versions.length === 0
    ? err(refuse('agreements.no_version_in_force', { program, region }))
    : ok(versions);
}

const MAX_TEXT = 200;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

function signatoryText(input: unknown, field: 'name' | 'title'): Result<string, AgreementRefusal> {
  const value = typeof input === 'string' ? input.trim() : '';
  return value === '' || value.length > MAX_TEXT || CONTROL.test(value)
    ? err(refuse('agreements.invalid_signatory', { field, value: describeInput(input) }))
    : ok(value);
}

const own = (input: unknown, name: string): unknown =>
  typeof input === 'object' && input !== null && Object.hasOwn(input, name)
    ? (input as Record<string, unknown>)[name]
    : undefined;

/** Reads `{ name, email, title }`; the e-mail must be a work address (partner.email_* codes). Never throws. */
export function parseSignatory(input: unknown): Result<Signatory, AgreementRefusal | Refusal> {
  const name = signatoryText(own(input, 'name'), 'name');
  if (!name.ok) {
    return name;
  }
  const title = signatoryText(own(input, 'title'), 'title');
  if (!title.ok) {
    return title;
  }
  const email = parseWorkEmail(own(input, 'email'), 'admin');
  return email.ok ? ok({ name: name.value, email: email.value, title: title.value }) : email;
}

export type CheckVersionInput = {
  readonly kind: AgreementKind;
  readonly version: string;
  readonly region: RegionName;
  readonly now: Date;
  readonly catalog: readonly AgreementVersion[];
};

/**
 * The version a partner may sign on a date: it exists, is offered in the region, is published,
 * and no newer version of its kind has superseded it there.
 */
export function checkAgreementVersion(
  input: CheckVersionInput,
): Result<AgreementVersion, AgreementRefusal> {
  const { kind, version, region, now, catalog } = input;
  const day = utcDay(now);
  if (day === undefined) {
    return err(refuse('agreements.invalid_date'));
  }
  const today = formatDay(day);
  const chosen = catalog.find((v) => v.kind === kind && v.version === version);
  if (chosen === undefined) {
    return err(refuse('agreements.unknown_version', { kind, version }));
  }
  if (!appliesTo(chosen, region)) {
    return err(refuse('agreements.not_for_region', { kind, version, region }));
  }
  if (chosen.publishedOn > today) {
    return err(
      refuse('agreements.not_yet_published', { kind, version, publishedOn: chosen.publishedOn }),
    );
  }
  const newer = current(kind, region, today, catalog);
  if (newer !== undefined && newer.rank > chosen.rank) {
    return err(refuse('agreements.version_superseded', { kind, version, current: newer.version }));
  }
  return ok(chosen);
}

export type SignerInput = {
  readonly actor: Actor;
  readonly tenantId: string;
  readonly program: EnrollmentProgram;
  readonly kind: AgreementKind;
};

/**
 * Who may sign which agreement, for a first acceptance and a new version alike: a global admin
 * of the partner's own tenant (DOMAIN.md §4), and only its own program's agreement.
 */
export function checkSigner(input: SignerInput): Result<true, AgreementRefusal> {
  const { actor, tenantId, program, kind } = input;
  if (actor.kind !== 'partner_global_admin') {
    return err(refuse('agreements.global_admin_required', { actorKind: actor.kind }));
  }
  if (actor.tenantId !== tenantId) {
    return err(refuse('agreements.other_tenant'));
  }
  const expected = programAgreementKind[program];
  if (kind !== expected) {
    return err(refuse('agreements.wrong_program', { program, kind, expected }));
  }
  return ok(true);
}

export type DecideAcceptanceInput = {
  /** The program of the enrollment that accepts: only its own agreement kind is accepted. */
  readonly program: EnrollmentProgram;
  /** The enrollment's current state: it must be one where its table allows accept_agreement. */
  readonly state: EnrollmentState;
  readonly kind: AgreementKind;
  readonly version: string;
  /** The CSP region of the partner's tenant. */
  readonly region: RegionName;
  readonly actor: Actor;
  /** The tenant whose agreement this is. */
  readonly tenantId: string;
  /** As entered; read with parseSignatory. */
  readonly signatory: unknown;
  readonly now: Date;
  readonly catalog?: readonly AgreementVersion[];
};

/**
 * An acceptance to store, or why not. Only a global admin of the partner's own tenant may accept
 * (DOMAIN.md §4: "Only a Global admin of the CSP tenant can view and sign it"); the kind must be
 * the enrollment program's own (programAgreementKind) and the enrollment in a state where its
 * table allows `accept_agreement` (after verification; for direct bill, after the support plan);
 * the version must exist, be offered in the region, be published, and not be superseded by a
 * newer one.
 */
export function decideAgreementAcceptance(
  input: DecideAcceptanceInput,
): Result<AgreementAcceptance, AgreementRefusal | Refusal> {
  const { program, state, kind, version, region, actor, tenantId, now } = input;
  const { catalog = agreementVersions } = input;
  const signer = checkSigner({ actor, tenantId, program, kind });
  if (!signer.ok) {
    return signer;
  }
  if (!acceptingStates(program).includes(state)) {
    return err(refuse('agreements.not_acceptable_in_state', { program, state }));
  }
  const checked = checkAgreementVersion({ kind, version, region, now, catalog });
  if (!checked.ok) {
    return checked;
  }
  const signatory = parseSignatory(input.signatory);
  if (!signatory.ok) {
    return signatory;
  }
  return ok({
    kind,
    version,
    region,
    tenantId,
    acceptedByUserId: actor.userId,
    signatory: signatory.value,
    acceptedAt: now.toISOString(),
  });
}

/**
 * The version that made an acceptance stale by a date (UTC), if any: a newer version of the same
 * kind, offered in the acceptance's region, that requires re-acceptance by a deadline on or
 * before that date. An acceptance of a version no longer in the catalog counts as stale too.
 */
function staleBecause(
  acceptance: AgreementAcceptance,
  day: string,
  catalog: readonly AgreementVersion[],
): { readonly stale: false } | { readonly stale: true; readonly details: Record<string, string> } {
  const accepted = catalog.find(
    (v) => v.kind === acceptance.kind && v.version === acceptance.version,
  );
  if (accepted === undefined) {
    return {
      stale: true,
      details: { kind: acceptance.kind, version: acceptance.version, current: '?', deadline: '?' },
    };
  }
  // The newest version whose re-acceptance deadline has come, among those that cover this one.
  const superseding = newest(
    catalog
      .filter(
        (v) =>
          v.kind === acceptance.kind && v.rank > accepted.rank && appliesTo(v, acceptance.region),
      )
      .flatMap((v) =>
        v.reacceptBy !== undefined && v.reacceptBy <= day
          ? [{ rank: v.rank, version: v.version, deadline: v.reacceptBy }]
          : [],
      ),
  );
  return superseding === undefined
    ? { stale: false }
    : {
        stale: true,
        details: {
          kind: acceptance.kind,
          version: acceptance.version,
          current: superseding.version,
          deadline: superseding.deadline,
        },
      };
}

export type AgreementsInForce = {
  readonly inForce: boolean;
  /** The acceptance that satisfies the requirement, when one does. */
  readonly acceptance?: AgreementAcceptance;
  /** Why: `agreements.in_force`, `agreements.acceptance_stale` or `agreements.not_accepted`. */
  readonly reason: Refusal<
    'agreements.in_force' | 'agreements.acceptance_stale' | 'agreements.not_accepted'
  >;
};

export type CheckAgreementsInput = {
  readonly program: EnrollmentProgram;
  readonly region: RegionName;
  /** The partner tenant's acceptances (any kind, region, version). */
  readonly acceptances: readonly AgreementAcceptance[];
  readonly on: Date;
  readonly catalog?: readonly AgreementVersion[];
};

/**
 * Whether the partner holds an agreement in force for the program in the region on a date: an
 * acceptance, in that region, of a kind the program accepts, not made stale by a newer version's
 * re-acceptance deadline. Acceptances in other regions never count (one per CSP region).
 */
export function checkAgreementsInForce(
  input: CheckAgreementsInput,
): Result<AgreementsInForce, AgreementRefusal> {
  const { program, region, acceptances, on, catalog = agreementVersions } = input;
  const day = utcDay(on);
  if (day === undefined) {
    return err(refuse('agreements.invalid_date'));
  }
  const today = formatDay(day);
  const kinds = agreementRequirements[program];
  const relevant = acceptances.filter((a) => a.region === region && kinds.includes(a.kind));
  let staleDetails: Record<string, string> | undefined;
  for (const acceptance of relevant) {
    const check = staleBecause(acceptance, today, catalog);
    if (!check.stale) {
      return ok({
        inForce: true,
        acceptance,
        reason: refuse('agreements.in_force', {
          kind: acceptance.kind,
          version: acceptance.version,
          region,
        }),
      });
    }
    staleDetails = check.details;
  }
  return ok(
    staleDetails === undefined
      ? { inForce: false, reason: refuse('agreements.not_accepted', { region, kinds }) }
      : {
          inForce: false,
          reason: refuse('agreements.acceptance_stale', { ...staleDetails, region }),
        },
  );
}
