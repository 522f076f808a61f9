import { describe, expect, it } from '@jest/globals';
import { locales } from '../messages.js';
import { enrollmentPrograms } from './enrollment-table.js';
import {
  fillMessageTemplate,
  informationRequestReasons,
  isMessageReason,
  messageReasons,
  messageSubject,
  messageTemplateCommands,
  rejectionReasons,
  type FillMessageTemplateInput,
} from './message-templates.js';

const values = {
  legalName: 'Fabrikam, Inc.',
  program: 'direct_bill' as const,
  link: 'https://hub.example/admin/enrollments/e1/show',
  partnerId: '1234567',
};

const every: FillMessageTemplateInput[] = locales.flatMap((locale) => [
  ...informationRequestReasons.map((reason): FillMessageTemplateInput => ({
    command: 'request_information',
    reason,
    locale,
    values,
  })),
  ...rejectionReasons.map((reason): FillMessageTemplateInput => ({
    command: 'reject',
    reason,
    locale,
    values,
  })),
]);

describe('fillMessageTemplate', () => {
  it('fills the request for business documents in English: the whole e-mail, link and sign-off', () => {
    expect(
      fillMessageTemplate({
        command: 'request_information',
        reason: 'business_documents',
        locale: 'en',
        values,
      }),
    ).toEqual({
      locale: 'en',
      subject: 'More information needed for Fabrikam, Inc.’s CSP application',
      body:
        'Hello,\n\nThank you for applying to the Cloud Solution Provider program as direct bill partner. Before we can verify Fabrikam, Inc.’s application, we need the following from you:\n\n' +
        'A business or tax registration certificate that shows Fabrikam, Inc.’s legal name and address exactly as in the application, with no abbreviations.\n\n' +
        'Answer in the Partner Enrollment Hub: https://hub.example/admin/enrollments/e1/show\n\n' +
        'The review continues as soon as we have your answer.\n\n' +
        'Kind regards,\nMicrosoft Cloud Solution Provider program',
    });
  });

  it('fills a rejection in Swedish, with the PartnerID', () => {
    const filled = fillMessageTemplate({
      command: 'reject',
      reason: 'partner_id_inactive',
      locale: 'sv',
      values: { ...values, program: 'indirect_reseller' },
    });
    expect(filled.subject).toBe('Fabrikam, Inc.s CSP-ansökan godkändes inte');
    expect(filled.body).toContain('som indirekt återförsäljare och kan inte godkänna den.');
    expect(filled.body).toContain('Skäl: PartnerID 1234567 är inte aktivt');
    expect(filled.body).toContain('Mer information: https://hub.example/admin/enrollments/e1/show');
  });

  it.each(locales)('says so when no PartnerID is on the application (%s)', (locale) => {
    const filled = fillMessageTemplate({
      command: 'request_information',
      reason: 'partner_id',
      locale,
      values: { ...values, partnerId: null },
    });
    expect(filled.body).toContain(
      locale === 'en' ? 'PartnerID (none given)' : 'PartnerID (saknas)',
    );
  });

  it('fills every placeholder of every template, in both languages and programs', () => {
    for (const input of every) {
      for (const program of enrollmentPrograms) {
        const filled = fillMessageTemplate({ ...input, values: { ...values, program } });
        expect(filled.body).not.toMatch(/\{\w+\}|undefined/);
        expect(filled.subject).not.toMatch(/\{\w+\}|undefined/);
        expect(filled.body).toContain(values.link);
        expect(filled.locale).toBe(input.locale);
      }
    }
  });

  it('gives each reason its own text', () => {
    for (const locale of locales) {
      for (const command of messageTemplateCommands) {
        const bodies = every
          .filter((input) => input.locale === locale && input.command === command)
          .map((input) => fillMessageTemplate(input).body);
        expect(new Set(bodies).size).toBe(messageReasons[command].length);
      }
    }
  });

  it('does not read placeholders out of the values: a legal name with braces stays as written', () => {
    const filled = fillMessageTemplate({
      command: 'reject',
      reason: 'duplicate_application',
      locale: 'en',
      values: { ...values, legalName: 'Odd {link} AB' },
    });
    expect(filled.body).toContain('Odd {link} AB already has an application');
    expect(filled.subject).toBe('Odd {link} AB’s CSP application was not approved');
  });
});

describe('messageSubject and isMessageReason', () => {
  it('gives the subject of each command', () => {
    expect(messageSubject('request_information', 'sv', 'Contoso AB')).toBe(
      'Mer information behövs för Contoso ABs CSP-ansökan',
    );
  });

  it('knows which reasons belong to which command', () => {
    expect(isMessageReason('reject', 'duplicate_application')).toBe(true);
    expect(isMessageReason('request_information', 'duplicate_application')).toBe(false);
    expect(isMessageReason('request_information', 'bank_details')).toBe(true);
    expect(isMessageReason('reject', 42)).toBe(false);
    expect(isMessageReason('reject', 'toString')).toBe(false);
  });
});
