import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { hostileString, hostileValue } from '../../test-support/hostile-input.js';
import { parsePhone, toLocationPhone, type PhoneNumber } from './phone.js';

describe('parsePhone', () => {
  it('turns international and national forms into E.164', () => {
    expect(parsePhone('+46 8 123 456 78')).toEqual({ ok: true, value: '+46812345678' });
    expect(parsePhone('08-123 456 78', 'SE')).toEqual({ ok: true, value: '+46812345678' });
    expect(parsePhone('0046 8 123 456 78')).toEqual({ ok: true, value: '+46812345678' });
    expect(parsePhone('(202) 555-0143', 'US')).toEqual({ ok: true, value: '+12025550143' });
    expect(parsePhone('+44 20 7946 0018')).toEqual({ ok: true, value: '+442079460018' });
  });

  it('reads Saba and Sint Eustatius (XS, XE) in the +599 plan, and Kosovo (XK)', () => {
    expect(parsePhone('416 1234', 'XS')).toEqual({ ok: true, value: '+5994161234' });
    expect(parsePhone('318 1234', 'XE')).toEqual({ ok: true, value: '+5993181234' });
    expect(parsePhone('044 123 456', 'XK')).toEqual({ ok: true, value: '+38344123456' });
  });

  it('needs a country code when no country is known', () => {
    expect(parsePhone('08 123 456 78')).toEqual({
      ok: false,
      error: { code: 'partner.phone_needs_country_code' },
    });
    expect(parsePhone('08 123 456 78', 'ZZ')).toEqual({
      ok: false,
      error: { code: 'partner.phone_needs_country_code' },
    });
  });

  it('refuses numbers that are too short or too long', () => {
    expect(parsePhone('+46 8')).toEqual({ ok: false, error: { code: 'partner.phone_too_short' } });
    expect(parsePhone('+46 8 123 456 78 90 12 34')).toEqual({
      ok: false,
      error: { code: 'partner.phone_too_long' },
    });
  });

  it('refuses numbers with the right length but impossible digits (max metadata)', () => {
    expect(parsePhone('+46 00 000 00 00')).toEqual({
      ok: false,
      error: { code: 'partner.phone_invalid' },
    });
    expect(parsePhone('+1 011 555 0143')).toEqual({
      ok: false,
      error: { code: 'partner.phone_invalid' },
    });
  });

  it('refuses text around the number, letters and other types', () => {
    for (const input of [
      'call +46812345678',
      'abc',
      '+',
      '',
      '   ',
      '+46812345678\u0000',
      undefined,
      null,
      46812345678,
      {},
    ]) {
      expect(parsePhone(input).ok).toBe(false);
    }
    expect(parsePhone(`+46${'1'.repeat(100)}`)).toEqual({
      ok: false,
      error: { code: 'partner.phone_invalid' },
    });
  });

  it('fuzz: never throws; what it accepts is E.164', () => {
    fc.assert(
      fc.property(
        fc.oneof(hostileValue, fc.stringMatching(/^\+?[0-9 ()-]{4,20}$/)),
        fc.option(fc.oneof(fc.constantFrom('SE', 'US', 'XS', 'GB'), hostileString), {
          nil: undefined,
        }),
        (input, country) => {
          const r = parsePhone(input, country);
          if (r.ok) {
            expect(r.value).toMatch(/^\+[1-9][0-9]{6,14}$/);
          }
        },
      ),
    );
  });
});

describe('toLocationPhone', () => {
  const phone = (s: string): PhoneNumber => {
    const r = parsePhone(s);
    if (!r.ok) {
      throw new Error('bad test phone');
    }
    return r.value;
  };

  it('gives the national number: digits only, no country code', () => {
    expect(toLocationPhone(phone('+46 8 123 456 78'))).toEqual({ ok: true, value: '812345678' });
    expect(toLocationPhone(phone('+1 202 555 0143'))).toEqual({ ok: true, value: '2025550143' });
  });

  it('refuses national numbers of more than 10 digits', () => {
    expect(toLocationPhone(phone('+39 06 1234 56789'))).toEqual({
      ok: false,
      error: { code: 'partner.phone_too_long_for_location', details: { max: 10 } },
    });
    expect(toLocationPhone('nonsense' as PhoneNumber)).toMatchObject({ ok: false });
  });
});
