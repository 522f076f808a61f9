import { randomUUID } from 'node:crypto';
import { importJWK, SignJWT } from 'jose';
import { API_SCOPE } from './clients.js';
import type { IdentityKeys } from './keys.js';
import { personaClaims, type Persona } from './personas.js';

export type TokenOptions = {
  readonly issuer: string;
  readonly audience: string;
  readonly keys: IdentityKeys;
  readonly persona: Persona;
  readonly clientId?: string;
  readonly scope?: string;
  readonly expiresInSeconds?: number;
};

/**
 * An access token for a persona, signed with the provider's key and shaped like the ones the
 * provider issues through the sign-in flow (same issuer, audience, claims and header). For the
 * token command and tests; the browser gets its tokens through Authorization Code + PKCE.
 */
export async function mintAccessToken(options: TokenOptions): Promise<string> {
  const { signingKey } = options.keys;
  const key = await importJWK(signingKey, 'RS256');
  return new SignJWT({
    ...personaClaims(options.persona),
    client_id: options.clientId ?? 'hub-cli',
    scope: options.scope ?? API_SCOPE,
  })
    .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: signingKey.kid })
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setSubject(options.persona.objectId)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime(`${options.expiresInSeconds ?? 3600}s`)
    .sign(key);
}
