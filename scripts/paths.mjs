// Shared by the scripts: where the repository is, and the embedded stack's settings.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

/**
 * The embedded stack's settings (@hub/devstack), or one line naming a malformed one, and exit.
 * Imported on use: test.mjs needs `root` before anything is built.
 */
export async function loadStackConfig() {
  const { stackConfig } = await import('@hub/devstack');
  try {
    return stackConfig(process.env, root);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
