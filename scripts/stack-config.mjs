// Where the embedded stack lives: one place for start.mjs, token.mjs and migrate.mjs.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The API's audience (the local provider's resource; in Entra ID, the app's Application ID URI). */
export const DEFAULT_AUDIENCE = 'api://partner-enrollment-hub';
/** A development-only key for the embedded Meilisearch; production sets MEILI_MASTER_KEY. */
export const DEV_MEILI_KEY = 'hub-dev-only-meili-master-key';

/**
 * The ports and folders of the embedded stack. Every embedded service listens on 127.0.0.1 on a
 * port derived from PORT (so two stacks with different PORTs never clash) and each has its own
 * variable to move it.
 */
export function stackConfig(env = process.env) {
  const port = parsePort(env.PORT ?? '3000', 'PORT');
  const dataDir = resolve(root, env.DATA_DIR ?? '.data');
  const derived = (name, offset) => parsePort(env[name] ?? String(port + offset), name);
  return {
    isProduction: env.NODE_ENV === 'production',
    port,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    dataDir,
    ports: {
      IDP_PORT: derived('IDP_PORT', 1),
      MAIL_WEB_PORT: derived('MAIL_WEB_PORT', 2),
      SMTP_PORT: derived('SMTP_PORT', 3),
      PG_PORT: derived('PG_PORT', 4),
      MEILI_PORT: derived('MEILI_PORT', 5),
    },
    dirs: {
      postgres: join(dataDir, 'postgres'),
      meilisearch: join(dataDir, 'meilisearch'),
      mail: join(dataDir, 'mail'),
      identity: join(dataDir, 'identity'),
    },
    external: {
      databaseUrl: env.DATABASE_URL || undefined,
      meiliUrl: env.MEILI_URL || undefined,
      meiliKey: env.MEILI_MASTER_KEY || undefined,
      smtpUrl: env.SMTP_URL || undefined,
      oidcIssuer: env.OIDC_ISSUER || undefined,
    },
    audience: env.OIDC_AUDIENCE || DEFAULT_AUDIENCE,
  };
}

function parsePort(value, name) {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`${name} must be a port number (1-65535), got "${value}".`);
    process.exit(1);
  }
  return port;
}
