// Every message the rules can produce, in English and Swedish, in one place that the API and
// both UIs use. Each context keeps its texts beside its rules (`<context>/<context>.messages.ts`
// exporting `{ en, sv }` with the same keys) and is merged here.
import type { RefusalDetails } from './refusal.js';
import { restrictionsMessages } from './restrictions/restrictions.messages.js';
import { locationsMessages } from './locations/locations.messages.js';
import { partnerMessages } from './partner/partner.messages.js';
import { identityMessages } from './identity/identity.messages.js';
import { countryMessages } from './country/country.messages.js';
import { marketsMessages } from './markets/markets.messages.js';
import { moneyMessages } from './money/money.messages.js';
import { enrollmentMessages } from './enrollment/enrollment.messages.js';
import { eligibilityMessages } from './eligibility/eligibility.messages.js';
import { revenueMessages } from './revenue/revenue.messages.js';
import { agreementsMessages } from './agreements/agreements.messages.js';
import { providersMessages } from './providers/providers.messages.js';
import { settingsMessages } from './settings/settings.messages.js';
import { attachmentsMessages } from './attachments/attachments.messages.js';

export type Locale = 'en' | 'sv';
export const locales: readonly Locale[] = ['en', 'sv'];

type Catalog = { readonly en: Readonly<Record<string, string>>; readonly sv: Readonly<Record<string, string>> };

const catalogs = [countryMessages, marketsMessages, moneyMessages, identityMessages, partnerMessages, enrollmentMessages, eligibilityMessages, revenueMessages, agreementsMessages, locationsMessages, restrictionsMessages, providersMessages, settingsMessages, attachmentsMessages] as const satisfies readonly Catalog[];

type Merge<T extends readonly Catalog[]> = T extends readonly [infer H extends Catalog, ...infer R extends readonly Catalog[]]
  ? keyof H['en'] | Merge<R>
  : never;

/** Every stable code, e.g. `enrollment.illegal_transition`. */
export type MessageCode = Merge<typeof catalogs> | 'common.unknown';

const common = {
  en: { 'common.unknown': 'Something went wrong.' },
  sv: { 'common.unknown': 'Något gick fel.' },
} as const;

export const messages: Readonly<Record<Locale, Readonly<Record<MessageCode, string>>>> = {
  en: Object.assign({}, common.en, ...catalogs.map((c: Catalog) => c.en)) as Record<MessageCode, string>,
  sv: Object.assign({}, common.sv, ...catalogs.map((c: Catalog) => c.sv)) as Record<MessageCode, string>,
};

/** The message for a code in a locale, with `{name}` placeholders filled from details. */
export function formatMessage(code: MessageCode, details: RefusalDetails = {}, locale: Locale = 'en'): string {
  const template = messages[locale][code];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(details, name) ? details[name] : undefined;
    if (value === undefined) {
      return whole;
    }
    return Array.isArray(value) ? value.join(', ') : String(value);
  });
}
