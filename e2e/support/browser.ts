import { describe } from '@jest/globals';
import { chromium, type Browser } from 'playwright-core';

/** `describe`, or `describe.skip` when global-setup found no Chromium (outside CI). */
export const describeInBrowser = process.env['E2E_SKIP'] ? describe.skip : describe;

export const baseUrl = (): string => process.env['E2E_BASE_URL'] ?? 'http://localhost:3000';

/** Debian's Chromium, headless, without the background traffic a closed network refuses. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['E2E_CHROME_PATH'],
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
