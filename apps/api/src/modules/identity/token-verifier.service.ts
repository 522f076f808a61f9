import {
  Inject,
  Injectable,
  ServiceUnavailableException,
  UnauthorizedException,
} from '@nestjs/common';
import { parseTenantId, toActor, type ToActorOptions } from '@hub/domain';
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { APP_CONFIG } from '../../config/config.module.js';
import { type AppConfig } from '../../config/env.js';
import { type AuthenticatedUser } from './authenticated-user.js';

/** Only asymmetric signatures: an `alg` of `none` or an HMAC is never accepted. */
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'ES256'];

/**
 * Verifies OIDC access tokens against the issuer's published keys (found through its discovery
 * document, cached by jose): signature, issuer, audience, expiry and algorithm. Works unchanged
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
        requiredClaims: ['exp', 'tid', 'oid'],
        clockTolerance: 30,
      }));
    } catch (error) {
      if (
        error instanceof errors.JWKSTimeout ||
        (error instanceof errors.JOSEError && error.code === 'ERR_JWKS_INVALID')
      ) {
        throw new ServiceUnavailableException(
          'The identity provider cannot be reached; try again shortly.',
        );
      }
      throw new UnauthorizedException(describe(error));
    }
    const actor = toActor(payload as Parameters<typeof toActor>[0], this.actorOptions);
    if (!actor.ok) {
      throw new UnauthorizedException({
        message: 'The access token does not identify a user.',
        details: actor.error,
      });
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
      throw new ServiceUnavailableException(
        'The identity provider cannot be reached; try again shortly.',
      );
    }
    return createRemoteJWKSet(new URL(jwksUri), {
      timeoutDuration: 5000,
      cooldownDuration: 30_000,
    });
  }
}

function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) {
    return 'The access token has expired.';
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    return `The access token is not valid here (${error.claim}).`;
  }
  return 'The access token is not valid.';
}
