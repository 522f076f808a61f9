// Possible duplicate applicants (issue 8 item 8), in a real Chromium: Rita (a Microsoft reviewer)
// filters the queue to the flagged cases, finds Wingtip Toys, which gave Tailspin Toys' bank
// account as its own (demo data, apps/api/dev/demo-partners.ts), reads on its case page what the
// two share, follows the link to Tailspin's case, which warns the same way back; and in Swedish.
// The bank accounts are compared by their keyed blind index only: no page shows either IBAN.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser } from '../support/browser.js';
import { chooseLanguage, screenshot, seriousViolations, signIn } from '../support/console.js';

const wingtip = 'Wingtip Toys GmbH';
const tailspin = 'Tailspin Toys GmbH';

describeInBrowser('duplicates: Rita finds two applicants sharing a bank account', () => {
  let browser: Browser;
  let context: BrowserContext;
  let rita: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    rita = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  const row = (name: string) => rita.getByRole('row').filter({ hasText: name });
  const sidebar = () => rita.getByRole('complementary', { name: 'Saved views and quick filters' });
  const warning = () => rita.getByRole('alert').filter({ hasText: /duplicate|dubblett/i });

  it('filters the queue to the flagged cases: Wingtip Toys, marked with what it shares', async () => {
    await signIn(rita, 'Rita Reviewer');
    await rita.getByRole('menuitem', { name: 'Applications' }).click();
    await rita.getByRole('tab', { name: /^New/ }).click();
    await rita.getByRole('tab', { name: /^New/, selected: true }).waitFor();
    await sidebar().getByRole('button', { name: 'Flagged duplicate' }).click();
    await rita.waitForURL(/duplicate%22%3Atrue/);
    // The marker says in words what the case shares, for a screen reader too.
    await row(wingtip)
      .getByLabel('Flagged duplicate: Same bank account', { exact: true })
      .waitFor();
    // Only flagged cases are left: Northwind Traders (new, nothing shared) is not among them.
    await rita.getByRole('row').filter({ hasText: 'Northwind Traders Ltd' }).waitFor({
      state: 'detached',
    });
    expect(await seriousViolations(rita)).toEqual([]);
    await screenshot(rita, 'duplicates-1-queue-en');
  });

  it('reads on Wingtip’s case page that Tailspin Toys shares its bank account, and follows the link', async () => {
    await row(wingtip).getByText(wingtip, { exact: true }).click();
    await rita.getByRole('heading', { level: 1, name: new RegExp(wingtip) }).waitFor();
    const alert = warning();
    await alert.getByText('Possible duplicate applicant', { exact: true }).waitFor();
    await alert.getByText(`${tailspin} (Germany)`).waitFor();
    await alert.getByText('Same bank account', { exact: true }).waitFor();
    // Neither IBAN is on the page: the match was made on the blind index.
    expect(await rita.getByText(/DE89\s?3704/).count()).toBe(0);
    expect(await seriousViolations(rita)).toEqual([]);
    await screenshot(rita, 'duplicates-2-case-en');

    await alert.getByRole('link', { name: /Indirect reseller/ }).click();
    await rita.getByRole('heading', { level: 1, name: new RegExp(tailspin) }).waitFor();
    await warning().getByText(`${wingtip} (Germany)`).waitFor();
  });

  it('reads the same in Swedish', async () => {
    await chooseLanguage(rita, 'Svenska');
    const alert = warning();
    await alert.getByText('Möjlig dubblettansökan', { exact: true }).waitFor();
    await alert.getByText(`${wingtip} (Tyskland)`).waitFor();
    await alert.getByText('Samma bankkonto', { exact: true }).waitFor();
    expect(await seriousViolations(rita)).toEqual([]);
    await screenshot(rita, 'duplicates-3-case-sv');
    await chooseLanguage(rita, 'English');
  });
});
