// The directory's back office, in a real Chromium: a reseller's message through the contact
// form reaches Dana (Northwind Distribution's distributor) in her console's leads, in Swedish,
// and in her inbox; Rita (a reviewer) sees where searches found no provider, as a chart and a
// table, and rebuilds the directory index with its progress, then checks it against PostgreSQL.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, describeInBrowser, launchBrowser } from '../support/browser.js';
import {
  accessToken,
  callApi,
  chooseLanguage,
  screenshot,
  seriousViolations,
  signIn,
} from '../support/console.js';
import { waitForEmail } from '../support/mail.js';

/** Northwind Distribution's contact address (apps/api/dev/demo-providers.ts). */
const NORTHWIND_CONTACT = 'partners@northwind.example';

const search = (query: object) =>
  fetch(`${baseUrl()}/api/search/multi-search`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ queries: [{ indexUid: 'providers', ...query }] }),
  }).then((response) => response.json() as Promise<{ results: { hits: { id: string }[] }[] }>);

describeInBrowser('the directory back office: leads, unmet demand, the index', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('Dana finds a reseller’s message in her leads, in Swedish, and in her inbox', async () => {
    await signIn(page, 'Dana Distributor');
    const dana = await accessToken(page);
    const { body: mine } = await callApi<{ id: string }>(dana, 'GET', '/providers/mine');
    const sent = await fetch(`${baseUrl()}/api/directory/providers/${mine.id}/leads`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'sv' },
      body: JSON.stringify({
        name: 'Kim Akers',
        email: 'kim@wideworldimporters.example',
        company: 'Wide World Importers AB',
        country: 'SE',
        message: 'Hej! Vi vill sälja Microsoft 365 i Sverige.\nUtbildar ni nya återförsäljare?',
        website: '',
        elapsedMs: 20_000,
      }),
    });
    expect(sent.status).toBe(202);

    await chooseLanguage(page, 'Svenska');
    await page.getByRole('menuitem', { name: 'Förfrågningar' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Wide World Importers AB' });
    await row.getByText('Sverige', { exact: true }).waitFor();
    await row.click();
    // The row opens on the whole message, with the address to answer.
    await page.getByText('Svara till', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'kim@wideworldimporters.example' }).waitFor();
    await screenshot(page, 'backoffice-1-leads-sv');
    expect(await seriousViolations(page)).toEqual([]);

    const email = await waitForEmail(
      NORTHWIND_CONTACT,
      /^En återförsäljare kontaktade Northwind Distribution via CSP-katalogen$/,
      30_000,
      // The directory story writes to Northwind too: this is Kim's message.
      (email) => email.text.includes('Wide World Importers AB'),
    );
    expect(email.text).toContain('Utbildar ni nya återförsäljare?');
  });

  it('Rita sees the searches that found no provider, as a chart and a table', async () => {
    // Searches resellers made: a country with a language none of its providers speaks.
    let missed: { country: string; name: string } | undefined;
    for (const country of ['JP', 'KR', 'BR', 'ZA', 'IN', 'MX']) {
      const filter = [`"countries"="${country}"`, '"languages"="sv"', '"services"="migration"'];
      if ((await search({ q: '', filter, hitsPerPage: 20 })).results[0]!.hits.length === 0) {
        for (let i = 0; i < 2; i += 1) {
          await search({ q: '', filter, hitsPerPage: 20 });
        }
        missed = { country, name: new Intl.DisplayNames(['en'], { type: 'region' }).of(country)! };
        break;
      }
    }
    expect(missed).toBeDefined();
    // Rita in a browser of her own.
    await context.close();
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    await signIn(page, 'Rita Reviewer');
    // Misses are written every few seconds: the page shows them once they are.
    for (let attempt = 0; ; attempt += 1) {
      await page.getByRole('menuitem', { name: 'Unmet demand' }).click();
      const row = page.getByRole('row').filter({ hasText: missed!.name });
      if ((await row.count()) > 0 || attempt > 10) {
        break;
      }
      await page.waitForTimeout(1000);
      await page.reload();
    }
    // The filters in words, as the listing's own labels say them.
    const row = page.getByRole('row').filter({ hasText: missed!.name });
    await row.getByText('Service: Migration', { exact: true }).first().waitFor();
    await row.getByText('Language: Swedish', { exact: true }).first().waitFor();
    await page
      .getByRole('img', {
        name: new RegExp(`Searches without a result by country: .*${missed!.name}: \\d+`),
      })
      .waitFor();
    await page.getByRole('heading', { name: 'Unmet demand in the directory' }).waitFor();
    await screenshot(page, 'backoffice-2-unmet-demand-en');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('Rita rebuilds the directory index with its progress, and the check finds it in line', async () => {
    await page.getByRole('button', { name: 'Rebuild the index' }).click();
    await page.getByText(/^Rebuilt: \d+ listings, swapped in\.$/).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Check consistency' }).click();
    await page.getByText(/^In line: \d+ published listings, \d+ in the index\.$/).waitFor();
    // The directory answers as before.
    const answer = await search({ q: 'northwind', hitsPerPage: 5 });
    expect(answer.results[0]!.hits.length).toBeGreaterThan(0);
    await screenshot(page, 'backoffice-3-index-en');
  });
});
