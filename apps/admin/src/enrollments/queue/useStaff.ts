import { useGetIdentity, useGetList } from 'react-admin';
import type { StaffMember } from '../../api/responses';

/** The reviewers and program admins who can hold a case (`GET /api/staff`), by name. */
export function useStaff() {
  return useGetList<StaffMember>('staff', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });
}

/** The signed-in person's object id: the assignee id of the cases they hold. */
export function useMyUserId(): string | undefined {
  const { identity } = useGetIdentity();
  return identity?.id === undefined ? undefined : String(identity.id);
}
