import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  duplicateSignals,
  findDuplicates,
  findDuplicateSignals,
  toDuplicateEmailDomain,
  toDuplicateKeys,
  type DuplicateProfile,
} from './duplicates.js';

const contoso: DuplicateProfile = {
  tenantId: 'tenant-contoso',
  bankBlindIndex: 'a1b2c3',
  partnerId: '1234567',
  adminEmail: 'ada@contoso.com',
};
const stranger: DuplicateProfile = {
  tenantId: 'tenant-stranger',
  bankBlindIndex: 'ffffff',
  partnerId: '7654321',
  adminEmail: 'eve@stranger.example',
};

describe('toDuplicateKeys', () => {
  it('normalises the PartnerID and the e-mail domain', () => {
    expect(
      toDuplicateKeys({ ...contoso, partnerId: ' 1234567 ', adminEmail: 'Ada@Contoso.COM ' }),
    ).toEqual({ bankBlindIndex: 'a1b2c3', partnerId: '1234567', emailDomain: 'contoso.com' });
  });

  it('has no keys for what is missing or blank', () => {
    expect(
      toDuplicateKeys({ tenantId: 't', bankBlindIndex: null, partnerId: null, adminEmail: '' }),
    ).toEqual({ bankBlindIndex: null, partnerId: null, emailDomain: null });
    expect(
      toDuplicateKeys({ tenantId: 't', bankBlindIndex: ' ', partnerId: ' ', adminEmail: 'x@ ' }),
    ).toEqual({ bankBlindIndex: null, partnerId: null, emailDomain: null });
  });
});

describe('toDuplicateEmailDomain', () => {
  it.each([
    'anna@gmail.com',
    'anna@outlook.com',
    'anna@hotmail.com',
    'anna@Hotmail.SE',
    'a@live.se',
  ])('ignores the consumer web-mail domain of %s', (email) => {
    expect(toDuplicateEmailDomain(email)).toBeNull();
  });

  it('takes the part after the last @', () => {
    expect(toDuplicateEmailDomain('ada@sales.contoso.com')).toBe('sales.contoso.com');
    expect(toDuplicateEmailDomain('no-at-sign')).toBeNull();
  });
});

describe('findDuplicateSignals', () => {
  it('flags the same bank account, PartnerID and e-mail domain on another tenant', () => {
    expect(
      findDuplicateSignals(contoso, {
        ...contoso,
        tenantId: 'tenant-other',
        adminEmail: 'bo@contoso.com',
      }),
    ).toEqual(['bank_account', 'partner_id', 'email_domain']);
  });

  it.each([
    [{ bankBlindIndex: 'a1b2c3' }, ['bank_account']],
    [{ partnerId: '1234567' }, ['partner_id']],
    [{ adminEmail: 'Someone@CONTOSO.com' }, ['email_domain']],
  ] as const)('flags %j alone', (shared, signals) => {
    expect(findDuplicateSignals(contoso, { ...stranger, ...shared })).toEqual(signals);
  });

  it('never flags the same tenant’s own partner', () => {
    expect(findDuplicateSignals(contoso, { ...contoso })).toEqual([]);
  });

  it('does not flag a shared web-mail domain', () => {
    expect(
      findDuplicateSignals(
        { ...contoso, adminEmail: 'ada@gmail.com' },
        { ...stranger, adminEmail: 'eve@gmail.com' },
      ),
    ).toEqual([]);
  });

  it('does not match what both lack', () => {
    const bare = { bankBlindIndex: null, partnerId: null, adminEmail: '' };
    expect(findDuplicateSignals({ ...contoso, ...bare }, { ...stranger, ...bare })).toEqual([]);
  });

  it('is symmetric, and never flags one tenant', () => {
    const profile = fc.record({
      tenantId: fc.constantFrom('t1', 't2'),
      bankBlindIndex: fc.option(fc.constantFrom('aa', 'bb', ' ')),
      partnerId: fc.option(fc.constantFrom('1234567', '1234567 ', '7654321')),
      adminEmail: fc.constantFrom('a@x.example', 'b@X.example', 'c@gmail.com', 'd@gmail.com', ''),
    });
    fc.assert(
      fc.property(profile, profile, (a, b) => {
        const signals = findDuplicateSignals(a, b);
        expect(findDuplicateSignals(b, a)).toEqual(signals);
        expect(signals.every((signal) => duplicateSignals.includes(signal))).toBe(true);
        if (a.tenantId === b.tenantId) {
          expect(signals).toEqual([]);
        }
      }),
    );
  });
});

describe('findDuplicates', () => {
  it('keeps the candidates that share a signal, with the signals', () => {
    const sameBank = { ...stranger, bankBlindIndex: 'a1b2c3' };
    const sameTenant = { ...contoso, partnerId: '1111111' };
    expect(findDuplicates(contoso, [stranger, sameBank, sameTenant])).toEqual([
      { partner: sameBank, signals: ['bank_account'] },
    ]);
  });
});
