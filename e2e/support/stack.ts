import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe } from '@jest/globals';

/**
 * `describe`, or `describe.skip` when global-setup started no stack (no Chromium, outside CI):
 * for tests of `npm start` itself, which need no browser.
 */
export const describeWithStack = process.env['E2E_SKIP'] ? describe.skip : describe;

/** Everything `npm start` has printed so far (stdout and stderr). */
export const stackOutput = (): Promise<string> =>
  readFile(process.env['E2E_STACK_OUTPUT'] ?? '', 'utf8');

/** The process id of the stack's embedded PostgreSQL (the first line of postmaster.pid). */
export async function postgresPid(): Promise<number> {
  const file = join(process.env['E2E_DATA_DIR'] ?? '', 'postgres', 'postmaster.pid');
  return Number((await readFile(file, 'utf8')).split('\n')[0]);
}
