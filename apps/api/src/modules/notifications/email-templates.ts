import { messageSubject, type Locale } from '@hub/domain';

/** The e-mails the enrollment sends, in the partner's language (en, sv). */
export type EmailTemplate =
  | 'submitted'
  | 'information_requested'
  | 'verified'
  | 'rejected'
  | 'credit_check_requested'
  | 'credit_check_passed'
  | 'credit_check_failed'
  | 'activated'
  | 'transition_requested'
  | 'transitioned_to_indirect';

export type EmailParams = {
  readonly legalName: string;
  readonly program: string;
  readonly link: string;
  /**
   * What the reviewer wrote. For `information_requested` and `rejected` it is the whole body:
   * the reviewer edited the reason's template (packages/domain fillMessageTemplate) and the
   * partner receives exactly that text.
   */
  readonly message?: string;
  readonly confirmLink?: string;
  /** The indirect provider a transition chose. */
  readonly providerName?: string;
};

type Rendered = { readonly subject: string; readonly body: string };

const programNames: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: { indirect_reseller: 'indirect reseller', direct_bill: 'direct bill partner' },
  sv: { indirect_reseller: 'indirekt återförsäljare', direct_bill: 'direktfakturerad partner' },
};

const closing: Readonly<Record<Locale, string>> = {
  en: '\n\nMicrosoft Cloud Solution Provider program\n(This is an automatic message from the Partner Enrollment Hub.)',
  sv: '\n\nMicrosofts Cloud Solution Provider-program\n(Det här är ett automatiskt meddelande från Partner Enrollment Hub.)',
};

type Template = (p: EmailParams, program: string) => Rendered;

/** An e-mail the reviewer wrote: the subject of its command, the reviewer's text as the body. */
const reviewerWritten =
  (command: 'request_information' | 'reject', locale: Locale): Template =>
  (p) => ({ subject: messageSubject(command, locale, p.legalName), body: p.message ?? '' });

/** The templates whose body is the reviewer's text as sent, with nothing added. */
const asWritten: ReadonlySet<EmailTemplate> = new Set(['information_requested', 'rejected']);

const templates: Readonly<Record<Locale, Readonly<Record<EmailTemplate, Template>>>> = {
  en: {
    submitted: (p, program) => ({
      subject: `We received ${p.legalName}'s CSP application`,
      body:
        `Thank you: ${p.legalName}'s application to the Cloud Solution Provider program as ${program} has been submitted.\n\n` +
        `First, confirm that this is your work e-mail address and that you applied for your company:\n${p.confirmLink ?? ''}\n\n` +
        `It can take us several days to review and verify the information you have provided (usually 3–5 business days). We will e-mail you when we have completed our review.\n\n` +
        `Follow your application: ${p.link}`,
    }),
    information_requested: reviewerWritten('request_information', 'en'),
    verified: (p, program) => ({
      subject: `${p.legalName} is verified for the CSP program`,
      body:
        `We have verified the information you provided for ${p.legalName}.\n\n` +
        (p.program === 'direct_bill'
          ? `Next, we check your company's credit. Do not buy a Microsoft support plan (ASfP or PSfP) yet: we will e-mail you when you have passed the credit check.\n\n`
          : `To become active as ${program}, accept the Microsoft indirect reseller terms as a global admin.\n\n`) +
        `Open your application: ${p.link}`,
    }),
    rejected: reviewerWritten('reject', 'en'),
    credit_check_requested: (p) => ({
      subject: `We are checking ${p.legalName}'s credit`,
      body:
        `${p.legalName}'s details are verified, and we have started the credit check that direct bill partners must pass. It can take several days or more.\n\n` +
        `Do not buy a Microsoft support plan (Advanced Support for Partners or Premier Support for Partners) yet: we'll e-mail you when you've passed the credit check.\n\n` +
        `Follow your application: ${p.link}`,
    }),
    credit_check_passed: (p) => ({
      subject: `${p.legalName} passed the credit check`,
      body:
        `${p.legalName} has passed the credit check. You can now buy a Microsoft support plan (Advanced Support for Partners or Premier Support for Partners) and record it in the Partner Enrollment Hub, then accept the Microsoft Partner Agreement.\n\n` +
        `Continue: ${p.link}`,
    }),
    credit_check_failed: (p) => ({
      subject: `${p.legalName} did not pass the credit check`,
      body: `${p.legalName} did not pass the credit check, so the direct bill application cannot continue.${p.message ? `\n\nNote: ${p.message}` : ''}\n\nDetails: ${p.link}`,
    }),
    activated: (p, program) => ({
      subject: `${p.legalName} is active in the CSP program`,
      body: `Welcome: ${p.legalName} is now active in the Cloud Solution Provider program as ${program}.\n\nYour account: ${p.link}`,
    }),
    transition_requested: (p) => ({
      subject: `${p.legalName}'s transition to indirect reseller is under review`,
      body:
        `We received ${p.legalName}'s request to transition from direct bill to indirect reseller on the same tenant, with ${p.providerName ?? ''} as its indirect provider.\n\n` +
        `It can take up to 5 business days. Until it is approved and you accept the indirect reseller terms, ${p.legalName} stays an active direct bill partner and can withdraw the request; nothing changes for your direct customers.\n\n` +
        `Follow the request: ${p.link}`,
    }),
    transitioned_to_indirect: (p) => ({
      subject: `${p.legalName} is now an indirect reseller`,
      body:
        `${p.legalName} has transitioned to the indirect reseller model, with ${p.providerName ?? ''} as its indirect provider. The tenant cannot return to direct bill only.\n\n` +
        `Your direct customers stay with you, including their billing. New customers you win as an indirect reseller are ordered through your provider. An invitation to the indirect reseller incentive program arrives within 30 days.\n\n` +
        `Your account: ${p.link}`,
    }),
  },
  sv: {
    submitted: (p, program) => ({
      subject: `Vi har tagit emot ${p.legalName}s CSP-ansökan`,
      body:
        `Tack! ${p.legalName}s ansökan till Cloud Solution Provider-programmet som ${program} har skickats in.\n\n` +
        `Bekräfta först att det här är din e-postadress på jobbet och att du ansökte för ditt företag:\n${p.confirmLink ?? ''}\n\n` +
        `Det kan ta oss flera dagar att granska och verifiera uppgifterna (vanligtvis 3–5 arbetsdagar). Vi mejlar dig när granskningen är klar.\n\n` +
        `Följ din ansökan: ${p.link}`,
    }),
    information_requested: reviewerWritten('request_information', 'sv'),
    verified: (p, program) => ({
      subject: `${p.legalName} är verifierat för CSP-programmet`,
      body:
        `Vi har verifierat uppgifterna för ${p.legalName}.\n\n` +
        (p.program === 'direct_bill'
          ? `Nu prövar vi företagets kreditvärdighet. Köp inte en Microsoft-supportplan (ASfP eller PSfP) ännu: vi mejlar dig när kreditprövningen är godkänd.\n\n`
          : `För att bli aktiv som ${program}, godkänn Microsofts villkor för indirekta återförsäljare som global administratör.\n\n`) +
        `Öppna ansökan: ${p.link}`,
    }),
    rejected: reviewerWritten('reject', 'sv'),
    credit_check_requested: (p) => ({
      subject: `Vi prövar ${p.legalName}s kreditvärdighet`,
      body:
        `${p.legalName}s uppgifter är verifierade och vi har påbörjat den kreditprövning som direktfakturerade partner måste klara. Den kan ta flera dagar eller mer.\n\n` +
        `Köp inte en Microsoft-supportplan (Advanced Support for Partners eller Premier Support for Partners) ännu: vi mejlar dig när kreditprövningen är godkänd.\n\n` +
        `Följ din ansökan: ${p.link}`,
    }),
    credit_check_passed: (p) => ({
      subject: `${p.legalName} har godkänts i kreditprövningen`,
      body:
        `${p.legalName} har godkänts i kreditprövningen. Nu kan ni köpa en Microsoft-supportplan (Advanced Support for Partners eller Premier Support for Partners) och registrera den i Partner Enrollment Hub, och sedan godkänna Microsoft Partner Agreement.\n\n` +
        `Fortsätt: ${p.link}`,
    }),
    credit_check_failed: (p) => ({
      subject: `${p.legalName} godkändes inte i kreditprövningen`,
      body: `${p.legalName} godkändes inte i kreditprövningen, så ansökan om direktfakturering kan inte gå vidare.${p.message ? `\n\nAnteckning: ${p.message}` : ''}\n\nMer information: ${p.link}`,
    }),
    activated: (p, program) => ({
      subject: `${p.legalName} är aktivt i CSP-programmet`,
      body: `Välkommen! ${p.legalName} är nu aktivt i Cloud Solution Provider-programmet som ${program}.\n\nDitt konto: ${p.link}`,
    }),
    transition_requested: (p) => ({
      subject: `${p.legalName}s övergång till indirekt återförsäljare granskas`,
      body:
        `Vi har tagit emot ${p.legalName}s begäran om att gå över från direktfakturering till indirekt återförsäljare i samma klient, med ${p.providerName ?? ''} som indirekt leverantör.\n\n` +
        `Det kan ta upp till 5 arbetsdagar. Tills den har godkänts och ni har godkänt villkoren för indirekta återförsäljare är ${p.legalName} fortfarande en aktiv direktfakturerad partner och kan dra tillbaka begäran; inget ändras för era direktkunder.\n\n` +
        `Följ begäran: ${p.link}`,
    }),
    transitioned_to_indirect: (p) => ({
      subject: `${p.legalName} är nu indirekt återförsäljare`,
      body:
        `${p.legalName} har gått över till modellen för indirekta återförsäljare, med ${p.providerName ?? ''} som indirekt leverantör. Klienten kan inte återgå till enbart direktfakturering.\n\n` +
        `Era direktkunder stannar hos er, även faktureringen. Nya kunder som ni vinner som indirekt återförsäljare beställs via er leverantör. En inbjudan till incitamentsprogrammet för indirekta återförsäljare kommer inom 30 dagar.\n\n` +
        `Ditt konto: ${p.link}`,
    }),
  },
};

export function renderEmail(
  template: EmailTemplate,
  locale: Locale,
  params: EmailParams,
): Rendered {
  const program = programNames[locale][params.program] ?? params.program;
  const rendered = templates[locale][template](params, program);
  return asWritten.has(template)
    ? rendered
    : { subject: rendered.subject, body: rendered.body + closing[locale] };
}
