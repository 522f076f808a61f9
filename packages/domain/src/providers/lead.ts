// A reseller's message to a provider from the directory's contact form (issue 9 item 7): the
// fields' rules and the spam checks that need no third party (a honeypot field people never see,
// and a minimum time between showing the form and sending it). Never throws on user input.
import { isCountryCode, type CountryCode } from '../country/country.js';
import { parseEmailAddress, type EmailAddress } from '../partner/email.js';
import { field } from '../partner/text.js';
import { refuse, type Refusal } from '../refusal.js';
import { err, ok, type Result } from '../result.js';
import { listingText } from './provider-listing.js';

export const LEAD_LIMITS = {
  name: { min: 2, max: 120 },
  company: { min: 2, max: 200 },
  message: { min: 10, max: 2000 },
  /** A person needs longer than this to fill in the form; a script does not. */
  minimumFillMs: 3000,
} as const;

/** A lead as stored and e-mailed: trimmed, every rule met. */
export type Lead = {
  readonly name: string;
  readonly email: EmailAddress;
  readonly company: string;
  readonly country: CountryCode;
  readonly message: string;
};

/**
 * What the form's sending says about its sender: a `lead` to record, or `spam` (the honeypot is
 * filled in): answered like a lead, so a script learns nothing, and never stored or e-mailed.
 */
export type LeadOutcome =
  { readonly kind: 'lead'; readonly lead: Lead } | { readonly kind: 'spam' };

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlExceptLineBreaks = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

/** The message: several lines allowed (CR LF and CR become LF), no other control characters. */
function message(input: unknown): Result<string, Refusal> {
  const { min, max } = LEAD_LIMITS.message;
  const value = typeof input === 'string' ? input.replace(/\r\n?/g, '\n').trim() : '';
  if (value === '') {
    return err(refuse('provider.field_required', { field: 'message' }));
  }
  if (value.length > max) {
    return err(refuse('provider.field_too_long', { field: 'message', max }));
  }
  if (controlExceptLineBreaks.test(value)) {
    return err(refuse('provider.field_invalid_characters', { field: 'message' }));
  }
  return value.length < min
    ? err(refuse('provider.field_too_short', { field: 'message', min }))
    : ok(value);
}

/**
 * The contact form's body. `website` is the honeypot (hidden from people and screen readers):
 * anything in it makes the sending spam. `elapsedMs` is the time the form was shown before it was
 * sent: under LEAD_LIMITS.minimumFillMs, or not a number, it is refused as sent too fast (a person
 * who was that quick can send again). Then the fields, the first rule broken refused with its
 * field.
 */
export function parseLead(input: unknown): Result<LeadOutcome, Refusal> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return err(refuse('lead.invalid'));
  }
  const honeypot = field(input, 'website');
  if (typeof honeypot === 'string' && honeypot.trim() !== '') {
    return ok({ kind: 'spam' });
  }
  const elapsed = field(input, 'elapsedMs');
  if (
    typeof elapsed !== 'number' ||
    !Number.isFinite(elapsed) ||
    elapsed < LEAD_LIMITS.minimumFillMs
  ) {
    return err(refuse('lead.sent_too_fast', { seconds: LEAD_LIMITS.minimumFillMs / 1000 }));
  }
  const L = LEAD_LIMITS;
  const name = listingText(field(input, 'name'), 'name', L.name.max, L.name.min);
  if (!name.ok) {
    return name;
  }
  const email = parseEmailAddress(field(input, 'email'));
  if (!email.ok) {
    return err(refuse(email.error.code, { ...email.error.details, field: 'email' }));
  }
  const company = listingText(field(input, 'company'), 'company', L.company.max, L.company.min);
  if (!company.ok) {
    return company;
  }
  const country = field(input, 'country');
  if (!isCountryCode(country)) {
    return err(refuse('lead.country_invalid', { field: 'country' }));
  }
  const text = message(field(input, 'message'));
  if (!text.ok) {
    return text;
  }
  return ok({
    kind: 'lead',
    lead: {
      name: name.value,
      email: email.value,
      company: company.value,
      country,
      message: text.value,
    },
  });
}
