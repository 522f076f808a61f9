import { findPersona, loadOrCreateKeys, personaClaims } from '@hub/devstack';
import { importJWK, SignJWT, type JWK, type JWTHeaderParameters, type JWTPayload } from 'jose';
import { TEST_AUDIENCE } from './constants.js';

/** The identity provider's signing key of this run (the one its JWKS publishes). */
export async function providerSigningKey(): Promise<JWK> {
  return (await loadOrCreateKeys(process.env['TEST_IDENTITY_DIR']!)).signingKey;
}

/**
 * An access token of a persona signed with the provider's key, as the provider issues it,
 * with `claims` and `header` changed (an undefined value removes a claim): for the tests of
 * what the API refuses.
 */
export async function signedToken(
  personaId: string,
  options: {
    claims?: Record<string, unknown>;
    header?: Partial<JWTHeaderParameters>;
    key?: JWK;
  } = {},
): Promise<string> {
  const persona = findPersona(personaId);
  if (!persona) {
    throw new Error(`No persona ${personaId}`);
  }
  const signingKey = options.key ?? (await providerSigningKey());
  const now = Math.floor(Date.now() / 1000);
  const claims: JWTPayload = {
    ...personaClaims(persona),
    client_id: 'hub-cli',
    scope: 'api.access',
    iss: process.env['TEST_OIDC_ISSUER'],
    aud: TEST_AUDIENCE,
    sub: persona.objectId,
    iat: now,
    exp: now + 3600,
    ...options.claims,
  };
  for (const [name, value] of Object.entries(claims)) {
    if (value === undefined) {
      delete claims[name];
    }
  }
  const alg = signingKey.alg ?? 'RS256';
  return new SignJWT(claims)
    .setProtectedHeader({ alg, typ: 'at+jwt', kid: signingKey.kid, ...options.header })
    .sign(await importJWK(signingKey, alg));
}
