import { type AuthenticatedUser } from './authenticated-user.js';
import { DomainError } from '../../http/domain-error.js';

/** Microsoft's reviewers and program admins: they see every partner and enrollment. */
export const isStaff = (user: AuthenticatedUser): boolean =>
  user.actor.kind === 'reviewer' || user.actor.kind === 'program_admin';

/** Distributor staff (the Distributor app role): directory listings only. */
export const isDistributor = (user: AuthenticatedUser): boolean =>
  !isStaff(user) && user.actor.roles.includes('Distributor');

/** What the console calls the person: the actor kind, with distributor staff told apart. */
export const personaKind = (
  user: AuthenticatedUser,
): 'partner_global_admin' | 'partner_user' | 'reviewer' | 'program_admin' | 'distributor' =>
  isDistributor(user)
    ? 'distributor'
    : (user.actor.kind as Exclude<typeof user.actor.kind, 'system'>);

/** Partner records (profiles, enrollments, revenue): staff and the partner's own people only. */
export function assertMaySeePartnerRecords(user: AuthenticatedUser): void {
  if (isDistributor(user)) {
    throw new DomainError('partner.no_access');
  }
}

/**
 * The tenant a caller's reads are limited to: none for staff, else the caller's own. A record of
 * another tenant is answered as not found, never as forbidden (it is not the caller's business
 * that it exists).
 */
export const tenantScope = (user: AuthenticatedUser): string | undefined =>
  isStaff(user) ? undefined : user.actor.tenantId;

/** `tid:oid`: the scope of a caller's idempotency keys. */
export const callerScope = (user: AuthenticatedUser): string =>
  `${user.actor.tenantId}:${user.actor.userId}`;
