// New versions of the program's agreements (issue 10 item 3): what a program admin publishes,
// when a partner that already signed an earlier version must sign again, and where a partner
// stands against the newest version of its own program's agreement. DOMAIN.md §4: no annual
// re-acceptance and none when the signer leaves, so an older acceptance stays in force unless a
// newer version asks for re-acceptance by a deadline; a partner past that deadline is flagged,
// never silently deactivated (the enrollment stays active; checkAgreementsInForce says stale).
import type { EnrollmentProgram, EnrollmentState } from '../enrollment/enrollment-table.js';
import type { Actor } from '../identity/index.js';
import { regionNames, type RegionName } from '../markets/index.js';
import { describeInput } from '../money/describe-input.js';
import { refuse, type Refusal } from '../refusal.js';
import { err, ok, type Result } from '../result.js';
import { formatDay, parseDay, utcDay } from '../revenue/calendar.js';
import {
  agreementKinds,
  appliesTo,
  checkAgreementVersion,
  checkSigner,
  parseSignatory,
  programAgreementKind,
  type AgreementAcceptance,
  type AgreementKind,
  type AgreementRefusal,
  type AgreementVersion,
} from './agreements.js';

/** The languages an agreement version is published in: the console's. */
export const agreementLocales = ['en', 'sv'] as const;
export type AgreementLocale = (typeof agreementLocales)[number];

export type AgreementText = { readonly title: string; readonly body: string };

export const AGREEMENT_TITLE_MAX = 200;
export const AGREEMENT_BODY_MAX = 100_000;

/** A version as published: its place in the catalog and its text in each language. */
export type PublishedAgreementVersion = {
  readonly version: AgreementVersion;
  readonly texts: Readonly<Record<AgreementLocale, AgreementText>>;
};

export type AgreementVersionRefusal = Refusal<
  | 'agreements.invalid_date'
  | 'agreements.unknown_kind'
  | 'agreements.invalid_version_name'
  | 'agreements.version_exists'
  | 'agreements.invalid_publication_date'
  | 'agreements.invalid_deadline'
  | 'agreements.invalid_regions'
  | 'agreements.invalid_text'
>;

/** `2027-01`, `v2.1`: a letter or digit first, then letters, digits, `.`, `_`, `-`; 32 at most. */
const VERSION_NAME = /^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$/;

const own = (input: unknown, name: string): unknown =>
  typeof input === 'object' && input !== null && Object.hasOwn(input, name)
    ? (input as Record<string, unknown>)[name]
    : undefined;

function parseRegions(
  input: unknown,
): Result<AgreementVersion['regions'], AgreementVersionRefusal> {
  if (input === undefined || input === 'all') {
    return ok('all');
  }
  const known: readonly unknown[] = regionNames;
  const valid =
    Array.isArray(input) &&
    input.length > 0 &&
    input.every((region) => known.includes(region)) &&
    new Set(input).size === input.length;
  return valid
    ? ok(input as RegionName[])
    : err(refuse('agreements.invalid_regions', { value: describeInput(input) }));
}

function parseText(
  input: unknown,
  locale: AgreementLocale,
): Result<AgreementText, AgreementVersionRefusal> {
  const text = own(input, locale);
  const title = own(text, 'title');
  const body = own(text, 'body');
  const trimmedTitle = typeof title === 'string' ? title.trim() : '';
  const trimmedBody = typeof body === 'string' ? body.trim() : '';
  if (trimmedTitle === '' || trimmedTitle.length > AGREEMENT_TITLE_MAX) {
    return err(
      refuse('agreements.invalid_text', { locale, field: 'title', max: AGREEMENT_TITLE_MAX }),
    );
  }
  if (trimmedBody === '' || trimmedBody.length > AGREEMENT_BODY_MAX) {
    return err(
      refuse('agreements.invalid_text', { locale, field: 'body', max: AGREEMENT_BODY_MAX }),
    );
  }
  return ok({ title: trimmedTitle, body: trimmedBody });
}

export type ParseAgreementVersionInput = {
  /** `{ kind, version, publishedOn, reacceptBy?, regions?, texts: { en, sv } }`, as sent. */
  readonly draft: unknown;
  /** The versions already published (every kind). */
  readonly catalog: readonly AgreementVersion[];
  readonly now: Date;
};

/**
 * A new version to publish, or why not: a known kind, a version name new within its kind, a
 * publication day from today on, a re-acceptance deadline (when it asks for one) after the
 * publication day, the regions it is offered in (all by default), and a title and text in English
 * and Swedish. It ranks above every version of its kind, so it supersedes them once published.
 */
export function parseAgreementVersion(
  input: ParseAgreementVersionInput,
): Result<PublishedAgreementVersion, AgreementVersionRefusal> {
  const { draft, catalog, now } = input;
  const today = utcDay(now);
  if (today === undefined) {
    return err(refuse('agreements.invalid_date'));
  }
  const kind = own(draft, 'kind');
  if (!agreementKinds.includes(kind as AgreementKind)) {
    return err(refuse('agreements.unknown_kind', { value: describeInput(kind) }));
  }
  const name = own(draft, 'version');
  if (typeof name !== 'string' || !VERSION_NAME.test(name)) {
    return err(refuse('agreements.invalid_version_name', { value: describeInput(name) }));
  }
  const sameKind = catalog.filter((v) => v.kind === kind);
  if (sameKind.some((v) => v.version === name)) {
    return err(refuse('agreements.version_exists', { kind: kind as string, version: name }));
  }
  const publishedOn = own(draft, 'publishedOn');
  const published = typeof publishedOn === 'string' ? parseDay(publishedOn) : undefined;
  const todayText = formatDay(today);
  if (published === undefined || formatDay(published) < todayText) {
    return err(
      refuse('agreements.invalid_publication_date', {
        value: describeInput(publishedOn),
        today: todayText,
      }),
    );
  }
  const publishedText = formatDay(published);
  const reacceptBy = own(draft, 'reacceptBy');
  let deadline: string | undefined;
  if (reacceptBy !== undefined && reacceptBy !== null) {
    const day = typeof reacceptBy === 'string' ? parseDay(reacceptBy) : undefined;
    if (day === undefined || formatDay(day) <= publishedText) {
      return err(
        refuse('agreements.invalid_deadline', {
          value: describeInput(reacceptBy),
          publishedOn: publishedText,
        }),
      );
    }
    deadline = formatDay(day);
  }
  const regions = parseRegions(own(draft, 'regions'));
  if (!regions.ok) {
    return regions;
  }
  const texts = own(draft, 'texts');
  const en = parseText(texts, 'en');
  if (!en.ok) {
    return en;
  }
  const sv = parseText(texts, 'sv');
  if (!sv.ok) {
    return sv;
  }
  const rank = sameKind.reduce((highest, v) => Math.max(highest, v.rank), 0) + 1;
  return ok({
    version: {
      kind: kind as AgreementKind,
      version: name,
      rank,
      publishedOn: publishedText,
      regions: regions.value,
      ...(deadline === undefined ? {} : { reacceptBy: deadline }),
    },
    texts: { en: en.value, sv: sv.value },
  });
}

/**
 * Where a partner stands against its own program's agreement in one region:
 * - `up_to_date`: it accepted the newest published version (or one no newer version asks to
 *   replace, when `newer` is absent);
 * - `newer_available`: a newer version is published but asks for no re-acceptance, so the
 *   acceptance stays in force and signing the new one is the partner's choice;
 * - `due`: a newer version asks for re-acceptance by `deadline`, still ahead;
 * - `overdue`: that deadline has come (from the deadline day itself, as checkAgreementsInForce
 *   counts it): the acceptance is stale and the partner is flagged;
 * - `not_accepted`: it holds no acceptance of its agreement in the region.
 */
export type AgreementStandingStatus =
  'up_to_date' | 'newer_available' | 'due' | 'overdue' | 'not_accepted';

export type AgreementStanding<V extends AgreementVersion = AgreementVersion> = {
  readonly status: AgreementStandingStatus;
  readonly kind: AgreementKind;
  /** The newest version accepted in the region, if any. */
  readonly accepted?: string;
  /** The version to accept now: the newest published one, when it is not the accepted one. */
  readonly current?: V;
  /** `YYYY-MM-DD`: the earliest re-acceptance deadline among the newer versions (due, overdue). */
  readonly deadline?: string;
};

export type AgreementStandingInput<V extends AgreementVersion = AgreementVersion> = {
  readonly program: EnrollmentProgram;
  readonly region: RegionName;
  /** The partner tenant's acceptances (any kind and region). */
  readonly acceptances: readonly Pick<AgreementAcceptance, 'kind' | 'version' | 'region'>[];
  /** The catalog; `current` is one of its entries, as given (with whatever else it carries). */
  readonly catalog: readonly V[];
  readonly on: Date;
};

/** Where the partner stands against the newest version of its program's agreement (see above). */
export function agreementStanding<V extends AgreementVersion>(
  input: AgreementStandingInput<V>,
): Result<AgreementStanding<V>, AgreementRefusal> {
  const { program, region, acceptances, catalog, on } = input;
  const day = utcDay(on);
  if (day === undefined) {
    return err(refuse('agreements.invalid_date'));
  }
  const today = formatDay(day);
  const kind = programAgreementKind[program];
  const published = catalog
    .filter((v) => v.kind === kind && appliesTo(v, region) && v.publishedOn <= today)
    .sort((a, b) => a.rank - b.rank);
  const current = published.at(-1);
  const acceptedRank = (name: string) =>
    catalog.find((v) => v.kind === kind && v.version === name)?.rank ?? 0;
  const accepted = acceptances
    .filter((a) => a.kind === kind && a.region === region)
    .sort((a, b) => acceptedRank(a.version) - acceptedRank(b.version))
    .at(-1);
  if (accepted === undefined) {
    return ok({ status: 'not_accepted', kind, ...(current ? { current } : {}) });
  }
  const rank = acceptedRank(accepted.version);
  const newer = published.filter((v) => v.rank > rank);
  if (current === undefined || newer.length === 0) {
    return ok({ status: 'up_to_date', kind, accepted: accepted.version });
  }
  const deadlines = newer.flatMap((v) => (v.reacceptBy === undefined ? [] : [v.reacceptBy])).sort();
  const deadline = deadlines[0];
  if (deadline === undefined) {
    return ok({ status: 'newer_available', kind, accepted: accepted.version, current });
  }
  return ok({
    status: deadline <= today ? 'overdue' : 'due',
    kind,
    accepted: accepted.version,
    current,
    deadline,
  });
}

export type DecideReacceptanceInput = {
  readonly program: EnrollmentProgram;
  /** The partner's enrollment in the program: only an active one signs a new version. */
  readonly state: EnrollmentState;
  readonly kind: AgreementKind;
  readonly version: string;
  readonly region: RegionName;
  readonly actor: Actor;
  readonly tenantId: string;
  readonly signatory: unknown;
  /** The tenant's acceptances so far: a version is signed once. */
  readonly acceptances: readonly Pick<AgreementAcceptance, 'kind' | 'version' | 'region'>[];
  readonly catalog: readonly AgreementVersion[];
  readonly now: Date;
};

/**
 * An active partner signing a new version of its program's agreement, or why not: its global
 * admin only, its own program's agreement only, the current version only (a superseded one is
 * refused), once per region. The enrollment's first acceptance is decideAgreementAcceptance's.
 */
export function decideReacceptance(
  input: DecideReacceptanceInput,
): Result<AgreementAcceptance, AgreementRefusal | Refusal> {
  const { program, state, kind, version, region, actor, tenantId, now, catalog } = input;
  const signer = checkSigner({ actor, tenantId, program, kind });
  if (!signer.ok) {
    return signer;
  }
  if (state !== 'active') {
    return err(refuse('agreements.not_acceptable_in_state', { program, state }));
  }
  const checked = checkAgreementVersion({ kind, version, region, now, catalog });
  if (!checked.ok) {
    return checked;
  }
  if (
    input.acceptances.some((a) => a.kind === kind && a.version === version && a.region === region)
  ) {
    return err(refuse('agreements.already_accepted', { kind, version, region }));
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
