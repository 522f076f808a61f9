import { rm } from 'node:fs/promises';

export default async function globalTeardown(): Promise<void> {
  const services = globalThis.__hubTestServices;
  await Promise.all([
    services?.identity.stop(),
    services?.mail.stop(),
    services?.meilisearch?.stop(),
    services?.postgres?.stop(),
  ]);
  const dir = process.env['TEST_SCRATCH_DIR'];
  if (dir) {
    await rm(dir, { recursive: true, force: true });
  }
}
