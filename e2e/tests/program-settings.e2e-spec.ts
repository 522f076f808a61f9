// Program settings in a real Chromium: Paul (a program admin, in Swedish) shortens the listing
// confirmation interval, sees what it means for a listing confirmed today, saves, and finds his
// change in the history; Rita (a reviewer, in English) sees the settings read-only. The story
// puts the setting back at the end: the other stories share this stack and its demo listings.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser } from '../support/browser.js';
import {
  accessToken,
  callApi,
  chooseLanguage,
  screenshot,
  seriousViolations,
  signIn,
} from '../support/console.js';

describeInBrowser('program settings: a program admin changes them, a reviewer reads them', () => {
  let browser: Browser;
  let context: BrowserContext;
  let paul: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    paul = await context.newPage();
  });
  afterAll(async () => {
    // Back to the program's default, whatever happened above.
    const token = paul ? await accessToken(paul).catch(() => undefined) : undefined;
    if (token) {
      const read = await callApi<{ version: number }>(token, 'GET', '/program-settings');
      await callApi(token, 'PUT', '/program-settings', {
        body: { listingConfirmEveryDays: 180 },
        version: read.body.version,
      });
    }
    await context?.close();
    await browser?.close();
  });

  it('Paul shortens the confirmation interval in Swedish and finds it in the history', async () => {
    await signIn(paul, 'Paul Admin');
    await chooseLanguage(paul, 'Svenska');
    await paul.getByRole('menuitem', { name: 'Programinställningar' }).click();
    await paul.getByRole('heading', { level: 1, name: 'Programinställningar' }).waitFor();
    const confirm = paul.getByRole('spinbutton', { name: 'Bekräfta med (dagars) mellanrum' });
    expect(await confirm.inputValue()).toBe('180');
    const save = paul.getByRole('button', { name: 'Spara inställningarna' });
    expect(await save.isDisabled()).toBe(true);

    // Out of bounds: the field says so and nothing can be saved.
    await confirm.fill('10');
    expect(await save.isDisabled()).toBe(true);
    await confirm.fill('150');
    await paul.getByText(/^En annons som bekräftas i dag ska bekräftas igen senast/).waitFor();
    expect(await seriousViolations(paul)).toEqual([]);
    await save.click();
    await paul.getByText('Programinställningarna sparades.').waitFor();

    const history = paul.getByRole('region', { name: 'Ändringar' });
    const row = history.getByRole('row').filter({ hasText: 'Bekräfta med (dagars) mellanrum' });
    await row.getByText('180 → 150').waitFor();
    await row.getByText('Paul Admin').waitFor();
    await screenshot(paul, 'settings-1-saved-sv');
    // The API has it.
    const read = await callApi<{ listingConfirmEveryDays: number }>(
      await accessToken(paul),
      'GET',
      '/program-settings',
    );
    expect(read.body.listingConfirmEveryDays).toBe(150);
  });

  it('Rita reads the settings but is told only program admins change them', async () => {
    const ritaContext = await browser.newContext({ locale: 'en-US' });
    try {
      const rita = await ritaContext.newPage();
      await signIn(rita, 'Rita Reviewer');
      await rita.getByRole('menuitem', { name: 'Program settings' }).click();
      await rita
        .getByText('Only program admins change these settings; you see them as they are.')
        .waitFor();
      expect(await rita.getByRole('button', { name: 'Save settings' }).count()).toBe(0);
      expect(
        await rita.getByRole('spinbutton', { name: 'Confirm every (days)' }).inputValue(),
      ).toBe('150');
      expect(await seriousViolations(rita)).toEqual([]);
    } finally {
      await ritaContext.close();
    }
  });
});
