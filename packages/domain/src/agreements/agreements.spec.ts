import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseTenantId, parseUserId, type Actor, type ActorKind } from '../identity/index.js';
import {
  agreementRequirements,
  agreementVersions,
  checkAgreementsInForce,
  decideAgreementAcceptance,
  parseSignatory,
  requiredAgreementVersions,
  type AgreementAcceptance,
  type AgreementVersion,
  type DecideAcceptanceInput,
} from './agreements.js';

const tenant = (() => {
  const parsed = parseTenantId('72f988bf-86f1-41af-91ab-2d7cd011db47');
  if (!parsed.ok) {
    throw new Error('tenant');
  }
  return parsed.value;
})();
const otherTenant = (() => {
  const parsed = parseTenantId('11111111-2222-3333-4444-555555555555');
  if (!parsed.ok) {
    throw new Error('tenant');
  }
  return parsed.value;
})();
const user = (() => {
  const parsed = parseUserId('aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee');
  if (!parsed.ok) {
    throw new Error('user');
  }
  return parsed.value;
})();
const actor = (kind: ActorKind, tenantId = tenant): Actor => ({
  kind,
  tenantId,
  userId: user,
  roles: [],
});
const signatory = { name: 'Anna Svensson', email: 'anna.svensson@contoso.se', title: 'CEO' };

/** MPA 1 (2019) → 2 (2022, no re-acceptance) → 3 (2024, re-accept by 2024-06-30); reseller terms for Europe only in v2. */
const catalog: readonly AgreementVersion[] = [
  {
    kind: 'microsoft_partner_agreement',
    version: 'v1',
    rank: 1,
    publishedOn: '2019-09-01',
    regions: 'all',
  },
  {
    kind: 'microsoft_partner_agreement',
    version: 'v2',
    rank: 2,
    publishedOn: '2022-01-01',
    regions: 'all',
  },
  {
    kind: 'microsoft_partner_agreement',
    version: 'v3',
    rank: 3,
    publishedOn: '2024-03-01',
    regions: 'all',
    reacceptBy: '2024-06-30',
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
    version: 'v2-eu',
    rank: 2,
    publishedOn: '2023-01-01',
    regions: ['Europe'],
    reacceptBy: '2023-03-31',
  },
];

/** An indirect reseller's enrollment, verified: where it accepts the indirect reseller terms. */
const reseller = {
  program: 'indirect_reseller',
  state: 'verified',
  kind: 'indirect_reseller_terms',
} as const;

const decide = (overrides: Partial<DecideAcceptanceInput> = {}) =>
  decideAgreementAcceptance({
    program: 'direct_bill',
    state: 'support_plan_recorded',
    kind: 'microsoft_partner_agreement',
    version: 'v2',
    region: 'Europe',
    actor: actor('partner_global_admin'),
    tenantId: tenant,
    signatory,
    now: new Date('2023-05-04T10:00:00Z'),
    catalog,
    ...overrides,
  });

const acceptance = (
  kind: AgreementAcceptance['kind'],
  version: string,
  region: AgreementAcceptance['region'] = 'Europe',
): AgreementAcceptance => ({
  kind,
  version,
  region,
  tenantId: tenant,
  acceptedByUserId: user,
  signatory: {
    name: 'Anna',
    email: 'anna@contoso.se',
    title: 'CEO',
  } as AgreementAcceptance['signatory'],
  acceptedAt: '2023-01-01T00:00:00.000Z',
});

describe('the default catalog', () => {
  it('starts with the MPA of 1 Sept 2019 and has unique versions, valid dates, and deadlines on or after publication', () => {
    expect(
      agreementVersions.find((v) => v.kind === 'microsoft_partner_agreement')?.publishedOn,
    ).toBe('2019-09-01');
    for (const list of [agreementVersions, catalog]) {
      const keys = list.map((v) => `${v.kind} ${v.version}`);
      expect(new Set(keys).size).toBe(keys.length);
      for (const v of list) {
        expect(v.publishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(v.reacceptBy === undefined || v.reacceptBy >= v.publishedOn).toBe(true);
      }
    }
  });

  it('requires the MPA for direct bill and the reseller terms (or an MPA) for indirect resellers', () => {
    expect(agreementRequirements).toEqual({
      direct_bill: ['microsoft_partner_agreement'],
      indirect_reseller: ['indirect_reseller_terms', 'microsoft_partner_agreement'],
    });
  });
});

describe('requiredAgreementVersions: the current version per program and region', () => {
  const at = (
    iso: string,
    program: 'direct_bill' | 'indirect_reseller',
    region: 'Europe' | 'Japan' = 'Europe',
  ) => {
    const result = requiredAgreementVersions({ program, region, on: new Date(iso), catalog });
    return result.ok ? result.value.map((v) => `${v.kind}:${v.version}`) : result.error.code;
  };

  it.each([
    ['2019-08-31T00:00:00Z', 'direct_bill', 'Europe', 'agreements.no_version_in_force'],
    ['2019-09-01T00:00:00Z', 'direct_bill', 'Europe', ['microsoft_partner_agreement:v1']],
    ['2022-01-01T00:00:00Z', 'direct_bill', 'Europe', ['microsoft_partner_agreement:v2']],
    ['2024-03-01T00:00:00Z', 'direct_bill', 'Japan', ['microsoft_partner_agreement:v3']],
    [
      '2023-02-01T00:00:00Z',
      'indirect_reseller',
      'Europe',
      ['indirect_reseller_terms:v2-eu', 'microsoft_partner_agreement:v2'],
    ],
    [
      '2023-02-01T00:00:00Z',
      'indirect_reseller',
      'Japan',
      ['indirect_reseller_terms:v1', 'microsoft_partner_agreement:v2'],
    ],
  ] as const)('%s %s %s', (iso, program, region, expected) => {
    expect(at(iso, program, region)).toEqual(expected);
  });

  it('uses the default catalog, and refuses an invalid date', () => {
    const result = requiredAgreementVersions({
      program: 'direct_bill',
      region: 'Japan',
      on: new Date('2021-01-01T00:00:00Z'),
    });
    expect(result.ok && result.value[0]?.version).toBe('2019-09');
    expect(
      requiredAgreementVersions({ program: 'direct_bill', region: 'Japan', on: new Date('x') }),
    ).toEqual({ ok: false, error: { code: 'agreements.invalid_date' } });
  });
});

describe('decideAgreementAcceptance', () => {
  it('records signatory name, e-mail, title, time, version and region', () => {
    expect(decide()).toEqual({
      ok: true,
      value: {
        kind: 'microsoft_partner_agreement',
        version: 'v2',
        region: 'Europe',
        tenantId: tenant,
        acceptedByUserId: user,
        signatory: { name: 'Anna Svensson', email: 'anna.svensson@contoso.se', title: 'CEO' },
        acceptedAt: '2023-05-04T10:00:00.000Z',
      },
    });
  });

  it.each(['partner_user', 'reviewer', 'program_admin', 'system'] as const)(
    'refuses %s: only a global admin may accept',
    (kind) => {
      expect(decide({ actor: actor(kind) })).toEqual({
        ok: false,
        error: { code: 'agreements.global_admin_required', details: { actorKind: kind } },
      });
    },
  );

  it('refuses a global admin of another tenant', () => {
    expect(decide({ actor: actor('partner_global_admin', otherTenant) })).toEqual({
      ok: false,
      error: { code: 'agreements.other_tenant' },
    });
  });

  it.each([
    [{ version: 'v9' }, 'agreements.unknown_version'],
    [{ ...reseller, version: 'v2' }, 'agreements.unknown_version'],
    [{ ...reseller, version: 'v2-eu', region: 'Japan' }, 'agreements.not_for_region'],
    [{ version: 'v3' }, 'agreements.not_yet_published'],
    [{ version: 'v1' }, 'agreements.version_superseded'],
    [{ now: new Date(Number.NaN) }, 'agreements.invalid_date'],
  ] as const)('refuses %p with %s', (overrides, code) => {
    expect(decide(overrides as Partial<DecideAcceptanceInput>)).toMatchObject({
      ok: false,
      error: { code },
    });
  });

  it('names the current version when refusing a superseded one, from the day the new one is published', () => {
    expect(decide({ version: 'v1' })).toEqual({
      ok: false,
      error: {
        code: 'agreements.version_superseded',
        details: { kind: 'microsoft_partner_agreement', version: 'v1', current: 'v2' },
      },
    });
    expect(decide({ version: 'v1', now: new Date('2021-12-31T23:59:59Z') }).ok).toBe(true);
    expect(decide({ version: 'v2', now: new Date('2024-03-01T00:00:00Z') })).toMatchObject({
      ok: false,
      error: { code: 'agreements.version_superseded' },
    });
  });

  it('a version offered in one region does not supersede another region’s', () => {
    expect(decide({ ...reseller, version: 'v1', region: 'Japan' }).ok).toBe(true);
    expect(decide({ ...reseller, version: 'v1', region: 'Europe' })).toMatchObject({
      ok: false,
      error: { code: 'agreements.version_superseded' },
    });
  });

  it('uses the default catalog', () => {
    const result = decideAgreementAcceptance({
      program: 'direct_bill',
      state: 'support_plan_recorded',
      kind: 'microsoft_partner_agreement',
      version: '2019-09',
      region: 'Europe',
      actor: actor('partner_global_admin'),
      tenantId: tenant,
      signatory,
      now: new Date('2020-01-15T00:00:00Z'),
    });
    expect(result.ok).toBe(true);
  });

  it('refuses an incomplete or consumer-mail signatory', () => {
    expect(decide({ signatory: { ...signatory, name: ' ' } })).toMatchObject({
      ok: false,
      error: { code: 'agreements.invalid_signatory', details: { field: 'name' } },
    });
    expect(decide({ signatory: { ...signatory, title: undefined } })).toMatchObject({
      ok: false,
      error: { code: 'agreements.invalid_signatory', details: { field: 'title' } },
    });
    expect(decide({ signatory: { ...signatory, email: 'anna@gmail.com' } })).toMatchObject({
      ok: false,
      error: { code: 'partner.email_consumer_domain' },
    });
  });
});

describe('parseSignatory', () => {
  it('trims and reads a work address', () => {
    expect(
      parseSignatory({ name: ' Anna Svensson ', email: 'Anna@Contoso.se', title: 'VD' }),
    ).toMatchObject({ ok: true, value: { name: 'Anna Svensson', title: 'VD' } });
  });

  it.each([
    [null, 'name'],
    [{ email: 'a@contoso.se', title: 'CEO' }, 'name'],
    [{ name: 'x'.repeat(201), email: 'a@contoso.se', title: 'CEO' }, 'name'],
    [{ name: 'Anna\u0000', email: 'a@contoso.se', title: 'CEO' }, 'name'],
    [{ name: 'Anna', email: 'a@contoso.se', title: 42 }, 'title'],
    [{ name: 'Anna', email: 'a@contoso.se', title: 'CE\u2028O' }, 'title'],
  ])('refuses %p at %s', (input, field) => {
    expect(parseSignatory(input)).toMatchObject({
      ok: false,
      error: { code: 'agreements.invalid_signatory', details: { field } },
    });
  });

  it('never throws on arbitrary input, and ignores prototype keys', () => {
    expect(
      parseSignatory(
        JSON.parse(
          '{"__proto__": {"name": "A", "email": "a@contoso.se", "title": "T"}}',
        ) as unknown,
      ).ok,
    ).toBe(false);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            name: fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary' })),
            email: fc.string(),
            title: fc.oneof(fc.string(), fc.anything()),
          }),
        ),
        (input) => {
          parseSignatory(input);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('checkAgreementsInForce', () => {
  const check = (
    acceptances: AgreementAcceptance[],
    iso: string,
    program: 'direct_bill' | 'indirect_reseller' = 'direct_bill',
    region: 'Europe' | 'Japan' = 'Europe',
  ) => {
    const result = checkAgreementsInForce({
      program,
      region,
      acceptances,
      on: new Date(iso),
      catalog,
    });
    return result.ok ? result.value : result.error;
  };

  it('is in force with an acceptance in the region', () => {
    expect(
      check([acceptance('microsoft_partner_agreement', 'v1')], '2020-01-01T00:00:00Z'),
    ).toMatchObject({
      inForce: true,
      reason: {
        code: 'agreements.in_force',
        details: { kind: 'microsoft_partner_agreement', version: 'v1', region: 'Europe' },
      },
    });
  });

  it('stays in force when a newer version needs no re-acceptance (no annual re-acceptance)', () => {
    expect(
      check([acceptance('microsoft_partner_agreement', 'v1')], '2023-12-31T00:00:00Z'),
    ).toMatchObject({ inForce: true });
  });

  it('goes stale from the deadline of a version that requires re-acceptance, not the day before', () => {
    const old = [acceptance('microsoft_partner_agreement', 'v2')];
    expect(check(old, '2024-06-29T23:59:59Z')).toMatchObject({ inForce: true });
    expect(check(old, '2024-06-30T00:00:00Z')).toEqual({
      inForce: false,
      reason: {
        code: 'agreements.acceptance_stale',
        details: {
          kind: 'microsoft_partner_agreement',
          version: 'v2',
          current: 'v3',
          deadline: '2024-06-30',
          region: 'Europe',
        },
      },
    });
    expect(
      check([...old, acceptance('microsoft_partner_agreement', 'v3')], '2024-07-01T00:00:00Z'),
    ).toMatchObject({ inForce: true });
  });

  it('counts acceptances only in their own region', () => {
    expect(
      check([acceptance('microsoft_partner_agreement', 'v2', 'Japan')], '2023-01-01T00:00:00Z'),
    ).toEqual({
      inForce: false,
      reason: {
        code: 'agreements.not_accepted',
        details: { region: 'Europe', kinds: ['microsoft_partner_agreement'] },
      },
    });
  });

  it('lets an indirect reseller rely on an MPA it holds in the region, but not a direct bill partner on reseller terms', () => {
    expect(
      check(
        [acceptance('microsoft_partner_agreement', 'v2')],
        '2023-05-01T00:00:00Z',
        'indirect_reseller',
      ),
    ).toMatchObject({ inForce: true });
    expect(
      check([acceptance('indirect_reseller_terms', 'v1')], '2020-05-01T00:00:00Z', 'direct_bill'),
    ).toMatchObject({
      inForce: false,
      reason: { code: 'agreements.not_accepted' },
    });
  });

  it('makes a region-specific re-acceptance bite only in its region', () => {
    const terms = (region: 'Europe' | 'Japan') => [
      acceptance('indirect_reseller_terms', 'v1', region),
    ];
    expect(check(terms('Europe'), '2023-04-01T00:00:00Z', 'indirect_reseller')).toMatchObject({
      inForce: false,
      reason: { code: 'agreements.acceptance_stale' },
    });
    expect(
      check(terms('Japan'), '2023-04-01T00:00:00Z', 'indirect_reseller', 'Japan'),
    ).toMatchObject({ inForce: true });
  });

  it('names the newest version that made it stale, whatever the catalog order', () => {
    const reversed = [...catalog].reverse();
    const result = checkAgreementsInForce({
      program: 'direct_bill',
      region: 'Europe',
      acceptances: [acceptance('microsoft_partner_agreement', 'v1')],
      on: new Date('2025-01-01T00:00:00Z'),
      catalog: [
        ...reversed,
        {
          kind: 'microsoft_partner_agreement',
          version: 'v2b',
          rank: 2,
          publishedOn: '2022-02-01',
          regions: 'all',
          reacceptBy: '2022-12-31',
        },
      ],
    });
    expect(result.ok && result.value.reason.details).toMatchObject({
      current: 'v3',
      deadline: '2024-06-30',
    });
    const current = requiredAgreementVersions({
      program: 'direct_bill',
      region: 'Europe',
      on: new Date('2025-01-01T00:00:00Z'),
      catalog: reversed,
    });
    expect(current.ok && current.value.map((v) => v.version)).toEqual(['v3']);
  });

  it('treats an acceptance of a version not in the catalog as stale', () => {
    expect(
      check([acceptance('microsoft_partner_agreement', 'v0')], '2023-01-01T00:00:00Z'),
    ).toMatchObject({
      inForce: false,
      reason: { code: 'agreements.acceptance_stale', details: { version: 'v0' } },
    });
  });

  it('uses the default catalog, and refuses an invalid date', () => {
    const defaults = checkAgreementsInForce({
      program: 'direct_bill',
      region: 'Europe',
      acceptances: [acceptance('microsoft_partner_agreement', '2019-09')],
      on: new Date('2021-01-01T00:00:00Z'),
    });
    expect(defaults.ok && defaults.value.inForce).toBe(true);
    expect(check([], 'nope')).toEqual({ code: 'agreements.invalid_date' });
  });
});
