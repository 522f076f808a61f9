import { describe, expect, it } from '@jest/globals';
import { formatMessage, locales, messages, type MessageCode } from './messages.js';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
const codes = Object.keys(messages.en) as MessageCode[];

describe('the message catalog', () => {
  it('has English and Swedish for exactly the same codes', () => {
    expect(Object.keys(messages.sv).sort()).toEqual([...codes].sort());
    expect(locales).toEqual(['en', 'sv']);
  });

  it.each(codes)('%s has a non-empty text in both languages, and they differ', (code) => {
    const en = messages.en[code];
    const sv = messages.sv[code];
    expect(en.trim()).not.toBe('');
    expect(sv.trim()).not.toBe('');
    expect(sv).not.toBe(en);
  });

  it.each(codes)('%s uses the same placeholders in English and Swedish', (code) => {
    expect(placeholders(messages.sv[code])).toEqual(placeholders(messages.en[code]));
  });

  it.each(codes)('%s is a stable code of the form context.snake_case', (code) => {
    expect(code).toMatch(/^[a-z]+\.[a-z0-9]+(_[a-z0-9]+)*$/);
  });

  it('has no unbalanced braces (a typo would show up as text)', () => {
    for (const locale of locales) {
      for (const code of codes) {
        const text = messages[locale][code].replace(/\{\w+\}/g, '');
        expect({ code, text }).toEqual({ code, text: text.replace(/[{}]/g, '') });
      }
    }
  });
});

describe('formatMessage', () => {
  it('fills placeholders from details, in each locale', () => {
    expect(formatMessage('market.sales_suspended', { country: 'RU', since: '2022-03-04' })).toBe(
      'New CSP sales in RU have been suspended since 2022-03-04.',
    );
    expect(
      formatMessage('market.sales_suspended', { country: 'RU', since: '2022-03-04' }, 'sv'),
    ).toBe('Nyförsäljning via CSP i RU är stoppad sedan 2022-03-04.');
  });

  it('joins list details and leaves missing placeholders visible', () => {
    expect(
      formatMessage('partner.registration_id_type_not_accepted', {
        country: 'PL',
        types: ['TIN', 'PESEL'],
      }),
    ).toBe('In PL the accepted registration ids are: TIN, PESEL.');
    expect(formatMessage('partner.postal_code_required')).toBe(
      'Enter the postal code; addresses in {country} need one.',
    );
  });

  it('does not read placeholders from the prototype', () => {
    expect(
      formatMessage(
        'partner.postal_code_required',
        JSON.parse('{"__proto__": {"country": "SE"}}') as Record<string, string>,
      ),
    ).toContain('{country}');
  });
});
