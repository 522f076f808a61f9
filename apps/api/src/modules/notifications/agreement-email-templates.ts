import type { Locale } from '@hub/domain';

/** The e-mails of a new agreement version, to the partner's admin, in its language (en, sv). */
export type AgreementEmailTemplate = 'agreement_version_published' | 'agreement_version_accepted';

export type AgreementEmailParams = {
  readonly legalName: string;
  /** The version's title in the recipient's language. */
  readonly title: string;
  readonly version: string;
  /** The day it can be accepted from, as a date to show. */
  readonly publishedOn: string;
  /** The re-acceptance deadline, as a date to show; absent when it asks for none. */
  readonly deadline?: string;
  readonly signatoryName?: string;
  /** Where the partner reads and accepts it in the console. */
  readonly link: string;
};

type Rendered = { readonly subject: string; readonly body: string };

const closing: Readonly<Record<Locale, string>> = {
  en: '\n\nMicrosoft Cloud Solution Provider program\n(This is an automatic message from the Partner Enrollment Hub.)',
  sv: '\n\nMicrosofts Cloud Solution Provider-program\n(Det här är ett automatiskt meddelande från Partner Enrollment Hub.)',
};

const templates: Readonly<
  Record<Locale, Readonly<Record<AgreementEmailTemplate, (p: AgreementEmailParams) => Rendered>>>
> = {
  en: {
    agreement_version_published: (p) => ({
      subject:
        p.deadline === undefined
          ? `A new version of the ${p.title} is available`
          : `Action needed: accept the new ${p.title} by ${p.deadline}`,
      body:
        `Version ${p.version} of the ${p.title} is published from ${p.publishedOn}.\n\n` +
        (p.deadline === undefined
          ? `${p.legalName}'s acceptance of the earlier version stays in force; you may read and accept the new version at any time.\n\n`
          : `A global admin of ${p.legalName} must accept it by ${p.deadline}. After that day, ${p.legalName}'s acceptance of the earlier version no longer counts and your account is flagged for follow-up.\n\n`) +
        `Read and accept it: ${p.link}`,
    }),
    agreement_version_accepted: (p) => ({
      subject: `${p.legalName} accepted the ${p.title}, version ${p.version}`,
      body:
        `${p.signatoryName ?? ''} accepted version ${p.version} of the ${p.title} for ${p.legalName}. Keep this e-mail as your confirmation.\n\n` +
        `See your agreements: ${p.link}`,
    }),
  },
  sv: {
    agreement_version_published: (p) => ({
      subject:
        p.deadline === undefined
          ? `En ny version av ${p.title} finns`
          : `Åtgärd krävs: godkänn nya ${p.title} senast ${p.deadline}`,
      body:
        `Version ${p.version} av ${p.title} gäller från ${p.publishedOn}.\n\n` +
        (p.deadline === undefined
          ? `${p.legalName}s godkännande av den tidigare versionen fortsätter att gälla; ni kan läsa och godkänna den nya versionen när ni vill.\n\n`
          : `En global administratör för ${p.legalName} måste godkänna den senast ${p.deadline}. Efter den dagen räknas inte längre ${p.legalName}s godkännande av den tidigare versionen, och kontot flaggas för uppföljning.\n\n`) +
        `Läs och godkänn: ${p.link}`,
    }),
    agreement_version_accepted: (p) => ({
      subject: `${p.legalName} har godkänt ${p.title}, version ${p.version}`,
      body:
        `${p.signatoryName ?? ''} godkände version ${p.version} av ${p.title} för ${p.legalName}. Spara det här e-postmeddelandet som bekräftelse.\n\n` +
        `Se era avtal: ${p.link}`,
    }),
  },
};

export const renderAgreementEmail = (
  template: AgreementEmailTemplate,
  locale: Locale,
  params: AgreementEmailParams,
): Rendered => {
  const rendered = templates[locale][template](params);
  return { subject: rendered.subject, body: rendered.body + closing[locale] };
};
