// The console home for reviewers (issue 8 item 11), in a real Chromium: Rita sees the review
// figures as charts whose accessible names carry the figures, in English and Swedish, and a
// chart's link opens the queue filtered to what it shows. The stack is shared with the other
// stories, so this checks shapes and links, not the demo data's exact counts.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser } from '../support/browser.js';
import {
  chooseLanguage,
  listFilteredBy,
  screenshot,
  seriousViolations,
  signIn,
} from '../support/console.js';

describeInBrowser('the reviewers’ dashboard: figures as charts, each linking to the queue', () => {
  let browser: Browser;
  let context: BrowserContext;
  let rita: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 1440, height: 1400 },
    });
    rita = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('Rita sees the backlog, the weekly flow, time to decision, approval by region and overdue', async () => {
    await signIn(rita, 'Rita Reviewer');
    await rita.getByRole('heading', { name: 'Review figures' }).waitFor();
    for (const title of [
      'Backlog by state',
      'Submitted and decided per week',
      'Median time to decision',
      'Approval rate by region',
      'Overdue',
    ]) {
      await rita.getByRole('heading', { name: title, exact: true }).waitFor();
    }
    await rita.getByRole('img', { name: /^Open applications by state: .+: \d+/ }).waitFor();
    await rita
      .getByRole('img', { name: /^Applications per week, submitted and decided: / })
      .waitFor();
    expect(await seriousViolations(rita)).toEqual([]);
    await screenshot(rita, 'dashboard-1-en');
  });

  it('a backlog link opens the queue filtered to that state, showing the filter', async () => {
    // The demo data has applications in every state: "In review: N" is a link to those.
    await rita.getByRole('link', { name: /^In review: \d+/ }).click();
    await rita.waitForURL(/\/admin\/enrollments\?.*filter=%7B%22state%22%3A%22in_review%22%7D/);
    await listFilteredBy(rita, 'In review');
    await rita.getByRole('combobox', { name: 'State' }).filter({ hasText: 'In review' }).waitFor();
    await rita.goBack();
    await rita.getByRole('heading', { name: 'Review figures' }).waitFor();
  });

  it('the weekly chart’s link opens the queue with its 12 weeks as the submission dates', async () => {
    await rita.getByRole('link', { name: 'Submitted in these weeks' }).click();
    await rita.waitForURL(/\/admin\/enrollments\?.*submittedFrom/);
    const filter = JSON.parse(new URL(rita.url()).searchParams.get('filter') ?? '{}') as {
      submittedFrom?: string;
      submittedTo?: string;
    };
    expect(filter.submittedFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(filter.submittedTo).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // 12 weeks, Monday to Sunday
    const days =
      (Date.parse(filter.submittedTo ?? '') - Date.parse(filter.submittedFrom ?? '')) / 86_400_000;
    expect(days).toBe(12 * 7 - 1);
    // The filter form shows the dates once the list has read them from the URL.
    await rita.waitForFunction(
      ([from, to]) =>
        document.querySelector<HTMLInputElement>('input[name="submittedFrom"]')?.value === from &&
        document.querySelector<HTMLInputElement>('input[name="submittedTo"]')?.value === to,
      [filter.submittedFrom, filter.submittedTo],
    );
    await rita.getByLabel('Submitted from').waitFor();
    await screenshot(rita, 'dashboard-2-queue');
    await rita.goBack();
    await rita.getByRole('heading', { name: 'Review figures' }).waitFor();
  });

  it('speaks Swedish', async () => {
    await chooseLanguage(rita, 'Svenska');
    await rita.getByRole('heading', { name: 'Granskningens siffror' }).waitFor();
    await rita.getByRole('img', { name: /^Öppna ansökningar per status: / }).waitFor();
    await rita.getByRole('heading', { name: 'Mediantid till beslut', exact: true }).waitFor();
    expect(await seriousViolations(rita)).toEqual([]);
    await screenshot(rita, 'dashboard-3-sv');
    await chooseLanguage(rita, 'English');
  });

  it('a partner keeps the welcome card, without the review figures', async () => {
    const partnerContext = await browser.newContext({ locale: 'en-US' });
    try {
      const ada = await partnerContext.newPage();
      await signIn(ada, 'Ada Lindqvist');
      await ada.getByRole('heading', { name: /^Welcome, Ada Lindqvist/ }).waitFor();
      await ada.getByRole('heading', { name: 'Program data' }).waitFor();
      expect(await ada.getByRole('heading', { name: 'Review figures' }).count()).toBe(0);
    } finally {
      await partnerContext.close();
    }
  });
});
