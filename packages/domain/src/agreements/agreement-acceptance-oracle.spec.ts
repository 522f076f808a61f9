// An independent oracle for agreement acceptance, written by hand from DOMAIN.md §4 (who signs,
// what is recorded, versions), §6 (when: the indirect reseller signs once verified, the direct
// bill partner after the support plan, which follows the credit check) and issue 7 item 4 (only
// the enrollment's own program's agreement, only in a state where the domain allows it). Nothing
// here is read from agreements.ts's or enrollment-table.ts's data.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseTenantId, parseUserId, type Actor, type ActorKind } from '../identity/index.js';
import type { EnrollmentProgram, EnrollmentState } from '../enrollment/enrollment-table.js';
import {
  agreementKinds,
  agreementVersions,
  checkAgreementsInForce,
  decideAgreementAcceptance,
  parseSignatory,
  programAgreementKind,
  requiredAgreementVersions,
  type AgreementKind,
  type AgreementVersion,
  type DecideAcceptanceInput,
} from './agreements.js';

const must = <T>(result: { ok: true; value: T } | { ok: false }): T => {
  if (!result.ok) {
    throw new Error('fixture');
  }
  return result.value;
};
const tenant = must(parseTenantId('72f988bf-86f1-41af-91ab-2d7cd011db47'));
const user = must(parseUserId('aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee'));
const actor = (kind: ActorKind): Actor => ({ kind, tenantId: tenant, userId: user, roles: [] });
const signatory = { name: 'Ada Lovelace', email: 'ada@contoso.com', title: 'CEO' };

const PROGRAMS = ['indirect_reseller', 'direct_bill'] as const;
const KINDS = ['microsoft_partner_agreement', 'indirect_reseller_terms'] as const;
const ACTORS = [
  'partner_global_admin',
  'partner_user',
  'reviewer',
  'program_admin',
  'system',
] as const;
const STATES = [
  'draft',
  'submitted',
  'in_review',
  'info_requested',
  'verified',
  'credit_check_pending',
  'credit_check_passed',
  'support_plan_recorded',
  'agreement_accepted',
  'active',
  'transitioned_to_indirect',
  'rejected',
  'withdrawn',
] as const;

/** Each program's own agreement: the seed's indirect reseller terms, the direct bill MPA. */
const OWN: Record<EnrollmentProgram, AgreementKind> = {
  indirect_reseller: 'indirect_reseller_terms',
  direct_bill: 'microsoft_partner_agreement',
};
/** Where acceptance comes in the process (seed step 3; DOMAIN.md §6.3 steps 7–8). */
const ACCEPTS_IN: Record<EnrollmentProgram, readonly EnrollmentState[]> = {
  indirect_reseller: ['verified'],
  direct_bill: ['support_plan_recorded'],
};

/** The expected answer, in the order the rules are asked: who, which agreement, when. */
function oracle(
  program: EnrollmentProgram,
  state: EnrollmentState,
  kind: AgreementKind,
  kindOfActor: ActorKind,
) {
  if (kindOfActor !== 'partner_global_admin') {
    return { code: 'agreements.global_admin_required', details: { actorKind: kindOfActor } };
  }
  if (kind !== OWN[program]) {
    return { code: 'agreements.wrong_program', details: { program, kind, expected: OWN[program] } };
  }
  if (!ACCEPTS_IN[program].includes(state)) {
    return { code: 'agreements.not_acceptable_in_state', details: { program, state } };
  }
  return 'accepted';
}

const decide = (overrides: Partial<DecideAcceptanceInput>) =>
  decideAgreementAcceptance({
    program: 'direct_bill',
    state: 'support_plan_recorded',
    kind: 'microsoft_partner_agreement',
    version: '2019-09',
    region: 'Europe',
    actor: actor('partner_global_admin'),
    tenantId: tenant,
    signatory,
    now: new Date('2021-06-01T12:00:00Z'),
    ...overrides,
  });

describe('the agreement acceptance oracle (DOMAIN.md §4, §6; issue 7 item 4)', () => {
  it.each(
    PROGRAMS.flatMap((program) =>
      STATES.flatMap((state) => KINDS.map((kind) => [program, state, kind] as const)),
    ),
  )(
    '%s in %s accepting %s: only its global admin, only its own agreement, only where the process allows',
    (program, state, kind) => {
      for (const kindOfActor of ACTORS) {
        const expected = oracle(program, state, kind, kindOfActor);
        const result = decide({ program, state, kind, actor: actor(kindOfActor) });
        if (expected === 'accepted') {
          expect(result).toEqual({
            ok: true,
            value: {
              kind,
              version: '2019-09',
              region: 'Europe',
              tenantId: tenant,
              acceptedByUserId: user,
              signatory,
              acceptedAt: '2021-06-01T12:00:00.000Z',
            },
          });
        } else {
          expect(result).toEqual({ ok: false, error: expected });
        }
      }
    },
  );

  it('names each program’s own agreement', () => {
    expect(programAgreementKind).toEqual(OWN);
    expect(agreementKinds).toEqual(['microsoft_partner_agreement', 'indirect_reseller_terms']);
  });

  it('offers the MPA and the indirect reseller terms from 1 Sept 2019, in every region, without re-acceptance', () => {
    expect(agreementVersions).toEqual([
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
    ]);
    const before = new Date('2019-08-31T23:59:59Z');
    expect(decide({ now: before })).toEqual({
      ok: false,
      error: {
        code: 'agreements.not_yet_published',
        details: {
          kind: 'microsoft_partner_agreement',
          version: '2019-09',
          publishedOn: '2019-09-01',
        },
      },
    });
    expect(decide({ now: new Date('2019-09-01T00:00:00Z') }).ok).toBe(true);
    expect(
      decide({
        program: 'indirect_reseller',
        state: 'verified',
        kind: 'indirect_reseller_terms',
        now: new Date('2019-09-01T00:00:00Z'),
        region: 'Japan',
      }).ok,
    ).toBe(true);
    expect(
      requiredAgreementVersions({ program: 'direct_bill', region: 'Brazil', on: before }),
    ).toEqual({
      ok: false,
      error: {
        code: 'agreements.no_version_in_force',
        details: { program: 'direct_bill', region: 'Brazil' },
      },
    });
  });
});

describe('what each refusal names', () => {
  const catalog: readonly AgreementVersion[] = [
    {
      kind: 'microsoft_partner_agreement',
      version: 'v1',
      rank: 1,
      publishedOn: '2019-09-01',
      regions: ['Europe'],
    },
    {
      kind: 'microsoft_partner_agreement',
      version: 'v2',
      rank: 2,
      publishedOn: '2022-01-01',
      regions: ['Europe'],
      reacceptBy: '2022-06-30',
    },
  ];

  it('an unknown version, a version of another region, a superseded version', () => {
    expect(decide({ version: 'v9', catalog })).toEqual({
      ok: false,
      error: {
        code: 'agreements.unknown_version',
        details: { kind: 'microsoft_partner_agreement', version: 'v9' },
      },
    });
    expect(decide({ version: 'v1', region: 'Japan', catalog })).toEqual({
      ok: false,
      error: {
        code: 'agreements.not_for_region',
        details: { kind: 'microsoft_partner_agreement', version: 'v1', region: 'Japan' },
      },
    });
    expect(decide({ version: 'v1', catalog, now: new Date('2022-01-01T00:00:00Z') })).toEqual({
      ok: false,
      error: {
        code: 'agreements.version_superseded',
        details: { kind: 'microsoft_partner_agreement', version: 'v1', current: 'v2' },
      },
    });
  });

  it('an acceptance of a version the catalog no longer has counts as stale, naming no current version', () => {
    const accepted = must(
      decide({ version: 'v1', catalog, now: new Date('2020-01-01T00:00:00Z') }),
    );
    expect(
      checkAgreementsInForce({
        program: 'direct_bill',
        region: 'Europe',
        acceptances: [{ ...accepted, version: 'v0' }],
        on: new Date('2020-02-01T00:00:00Z'),
        catalog,
      }),
    ).toEqual({
      ok: true,
      value: {
        inForce: false,
        reason: {
          code: 'agreements.acceptance_stale',
          details: {
            kind: 'microsoft_partner_agreement',
            version: 'v0',
            current: '?',
            deadline: '?',
            region: 'Europe',
          },
        },
      },
    });
    // Stale on the re-acceptance deadline itself, in force the day before.
    const on = (iso: string) =>
      checkAgreementsInForce({
        program: 'direct_bill',
        region: 'Europe',
        acceptances: [accepted],
        on: new Date(iso),
        catalog,
      });
    expect(on('2022-06-29T23:59:59Z')).toMatchObject({ ok: true, value: { inForce: true } });
    expect(on('2022-06-30T00:00:00Z')).toMatchObject({
      ok: true,
      value: {
        inForce: false,
        reason: {
          code: 'agreements.acceptance_stale',
          details: { current: 'v2', deadline: '2022-06-30' },
        },
      },
    });
  });
});

describe('staleness is judged against the accepted version of its own kind', () => {
  it('an acceptance of the version that asked for re-acceptance stays in force after its deadline, though the MPA has a version of the same name', () => {
    const catalog: readonly AgreementVersion[] = [
      {
        kind: 'microsoft_partner_agreement',
        version: 'v2',
        rank: 1,
        publishedOn: '2019-09-01',
        regions: 'all',
      },
      {
        kind: 'indirect_reseller_terms',
        version: 'v1',
        rank: 1,
        publishedOn: '2019-09-01',
        regions: 'all',
      },
      {
        kind: 'indirect_reseller_terms',
        version: 'v2',
        rank: 2,
        publishedOn: '2023-01-01',
        regions: 'all',
        reacceptBy: '2023-03-31',
      },
    ];
    const accepted = must(
      decide({
        ...{ program: 'indirect_reseller', state: 'verified', kind: 'indirect_reseller_terms' },
        version: 'v2',
        catalog,
        now: new Date('2023-02-01T00:00:00Z'),
      }),
    );
    expect(
      checkAgreementsInForce({
        program: 'indirect_reseller',
        region: 'Europe',
        acceptances: [accepted],
        on: new Date('2023-06-01T00:00:00Z'),
        catalog,
      }),
    ).toMatchObject({ ok: true, value: { inForce: true, acceptance: accepted } });
  });
});

describe('parseSignatory on valid input (generated from the rule)', () => {
  // Names and titles: 1–200 characters after trimming, no control or line/paragraph separators;
  // e-mail: a work address (a company domain, a personal mailbox).
  const visible = fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 60 })
    // eslint-disable-next-line no-control-regex -- replacing control characters is the point
    .map((s) => s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, 'x'))
    .filter((s) => s.trim() !== '' && s.trim().length <= 200);
  const email = fc
    .tuple(
      fc.constantFrom('ada', 'bo.nilsson', 'j-smith'),
      fc.constantFrom('contoso.com', 'fabrikam.se', 'northwind.co.uk'),
    )
    .map(([local, domain]) => `${local}@${domain}`);

  it('accepts every valid signatory, trimmed, and a name of exactly 200 characters', () => {
    const lengths = { short: 0, long: 0 };
    fc.assert(
      fc.property(
        visible,
        visible,
        email,
        fc.constantFrom('', ' ', '  \t'),
        (name, title, mail, pad) => {
          const parsed = parseSignatory({ name: `${pad}${name}${pad}`, title, email: mail });
          lengths[name.trim().length > 20 ? 'long' : 'short'] += 1;
          expect(parsed).toEqual({
            ok: true,
            value: { name: name.trim(), title: title.trim(), email: mail },
          });
        },
      ),
      { numRuns: 300 },
    );
    expect(lengths.short).toBeGreaterThan(0);
    expect(parseSignatory({ ...signatory, name: 'n'.repeat(200) }).ok).toBe(true);
    expect(parseSignatory({ ...signatory, name: 'n'.repeat(201) })).toEqual({
      ok: false,
      error: {
        code: 'agreements.invalid_signatory',
        details: { field: 'name', value: expect.any(String) },
      },
    });
  });
});
