// The reviewers' queue, in a real Chromium: Rita (a Microsoft reviewer) opens the new
// applications of Europe, the tab counts follow her filter, she selects two rows, assigns them to
// herself in one bulk action, and finds them under "Assigned to me"; the whole view is in the URL
// and the back button returns to the view before. Demo data (apps/api/dev/demo-partners.ts): new
// in Europe are Northwind Traders (GB), Southridge Video (SE), Wingtip Toys (DE), Adventure Works
// (FR) and A. Datum (IT); in review are Tailspin Toys (DE, Europe) and Wide World Importers (US).
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser } from '../support/browser.js';
import { chooseLanguage, screenshot, seriousViolations, signIn } from '../support/console.js';

const picked = ['Northwind Traders Ltd', 'Southridge Video AB'];

describeInBrowser('the review queue: Rita filters, bulk-assigns to herself, finds them', () => {
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
  /** The count a tab shows beside its name ("In review 2"). */
  const tabCount = (name: string, count: number) =>
    rita.getByRole('tab', { name: new RegExp(`^${name}\\s*${count}$`) });

  it('Rita opens the queue on the new applications, with live counts per tab', async () => {
    await signIn(rita, 'Rita Reviewer');
    await rita.getByRole('menuitem', { name: 'Applications' }).click();
    // The tab is part of the view's URL, like every filter.
    await rita.getByRole('tab', { name: /^In review/ }).click();
    await rita.waitForURL(/tab%22%3A%22in_review/);
    // The URL changes before the list renders the new view; MUI ignores a click on the tab it
    // still shows as selected, so wait for the tab to follow, as a person would see it.
    await rita.getByRole('tab', { name: /^In review/, selected: true }).waitFor();
    await rita.getByRole('tab', { name: /^New/ }).click();
    await rita.waitForURL(/tab%22%3A%22new/);
    await rita.getByRole('tab', { name: /^New/, selected: true }).waitFor();
    await tabCount('In review', 2).waitFor();
  });

  it('filters by region: the rows and the tab counts follow', async () => {
    await rita.getByRole('combobox', { name: 'Region' }).fill('Europe');
    await rita.getByRole('option', { name: 'Europe', exact: true }).click();
    await rita.waitForURL(/Europe/);
    // Wide World Importers (US) is in review too, but not in Europe.
    await tabCount('In review', 1).waitFor();
    for (const name of picked) {
      await row(name).waitFor();
    }
    // Each row: program, country and region, state, age against the target, assignee.
    const northwind = row('Northwind Traders Ltd');
    await northwind.getByText('United Kingdom').waitFor();
    await northwind.getByText(/^\d+ \/ 5 days$/).waitFor();
    await northwind.getByRole('button', { name: 'Claim Northwind Traders Ltd' }).waitFor();
    // Southridge has waited 6 business days of a 5-day target: flagged in words.
    await row('Southridge Video AB').getByText('Overdue', { exact: true }).waitFor();
    expect(await seriousViolations(rita)).toEqual([]);
    await screenshot(rita, 'queue-1-new-in-europe-en');
  });

  it('selects two rows and assigns them to herself in one bulk action', async () => {
    for (const name of picked) {
      await row(name).getByRole('checkbox').check();
    }
    await rita.getByRole('button', { name: 'Assign to…' }).click();
    await rita.getByRole('menuitem', { name: 'Rita Reviewer (me)' }).click();
    await rita.getByText('Assign: 2 of 2 applications done').waitFor();
    for (const name of picked) {
      await row(name).getByText('You', { exact: true }).waitFor();
    }
  });

  it('finds them under “Assigned to me”; the back button returns to the view before', async () => {
    const viewBefore = rita.url();
    await rita
      .getByRole('complementary', { name: 'Saved views and quick filters' })
      .getByRole('button', { name: 'Assigned to me' })
      .click();
    await rita.waitForURL(/assignee%22%3A%22me/);
    for (const name of picked) {
      await row(name).getByText('You', { exact: true }).waitFor();
    }
    // The demo's reviewers hold the cases they review, so hers are more than the two picked.
    await screenshot(rita, 'queue-2-assigned-to-me-en');

    await rita.goBack();
    await rita.waitForURL(viewBefore);
    await row('Adventure Works Cycles SAS').waitFor();
  });

  it('saves “assigned to me” as her own view and comes back to it in one click', async () => {
    const sidebar = rita.getByRole('complementary', { name: 'Saved views and quick filters' });
    await sidebar.getByRole('button', { name: 'Assigned to me' }).click();
    await rita.waitForURL(/assignee%22%3A%22me/);
    // The list shows the filter (the toggle reads it from there) a render after the URL holds
    // it; a view saved in between would be the one before.
    await sidebar.getByRole('button', { name: 'Assigned to me', pressed: true }).waitFor();
    await sidebar.getByRole('button', { name: 'Save this view' }).click();
    const dialog = rita.getByRole('dialog', { name: 'Save the current view' });
    await dialog.getByLabel('Name of the view').fill('Mine in Europe');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });

    await rita.getByRole('tab', { name: /^Decided/ }).click();
    await rita.waitForURL(/decided/);
    await rita.getByRole('tab', { name: /^Decided/, selected: true }).waitFor();
    await sidebar.getByRole('button', { name: 'Mine in Europe', exact: true }).click();
    await rita.waitForURL(/assignee%22%3A%22me/);
    await rita.getByRole('tab', { name: /^New/, selected: true }).waitFor();
    for (const name of picked) {
      await row(name).waitFor();
    }
    expect(await seriousViolations(rita)).toEqual([]);
  });

  it('reads the same in Swedish', async () => {
    await chooseLanguage(rita, 'Svenska');
    await rita.getByRole('tab', { name: /^Nya/ }).waitFor();
    await row('Southridge Video AB').getByText('Försenad', { exact: true }).waitFor();
    expect(await seriousViolations(rita)).toEqual([]);
    await screenshot(rita, 'queue-3-new-in-europe-sv');
    await chooseLanguage(rita, 'English');
  });
});
