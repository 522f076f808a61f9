import { refuse, type Refusal } from '../refusal.js';
import { err, ok, type Result } from '../result.js';
import { toCanonicalGuid } from './guid.js';

declare const userIdBrand: unique symbol;
/** A user's object id (`oid`) in Entra ID: a GUID, lower case. Made only by parseUserId. */
export type UserId = string & { readonly [userIdBrand]: 'UserId' };

export function parseUserId(input: unknown): Result<UserId, Refusal> {
  const guid = toCanonicalGuid(input);
  return guid === undefined ? err(refuse('identity.invalid_user_id')) : ok(guid as UserId);
}
