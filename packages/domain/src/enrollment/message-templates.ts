// What a reviewer writes to the partner when asking for information or rejecting (issue 8 items
// 6 and 7): a reason from a list, and a message filled from the reason's template in the
// partner's language, which the reviewer may edit before sending. The text sent is the body of
// the e-mail the partner receives, word for word, so the template holds the whole e-mail:
// greeting, the reason, what to do, the link, the sign-off.
//
// The reasons follow what Microsoft verifies and asks for (DOMAIN.md §6, §7: business
// registration, bank information, PartnerID, revenue, authority to sign, a work e-mail address).
import type { Locale } from '../messages.js';
import type { EnrollmentProgram } from './enrollment-table.js';

/** Why a reviewer asks for more information. */
export type InformationRequestReason =
  | 'business_documents'
  | 'bank_details'
  | 'partner_id'
  | 'revenue_evidence'
  | 'authority_to_sign'
  | 'contact_details'
  | 'other';
export const informationRequestReasons: readonly InformationRequestReason[] = [
  'business_documents',
  'bank_details',
  'partner_id',
  'revenue_evidence',
  'authority_to_sign',
  'contact_details',
  'other',
];

/** Why a reviewer rejects an application. */
export type RejectionReason =
  | 'not_eligible_country'
  | 'partner_id_inactive'
  | 'business_unverifiable'
  | 'credit_check_failed'
  | 'revenue_below_threshold'
  | 'duplicate_application'
  | 'other';
export const rejectionReasons: readonly RejectionReason[] = [
  'not_eligible_country',
  'partner_id_inactive',
  'business_unverifiable',
  'credit_check_failed',
  'revenue_below_threshold',
  'duplicate_application',
  'other',
];

/** The commands whose message comes from a template, and the reasons each takes. */
export type MessageTemplateCommand = 'request_information' | 'reject';
export const messageTemplateCommands: readonly MessageTemplateCommand[] = [
  'request_information',
  'reject',
];
export const messageReasons: {
  readonly request_information: readonly InformationRequestReason[];
  readonly reject: readonly RejectionReason[];
} = { request_information: informationRequestReasons, reject: rejectionReasons };

export type MessageReason = InformationRequestReason | RejectionReason;

/** What a template's placeholders are filled with. */
export type MessageTemplateValues = {
  readonly legalName: string;
  readonly program: EnrollmentProgram;
  /** Where the partner answers or reads the decision (the application in the console). */
  readonly link: string;
  /** The PartnerID on the application, if one is linked. */
  readonly partnerId: string | null;
};

export type FilledMessage = {
  readonly locale: Locale;
  readonly subject: string;
  readonly body: string;
};

const programNames: Readonly<Record<Locale, Readonly<Record<EnrollmentProgram, string>>>> = {
  en: { indirect_reseller: 'indirect reseller', direct_bill: 'direct bill partner' },
  sv: { indirect_reseller: 'indirekt återförsäljare', direct_bill: 'direktfakturerad partner' },
};

const noPartnerId: Readonly<Record<Locale, string>> = { en: '(none given)', sv: '(saknas)' };

type Texts = {
  readonly subject: Readonly<Record<MessageTemplateCommand, string>>;
  readonly frame: Readonly<Record<MessageTemplateCommand, string>>;
  readonly request_information: Readonly<Record<InformationRequestReason, string>>;
  readonly reject: Readonly<Record<RejectionReason, string>>;
};

const signature: Readonly<Record<Locale, string>> = {
  en: 'Kind regards,\nMicrosoft Cloud Solution Provider program',
  sv: 'Vänliga hälsningar\nMicrosofts Cloud Solution Provider-program',
};

const texts: Readonly<Record<Locale, Texts>> = {
  en: {
    subject: {
      request_information: 'More information needed for {legalName}’s CSP application',
      reject: '{legalName}’s CSP application was not approved',
    },
    frame: {
      request_information:
        'Hello,\n\nThank you for applying to the Cloud Solution Provider program as {program}. Before we can verify {legalName}’s application, we need the following from you:\n\n{reason}\n\nAnswer in the Partner Enrollment Hub: {link}\n\nThe review continues as soon as we have your answer.\n\n{signature}',
      reject:
        'Hello,\n\nWe have reviewed {legalName}’s application to the Cloud Solution Provider program as {program}, and we cannot approve it.\n\nReason: {reason}\n\nDetails: {link}\n\n{signature}',
    },
    request_information: {
      business_documents:
        'A business or tax registration certificate that shows {legalName}’s legal name and address exactly as in the application, with no abbreviations.',
      bank_details:
        'Proof of the bank account in the application: a bank statement or a letter from your bank that shows {legalName} as the account holder and the account number.',
      partner_id:
        'We could not confirm that the PartnerID {partnerId} is active for this location. Check it in Partner Center, or send the PartnerID of the location in the country of the application.',
      revenue_evidence:
        'Evidence of your CSP revenue as an indirect reseller over the trailing 12 months (cloud revenue; perpetual software is not counted), such as an export of your Partner Center analytics or your indirect provider’s invoices.',
      authority_to_sign:
        'Proof that the person who applied may accept and sign legal agreements for {legalName}, such as a power of attorney or an extract from the company register.',
      contact_details:
        'A primary contact with a work e-mail address on a domain that {legalName} owns. Web-mail addresses and shared mailboxes such as info@ or admin@ cannot be accepted.',
      other: '[Describe what you need from the partner.]',
    },
    reject: {
      not_eligible_country:
        'The Cloud Solution Provider program is not open to companies in the country of {legalName}’s legal address.',
      partner_id_inactive:
        'The PartnerID {partnerId} is not active for the location of this application. You can apply again once the location’s PartnerID is active in Partner Center.',
      business_unverifiable:
        'We could not verify {legalName} as a legal entity at the address in the application. The legal name and address must match the official registration exactly.',
      credit_check_failed:
        '{legalName} did not pass the credit check that direct bill partners must pass.',
      revenue_below_threshold:
        '{legalName}’s CSP revenue over the trailing 12 months is below the minimum for direct bill partners. You can keep selling as an indirect reseller through an indirect provider.',
      duplicate_application:
        '{legalName} already has an application or an account in this program. Please continue with that one.',
      other: '[Write the reason for the decision.]',
    },
  },
  sv: {
    subject: {
      request_information: 'Mer information behövs för {legalName}s CSP-ansökan',
      reject: '{legalName}s CSP-ansökan godkändes inte',
    },
    frame: {
      request_information:
        'Hej!\n\nTack för er ansökan till Cloud Solution Provider-programmet som {program}. Innan vi kan verifiera {legalName}s ansökan behöver vi följande från er:\n\n{reason}\n\nSvara i Partner Enrollment Hub: {link}\n\nGranskningen fortsätter så snart vi har fått ert svar.\n\n{signature}',
      reject:
        'Hej!\n\nVi har granskat {legalName}s ansökan till Cloud Solution Provider-programmet som {program} och kan inte godkänna den.\n\nSkäl: {reason}\n\nMer information: {link}\n\n{signature}',
    },
    request_information: {
      business_documents:
        'Ett registreringsbevis eller skatteregistreringsbevis som visar {legalName}s juridiska namn och adress exakt som i ansökan, utan förkortningar.',
      bank_details:
        'Ett underlag för bankkontot i ansökan: ett kontoutdrag eller ett intyg från banken som visar {legalName} som kontoinnehavare och kontonumret.',
      partner_id:
        'Vi kunde inte bekräfta att PartnerID {partnerId} är aktivt för den här platsen. Kontrollera det i Partner Center, eller skicka PartnerID för platsen i ansökans land.',
      revenue_evidence:
        'Underlag för er CSP-omsättning som indirekt återförsäljare de senaste 12 månaderna (molnintäkter; evighetslicenser räknas inte), till exempel en export av er analys i Partner Center eller fakturor från er indirekta leverantör.',
      authority_to_sign:
        'Ett underlag som visar att personen som ansökte får godkänna och underteckna avtal för {legalName}, till exempel en fullmakt eller ett utdrag ur bolagsregistret.',
      contact_details:
        'En primär kontaktperson med en e-postadress på jobbet, på en domän som {legalName} äger. Webbmejladresser och gemensamma brevlådor som info@ eller admin@ godtas inte.',
      other: '[Beskriv vad ni behöver från partnern.]',
    },
    reject: {
      not_eligible_country:
        'Cloud Solution Provider-programmet är inte öppet för företag i landet för {legalName}s juridiska adress.',
      partner_id_inactive:
        'PartnerID {partnerId} är inte aktivt för platsen i den här ansökan. Ni kan ansöka igen när platsens PartnerID är aktivt i Partner Center.',
      business_unverifiable:
        'Vi kunde inte verifiera {legalName} som juridisk person på adressen i ansökan. Det juridiska namnet och adressen måste stämma exakt med den officiella registreringen.',
      credit_check_failed:
        '{legalName} godkändes inte i den kreditprövning som direktfakturerade partner måste klara.',
      revenue_below_threshold:
        '{legalName}s CSP-omsättning de senaste 12 månaderna är lägre än minimikravet för direktfakturerade partner. Ni kan fortsätta sälja som indirekt återförsäljare via en indirekt leverantör.',
      duplicate_application:
        '{legalName} har redan en ansökan eller ett konto i det här programmet. Fortsätt gärna med den.',
      other: '[Skriv skälet till beslutet.]',
    },
  },
};

// Every placeholder of the templates is one of the values (a test fills every template and finds
// none left). Values are not read again for placeholders: a legal name with braces stays as is.
const fill = (template: string, values: Readonly<Record<string, string>>): string =>
  template.replace(/\{(\w+)\}/g, (_whole, name: string) => String(values[name]));

/** The subject of the e-mail the command sends (the reviewer edits the body, not the subject). */
export const messageSubject = (
  command: MessageTemplateCommand,
  locale: Locale,
  legalName: string,
): string => fill(texts[locale].subject[command], { legalName });

/** Whether a reason belongs to the command's list (the API checks a query string with it). */
export const isMessageReason = (
  command: MessageTemplateCommand,
  reason: unknown,
): reason is MessageReason =>
  typeof reason === 'string' && (messageReasons[command] as readonly string[]).includes(reason);

export type FillMessageTemplateInput =
  | {
      readonly command: 'request_information';
      readonly reason: InformationRequestReason;
      readonly locale: Locale;
      readonly values: MessageTemplateValues;
    }
  | {
      readonly command: 'reject';
      readonly reason: RejectionReason;
      readonly locale: Locale;
      readonly values: MessageTemplateValues;
    };

/**
 * The e-mail a reason's template gives, in the partner's language, with the application's
 * values filled in: what the console shows the reviewer to edit and send.
 */
export function fillMessageTemplate(input: FillMessageTemplateInput): FilledMessage {
  const { locale, values } = input;
  const localized = texts[locale];
  const reasonTemplate =
    input.command === 'reject'
      ? localized.reject[input.reason]
      : localized.request_information[input.reason];
  const placeholders = {
    legalName: values.legalName,
    program: programNames[locale][values.program],
    link: values.link,
    partnerId: values.partnerId ?? noPartnerId[locale],
    signature: signature[locale],
  };
  return {
    locale,
    subject: messageSubject(input.command, locale, values.legalName),
    body: fill(localized.frame[input.command], {
      ...placeholders,
      reason: fill(reasonTemplate, placeholders),
    }),
  };
}
