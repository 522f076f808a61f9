import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { en } from '../i18n/en';
import { checkLead, sendLead } from './lead-form';

const labels = {
  name: en.contact.name,
  email: en.contact.email,
  company: en.contact.company,
  country: en.contact.country,
  message: en.contact.message,
};
const filled = {
  name: 'Ada Lindqvist',
  email: 'reseller@example.com',
  company: 'Contoso Reseller AB',
  country: 'SE',
  message: 'What are your credit terms for new resellers?',
};

afterEach(() => {
  jest.restoreAllMocks();
});

describe('checkLead', () => {
  it('accepts a filled-in form', () => {
    expect(checkLead(filled, { locale: 'en', labels })).toEqual({});
  });

  it('names every field that breaks a rule at once, by its label, in the language', () => {
    const errors = checkLead(
      { name: '', email: 'ada@', company: 'C', country: '', message: 'Hi' },
      { locale: 'en', labels },
    );
    expect(errors).toEqual({
      name: 'Fill in the field “Your name”.',
      email: 'Enter a valid e-mail address, for example anna.berg@contoso.com.',
      company: 'The field “Company” needs at least 2 characters.',
      country: 'Choose the country your company is in.',
      message: 'The field “Message” needs at least 10 characters.',
    });
    expect(
      checkLead(
        { ...filled, name: '' },
        { locale: 'sv', labels: { ...labels, name: 'Ditt namn' } },
      ),
    ).toEqual({ name: 'Fyll i fältet ”Ditt namn”.' });
  });
});

describe('sendLead', () => {
  const send = () =>
    sendLead({ providerId: 'p-1', values: filled, website: '', elapsedMs: 4321.7, locale: 'sv' });

  it('posts the contract’s body in the reader’s language and reads the id', async () => {
    const fetch = jest
      .spyOn(globalThis, 'fetch')
      .mockResolvedValue(Response.json({ id: 'lead-1' }, { status: 202 }));
    expect(await send()).toEqual({ kind: 'sent', id: 'lead-1' });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/directory/providers/p-1/leads');
    expect((init?.headers as Record<string, string>)['accept-language']).toBe('sv');
    expect(JSON.parse(init?.body as string)).toEqual({ ...filled, website: '', elapsedMs: 4322 });
  });

  it('passes on a refusal’s localized message and its field', async () => {
    jest.spyOn(globalThis, 'fetch').mockResolvedValue(
      Response.json(
        {
          statusCode: 400,
          error: 'Bad Request',
          code: 'provider.field_too_short',
          message: 'Fältet ”name” behöver minst 2 tecken.',
          details: { field: 'name' },
        },
        { status: 400 },
      ),
    );
    expect(await send()).toEqual({
      kind: 'refused',
      message: 'Fältet ”name” behöver minst 2 tecken.',
      field: 'name',
    });
  });

  it('tells a rate limit by its Retry-After, and a failure otherwise', async () => {
    jest
      .spyOn(globalThis, 'fetch')
      .mockResolvedValueOnce(new Response(null, { status: 429, headers: { 'retry-after': '120' } }))
      .mockResolvedValueOnce(new Response('oops', { status: 500 }))
      .mockRejectedValueOnce(new TypeError('offline'));
    expect(await send()).toEqual({ kind: 'rate_limited', retryAfterSeconds: 120 });
    expect(await send()).toEqual({ kind: 'failed' });
    expect(await send()).toEqual({ kind: 'failed' });
  });
});
