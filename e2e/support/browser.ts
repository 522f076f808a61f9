import { describe } from '@jest/globals';
import { chromium, type Browser } from 'playwright-core';

/** `describe`, or `describe.skip` when global-setup found no Chromium (outside CI). */
export const describeInBrowser = process.env['E2E_SKIP'] ? describe.skip : describe;

export const baseUrl = (): string => process.env['E2E_BASE_URL'] ?? 'http://localhost:3000';

/**
 * Debian's Chromium, headless, without the background traffic a closed network refuses. Its
 * contexts ask for reduced motion unless a test says otherwise (`reducedMotion: 'no-preference'`,
 * as the console story does): the console and the directory then skip their transitions and
 * ripples, as they do for a person who set it. Measured on two stories: Chromium's CPU time 15%
 * lower, most of it painting frames of animations nobody looks at.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
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
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options = {}) => newContext({ reducedMotion: 'reduce', ...options });
  return browser;
}
