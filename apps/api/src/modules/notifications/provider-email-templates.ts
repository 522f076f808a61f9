import type { Locale } from '@hub/domain';

/** The e-mails of the directory, to a provider's contact address, in its language (en, sv). */
export type ProviderEmailTemplate =
  | 'lead_received'
  | 'listing_approved'
  | 'listing_rejected'
  | 'listing_suspended'
  | 'listing_confirm_due'
  | 'reseller_linked';

export type ProviderEmailParams = {
  readonly providerName: string;
  /** Where the distributor acts: its listing or its leads in the console. */
  readonly link: string;
  readonly reason?: string;
  /** Freshness: the day it leaves the public directory unless confirmed, as a date to show. */
  readonly hiddenFrom?: string;
  /** A reseller that now works with the provider, and how it came to (its transition or not). */
  readonly reseller?: {
    readonly legalName: string;
    readonly country: string;
    readonly transition: boolean;
  };
  readonly lead?: {
    readonly name: string;
    readonly email: string;
    readonly company: string;
    readonly country: string;
    readonly message: string;
  };
};

/** The language a provider is written to in: Swedish when its listing puts Swedish first. */
export const providerLocaleOf = (fields: Readonly<Record<string, unknown>>): Locale => {
  const languages = Array.isArray(fields['languages']) ? (fields['languages'] as unknown[]) : [];
  return typeof languages[0] === 'string' && languages[0].startsWith('sv') ? 'sv' : 'en';
};

type Rendered = { readonly subject: string; readonly body: string };

const closing: Readonly<Record<Locale, string>> = {
  en: '\n\nMicrosoft Cloud Solution Provider program: find an indirect provider\n(This is an automatic message from the Partner Enrollment Hub.)',
  sv: '\n\nMicrosofts Cloud Solution Provider-program: hitta en indirekt leverantör\n(Det här är ett automatiskt meddelande från Partner Enrollment Hub.)',
};

const templates: Readonly<
  Record<Locale, Readonly<Record<ProviderEmailTemplate, (p: ProviderEmailParams) => Rendered>>>
> = {
  en: {
    lead_received: (p) => ({
      subject: `A reseller contacted ${p.providerName} through the CSP directory`,
      body:
        `${p.lead?.name ?? ''} of ${p.lead?.company ?? ''} (${p.lead?.country ?? ''}) wrote to ${p.providerName} through the directory of indirect providers:\n\n` +
        `${p.lead?.message ?? ''}\n\n` +
        `Answer to: ${p.lead?.email ?? ''}\n\nAll your leads: ${p.link}`,
    }),
    listing_approved: (p) => ({
      subject: `${p.providerName}'s listing is published`,
      body: `Your changes to ${p.providerName}'s listing were approved and are now in the public directory.\n\nYour listing: ${p.link}`,
    }),
    listing_rejected: (p) => ({
      subject: `${p.providerName}'s listing change was not approved`,
      body:
        `A reviewer did not approve your changes to ${p.providerName}'s listing. The published listing stays as it was.\n\n` +
        `Reason: ${p.reason ?? ''}\n\nChange and submit again: ${p.link}`,
    }),
    listing_confirm_due: (p) => ({
      subject: `Is ${p.providerName}'s listing still current?`,
      body:
        `It is time to confirm that ${p.providerName}'s listing in the directory of indirect providers is current. Resellers see when it was last confirmed.\n\n` +
        `Unless it is confirmed, it is hidden from the public directory from ${p.hiddenFrom ?? ''} until it is.\n\n` +
        `Check and confirm it: ${p.link}`,
    }),
    listing_suspended: (p) => ({
      subject: `${p.providerName}'s listing is suspended`,
      body:
        `A reviewer suspended ${p.providerName}'s listing: it is not shown in the public directory until it is reinstated.\n\n` +
        `Reason: ${p.reason ?? ''}\n\nYour listing: ${p.link}`,
    }),
    reseller_linked: (p) => ({
      subject: `${p.reseller?.legalName ?? ''} chose ${p.providerName} as its indirect provider`,
      body:
        (p.reseller?.transition
          ? `${p.reseller.legalName} (${p.reseller.country}) has transitioned from direct bill to indirect reseller and chose ${p.providerName} as its indirect provider.\n\n`
          : `${p.reseller?.legalName ?? ''} (${p.reseller?.country ?? ''}), an indirect reseller, recorded ${p.providerName} as one of its indirect providers.\n\n`) +
        `Send it a partnership invitation in Partner Center. Your resellers: ${p.link}`,
    }),
  },
  sv: {
    lead_received: (p) => ({
      subject: `En återförsäljare kontaktade ${p.providerName} via CSP-katalogen`,
      body:
        `${p.lead?.name ?? ''} på ${p.lead?.company ?? ''} (${p.lead?.country ?? ''}) skrev till ${p.providerName} via katalogen över indirekta leverantörer:\n\n` +
        `${p.lead?.message ?? ''}\n\n` +
        `Svara till: ${p.lead?.email ?? ''}\n\nAlla era förfrågningar: ${p.link}`,
    }),
    listing_approved: (p) => ({
      subject: `${p.providerName}s annons är publicerad`,
      body: `Era ändringar i ${p.providerName}s annons godkändes och finns nu i den öppna katalogen.\n\nEr annons: ${p.link}`,
    }),
    listing_rejected: (p) => ({
      subject: `Ändringen i ${p.providerName}s annons godkändes inte`,
      body:
        `En granskare godkände inte era ändringar i ${p.providerName}s annons. Den publicerade annonsen är oförändrad.\n\n` +
        `Skäl: ${p.reason ?? ''}\n\nÄndra och skicka in igen: ${p.link}`,
    }),
    listing_confirm_due: (p) => ({
      subject: `Stämmer ${p.providerName}s annons fortfarande?`,
      body:
        `Det är dags att bekräfta att ${p.providerName}s annons i katalogen över indirekta leverantörer är aktuell. Återförsäljare ser när den senast bekräftades.\n\n` +
        `Om den inte bekräftas döljs den i den öppna katalogen från ${p.hiddenFrom ?? ''} tills den bekräftas.\n\n` +
        `Granska och bekräfta den: ${p.link}`,
    }),
    listing_suspended: (p) => ({
      subject: `${p.providerName}s annons är avstängd`,
      body:
        `En granskare har stängt av ${p.providerName}s annons: den visas inte i den öppna katalogen förrän den återinförs.\n\n` +
        `Skäl: ${p.reason ?? ''}\n\nEr annons: ${p.link}`,
    }),
    reseller_linked: (p) => ({
      subject: `${p.reseller?.legalName ?? ''} valde ${p.providerName} som indirekt leverantör`,
      body:
        (p.reseller?.transition
          ? `${p.reseller.legalName} (${p.reseller.country}) har gått över från direktfakturering till indirekt återförsäljare och valde ${p.providerName} som indirekt leverantör.\n\n`
          : `${p.reseller?.legalName ?? ''} (${p.reseller?.country ?? ''}), en indirekt återförsäljare, har registrerat ${p.providerName} som en av sina indirekta leverantörer.\n\n`) +
        `Skicka en partnerskapsinbjudan i Partner Center. Era återförsäljare: ${p.link}`,
    }),
  },
};

export function renderProviderEmail(
  template: ProviderEmailTemplate,
  locale: Locale,
  params: ProviderEmailParams,
): Rendered {
  const rendered = templates[locale][template](params);
  return { subject: rendered.subject, body: rendered.body + closing[locale] };
}
