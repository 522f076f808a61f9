// The CSP-to-CSP resale restriction (seed page, "Important"; DOMAIN.md §6.1): a CSP partner
// cannot resell online services to another CSP partner. It applies only to the tenant used for
// CSP transactions; a CSP partner's separate, non-CSP corporate tenant may buy from a CSP partner.
import { parseTenantId, type TenantId } from '../identity/tenant-id.js';
import { checkCanSellTo } from '../markets/markets.js';
import { refuse, type Refusal } from '../refusal.js';
import { err, ok, type Result } from '../result.js';

export type PurchaseQuestion = {
  /** Tenant X: the customer tenant that would buy. */
  readonly buyerTenantId: string;
  /** Tenant Y: the CSP partner's tenant that would sell. */
  readonly sellerTenantId: string;
  /** Every tenant used for CSP transactions (by any CSP partner). */
  readonly cspTransactionTenantIds: Iterable<string>;
  /**
   * Optional: the country set on the buyer's tenant and the seller's CSP account. When both are
   * given, the regional rule (DOMAIN.md §1) is checked too.
   */
  readonly buyerCountry?: string;
  readonly sellerCountry?: string;
};

/** Why the purchase may go ahead (a message code like a refusal's, for the UI to show). */
export type PurchaseAllowed = { readonly reason: Refusal };

/**
 * May tenant X buy online services from CSP partner Y? Refused when either id is no tenant id,
 * when Y's tenant is not a CSP transaction tenant (`restrictions.seller_not_csp_tenant`: Y does
 * not sell through CSP from it), and when X's tenant is itself a CSP transaction tenant
 * (`restrictions.buyer_is_csp_transaction_tenant`), which covers a partner buying from itself.
 * Allowed otherwise, including for a CSP partner's non-CSP corporate tenant.
 */
export function decidePurchase(question: PurchaseQuestion): Result<PurchaseAllowed, Refusal> {
  const buyer = parseTenantId(question.buyerTenantId);
  if (!buyer.ok) {
    return err(refuse(buyer.error.code, { field: 'buyerTenantId' }));
  }
  const seller = parseTenantId(question.sellerTenantId);
  if (!seller.ok) {
    return err(refuse(seller.error.code, { field: 'sellerTenantId' }));
  }
  const cspTenants = new Set<TenantId>();
  for (const id of question.cspTransactionTenantIds) {
    const parsed = parseTenantId(id);
    if (parsed.ok) {
      cspTenants.add(parsed.value);
    }
  }
  if (!cspTenants.has(seller.value)) {
    return err(refuse('restrictions.seller_not_csp_tenant'));
  }
  if (cspTenants.has(buyer.value)) {
    return err(refuse('restrictions.buyer_is_csp_transaction_tenant'));
  }
  if (question.buyerCountry !== undefined && question.sellerCountry !== undefined) {
    const region = checkCanSellTo(question.sellerCountry, question.buyerCountry);
    if (!region.ok) {
      return region;
    }
  }
  return ok({ reason: refuse('restrictions.buyer_not_csp_transaction_tenant') });
}
