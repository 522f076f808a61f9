// The console home for reviewers (issue 8 item 11), in a real Chromium: Rita sees the review
// figures as charts whose accessible names carry the figures, in English and Swedish, and a
// chart's link opens the queue filtered to what it shows. The stack is shared with the other
// stories, so this checks shapes and links, not the demo data's exact counts.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser } from '../support/browser.js';
import { chooseLanguage, screenshot, seriousViolations, signIn } from '../support/console.js';

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

  it('the overdue link opens the queue filtered to overdue applications', async () => {
    await rita.getByRole('link', { name: 'Show overdue applications' }).click();
    await rita.waitForURL(/\/admin\/enrollments\?.*overdue%22%3Atrue/);
    await rita.getByRole('heading', { name: 'Applications' }).first().waitFor();
    await rita.goBack();
    await rita.getByRole('heading', { name: 'Review figures' }).waitFor();
  });

  it('speaks Swedish', async () => {
    await chooseLanguage(rita, 'Svenska');
    await rita.getByRole('heading', { name: 'Granskningens siffror' }).waitFor();
    await rita.getByRole('img', { name: /^Öppna ansökningar per status: / }).waitFor();
    expect(await seriousViolations(rita)).toEqual([]);
  });
});
