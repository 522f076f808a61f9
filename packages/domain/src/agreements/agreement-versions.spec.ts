// New agreement versions (issue 10 item 3). Expected answers are written out by hand from
// DOMAIN.md §4 and the issue: no re-acceptance unless a version asks for it, flagged from the
// deadline day on, the current version only, once, by the partner's own global admin.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseTenantId, parseUserId, type Actor, type ActorKind } from '../identity/index.js';
import {
  agreementStanding,
  decideReacceptance,
  parseAgreementVersion,
  type DecideReacceptanceInput,
} from './agreement-versions.js';
import type { RegionName } from '../markets/index.js';
import { checkAgreementsInForce, type AgreementKind, type AgreementVersion } from './agreements.js';

const must = <T>(result: { ok: true; value: T } | { ok: false }): T => {
  if (!result.ok) {
    throw new Error('fixture');
  }
  return result.value;
};
const tenant = must(parseTenantId('72f988bf-86f1-41af-91ab-2d7cd011db47'));
const user = must(parseUserId('aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee'));
const actor = (kind: ActorKind, tenantId: string = tenant): Actor =>
  ({ kind, tenantId, userId: user, roles: [] }) as unknown as Actor;
const signatory = { name: 'Ada Lovelace', email: 'ada@contoso.com', title: 'CEO' };

const v2019: AgreementVersion = {
  kind: 'indirect_reseller_terms',
  version: '2019-09',
  rank: 1,
  publishedOn: '2019-09-01',
  regions: 'all',
};
const mpa2019: AgreementVersion = { ...v2019, kind: 'microsoft_partner_agreement' };
const v2027: AgreementVersion = {
  kind: 'indirect_reseller_terms',
  version: '2027-01',
  rank: 2,
  publishedOn: '2027-01-01',
  regions: 'all',
  reacceptBy: '2027-03-31',
};
const catalog = [v2019, mpa2019, v2027];
const texts = {
  en: { title: 'Indirect reseller terms', body: 'The terms.' },
  sv: { title: 'Villkor för indirekta återförsäljare', body: 'Villkoren.' },
};
const draft = {
  kind: 'indirect_reseller_terms',
  version: '2027-06',
  publishedOn: '2027-06-01',
  reacceptBy: '2027-09-30',
  texts,
};
const may2027 = new Date('2027-05-15T10:00:00Z');

describe('publishing a new agreement version', () => {
  it('ranks it above every version of its kind, offered everywhere unless regions are named', () => {
    expect(parseAgreementVersion({ draft, catalog, now: may2027 })).toEqual({
      ok: true,
      value: {
        version: {
          kind: 'indirect_reseller_terms',
          version: '2027-06',
          rank: 3,
          publishedOn: '2027-06-01',
          regions: 'all',
          reacceptBy: '2027-09-30',
        },
        texts,
      },
    });
  });

  it('the first version of a kind ranks 1; one that asks for no re-acceptance has no deadline; texts are trimmed', () => {
    const result = parseAgreementVersion({
      draft: {
        ...draft,
        reacceptBy: null,
        regions: ['Europe', 'Japan'],
        texts: { en: { title: ' T ', body: ' B ' }, sv: texts.sv },
      },
      catalog: [mpa2019],
      now: may2027,
    });
    expect(result).toEqual({
      ok: true,
      value: {
        version: {
          kind: 'indirect_reseller_terms',
          version: '2027-06',
          rank: 1,
          publishedOn: '2027-06-01',
          regions: ['Europe', 'Japan'],
        },
        texts: { en: { title: 'T', body: 'B' }, sv: texts.sv },
      },
    });
    // Published today is allowed; "all" spelled out is the default.
    const today = parseAgreementVersion({
      draft: { ...draft, publishedOn: '2027-05-15', reacceptBy: undefined, regions: 'all' },
      catalog,
      now: may2027,
    });
    expect(today).toMatchObject({ ok: true, value: { version: { publishedOn: '2027-05-15' } } });
  });

  it.each([
    [{ kind: 'customer_agreement' }, 'agreements.unknown_kind'],
    [{ version: '' }, 'agreements.invalid_version_name'],
    [{ version: '-2027' }, 'agreements.invalid_version_name'],
    [{ version: 'a'.repeat(33) }, 'agreements.invalid_version_name'],
    [{ version: 7 }, 'agreements.invalid_version_name'],
    [{ version: '2027-01' }, 'agreements.version_exists'],
    [{ publishedOn: '2027-05-14' }, 'agreements.invalid_publication_date'],
    [{ publishedOn: '2027-02-30' }, 'agreements.invalid_publication_date'],
    [{ publishedOn: 20270601 }, 'agreements.invalid_publication_date'],
    [{ reacceptBy: '2027-06-01' }, 'agreements.invalid_deadline'],
    [{ reacceptBy: 'soon' }, 'agreements.invalid_deadline'],
    [{ reacceptBy: 5 }, 'agreements.invalid_deadline'],
    [{ regions: [] }, 'agreements.invalid_regions'],
    [{ regions: ['Atlantis'] }, 'agreements.invalid_regions'],
    [{ regions: ['Europe', 'Europe'] }, 'agreements.invalid_regions'],
    [{ regions: 'Europe' }, 'agreements.invalid_regions'],
    [{ texts: undefined }, 'agreements.invalid_text'],
    [
      { texts: { en: { title: 'x'.repeat(201), body: 'b' }, sv: texts.sv } },
      'agreements.invalid_text',
    ],
    [{ texts: { en: { title: 't', body: '  ' }, sv: texts.sv } }, 'agreements.invalid_text'],
    [
      { texts: { en: { title: 't', body: 'b'.repeat(100_001) }, sv: texts.sv } },
      'agreements.invalid_text',
    ],
    [{ texts: { en: texts.en } }, 'agreements.invalid_text'],
    [{ texts: { en: texts.en, sv: { title: 7, body: 'b' } } }, 'agreements.invalid_text'],
  ])('refuses %j with %s', (change, code) => {
    const result = parseAgreementVersion({ draft: { ...draft, ...change }, catalog, now: may2027 });
    expect(result).toMatchObject({ ok: false, error: { code } });
  });

  it('names the locale and field of a missing text, and today in a past publication day', () => {
    expect(
      parseAgreementVersion({
        draft: { ...draft, texts: { en: texts.en, sv: { title: 'T' } } },
        catalog,
        now: may2027,
      }),
    ).toEqual({
      ok: false,
      error: {
        code: 'agreements.invalid_text',
        details: { locale: 'sv', field: 'body', max: 100_000 },
      },
    });
    expect(
      parseAgreementVersion({
        draft: { ...draft, publishedOn: '2020-01-01' },
        catalog,
        now: may2027,
      }),
    ).toEqual({
      ok: false,
      error: {
        code: 'agreements.invalid_publication_date',
        details: { value: '2020-01-01', today: '2027-05-15' },
      },
    });
  });

  it('refuses a draft that is not an object, and an invalid clock', () => {
    expect(parseAgreementVersion({ draft: null, catalog, now: may2027 })).toMatchObject({
      ok: false,
      error: { code: 'agreements.unknown_kind' },
    });
    expect(parseAgreementVersion({ draft, catalog, now: new Date(Number.NaN) })).toEqual({
      ok: false,
      error: { code: 'agreements.invalid_date' },
    });
  });

  it('never throws, whatever is sent (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = parseAgreementVersion({ draft: input, catalog, now: may2027 });
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});

const accepted = (
  version: string,
  region: RegionName = 'Europe',
  kind: AgreementKind = 'indirect_reseller_terms',
) => ({ kind, version, region });

describe('where a partner stands against its program’s agreement', () => {
  const standing = (acceptances: ReturnType<typeof accepted>[], on: string, region = 'Europe') =>
    agreementStanding({
      program: 'indirect_reseller',
      region: region as 'Europe',
      acceptances: acceptances,
      catalog,
      on: new Date(on),
    });

  it('before the new version is published, the 2019 acceptance is up to date', () => {
    expect(standing([accepted('2019-09')], '2026-12-31T12:00:00Z')).toEqual({
      ok: true,
      value: { status: 'up_to_date', kind: 'indirect_reseller_terms', accepted: '2019-09' },
    });
  });

  it('once published with a deadline, it is due until the day before the deadline, then overdue (as the acceptance goes stale)', () => {
    for (const [on, status] of [
      ['2027-01-01T00:00:00Z', 'due'],
      ['2027-03-30T23:59:59Z', 'due'],
      ['2027-03-31T00:00:00Z', 'overdue'],
    ] as const) {
      expect(standing([accepted('2019-09')], on)).toEqual({
        ok: true,
        value: {
          status,
          kind: 'indirect_reseller_terms',
          accepted: '2019-09',
          current: v2027,
          deadline: '2027-03-31',
        },
      });
      // The same day checkAgreementsInForce calls the acceptance stale: the two never disagree.
      const inForce = must(
        checkAgreementsInForce({
          program: 'indirect_reseller',
          region: 'Europe',
          acceptances: [
            {
              ...accepted('2019-09'),
              tenantId: tenant,
              acceptedByUserId: user,
              signatory: signatory as never,
              acceptedAt: '2020-01-01T00:00:00Z',
            },
          ],
          catalog,
          on: new Date(on),
        }),
      );
      expect(inForce.inForce).toBe(status === 'due');
    }
  });

  it('after signing the new version it is up to date again; the MPA and other regions do not count', () => {
    expect(standing([accepted('2019-09'), accepted('2027-01')], '2027-06-01T00:00:00Z')).toEqual({
      ok: true,
      value: { status: 'up_to_date', kind: 'indirect_reseller_terms', accepted: '2027-01' },
    });
    expect(
      standing(
        [
          accepted('2027-01', 'Japan'),
          accepted('2027-01', 'Europe', 'microsoft_partner_agreement'),
        ],
        '2027-06-01T00:00:00Z',
      ),
    ).toEqual({
      ok: true,
      value: { status: 'not_accepted', kind: 'indirect_reseller_terms', current: v2027 },
    });
  });

  it('a newer version without a deadline is only available; with none published at all, nothing is current', () => {
    const quiet = { ...v2027, reacceptBy: undefined };
    expect(
      agreementStanding({
        program: 'indirect_reseller',
        region: 'Europe',
        acceptances: [accepted('2019-09')],
        catalog: [v2019, quiet],
        on: new Date('2027-02-01T00:00:00Z'),
      }),
    ).toEqual({
      ok: true,
      value: {
        status: 'newer_available',
        kind: 'indirect_reseller_terms',
        accepted: '2019-09',
        current: quiet,
      },
    });
    expect(
      agreementStanding({
        program: 'direct_bill',
        region: 'Europe',
        acceptances: [],
        catalog: [v2019],
        on: new Date('2027-02-01T00:00:00Z'),
      }),
    ).toEqual({ ok: true, value: { status: 'not_accepted', kind: 'microsoft_partner_agreement' } });
    // An acceptance of a version the catalog no longer holds, with nothing published: up to date
    // is all that can be said (there is nothing to sign).
    expect(
      agreementStanding({
        program: 'direct_bill',
        region: 'Europe',
        acceptances: [accepted('v0', 'Europe', 'microsoft_partner_agreement')],
        catalog: [],
        on: new Date('2027-02-01T00:00:00Z'),
      }),
    ).toEqual({
      ok: true,
      value: { status: 'up_to_date', kind: 'microsoft_partner_agreement', accepted: 'v0' },
    });
  });

  it('the earliest deadline among newer versions binds; a version offered elsewhere does not', () => {
    const v3 = {
      ...v2027,
      version: '2027-06',
      rank: 3,
      publishedOn: '2027-06-01',
      reacceptBy: '2027-12-31',
    };
    const asiaOnly = {
      ...v2027,
      version: 'asia',
      rank: 4,
      publishedOn: '2027-01-01',
      regions: ['Japan'] as const,
    };
    expect(
      agreementStanding({
        program: 'indirect_reseller',
        region: 'Europe',
        acceptances: [accepted('2019-09')],
        catalog: [v2019, v2027, v3, asiaOnly],
        on: new Date('2027-07-01T00:00:00Z'),
      }),
    ).toMatchObject({
      ok: true,
      value: { status: 'overdue', current: v3, deadline: '2027-03-31' },
    });
  });

  it('refuses an invalid clock', () => {
    expect(standing([], 'not a date')).toEqual({
      ok: false,
      error: { code: 'agreements.invalid_date' },
    });
  });
});

describe('an active partner signing a new version', () => {
  const feb2027 = new Date('2027-02-01T09:00:00Z');
  const base: DecideReacceptanceInput = {
    program: 'indirect_reseller',
    state: 'active',
    kind: 'indirect_reseller_terms',
    version: '2027-01',
    region: 'Europe',
    actor: actor('partner_global_admin'),
    tenantId: tenant,
    signatory,
    acceptances: [accepted('2019-09')],
    catalog,
    now: feb2027,
  };

  it('records the named signatory’s acceptance of the current version', () => {
    expect(decideReacceptance(base)).toEqual({
      ok: true,
      value: {
        kind: 'indirect_reseller_terms',
        version: '2027-01',
        region: 'Europe',
        tenantId: tenant,
        acceptedByUserId: user,
        signatory,
        acceptedAt: '2027-02-01T09:00:00.000Z',
      },
    });
  });

  it.each([
    [{ actor: actor('partner_user') }, 'agreements.global_admin_required'],
    [{ actor: actor('reviewer') }, 'agreements.global_admin_required'],
    [{ actor: actor('program_admin') }, 'agreements.global_admin_required'],
    [
      { actor: actor('partner_global_admin', '11111111-1111-4111-8111-111111111111') },
      'agreements.other_tenant',
    ],
    [{ kind: 'microsoft_partner_agreement' as const }, 'agreements.wrong_program'],
    [{ program: 'direct_bill' as const }, 'agreements.wrong_program'],
    [{ state: 'verified' as const }, 'agreements.not_acceptable_in_state'],
    [{ state: 'transitioned_to_indirect' as const }, 'agreements.not_acceptable_in_state'],
    [{ state: 'rejected' as const }, 'agreements.not_acceptable_in_state'],
    [{ version: '2019-09' }, 'agreements.version_superseded'],
    [{ version: '2031-01' }, 'agreements.unknown_version'],
    [{ now: new Date('2026-12-31T00:00:00Z') }, 'agreements.not_yet_published'],
    [{ acceptances: [accepted('2027-01')] }, 'agreements.already_accepted'],
    [{ signatory: { ...signatory, title: '' } }, 'agreements.invalid_signatory'],
    [{ signatory: { ...signatory, email: 'ada@gmail.com' } }, 'partner.email_consumer_domain'],
  ])('refuses %j with %s', (change, code) => {
    expect(decideReacceptance({ ...base, ...change })).toMatchObject({
      ok: false,
      error: { code },
    });
  });

  it('a version signed in another region does not count as signed here', () => {
    expect(decideReacceptance({ ...base, acceptances: [accepted('2027-01', 'Japan')] }).ok).toBe(
      true,
    );
  });
});
