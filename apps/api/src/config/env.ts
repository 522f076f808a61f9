import { isIP } from 'node:net';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
  type ValidationError,
} from 'class-validator';

const url = { require_tld: false, require_protocol: true };

/** A rate limit setting: `<requests>/<seconds>`. */
const LIMIT = /^[1-9]\d{0,6}\/[1-9]\d{0,5}$/;

/** Every setting the API reads, validated once at start-up. */
export class EnvDto {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Transform(({ value }) => (value === undefined ? 3000 : Number(value)))
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '127.0.0.1';

  /** The origin people use, e.g. https://partners.example.com; defaults to http://localhost:PORT. */
  @IsOptional()
  @IsUrl({ ...url, protocols: ['http', 'https'] })
  PUBLIC_URL?: string;

  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL!: string;

  @IsUrl({ ...url, protocols: ['http', 'https'] })
  MEILI_URL!: string;

  @IsString()
  @MinLength(16)
  MEILI_MASTER_KEY!: string;

  /** Prepended to every Meilisearch index uid (several deployments or test runs on one server). */
  @Matches(/^[a-zA-Z0-9_-]{0,40}$/, { message: 'MEILI_INDEX_PREFIX: letters, digits, - and _' })
  MEILI_INDEX_PREFIX = '';

  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL!: string;

  /** The sender of the e-mails partners get. */
  @IsString()
  MAIL_FROM = 'Partner Enrollment Hub <no-reply@partner-hub.example>';

  /** The OpenID issuer whose tokens the API accepts (Entra ID: https://login.microsoftonline.com/<tenant>/v2.0). */
  @IsUrl({ ...url, protocols: ['http', 'https'] })
  OIDC_ISSUER!: string;

  @IsString()
  @MinLength(1)
  OIDC_AUDIENCE!: string;

  /** The console's public client id at the issuer (sign-in with Authorization Code + PKCE). */
  @IsString()
  OIDC_CLIENT_ID = 'hub-console';

  @IsString()
  OIDC_SCOPE = 'openid profile email api.access';

  /**
   * The longest an access token may live (`exp` - `iat`) and be accepted, in seconds. Entra ID
   * issues tokens of 60 to 90 minutes (up to 28 hours to CAE-capable clients); a token that
   * claims to live longer was not issued by it.
   */
  @Transform(({ value }) => (value === undefined ? 86_400 : Number(value)))
  @IsInt()
  @Min(60)
  @Max(7 * 86_400)
  OIDC_MAX_TOKEN_LIFETIME_SECONDS = 86_400;

  /**
   * The tenant of Microsoft's program staff. Reviewer and ProgramAdmin roles count only from
   * this tenant: in a multi-tenant app a partner's own admins could assign them to themselves.
   */
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, {
    message: 'STAFF_TENANT_ID must be a tenant GUID',
  })
  STAFF_TENANT_ID!: string;

  /**
   * 32 random bytes, base64: the key-encryption key of the bank details (AES-256-GCM envelope
   * encryption). Required everywhere; `npm start` makes a local one in DATA_DIR.
   */
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'DATA_ENCRYPTION_KEY must be 32 bytes, base64' })
  DATA_ENCRYPTION_KEY!: string;

  /** Run the job worker (e-mails) in this process. Off for API-only replicas. */
  @IsIn(['on', 'off'])
  JOBS_WORKER: 'on' | 'off' = 'on';

  /**
   * Jobs one worker process runs at once. The directory's sync jobs spend their time waiting for
   * Meilisearch tasks, which Meilisearch batches when several arrive together.
   */
  @Transform(({ value }) => (value === undefined ? 8 : Number(value)))
  @IsInt()
  @Min(1)
  JOBS_CONCURRENCY = 8;

  /** A job locked this long is taken to belong to a dead worker and is given back to the queue. */
  @Transform(({ value }) => (value === undefined ? 120 : Number(value)))
  @IsInt()
  @Min(1)
  JOBS_STALE_LOCK_SECONDS = 120;

  /**
   * The longest a graceful shutdown may take, from SIGTERM to exit: in-flight requests and jobs
   * have this long to finish, after which the process logs what was left and exits anyway.
   * Keep it below the orchestrator's grace period (compose `stop_grace_period`, Kubernetes
   * `terminationGracePeriodSeconds`), which then kills the process.
   */
  @Transform(({ value }) => (value === undefined ? 25 : Number(value)))
  @IsInt()
  @Min(1)
  @Max(3600)
  SHUTDOWN_TIMEOUT_SECONDS = 25;

  /**
   * Seconds between SIGTERM and closing the listener: readiness already answers 503 `draining`,
   * requests are still served, so load balancers stop sending before connections are refused.
   * 0 (the default) closes at once; behind a load balancer, a little more than its probe interval.
   */
  @Transform(({ value }) => (value === undefined ? 0 : Number(value)))
  @IsInt()
  @Min(0)
  @Max(600)
  SHUTDOWN_DELAY_SECONDS = 0;

  /**
   * The job worker process (`node dist/worker.js`) touches this file every few seconds while its
   * event loop runs: its container's liveness probe reads the file's age. Unset: no file.
   */
  @IsOptional()
  @IsString()
  WORKER_HEARTBEAT_FILE?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /**
   * The credit bureau of direct bill credit checks (modules/credit-checks): `manual`, the
   * reviewer records the bureau's answer. A real bureau's adapter adds its name here.
   */
  @IsIn(['manual'])
  CREDIT_BUREAU = 'manual' as const;

  @Transform(({ value }) => (value === undefined ? 1_048_576 : Number(value)))
  @IsInt()
  @Min(1024)
  BODY_LIMIT_BYTES = 1_048_576;

  /**
   * The proxies whose X-Forwarded-For / -Proto / -Host are believed: `off` (the default: the
   * client is the peer of the socket), or a comma-separated list of addresses, CIDRs and the
   * names `loopback`, `linklocal`, `uniquelocal` (proxy-addr). Never `true`: any client could
   * then choose its own logged (and rate-limited) address.
   */
  @Matches(
    /^(off|((loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(\/\d{1,3})?)(\s*,\s*(loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(\/\d{1,3})?))*))$/,
    { message: 'TRUST_PROXY must be off or a list of proxy addresses/CIDRs' },
  )
  TRUST_PROXY = 'off';

  /**
   * Rate limits (./http/rate-limit), each `<requests>/<seconds>`: per signed-in user on every
   * protected route; per client address (after TRUST_PROXY; an IPv6 client per /64) on the
   * public ones, with tighter limits on the directory's search, its contact form, the e-mail
   * confirmation links and refused tokens (the sign-in path).
   */
  @Matches(LIMIT, { message: 'RATE_LIMIT_USER must be <requests>/<seconds>' })
  RATE_LIMIT_USER = '1200/60';

  @Matches(LIMIT, { message: 'RATE_LIMIT_PUBLIC must be <requests>/<seconds>' })
  RATE_LIMIT_PUBLIC = '1200/60';

  @Matches(LIMIT, { message: 'RATE_LIMIT_SEARCH must be <requests>/<seconds>' })
  RATE_LIMIT_SEARCH = '600/60';

  @Matches(LIMIT, { message: 'RATE_LIMIT_LEADS must be <requests>/<seconds>' })
  RATE_LIMIT_LEADS = '5/3600';

  @Matches(LIMIT, { message: 'RATE_LIMIT_VERIFICATION must be <requests>/<seconds>' })
  RATE_LIMIT_VERIFICATION = '30/600';

  /** Requests with a token the API refuses (expired, forged, malformed), per address. */
  @Matches(LIMIT, { message: 'RATE_LIMIT_BAD_TOKENS must be <requests>/<seconds>' })
  RATE_LIMIT_BAD_TOKENS = '60/60';

  /**
   * Where the counters live: `postgres` (the default) shares them between every API replica;
   * `memory` counts in each process (one process only, or a test of its own).
   */
  @IsIn(['postgres', 'memory'])
  RATE_LIMIT_STORE: 'postgres' | 'memory' = 'postgres';

  /** Built console and directory to serve; unset means the API serves only /api. */
  @IsOptional()
  @IsString()
  ADMIN_DIST_DIR?: string;

  @IsOptional()
  @IsString()
  DIRECTORY_DIST_DIR?: string;
}

/** TRUST_PROXY as Fastify takes it: false, or the list of trusted proxies. */
export function trustedProxies(setting: string): false | string[] {
  return setting === 'off' ? false : setting.split(',').map((entry) => entry.trim());
}

export type AppConfig = Readonly<Omit<EnvDto, 'PUBLIC_URL'> & { PUBLIC_URL: string }>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Reads the settings from `env` and checks them against EnvDto. A missing or malformed setting
 * throws a ConfigError whose message is one line naming it.
 */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const known = Object.fromEntries(
    Object.keys(new EnvDto())
      .concat(REQUIRED)
      .map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const dto = plainToInstance(EnvDto, known, { exposeDefaultValues: true });
  const errors = validateSync(dto, { whitelist: true });
  if (errors.length > 0) {
    throw new ConfigError(`Invalid configuration: ${describe(errors)}`);
  }
  const badProxy = dto.TRUST_PROXY.split(',')
    .map((entry) => entry.trim())
    .find((entry) => {
      if (['off', 'loopback', 'linklocal', 'uniquelocal'].includes(entry)) {
        return false;
      }
      const [address = '', prefix] = entry.split('/');
      const version = isIP(address);
      return version === 0 || (prefix !== undefined && Number(prefix) > (version === 4 ? 32 : 128));
    });
  if (badProxy !== undefined) {
    throw new ConfigError(
      `Invalid configuration: TRUST_PROXY is invalid: ${badProxy} is not an address, a CIDR or loopback/linklocal/uniquelocal`,
    );
  }
  if (dto.SHUTDOWN_DELAY_SECONDS >= dto.SHUTDOWN_TIMEOUT_SECONDS) {
    throw new ConfigError(
      'Invalid configuration: SHUTDOWN_DELAY_SECONDS must be shorter than SHUTDOWN_TIMEOUT_SECONDS',
    );
  }
  if (dto.NODE_ENV === 'production' && !dto.OIDC_ISSUER.startsWith('https://')) {
    throw new ConfigError('Invalid configuration: OIDC_ISSUER must be https:// in production');
  }
  return {
    ...dto,
    PUBLIC_URL: (dto.PUBLIC_URL ?? `http://localhost:${dto.PORT}`).replace(/\/$/, ''),
  };
}

const REQUIRED = [
  'STAFF_TENANT_ID',
  'DATA_ENCRYPTION_KEY',
  'DATABASE_URL',
  'MEILI_URL',
  'MEILI_MASTER_KEY',
  'SMTP_URL',
  'OIDC_ISSUER',
  'OIDC_AUDIENCE',
  'PUBLIC_URL',
];

function describe(errors: ValidationError[]): string {
  const [first] = errors;
  const constraint = first?.constraints ? Object.values(first.constraints)[0] : undefined;
  const value = first?.value === undefined ? 'is missing' : (constraint ?? 'is invalid');
  const more =
    errors.length > 1
      ? ` (and ${errors.length - 1} more: ${errors
          .slice(1)
          .map((e) => e.property)
          .join(', ')})`
      : '';
  return `${first?.property} ${first?.value === undefined ? value : `is invalid: ${value}`}${more}`;
}
