// A partner imports its monthly revenue as a CSV file in a real Chromium: Farid (Fabrikam's global
// admin) picks a file with one bad line on "My company", sees that line highlighted with its
// reason and the import button disabled (nothing saved), picks the corrected file, imports it and
// sees the months in the trailing-12-month window. The demo data gives Fabrikam 18 months of USD
// revenue; the file's two months replace those months (the preview says so).
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser } from '../support/browser.js';
import { screenshot, seriousViolations, signIn } from '../support/console.js';

/** `YYYY-MM` of the month `back` months before the current one (UTC), in the trailing window. */
const monthsAgo = (back: number): string => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1))
    .toISOString()
    .slice(0, 7);
};

const csvFile = (lines: string[]) => ({
  name: 'revenue.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(['month,amount,currency,product_type', ...lines].join('\n') + '\n'),
});

describeInBrowser('a partner imports its revenue from a CSV file', () => {
  let browser: Browser;
  let context: BrowserContext;
  let farid: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'en-US' });
    farid = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('shows the bad line and its reason, imports nothing, then imports the fixed file', async () => {
    await signIn(farid, 'Farid Haddad');
    await farid.getByRole('menuitem', { name: 'My company' }).click();
    const section = farid.getByRole('region', { name: 'Import revenue from a CSV file' });
    await section.waitFor();

    await section
      .getByLabel('CSV file')
      .setInputFiles(
        csvFile([`${monthsAgo(2)},31000.00,USD,cloud`, `${monthsAgo(1)},-32000.00,USD,cloud`]),
      );
    await section.getByText('1 of 2 lines have a problem.', { exact: false }).waitFor();
    const badLine = section.getByTestId('csv-line-3');
    expect(await badLine.getAttribute('aria-invalid')).toBe('true');
    await badLine.getByText('The amount cannot be negative.').waitFor();
    await section.getByText('Line 3: The amount cannot be negative.').waitFor();
    const importButton = section.getByRole('button', { name: 'Import', exact: true });
    expect(await importButton.isDisabled()).toBe(true);
    await screenshot(farid, 'revenue-import-1-bad-line');
    expect(await seriousViolations(farid)).toEqual([]);

    await section
      .getByLabel('CSV file')
      .setInputFiles(
        csvFile([`${monthsAgo(2)},31000.00,USD,cloud`, `${monthsAgo(1)},32000.00,USD,cloud`]),
      );
    await section.getByText('All 2 lines can be imported.').waitFor();
    await section.getByText('Importing replaces what is on file for:', { exact: false }).waitFor();
    expect(await importButton.isDisabled()).toBe(false);
    await importButton.click();
    await farid.getByText('Imported: 2 lines', { exact: false }).waitFor();

    const window = farid.getByRole('table', { name: /^Trailing 12 months/ });
    await window.getByRole('row').filter({ hasText: '$32,000.00' }).first().waitFor();
    await window.getByRole('row').filter({ hasText: '$31,000.00' }).first().waitFor();
    await screenshot(farid, 'revenue-import-2-imported');
  });
});
