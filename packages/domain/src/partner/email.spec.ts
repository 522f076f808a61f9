import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { hostileValue } from '../../test-support/hostile-input.js';
import {
  isConsumerEmailDomain,
  isGenericMailbox,
  parseEmailAddress,
  parseWorkEmail,
} from './email.js';

describe('parseEmailAddress', () => {
  it('accepts an address and lower-cases the domain only', () => {
    expect(parseEmailAddress(' Anna.Berg@Contoso.COM ')).toEqual({
      ok: true,
      value: 'Anna.Berg@contoso.com',
    });
    expect(parseEmailAddress("o'brien+csp@sub.contoso.co.uk")).toEqual({
      ok: true,
      value: "o'brien+csp@sub.contoso.co.uk",
    });
  });

  it('converts an internationalized domain to punycode', () => {
    expect(parseEmailAddress('anna@exämple.se')).toEqual({
      ok: true,
      value: 'anna@xn--exmple-cua.se',
    });
  });

  it.each([
    '',
    'anna',
    '@contoso.com',
    'anna@',
    'anna@contoso',
    'anna@contoso.c',
    'anna@contoso.123',
    'anna..berg@contoso.com',
    '.anna@contoso.com',
    'anna.@contoso.com',
    'anna berg@contoso.com',
    'anna@con toso.com',
    'anna@-contoso.com',
    'anna@contoso-.com',
    'anna@contoso..com',
    '"anna"@contoso.com',
    'anna@[10.0.0.1]',
    'anna@contoso.com\nbcc: eve@evil.example',
    'an\u0000na@contoso.com',
    'anna@contoso.com\u0000x',
    `${'a'.repeat(65)}@contoso.com`,
    `anna@${'a'.repeat(64)}.com`,
    `anna@${'abcdefghij.'.repeat(24)}com`,
    'anna@exa\u200bmple.com\u0085',
    'anna@ex ample.sé',
    'anna@exämple',
  ])('refuses %j', (input) => {
    expect(parseEmailAddress(input)).toEqual({
      ok: false,
      error: { code: 'partner.email_invalid' },
    });
  });

  it('refuses non-strings and huge strings', () => {
    for (const input of [undefined, null, 1, {}, ['a@b.se'], `${'a'.repeat(2000)}@contoso.com`]) {
      expect(parseEmailAddress(input)).toEqual({
        ok: false,
        error: { code: 'partner.email_invalid' },
      });
    }
  });

  it('fuzz: never throws; what it accepts has one @, no spaces or control characters, at most 254 characters', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValue, fc.emailAddress()), (input) => {
        const r = parseEmailAddress(input);
        if (r.ok) {
          expect(r.value.length).toBeLessThanOrEqual(254);
          // eslint-disable-next-line no-control-regex
          expect(r.value).not.toMatch(/[\s\u0000-\u001f\u007f]/);
          expect(r.value.split('@')).toHaveLength(2);
        }
      }),
    );
  });

  it("accepts fast-check's RFC-shaped addresses when short enough", () => {
    fc.assert(
      fc.property(fc.emailAddress(), (e) => {
        fc.pre(e.length <= 254 && !/\.[0-9]+$/.test(e) && /\.[a-z]{2,}$/.test(e));
        expect(parseEmailAddress(e).ok).toBe(true);
      }),
    );
  });
});

describe('parseWorkEmail', () => {
  it("accepts a person at the company's domain, for both roles", () => {
    expect(parseWorkEmail('anna.berg@contoso.se', 'admin')).toEqual({
      ok: true,
      value: 'anna.berg@contoso.se',
    });
    expect(parseWorkEmail('anna.berg@contoso.se', 'primary_contact')).toEqual({
      ok: true,
      value: 'anna.berg@contoso.se',
    });
  });

  it.each([
    'gmail.com',
    'googlemail.com',
    'yahoo.com',
    'yahoo.co.jp',
    'icloud.com',
    'aol.com',
    'outlook.com',
    'outlook.fr',
    'hotmail.com',
    'hotmail.co.uk',
    'live.com',
    'live.se',
    'msn.com',
    'proton.me',
    'gmx.de',
    'qq.com',
  ])('refuses consumer web-mail at %s for the admin and the primary contact', (domain) => {
    for (const role of ['admin', 'primary_contact'] as const) {
      expect(parseWorkEmail(`anna.berg@${domain.toUpperCase()}`, role)).toEqual({
        ok: false,
        error: { code: 'partner.email_consumer_domain', details: { domain } },
      });
    }
  });

  it('does not mistake company domains that contain a brand for web-mail', () => {
    for (const domain of [
      'outlook.contoso.com',
      'mail.live.contoso.se',
      'gmailer.com',
      'contoso-outlook.com',
      'live.sub.example.com',
    ]) {
      expect(isConsumerEmailDomain(domain)).toBe(false);
    }
  });

  it.each(['info', 'admin', 'marketing', 'Sales', 'support', 'noreply', 'info+csp'])(
    'refuses the generic mailbox %s@',
    (local) => {
      const r = parseWorkEmail(`${local}@contoso.com`, 'primary_contact');
      expect(r).toMatchObject({ ok: false, error: { code: 'partner.email_generic_mailbox' } });
      expect(parseWorkEmail(`${local}@contoso.com`, 'admin').ok).toBe(false);
    },
  );

  it('names the mailbox in the refusal', () => {
    expect(parseWorkEmail('Info@contoso.com', 'admin')).toEqual({
      ok: false,
      error: { code: 'partner.email_generic_mailbox', details: { mailbox: 'info' } },
    });
  });

  it('keeps people whose names start like a role', () => {
    expect(isGenericMailbox('information.officer')).toBe(false);
    expect(isGenericMailbox('adminson')).toBe(false);
    expect(isGenericMailbox('anna')).toBe(false);
  });

  it('refuses onmicrosoft.com for the primary contact only', () => {
    expect(parseWorkEmail('anna@contoso.onmicrosoft.com', 'primary_contact')).toEqual({
      ok: false,
      error: { code: 'partner.email_onmicrosoft_domain' },
    });
    expect(parseWorkEmail('anna@contoso.onmicrosoft.com', 'admin')).toEqual({
      ok: true,
      value: 'anna@contoso.onmicrosoft.com',
    });
  });

  it('passes on syntax errors', () => {
    expect(parseWorkEmail('not an address', 'admin')).toEqual({
      ok: false,
      error: { code: 'partner.email_invalid' },
    });
  });

  it('fuzz: never accepts a consumer domain or a generic mailbox', () => {
    const domain = fc.oneof(
      fc.constantFrom('gmail.com', 'hotmail.se', 'yahoo.co.uk', 'live.com', 'contoso.com'),
      fc.domain(),
    );
    const local = fc.oneof(
      fc.constantFrom('info', 'admin', 'marketing', 'anna'),
      fc.stringMatching(/^[a-z]{1,10}$/),
    );
    fc.assert(
      fc.property(
        local,
        domain,
        fc.constantFrom('admin' as const, 'primary_contact' as const),
        (l, d, role) => {
          const r = parseWorkEmail(`${l}@${d}`, role);
          if (r.ok) {
            expect(isConsumerEmailDomain(d)).toBe(false);
            expect(isGenericMailbox(l)).toBe(false);
          }
        },
      ),
    );
  });
});
