// `npm run token -- <persona>`: prints an access token for a seeded persona of the local
// identity provider, signed with the key the running `npm start` publishes, for curl:
//   curl -H "Authorization: Bearer $(npm run -s token -- contoso-admin)" http://localhost:3000/api/me
// The issuer and audience are the running stack's (it records them in DATA_DIR/stack.json), so
// the token is accepted whatever PORT or IDP_PORT the stack was started with; with no stack
// running, they are the ones this environment derives.
import { DevstackError, mintLocalToken } from '@hub/devstack';
import { loadStackConfig } from './paths.mjs';

const config = await loadStackConfig();
try {
  console.log(await mintLocalToken(config, process.argv[2] ?? ''));
} catch (error) {
  console.error(error instanceof DevstackError ? error.message : error);
  process.exit(2);
}
