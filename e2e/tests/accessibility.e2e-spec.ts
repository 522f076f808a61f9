import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, describeInBrowser, launchBrowser } from '../support/browser.js';
import { chooseLanguage, seriousViolations, signIn } from '../support/console.js';

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describeInBrowser('the console is usable by everyone (axe-core, Swedish, a phone)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  describe.each([
    { language: 'English', markets: 'Markets', germany: 'Germany', sweden: 'Sweden' },
    { language: 'Svenska', markets: 'Marknader', germany: 'Tyskland', sweden: 'Sverige' },
  ] as const)('in $language', ({ language, markets, germany, sweden }) => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser.newContext({ locale: 'en-US' });
      page = await context.newPage();
      await signIn(page, 'Ada Lindqvist');
      if (language === 'Svenska') {
        await chooseLanguage(page, 'Svenska');
        await page.getByRole('menuitem', { name: 'Marknader' }).waitFor();
      }
    });
    afterAll(() => context.close());

    it('has no serious axe violation on the dashboard', async () => {
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('names the user menu by what it shows', async () => {
      await page.getByRole('button', { name: /^Ada Lindqvist/ }).waitFor();
    });

    it('lists the markets with country names in the language, in its order, without serious axe violations', async () => {
      await page.getByRole('menuitem', { name: markets }).click();
      await page.waitForURL(/\/admin\/markets/);
      await page.getByRole('cell', { name: germany, exact: true }).waitFor();
      await page.getByRole('cell', { name: sweden, exact: true }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      const names = await page.locator('tbody tr td:first-child').allInnerTexts();
      const sorted = [...names].sort(
        new Intl.Collator(language === 'Svenska' ? 'sv' : 'en').compare,
      );
      expect(names).toEqual(sorted);
      if (language === 'Svenska') {
        // Swedish collation: Österrike (Austria) after Zambia.
        expect(names.indexOf('Österrike')).toBeGreaterThan(names.indexOf('Zambia'));
      }
    });

    it('fits a 390 px wide phone: dashboard, markets and regions', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      try {
        for (const path of ['/admin/', '/admin/markets', '/admin/regions']) {
          await page.goto(`${baseUrl()}${path}`);
          await page.locator('#main-content').waitFor();
          if (path === '/admin/markets') {
            // one line per market: the country, its currency beside it
            await page.locator('#main-content li').getByText(germany).first().waitFor();
          }
          expect({ path, overflow: await overflow(page) }).toEqual({ path, overflow: 0 });
        }
        expect(await seriousViolations(page)).toEqual([]);
      } finally {
        await page.setViewportSize({ width: 1280, height: 720 });
      }
    });
  });

  it("labels a reviewer's role like the global admin's", async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    try {
      await signIn(page, 'Rita Reviewer');
      await page.getByText('Reviewer at Microsoft', { exact: true }).waitFor();
      expect(await page.getByText('Reviewer', { exact: true }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
