import { isConsumerEmailDomain } from './email.js';

/**
 * What a partner can share with another tenant's partner that makes the two a possible duplicate
 * applicant (issue 8 item 8): the same bank account (an IBAN, or the account number where IBANs
 * are not used, compared only through the keyed blind index, never in clear), the same PartnerID,
 * or the same domain of the admin's e-mail address.
 */
export const duplicateSignals = ['bank_account', 'partner_id', 'email_domain'] as const;
export type DuplicateSignal = (typeof duplicateSignals)[number];

/** The facts of a partner that duplicate detection compares; nothing else is needed. */
export type DuplicateProfile = {
  readonly tenantId: string;
  /** The HMAC of the IBAN or account number (the API's blind index), or null without one. */
  readonly bankBlindIndex: string | null;
  readonly partnerId: string | null;
  readonly adminEmail: string;
};

/**
 * The values a partner is looked up by, normalised: PartnerID and domain trimmed and lower-cased,
 * blank as null. A consumer web-mail domain (gmail.com, outlook.com, hotmail.se, ...) is null:
 * unrelated companies share it, so it says nothing about who applies.
 */
export type DuplicateKeys = {
  readonly bankBlindIndex: string | null;
  readonly partnerId: string | null;
  readonly emailDomain: string | null;
};

const blankToNull = (value: string | null): string | null => {
  const text = value?.trim().toLowerCase() ?? '';
  return text === '' ? null : text;
};

/** The domain of an address (after its last `@`), normalised; null for web-mail or none. */
export function toDuplicateEmailDomain(email: string): string | null {
  const at = email.lastIndexOf('@');
  const domain = at < 0 ? null : blankToNull(email.slice(at + 1));
  return domain === null || isConsumerEmailDomain(domain) ? null : domain;
}

/** The keys a partner is compared by (see DuplicateKeys). */
export function toDuplicateKeys(partner: DuplicateProfile): DuplicateKeys {
  return {
    bankBlindIndex: partner.bankBlindIndex?.trim() || null,
    partnerId: blankToNull(partner.partnerId),
    emailDomain: toDuplicateEmailDomain(partner.adminEmail),
  };
}

/**
 * Which signals `other` shares with `partner`, in the order of duplicateSignals; none when both
 * are the same tenant's (a tenant's own applications are never duplicates of each other).
 */
export function findDuplicateSignals(
  partner: DuplicateProfile,
  other: DuplicateProfile,
): DuplicateSignal[] {
  if (partner.tenantId === other.tenantId) {
    return [];
  }
  const mine = toDuplicateKeys(partner);
  const theirs = toDuplicateKeys(other);
  const shared: Record<DuplicateSignal, boolean> = {
    bank_account: mine.bankBlindIndex !== null && mine.bankBlindIndex === theirs.bankBlindIndex,
    partner_id: mine.partnerId !== null && mine.partnerId === theirs.partnerId,
    email_domain: mine.emailDomain !== null && mine.emailDomain === theirs.emailDomain,
  };
  return duplicateSignals.filter((signal) => shared[signal]);
}

/** The candidates that are duplicates of `partner`, each with the signals it shares. */
export function findDuplicates<T extends DuplicateProfile>(
  partner: DuplicateProfile,
  candidates: readonly T[],
): { readonly partner: T; readonly signals: DuplicateSignal[] }[] {
  return candidates
    .map((candidate) => ({ partner: candidate, signals: findDuplicateSignals(partner, candidate) }))
    .filter((match) => match.signals.length > 0);
}
