import { refuse, type Refusal } from '../refusal.js';
import { err, ok, type Result } from '../result.js';
import { parseTenantId, type TenantId } from './tenant-id.js';
import { parseUserId, type UserId } from './user-id.js';

/** The Entra ID role template id of Global Administrator, as carried in a token's `wids` claim. */
export const GLOBAL_ADMINISTRATOR_ROLE_TEMPLATE_ID = '62e90394-69f5-4237-9190-012177145e10';

/** The hub's own app roles (the token's `roles` claim). */
export type AppRole = 'Reviewer' | 'ProgramAdmin' | 'Distributor';
export const appRoles: readonly AppRole[] = ['Reviewer', 'ProgramAdmin', 'Distributor'];

/** Who issues a command; the enrollment transition tables say which kinds may issue which. */
export type ActorKind =
  'partner_global_admin' | 'partner_user' | 'reviewer' | 'program_admin' | 'system';

export type Actor = {
  readonly kind: ActorKind;
  readonly tenantId: TenantId;
  readonly userId: UserId;
  /** The known app roles the token carried (unknown roles are dropped), in appRoles order. */
  readonly roles: readonly AppRole[];
};

/** The claims of an Entra ID access token that decide who the caller is. */
export type ActorClaims = {
  readonly tid: string;
  readonly oid: string;
  readonly roles?: readonly string[];
  readonly wids?: readonly string[];
};

export type ToActorOptions = {
  /**
   * The tenant of the program's own staff. In a multi-tenant app, app roles are assigned in each
   * customer tenant by that tenant's own admins, so a partner could give itself `ProgramAdmin`.
   * When this is set, a Reviewer or ProgramAdmin role from any other tenant is refused
   * (`identity.staff_role_outside_staff_tenant`). The API should always set it.
   */
  readonly staffTenantId?: TenantId;
};

const stringsOf = (value: unknown): readonly string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/**
 * Who the caller is, from its token's claims. A Reviewer or ProgramAdmin app role wins over any
 * role in the partner's tenant (ProgramAdmin over Reviewer); otherwise the caller is its tenant's
 * global admin when `wids` holds the Global Administrator template id, else a partner user.
 * `system` is never derived from a token: see toSystemActor. Never throws, whatever the claims.
 */
export function toActor(claims: ActorClaims, options: ToActorOptions = {}): Result<Actor, Refusal> {
  const raw: unknown = claims;
  const record = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<
    Record<string, unknown>
  >;
  const tenantId = parseTenantId(record.tid);
  if (!tenantId.ok) {
    return tenantId;
  }
  const userId = parseUserId(record.oid);
  if (!userId.ok) {
    return userId;
  }
  const tokenRoles = stringsOf(record.roles);
  const roles = appRoles.filter((role) => tokenRoles.includes(role));
  const wids = stringsOf(record.wids).map((w) => w.toLowerCase());
  const isStaff = roles.includes('ProgramAdmin') || roles.includes('Reviewer');
  if (isStaff && options.staffTenantId !== undefined && options.staffTenantId !== tenantId.value) {
    return err(refuse('identity.staff_role_outside_staff_tenant'));
  }
  const kind: ActorKind = roles.includes('ProgramAdmin')
    ? 'program_admin'
    : roles.includes('Reviewer')
      ? 'reviewer'
      : wids.includes(GLOBAL_ADMINISTRATOR_ROLE_TEMPLATE_ID)
        ? 'partner_global_admin'
        : 'partner_user';
  return ok({ kind, tenantId: tenantId.value, userId: userId.value, roles });
}

/** The hub itself (scheduled jobs, the outbox), identified by its own tenant and service principal. */
export function toSystemActor(tenantId: TenantId, servicePrincipalId: UserId): Actor {
  return { kind: 'system', tenantId, userId: servicePrincipalId, roles: [] };
}
