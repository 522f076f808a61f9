import { refuse, type Refusal } from '../refusal.js';
import { err, ok, type Result } from '../result.js';

declare const emailBrand: unique symbol;
declare const workEmailBrand: unique symbol;
/** A syntactically valid e-mail address; the domain is lower case (ASCII, IDNs as punycode). */
export type EmailAddress = string & { readonly [emailBrand]: 'EmailAddress' };
/** An e-mail address accepted for a role that must be a person at the company (see parseWorkEmail). */
export type WorkEmail = EmailAddress & { readonly [workEmailBrand]: 'WorkEmail' };

/** Who the address is for. Both must be a person's mailbox on the company's own domain. */
export type WorkEmailRole = 'admin' | 'primary_contact';

// The dot-atom of RFC 5322 (no quoted local parts, no comments): what mail forms accept in practice.
const localPartPattern = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const labelPattern = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const topLevelPattern = /\.([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * Consumer web-mail domains. DOMAIN.md §6.1 names Gmail, Yahoo, iCloud, AOL and Outlook.com; §2
 * adds live.com. The list adds the other big consumer services partners actually use. Brands that
 * exist under many country domains (hotmail.fr, yahoo.co.jp, live.se) are matched by name below.
 */
const consumerDomains: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'aim.com',
  'msn.com',
  'passport.com',
  'ymail.com',
  'rocketmail.com',
  'proton.me',
  'protonmail.com',
  'pm.me',
  'gmx.com',
  'gmx.net',
  'gmx.de',
  'web.de',
  't-online.de',
  'mail.com',
  'zoho.com',
  'zohomail.com',
  'yandex.com',
  'yandex.ru',
  'ya.ru',
  'mail.ru',
  'bk.ru',
  'inbox.ru',
  'list.ru',
  'rambler.ru',
  'qq.com',
  '163.com',
  '126.com',
  'sina.com',
  'naver.com',
  'hanmail.net',
  'daum.net',
  'rediffmail.com',
  'tutanota.com',
  'tuta.io',
  'fastmail.com',
  'hey.com',
  'laposte.net',
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'libero.it',
  'seznam.cz',
  'wp.pl',
  'o2.pl',
  'interia.pl',
  'onet.pl',
  'bol.com.br',
  'uol.com.br',
  'terra.com.br',
]);
/** Consumer brands present under many country domains: brand.tld and brand.co|com|net|org.tld. */
const consumerBrandDomain =
  /^(gmail|hotmail|live|outlook|windowslive|yahoo)\.((co|com|net|org)\.)?[a-z]{2,}$/;

/**
 * Generic (role) mailboxes. DOMAIN.md §6.1: info@, admin@ and marketing@ are not accepted when an
 * MPN account is created. Decision: we refuse these and the other common role mailboxes for both
 * the Partner Center admin and the primary contact, because Microsoft's employment check (§7)
 * verifies that the primary contact is a person employed by the company, and the admin is "the
 * employee who will act as the admin" (seed page). A shared mailbox cannot prove either. Support
 * and other contact addresses use parseEmailAddress, where role mailboxes are fine.
 */
const genericMailboxes: ReadonlySet<string> = new Set([
  'info',
  'admin',
  'administrator',
  'marketing',
  'sales',
  'support',
  'contact',
  'contacts',
  'office',
  'hello',
  'mail',
  'email',
  'noreply',
  'no-reply',
  'donotreply',
  'billing',
  'accounts',
  'accounting',
  'finance',
  'webmaster',
  'postmaster',
  'hostmaster',
  'abuse',
  'help',
  'helpdesk',
  'team',
  'enquiries',
  'inquiries',
  'hr',
  'jobs',
  'careers',
  'legal',
  'it',
  'service',
  'kontakt',
  'post',
  'ekonomi',
  'faktura',
  'kundtjanst',
]);

const MAX_LENGTH = 254;

/**
 * The WHATWG URL class, present in every runtime this package targets (Node, browsers). Declared
 * here because the package compiles without DOM or Node type libraries; only `hostname` is used.
 */
declare const URL: new (input: string) => { readonly hostname: string };

/** The domain in ASCII (IDN labels to punycode), lower case, or undefined when it is no host name. */
function toAsciiDomain(domain: string): string | undefined {
  let ascii = domain.toLowerCase();
  if (/[^\x20-\x7e]/.test(ascii)) {
    try {
      // WHATWG URL does IDNA (UTS #46) without any I/O, in Node and in browsers.
      ascii = new URL(`http://${ascii}/`).hostname;
    } catch {
      return undefined;
    }
  }
  const labels = ascii.split('.');
  if (!labels.every((l) => labelPattern.test(l)) || !topLevelPattern.test(ascii)) {
    return undefined;
  }
  return ascii;
}

/**
 * An e-mail address: one `@`, a dot-atom local part of at most 64 characters, a host name with a
 * real top-level domain, 254 characters in all. Surrounding spaces are ignored; the domain is
 * lower-cased, the local part is kept as typed.
 */
export function parseEmailAddress(input: unknown): Result<EmailAddress, Refusal> {
  if (typeof input !== 'string' || input.length > MAX_LENGTH * 4) {
    return err(refuse('partner.email_invalid'));
  }
  const text = input.trim();
  const at = text.lastIndexOf('@');
  const local = text.slice(0, at);
  if (at < 1 || local.length > 64 || !localPartPattern.test(local)) {
    return err(refuse('partner.email_invalid'));
  }
  const domain = toAsciiDomain(text.slice(at + 1));
  if (domain === undefined) {
    return err(refuse('partner.email_invalid'));
  }
  const address = `${local}@${domain}`;
  if (address.length > MAX_LENGTH) {
    return err(refuse('partner.email_invalid'));
  }
  return ok(address as EmailAddress);
}

/** Whether a domain (lower case, ASCII) belongs to a consumer web-mail service. */
export function isConsumerEmailDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  return consumerDomains.has(d) || consumerBrandDomain.test(d);
}

/** Whether the local part is a generic role mailbox (info@, admin@, ...; `+tags` ignored). */
export function isGenericMailbox(localPart: string): boolean {
  return genericMailboxes.has(localPart.toLowerCase().replace(/\+.*$/, ''));
}

/**
 * The e-mail of the Partner Center admin or of the primary contact: a person's mailbox on the
 * company's domain. Refused: consumer web-mail (`partner.email_consumer_domain`, DOMAIN.md §6.1,
 * §2) and generic mailboxes (`partner.email_generic_mailbox`). For the primary contact also a bare
 * `*.onmicrosoft.com` address (`partner.email_onmicrosoft_domain`): Microsoft's e-mail ownership
 * check needs a monitored mailbox on a company domain (§7). The admin may sign in with an
 * onmicrosoft.com account, which is the tenant's own work account.
 */
export function parseWorkEmail(input: unknown, role: WorkEmailRole): Result<WorkEmail, Refusal> {
  const email = parseEmailAddress(input);
  if (!email.ok) {
    return email;
  }
  const at = email.value.lastIndexOf('@');
  const local = email.value.slice(0, at);
  const domain = email.value.slice(at + 1);
  if (isConsumerEmailDomain(domain)) {
    return err(refuse('partner.email_consumer_domain', { domain }));
  }
  if (isGenericMailbox(local)) {
    return err(refuse('partner.email_generic_mailbox', { mailbox: local.toLowerCase() }));
  }
  if (
    role === 'primary_contact' &&
    (domain === 'onmicrosoft.com' || domain.endsWith('.onmicrosoft.com'))
  ) {
    return err(refuse('partner.email_onmicrosoft_domain'));
  }
  return ok(email.value as WorkEmail);
}
