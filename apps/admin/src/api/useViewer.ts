import { usePermissions } from 'react-admin';
import type { Me } from '../authProvider';
import type { ViewerKind } from './responses';

export type Viewer = {
  kind: ViewerKind | undefined;
  /** A user of a partner's tenant (Ada, Bo). */
  isPartner: boolean;
  /** Reviewer or program admin (Rita, Paul). */
  isStaff: boolean;
  /** The partner's global admin: the only partner user who may change and submit. */
  isGlobalAdmin: boolean;
  isPending: boolean;
};

export const isPartnerKind = (kind: string | undefined): boolean =>
  kind === 'partner_global_admin' || kind === 'partner_user';
export const isStaffKind = (kind: string | undefined): boolean =>
  kind === 'reviewer' || kind === 'program_admin';

/** Who is signed in, as `/api/me` says (the auth provider's permissions). */
export function useViewer(): Viewer {
  const { permissions, isPending } = usePermissions<Me | undefined>();
  const kind = permissions?.kind;
  return {
    kind,
    isPartner: isPartnerKind(kind),
    isStaff: isStaffKind(kind),
    isGlobalAdmin: kind === 'partner_global_admin',
    isPending,
  };
}
