import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, describeInBrowser, launchBrowser } from '../support/browser.js';
import { signIn } from '../support/console.js';

describeInBrowser('the console at /admin/', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  describe("as Contoso's global admin", () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      // With the transitions and ripples that the other stories turn off (support/browser.ts).
      context = await browser.newContext({ locale: 'en-US', reducedMotion: 'no-preference' });
      page = await context.newPage();
    });
    afterAll(() => context.close());

    it('asks to sign in before showing anything', async () => {
      await page.goto(`${baseUrl()}/admin/`);
      await page.getByRole('button', { name: 'Sign in with your work account' }).waitFor();
    });

    it('signs in through the local OpenID provider with Authorization Code + PKCE', async () => {
      await signIn(page, 'Ada Lindqvist');
      const token = await page.evaluate(() => {
        const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
        return key
          ? (JSON.parse(sessionStorage.getItem(key) ?? '{}') as { access_token?: string })
              .access_token
          : undefined;
      });
      expect(token?.split('.')).toHaveLength(3);
    });

    it('lists the CSP markets from the API, filtered by region', async () => {
      await page.getByRole('menuitem', { name: 'Markets' }).click();
      await page.waitForURL(/\/admin\/markets/);
      await page.getByRole('cell', { name: 'Afghanistan' }).waitFor();
      await page.getByLabel('Region').first().click();
      await page.getByRole('option', { name: 'Europe', exact: true }).click();
      // Afghanistan is in "Middle East, Central Europe, and Eastern Europe", Austria in Europe.
      await page.getByRole('cell', { name: 'Afghanistan' }).waitFor({ state: 'detached' });
      await page.getByRole('cell', { name: 'Austria' }).waitFor();
      expect(page.url()).toContain('Europe');
    });

    it('switches to Swedish', async () => {
      await page
        .getByRole('button', { name: /language|språk/i })
        .first()
        .click();
      await page.getByRole('menuitem', { name: 'Svenska' }).click();
      await page.getByRole('menuitem', { name: 'Marknader' }).waitFor();
      // remembered: a reload keeps Swedish, and the html lang follows
      await page.reload();
      await page.getByRole('menuitem', { name: 'Marknader' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('sv');
      await page
        .getByRole('button', { name: /language|språk/i })
        .first()
        .click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await page.getByRole('menuitem', { name: 'Markets' }).waitFor();
    });

    it('signs out', async () => {
      await page
        .getByRole('button', { name: /profile|ada lindqvist/i })
        .first()
        .click();
      await page.getByRole('menuitem', { name: /logout|sign out/i }).click();
      await page.getByRole('button', { name: 'Sign in with your work account' }).waitFor();
    });
  });

  it('shows a reviewer who they are', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await signIn(page, 'Rita Reviewer');
    await context.close();
  });
});
