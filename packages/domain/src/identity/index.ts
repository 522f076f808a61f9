export {
  appRoles,
  GLOBAL_ADMINISTRATOR_ROLE_TEMPLATE_ID,
  toActor,
  toSystemActor,
  type Actor,
  type ActorClaims,
  type ActorKind,
  type AppRole,
  type ToActorOptions,
} from './actor.js';
export { parseTenantId, PERSONAL_ACCOUNTS_TENANT_ID, type TenantId } from './tenant-id.js';
export { parseUserId, type UserId } from './user-id.js';
