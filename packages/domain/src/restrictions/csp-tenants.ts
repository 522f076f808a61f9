// Which tenant a CSP partner transacts from, and which customers it may register (issue 10
// item 5; seed page, "Important"; DOMAIN.md §1, §6.1). A partner marks one CSP transaction tenant
// per CSP region it sells in; a tenant is one partner's. A customer tenant that is a CSP
// partner's transaction tenant cannot be registered as a customer (CSP-to-CSP resale is not
// allowed); a CSP partner's other, non-CSP tenant can. A customer's market is the country set on
// its tenant, and it must be in one of the partner's regions.
import { parseTenantId, type TenantId } from '../identity/tenant-id.js';
import { findMarket, parseRegionName, type Market, type RegionName } from '../markets/markets.js';
import { refuse, type Refusal } from '../refusal.js';
import { err, ok, type Result } from '../result.js';

/** A partner's CSP transaction tenant in one region. */
export type CspTenantDesignation = {
  readonly partnerId: string;
  readonly region: RegionName;
  readonly tenantId: string;
};

export type DesignationInput = {
  readonly partnerId: string;
  /** The CSP regions the partner sells in (those of its verified locations). */
  readonly partnerRegions: readonly RegionName[];
  readonly region: unknown;
  readonly tenantId: unknown;
  /** Every partner's designations. */
  readonly designations: readonly CspTenantDesignation[];
};

/** A tenant id from a form: a GUID of an organization's tenant (not the personal accounts one). */
const tenantOf = (input: unknown, field: string): Result<TenantId, Refusal> => {
  const parsed = parseTenantId(input);
  return parsed.ok ? parsed : err(refuse('restrictions.invalid_tenant_id', { field }));
};

/**
 * Marks a tenant as the partner's CSP transaction tenant in a region, or says why not: the
 * region must be one the partner sells in and have no transaction tenant of the partner's yet,
 * and the tenant must not be another partner's.
 */
export function decideCspTenantDesignation(
  input: DesignationInput,
): Result<CspTenantDesignation, Refusal> {
  const tenant = tenantOf(input.tenantId, 'tenantId');
  if (!tenant.ok) {
    return tenant;
  }
  const region = parseRegionName(input.region);
  if (!region.ok) {
    return region;
  }
  if (!input.partnerRegions.includes(region.value)) {
    return err(refuse('restrictions.region_not_partners', { region: region.value }));
  }
  const { partnerId, designations } = input;
  if (designations.some((d) => d.partnerId === partnerId && d.region === region.value)) {
    return err(refuse('restrictions.csp_tenant_region_taken', { region: region.value }));
  }
  if (designations.some((d) => d.tenantId === tenant.value && d.partnerId !== partnerId)) {
    return err(refuse('restrictions.csp_tenant_other_partner'));
  }
  return ok({ partnerId, region: region.value, tenantId: tenant.value });
}

export type CustomerInput = {
  readonly partnerId: string;
  readonly partnerRegions: readonly RegionName[];
  readonly customerTenantId: unknown;
  /** The country set on the customer's tenant: its market. */
  readonly customerCountry: unknown;
  readonly designations: readonly CspTenantDesignation[];
};

export type CustomerRegistration = {
  readonly tenantId: TenantId;
  readonly market: Market;
};

/**
 * A customer tenant the partner may register, or why not: not a CSP transaction tenant (another
 * partner's, with the reason the seed gives, or the partner's own), in a CSP market of one of
 * the partner's regions.
 */
export function decideCustomerRegistration(
  input: CustomerInput,
): Result<CustomerRegistration, Refusal> {
  const tenant = tenantOf(input.customerTenantId, 'tenantId');
  if (!tenant.ok) {
    return tenant;
  }
  const designation = input.designations.find((d) => d.tenantId === tenant.value);
  if (designation !== undefined) {
    return err(
      designation.partnerId === input.partnerId
        ? refuse('restrictions.customer_is_own_csp_tenant')
        : refuse('restrictions.buyer_is_csp_transaction_tenant'),
    );
  }
  const market = findMarket(typeof input.customerCountry === 'string' ? input.customerCountry : '');
  if (!market.ok) {
    return market;
  }
  if (!input.partnerRegions.includes(market.value.region)) {
    return err(
      refuse('restrictions.customer_outside_partner_regions', {
        country: market.value.country,
        region: market.value.region,
      }),
    );
  }
  return ok({ tenantId: tenant.value, market: market.value });
}
