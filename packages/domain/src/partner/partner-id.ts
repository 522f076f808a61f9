import { refuse, type Refusal } from '../refusal.js';
import { err, ok, type Result } from '../result.js';

declare const partnerIdBrand: unique symbol;
/**
 * A PartnerID (formerly MPN ID), as decimal digits without leading zeros. Made only by
 * parsePartnerId. Global (PGA) and location (PLA) ids have the same format.
 */
export type PartnerId = string & { readonly [partnerIdBrand]: 'PartnerId' };

/** A parsed PartnerID and what the partner should double-check, none of which blocks. */
export type ParsedPartnerId = {
  readonly partnerId: PartnerId;
  readonly warnings: readonly Refusal[];
};

/** Partner Center's API types the id as a 32-bit `int` (DOMAIN.md §4: `mpnId` is an integer). */
const MAX_PARTNER_ID = 2_147_483_647;
const USUAL_LENGTH = 7;

/**
 * A PartnerID from a form or an API body (a string of digits, or a positive integer).
 *
 * DOMAIN.md §6.1: the id is numeric (the API refuses anything else); every documented example
 * has 7 digits but no length rule is published, so a length other than 7 is a warning
 * (`partner.partner_id_unusual_length`), not an error. We refuse a leading zero and 0 itself:
 * the value is an integer to Microsoft, so "0123456" would silently become 123456, and 0 means
 * "sold by the provider itself" in reconciliation data.
 */
export function parsePartnerId(input: unknown): Result<ParsedPartnerId, Refusal> {
  let text: string;
  if (typeof input === 'number') {
    if (!Number.isSafeInteger(input) || input < 0) {
      return err(refuse('partner.partner_id_not_numeric'));
    }
    text = String(input);
  } else if (typeof input === 'string') {
    text = input.trim();
  } else {
    return err(refuse('partner.partner_id_not_numeric'));
  }
  if (!/^[0-9]+$/.test(text)) {
    return err(refuse('partner.partner_id_not_numeric'));
  }
  if (text.startsWith('0')) {
    return err(refuse('partner.partner_id_leading_zero'));
  }
  if (text.length > 10 || Number(text) > MAX_PARTNER_ID) {
    return err(refuse('partner.partner_id_out_of_range', { max: MAX_PARTNER_ID }));
  }
  const warnings =
    text.length === USUAL_LENGTH
      ? []
      : [refuse('partner.partner_id_unusual_length', { length: text.length, usual: USUAL_LENGTH })];
  return ok({ partnerId: text as PartnerId, warnings });
}
