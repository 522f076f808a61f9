// Shared by the scripts: where the repository is, and the embedded stack's settings.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stackConfig } from '@hub/devstack';

export const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The embedded stack's settings (@hub/devstack), or one line naming a malformed one, and exit. */
export function loadStackConfig() {
  try {
    return stackConfig(process.env, root);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
