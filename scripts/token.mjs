// `npm run token -- <persona>`: prints an access token for a seeded persona of the local
// identity provider, signed with the key the running `npm start` publishes, for curl:
//   curl -H "Authorization: Bearer $(npm run -s token -- contoso-admin)" http://localhost:3000/api/me
import { existsSync } from 'node:fs';
import { findPersona, loadOrCreateKeys, mintAccessToken, personas } from '@hub/devstack';
import { loadStackConfig } from './paths.mjs';

const config = await loadStackConfig();
const id = process.argv[2];
const persona = id ? findPersona(id) : undefined;

if (config.isProduction) {
  fail('The token command is for development only: it is refused when NODE_ENV=production.');
}
if (config.external.oidcIssuer) {
  fail(
    'OIDC_ISSUER points at an external identity provider: get tokens from it, not from this command.',
  );
}
if (!persona) {
  fail(`Usage: npm run token -- <persona>, one of: ${personas.map((p) => p.id).join(', ')}`);
}
if (!existsSync(`${config.dirs.identity}/keys.json`)) {
  fail('No local identity provider keys yet: run npm start once first.');
}

const keys = await loadOrCreateKeys(config.dirs.identity);
const token = await mintAccessToken({
  issuer: `http://localhost:${config.ports.IDP_PORT}`,
  audience: config.audience,
  keys,
  persona,
});
console.log(token);

function fail(message) {
  console.error(message);
  process.exit(2);
}
