import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { describeInBrowser, launchBrowser } from '../support/browser.js';

describeInBrowser('the mail catcher', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('shows its inbox at the URL npm start prints', async () => {
    const page = await browser.newPage();
    const response = await page.goto(process.env['E2E_MAIL_URL'] ?? '');
    expect(response?.status()).toBe(200);
    expect(await page.title()).toMatch(/maildev/i);
  });
});
