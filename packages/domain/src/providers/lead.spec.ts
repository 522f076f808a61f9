import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { LEAD_LIMITS, parseLead } from './lead.js';

/** Kim from Wide World Importers in Sweden asks Northwind about training. */
const valid = () => ({
  name: '  Kim Akers ',
  email: 'kim@wideworldimporters.example',
  company: 'Wide World Importers',
  country: 'SE',
  message: 'Hello!\r\nWe would like to resell Microsoft 365.\rDo you train new resellers?',
  website: '',
  elapsedMs: 12_000,
});

const refusal = (input: unknown) => {
  const parsed = parseLead(input);
  if (parsed.ok) {
    throw new Error(`expected a refusal, got ${JSON.stringify(parsed.value)}`);
  }
  return parsed.error;
};

describe('parseLead', () => {
  it('accepts a complete form, trimmed, with its line breaks as LF', () => {
    expect(parseLead(valid())).toEqual({
      ok: true,
      value: {
        kind: 'lead',
        lead: {
          name: 'Kim Akers',
          email: 'kim@wideworldimporters.example',
          company: 'Wide World Importers',
          country: 'SE',
          message: 'Hello!\nWe would like to resell Microsoft 365.\nDo you train new resellers?',
        },
      },
    });
  });

  it('takes a filled-in honeypot as spam, before any other rule', () => {
    expect(parseLead({ website: 'https://spam.example' })).toEqual({
      ok: true,
      value: { kind: 'spam' },
    });
    expect(parseLead({ ...valid(), website: '   ' }).ok).toBe(true);
    expect(parseLead({ ...valid(), website: '   ' })).toEqual(
      expect.objectContaining({ value: expect.objectContaining({ kind: 'lead' }) }),
    );
  });

  it('refuses what is not an object', () => {
    for (const input of [null, undefined, 'lead', 42, [valid()]]) {
      expect(refusal(input).code).toBe('lead.invalid');
    }
  });

  it('refuses a form sent faster than a person fills it in, or without its time', () => {
    for (const elapsedMs of [0, LEAD_LIMITS.minimumFillMs - 1, -5, Number.NaN, Infinity, '9000']) {
      expect(refusal({ ...valid(), elapsedMs })).toEqual({
        code: 'lead.sent_too_fast',
        details: { seconds: 3 },
      });
    }
    expect(parseLead({ ...valid(), elapsedMs: LEAD_LIMITS.minimumFillMs }).ok).toBe(true);
  });

  it('names the first field that breaks its rule', () => {
    expect(refusal({ ...valid(), name: 'K' })).toEqual({
      code: 'provider.field_too_short',
      details: { field: 'name', min: 2 },
    });
    expect(refusal({ ...valid(), email: 'kim@' })).toEqual(
      expect.objectContaining({
        code: 'partner.email_invalid',
        details: expect.objectContaining({ field: 'email' }),
      }),
    );
    expect(refusal({ ...valid(), company: undefined })).toEqual({
      code: 'provider.field_required',
      details: { field: 'company', max: 200 },
    });
    expect(refusal({ ...valid(), country: 'XX' })).toEqual({
      code: 'lead.country_invalid',
      details: { field: 'country' },
    });
    expect(refusal({ ...valid(), country: 'se' }).code).toBe('lead.country_invalid');
  });

  it('checks the message: required, 10 to 2000 characters, line breaks but no other controls', () => {
    expect(refusal({ ...valid(), message: 42 })).toEqual({
      code: 'provider.field_required',
      details: { field: 'message' },
    });
    expect(refusal({ ...valid(), message: ' \r\n ' }).code).toBe('provider.field_required');
    expect(refusal({ ...valid(), message: 'Hi there' })).toEqual({
      code: 'provider.field_too_short',
      details: { field: 'message', min: 10 },
    });
    expect(refusal({ ...valid(), message: 'x'.repeat(2001) })).toEqual({
      code: 'provider.field_too_long',
      details: { field: 'message', max: 2000 },
    });
    expect(parseLead({ ...valid(), message: 'x'.repeat(2000) }).ok).toBe(true);
    expect(parseLead({ ...valid(), message: 'Tabs\tand\nlines are fine' }).ok).toBe(true);
    for (const control of ['\u0000', '\u0007', '\u000b', '\u001f', '\u007f', '\u2028']) {
      expect(refusal({ ...valid(), message: `Hello ${control} there, friend` })).toEqual({
        code: 'provider.field_invalid_characters',
        details: { field: 'message' },
      });
    }
  });

  it('never throws, and a lead it accepts keeps every rule', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            name: fc.oneof(fc.string(), fc.constant('Kim Akers')),
            email: fc.oneof(fc.string(), fc.constant('kim@wideworldimporters.example')),
            company: fc.oneof(fc.string(), fc.constant('Wide World Importers')),
            country: fc.oneof(fc.string(), fc.constantFrom('SE', 'NO', 'JP')),
            message: fc.oneof(fc.string(), fc.string({ minLength: 10, maxLength: 3000 })),
            website: fc.oneof(fc.constant(''), fc.string()),
            elapsedMs: fc.oneof(fc.integer(), fc.double()),
          },
          { requiredKeys: [] },
        ),
        (input) => {
          const parsed = parseLead(input);
          if (parsed.ok && parsed.value.kind === 'lead') {
            const { lead } = parsed.value;
            expect(lead.name.length).toBeGreaterThanOrEqual(LEAD_LIMITS.name.min);
            expect(lead.message.length).toBeGreaterThanOrEqual(LEAD_LIMITS.message.min);
            expect(lead.message.length).toBeLessThanOrEqual(LEAD_LIMITS.message.max);
            expect(lead.message).not.toMatch(/\r/);
            expect(input.website ?? '').toMatch(/^\s*$/);
          }
        },
      ),
    );
  });
});
