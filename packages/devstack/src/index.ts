export { DevstackError } from './errors.js';
export { assertPortFree, findFreePort, waitFor } from './ports.js';
export {
  startPostgres,
  ensureDatabase,
  inspectDataDir,
  THROWAWAY_POSTGRES_SETTINGS,
  type RunningPostgres,
} from './postgres.js';
export {
  startMeilisearch,
  meilisearchBinary,
  stopChild,
  type RunningMeilisearch,
} from './meilisearch.js';
export { startMailCatcher, type RunningMailCatcher } from './mail.js';
export {
  Supervisor,
  decideAfterFailure,
  describeExit,
  exitOf,
  failedRestart,
  formatDelay,
  DEFAULT_RESTART_POLICY,
  NO_FAILURES,
  type ExitStatus,
  type FailureRecord,
  type RestartDecision,
  type RestartPolicy,
  type Supervisable,
  type Watched,
} from './supervisor.js';
export {
  personas,
  findPersona,
  personaClaims,
  tenants,
  type Persona,
} from './identity/personas.js';
export { loadOrCreateKeys, type IdentityKeys } from './identity/keys.js';
export { API_SCOPE, CONSOLE_CLIENT_ID } from './identity/clients.js';
export { mintAccessToken, type TokenOptions } from './identity/tokens.js';
export {
  forgetRunningStack,
  mintLocalToken,
  readRunningStack,
  recordRunningStack,
  runningStackFile,
  type RunningStack,
} from './running-stack.js';
export { loadOrCreateSecret } from './secrets.js';
export {
  BUNDLE_SECRET_KINDS,
  describeFindings,
  privateJwkSecrets,
  scanFolder,
  scanText,
  type KnownSecret,
  type ScanOptions,
  type SecretFinding,
  type SecretKind,
} from './secret-scan.js';
// The identity provider (oidc-provider) is its own entry, '@hub/devstack/identity-provider',
// so that personas and tokens load without it.
export {
  stackConfig,
  assertNothingEmbeddedInProduction,
  DEFAULT_AUDIENCE,
  DEV_MEILI_KEY,
  SERVICE_PORTS,
  type StackConfig,
  type ServicePort,
} from './stack-config.js';
