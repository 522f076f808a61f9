import { join, resolve } from 'node:path';
import { DevstackError } from './errors.js';

/** The API's audience (the local provider's resource; in Entra ID, the app's Application ID URI). */
export const DEFAULT_AUDIENCE = 'api://partner-enrollment-hub';
/** A development-only key for the embedded Meilisearch; production sets MEILI_MASTER_KEY. */
export const DEV_MEILI_KEY = 'hub-dev-only-meili-master-key';

export const SERVICE_PORTS = [
  'IDP_PORT',
  'MAIL_WEB_PORT',
  'SMTP_PORT',
  'PG_PORT',
  'MEILI_PORT',
] as const;
export type ServicePort = (typeof SERVICE_PORTS)[number];

export type StackConfig = {
  readonly isProduction: boolean;
  readonly port: number;
  readonly publicUrl: string;
  readonly dataDir: string;
  readonly ports: Readonly<Record<ServicePort, number>>;
  readonly dirs: {
    readonly postgres: string;
    readonly meilisearch: string;
    readonly mail: string;
    readonly identity: string;
  };
  /** The parts switched to an external service; an unset one is embedded. */
  readonly external: {
    readonly databaseUrl?: string;
    readonly meiliUrl?: string;
    readonly meiliKey?: string;
    readonly smtpUrl?: string;
    readonly oidcIssuer?: string;
  };
  readonly audience: string;
};

/**
 * Where the embedded stack of `npm start` lives. Every embedded service listens on 127.0.0.1 on a
 * port derived from PORT (identity +1, mail inbox +2, SMTP +3, PostgreSQL +4, Meilisearch +5),
 * so two stacks with different PORTs never clash, and each has its own variable to move it.
 */
export function stackConfig(
  env: Readonly<Record<string, string | undefined>>,
  root: string,
): StackConfig {
  const set = (name: string) => (env[name] === '' ? undefined : env[name]);
  const port = parsePort(set('PORT') ?? '3000', 'PORT');
  const offsets: Record<ServicePort, number> = {
    IDP_PORT: 1,
    MAIL_WEB_PORT: 2,
    SMTP_PORT: 3,
    PG_PORT: 4,
    MEILI_PORT: 5,
  };
  const ports = Object.fromEntries(
    SERVICE_PORTS.map((name) => [name, parsePort(set(name) ?? String(port + offsets[name]), name)]),
  ) as Record<ServicePort, number>;
  const dataDir = resolve(root, set('DATA_DIR') ?? '.data');
  return {
    isProduction: env['NODE_ENV'] === 'production',
    port,
    publicUrl: (set('PUBLIC_URL') ?? `http://localhost:${port}`).replace(/\/$/, ''),
    dataDir,
    ports,
    dirs: {
      postgres: join(dataDir, 'postgres'),
      meilisearch: join(dataDir, 'meilisearch'),
      mail: join(dataDir, 'mail'),
      identity: join(dataDir, 'identity'),
    },
    external: {
      databaseUrl: set('DATABASE_URL'),
      meiliUrl: set('MEILI_URL'),
      meiliKey: set('MEILI_MASTER_KEY'),
      smtpUrl: set('SMTP_URL'),
      oidcIssuer: set('OIDC_ISSUER'),
    },
    audience: set('OIDC_AUDIENCE') ?? DEFAULT_AUDIENCE,
  };
}

/**
 * NODE_ENV=production never embeds a development part (databases, mail catcher, local identity
 * provider): every part must be external. Throws one line naming what to set.
 */
export function assertNothingEmbeddedInProduction(config: StackConfig): void {
  if (!config.isProduction) {
    return;
  }
  const { external } = config;
  const missing = Object.entries({
    DATABASE_URL: external.databaseUrl,
    MEILI_URL: external.meiliUrl,
    MEILI_MASTER_KEY: external.meiliKey,
    SMTP_URL: external.smtpUrl,
    OIDC_ISSUER: external.oidcIssuer,
  })
    .filter(([, value]) => value === undefined)
    .map(([name]) => name);
  if (missing.length > 0) {
    throw new DevstackError(
      `NODE_ENV=production never starts the embedded development services (local identity provider, mail catcher, databases): set ${missing.join(', ')}.`,
    );
  }
}

function parsePort(value: string, name: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535) {
    throw new DevstackError(`${name} must be a port number (1-65535), got "${value}".`);
  }
  return port;
}
