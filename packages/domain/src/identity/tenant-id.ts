import { refuse, type Refusal } from '../refusal.js';
import { err, ok, type Result } from '../result.js';
import { toCanonicalGuid } from './guid.js';

declare const tenantIdBrand: unique symbol;
/** A Microsoft Entra ID (Azure AD) tenant id: a GUID, lower case. Made only by parseTenantId. */
export type TenantId = string & { readonly [tenantIdBrand]: 'TenantId' };

/** The tenant of personal Microsoft accounts (outlook.com, live.com): never a partner's tenant. */
export const PERSONAL_ACCOUNTS_TENANT_ID = '9188040d-6c67-4c5b-b112-36a304b66dad';

/**
 * A tenant id from a token or a form. Refused when it is not a GUID (`identity.invalid_tenant_id`)
 * and when it is the personal Microsoft accounts tenant (`identity.personal_account_tenant`):
 * CSP requires a work account, i.e. an organization's tenant (DOMAIN.md §6.1).
 */
export function parseTenantId(input: unknown): Result<TenantId, Refusal> {
  const guid = toCanonicalGuid(input);
  if (guid === undefined) {
    return err(refuse('identity.invalid_tenant_id'));
  }
  if (guid === PERSONAL_ACCOUNTS_TENANT_ID) {
    return err(refuse('identity.personal_account_tenant'));
  }
  return ok(guid as TenantId);
}
