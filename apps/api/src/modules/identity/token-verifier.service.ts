import { Inject, Injectable } from '@nestjs/common';
import { parseTenantId, toActor, type ToActorOptions } from '@hub/domain';
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { APP_CONFIG } from '../../config/config.module.js';
import { type AppConfig } from '../../config/env.js';
import { DomainError } from '../../http/domain-error.js';
import { type AuthenticatedUser } from './authenticated-user.js';

/** Only asymmetric signatures: an `alg` of `none` or an HMAC is never accepted. */
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'ES256'];

/** The clock difference between the issuer and us that is forgiven, in seconds. */
export const CLOCK_LEEWAY_SECONDS = 30;

/**
 * Verifies OIDC access tokens against the issuer's published keys (found through its discovery
 * document, cached by jose): signature, issuer, audience, algorithm, and time: `iat` not in the
 * future, `nbf` reached, `exp` not passed (each with a small leeway), and a lifetime
 * (`exp` - `iat`) no longer than OIDC_MAX_TOKEN_LIFETIME_SECONDS. Works unchanged
 * for the local provider and for Microsoft Entra ID.
 */
@Injectable()
export class TokenVerifier {
  private keys?: Promise<JWTVerifyGetKey>;

  /** Reviewer and ProgramAdmin roles count only from the staff tenant (parsed once, fails closed). */
  private readonly actorOptions: ToActorOptions;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const staffTenant = parseTenantId(config.STAFF_TENANT_ID);
    if (!staffTenant.ok) {
      throw new Error(`STAFF_TENANT_ID is not a tenant id: ${config.STAFF_TENANT_ID}`);
    }
    this.actorOptions = { staffTenantId: staffTenant.value };
  }

  async verify(token: string): Promise<AuthenticatedUser> {
    const keys = await this.keySet();
    let payload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: this.config.OIDC_ISSUER,
        audience: this.config.OIDC_AUDIENCE,
        algorithms: ALGORITHMS,
        requiredClaims: ['exp', 'iat', 'tid', 'oid'],
        clockTolerance: CLOCK_LEEWAY_SECONDS,
        // also refuses an `iat` in the future (beyond the leeway)
        maxTokenAge: this.config.OIDC_MAX_TOKEN_LIFETIME_SECONDS,
      }));
    } catch (error) {
      if (
        error instanceof errors.JWKSTimeout ||
        (error instanceof errors.JOSEError && error.code === 'ERR_JWKS_INVALID')
      ) {
        throw new DomainError('http.service_unavailable', { service: 'identity provider' });
      }
      throw describe(error);
    }
    if (
      (payload.exp ?? 0) - (payload.iat ?? 0) >
      this.config.OIDC_MAX_TOKEN_LIFETIME_SECONDS + CLOCK_LEEWAY_SECONDS
    ) {
      throw new DomainError('http.unauthorized', { claim: 'exp' });
    }
    const actor = toActor(payload as Parameters<typeof toActor>[0], this.actorOptions);
    if (!actor.ok) {
      throw DomainError.from(actor.error);
    }
    return {
      actor: actor.value,
      name: typeof payload['name'] === 'string' ? payload['name'] : '',
      username:
        typeof payload['preferred_username'] === 'string' ? payload['preferred_username'] : '',
    };
  }

  private keySet(): Promise<JWTVerifyGetKey> {
    this.keys ??= this.discoverKeys().catch((error: unknown) => {
      this.keys = undefined;
      throw error;
    });
    return this.keys;
  }

  private async discoverKeys(): Promise<JWTVerifyGetKey> {
    const discoveryUrl = `${this.config.OIDC_ISSUER.replace(/\/$/, '')}/.well-known/openid-configuration`;
    let jwksUri: unknown;
    try {
      const response = await fetch(discoveryUrl, { signal: AbortSignal.timeout(5000) });
      jwksUri = response.ok
        ? ((await response.json()) as { jwks_uri?: unknown }).jwks_uri
        : undefined;
    } catch {
      jwksUri = undefined;
    }
    if (typeof jwksUri !== 'string') {
      throw new DomainError('http.service_unavailable', { service: 'identity provider' });
    }
    return createRemoteJWKSet(new URL(jwksUri), {
      timeoutDuration: 5000,
      cooldownDuration: 30_000,
    });
  }
}

function describe(error: unknown): DomainError {
  if (error instanceof errors.JWTExpired) {
    return new DomainError('http.token_expired');
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    return new DomainError('http.unauthorized', { claim: error.claim });
  }
  return new DomainError('http.unauthorized');
}
