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

  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL!: string;

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
   * The tenant of Microsoft's program staff. Reviewer and ProgramAdmin roles count only from
   * this tenant: in a multi-tenant app a partner's own admins could assign them to themselves.
   */
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, {
    message: 'STAFF_TENANT_ID must be a tenant GUID',
  })
  STAFF_TENANT_ID!: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Transform(({ value }) => (value === undefined ? 1_048_576 : Number(value)))
  @IsInt()
  @Min(1024)
  BODY_LIMIT_BYTES = 1_048_576;

  /** Built console and directory to serve; unset means the API serves only /api. */
  @IsOptional()
  @IsString()
  ADMIN_DIST_DIR?: string;

  @IsOptional()
  @IsString()
  DIRECTORY_DIST_DIR?: string;
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
