import { describe, expect, it } from '@jest/globals';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { en } from '../i18n/en';
import { sv } from '../i18n/sv';
import { describeSignals, sharedSignals } from './duplicate-signals';

const translator = (locale: 'en' | 'sv') => {
  const provider = polyglotI18nProvider(() => (locale === 'sv' ? sv : en), locale);
  return (key: string, options?: Record<string, unknown>) => provider.translate(key, options);
};

describe('duplicate signals on the console', () => {
  it('joins what every duplicate shares, in the domain’s order, each once', () => {
    expect(
      sharedSignals([
        { signals: ['email_domain'] },
        { signals: ['partner_id', 'email_domain'] },
        { signals: ['bank_account'] },
      ]),
    ).toEqual(['bank_account', 'partner_id', 'email_domain']);
    expect(sharedSignals([])).toEqual([]);
  });

  it('says what is shared in English and in Swedish', () => {
    expect(describeSignals(['bank_account', 'partner_id'], translator('en'), 'en')).toBe(
      'Same bank account and PartnerID',
    );
    expect(
      describeSignals(['bank_account', 'partner_id', 'email_domain'], translator('sv'), 'sv'),
    ).toBe('Samma bankkonto, PartnerID och e-postdomän');
  });
});
