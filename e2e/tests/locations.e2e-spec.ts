// Locations in a real Chromium (issue 10 item 2): Farid (Fabrikam's global admin, an active
// partner in the United States) switches the console to Swedish and adds a location in Sweden:
// the prerequisites checklist turns complete as he fills the form, the billing currency (SEK,
// the Swedish market's) is shown read-only, and he submits it for review. Rita (a reviewer) finds
// it in the same queue, marked as a location, starts the review, records the checks and
// verifies it; Farid then sees the location verified.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser } from '../support/browser.js';
import {
  accessToken,
  callApi,
  chooseLanguage,
  listFilteredBy,
  screenshot,
  seriousViolations,
  signIn,
} from '../support/console.js';
import { linksIn, waitForEmail } from '../support/mail.js';

const legalName = `Fabrikam Sverige ${randomUUID().slice(0, 4)} AB`;
// A location PartnerID no demo partner has, different on each run.
const partnerId = String(7_000_000 + Math.floor(Math.random() * 999_999));

describeInBrowser('locations: Farid adds one in Sweden, Rita verifies it', () => {
  let browser: Browser;
  let faridContext: BrowserContext;
  let ritaContext: BrowserContext;
  let farid: Page;
  let rita: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    const options = { locale: 'en-US', viewport: { width: 1366, height: 1000 } };
    faridContext = await browser.newContext(options);
    ritaContext = await browser.newContext(options);
    farid = await faridContext.newPage();
    rita = await ritaContext.newPage();
  });
  afterAll(async () => {
    await faridContext?.close();
    await ritaContext?.close();
    await browser?.close();
  });

  const field = (page: Page, name: string) => page.locator(`#location-${name}`);
  const checklist = () => farid.getByRole('region', { name: 'Förutsättningar' });

  it('Farid, in Swedish, fills the form while the checklist turns complete', async () => {
    await signIn(farid, 'Farid Haddad');
    await chooseLanguage(farid, 'Svenska');
    await farid.getByRole('menuitem', { name: 'Platser' }).click();
    await farid.getByRole('heading', { name: 'Inga platser i andra länder ännu' }).waitFor();
    expect(await seriousViolations(farid)).toEqual([]);
    await farid.getByRole('link', { name: 'Lägg till en plats' }).click();
    await farid
      .getByRole('heading', { level: 2, name: 'Lägg till en plats i ett annat land' })
      .waitFor();
    await checklist().getByText('Vissa förutsättningar är inte uppfyllda ännu.').waitFor();

    await field(farid, 'legalName').fill(legalName);
    await field(farid, 'country').selectOption('SE');
    // The billing currency comes from the market and cannot be typed.
    await expect(field(farid, 'currency').inputValue()).resolves.toBe('SEK');
    expect(await field(farid, 'currency').getAttribute('readonly')).not.toBeNull();
    await checklist().getByText('SE är en CSP-marknad i regionen Europe.').waitFor();
    await field(farid, 'partnerId').fill(partnerId);
    await field(farid, 'tenantId').fill(randomUUID());
    await field(farid, 'taxId').fill('SE556677889901');
    await field(farid, 'addressLine1').fill('Drottninggatan 1');
    await field(farid, 'city').fill('Stockholm');
    await field(farid, 'postalCode').fill('111 51');
    await field(farid, 'iban').fill('SE45 5000 0000 0583 9825 7466');
    await field(farid, 'accountHolderName').fill(legalName);
    const submit = farid.getByRole('button', { name: 'Lägg till plats' });
    expect(await submit.isDisabled()).toBe(true);
    await farid.getByRole('checkbox', { name: 'Platsens PartnerID är aktivt' }).check();
    await farid.getByRole('checkbox', { name: 'Platsen finns i Partner Center' }).check();

    await checklist().getByText('Allt är på plats: platsen kan läggas till.').waitFor();
    expect(await checklist().locator('[data-status="not_met"]').count()).toBe(0);
    expect(await submit.isEnabled()).toBe(true);
    expect(await seriousViolations(farid)).toEqual([]);
    await screenshot(farid, 'locations-1-form-sv');
    await submit.click();

    const row = farid.getByRole('row').filter({ hasText: legalName });
    await row.getByText('Utkast').waitFor();
    await row.getByText('SEK').waitFor();
    await row.getByRole('button', { name: `Skicka ${legalName} för granskning` }).click();
    await row.getByText('Inskickad').waitFor();
    // Off the row (its hover shade) and past the chip's colour transition before axe looks.
    await farid.mouse.move(0, 0);
    await farid.waitForTimeout(500);
    expect(await seriousViolations(farid)).toEqual([]);
    await screenshot(farid, 'locations-2-list-sv');
  });

  it('Farid confirms the work e-mail through the submission e-mail’s link', async () => {
    // The location's own submission e-mail: other stories e-mail Farid too (the same stack).
    const { body: locations } = await callApi<{ legalName: string; enrollmentId: string }[]>(
      await accessToken(farid),
      'GET',
      `/locations?range=${encodeURIComponent('[0,99]')}`,
    );
    const enrollmentId = locations.find((l) => l.legalName === legalName)?.enrollmentId ?? '';
    expect(enrollmentId).not.toBe('');
    const submitted = await waitForEmail(
      'farid@fabrikam.example',
      /Fabrikam/,
      30_000,
      (email) =>
        email.text.includes(`/admin/enrollments/${enrollmentId}/show`) &&
        linksIn(email).some((url) => url.includes('/api/email-verifications/')),
    );
    const link = linksIn(submitted).find((url) => url.includes('/api/email-verifications/'));
    const confirmation = await faridContext.newPage();
    await confirmation.goto(link ?? '');
    await confirmation.getByRole('button').first().click();
    await confirmation.getByRole('status').waitFor();
    await confirmation.close();
  });

  it('Rita finds it in the queue marked as a location, reviews and verifies it', async () => {
    await signIn(rita, 'Rita Reviewer');
    await rita.getByRole('menuitem', { name: 'Applications' }).click();
    await rita.getByRole('tab', { name: /^New/ }).click();
    await rita.getByRole('textbox', { name: 'Search' }).fill('Fabrikam');
    await rita.waitForURL(/Fabrikam/);
    await listFilteredBy(rita, 'Fabrikam');
    const row = rita
      .getByRole('row')
      .filter({ hasText: 'Location' })
      .filter({ hasText: 'Submitted' })
      .first();
    await row.getByRole('link', { name: 'Fabrikam, Inc.' }).click();
    const details = rita.getByRole('region', { name: 'Location' });
    await details.getByText(legalName).waitFor();
    await details.getByText(partnerId).waitFor();
    await details.getByText('SEK').waitFor();
    const state = (name: string) =>
      rita.getByRole('status', { name: 'State' }).getByText(name, { exact: true });
    await rita.getByRole('button', { name: 'Start the review' }).click();
    await state('In review').waitFor();
    const checks = rita.getByRole('region', { name: 'Verification checks' });
    for (const name of ['Employment', 'Business', 'PartnerID']) {
      await checks.getByRole('button', { name: `Record “${name}” as passed` }).click();
      const dialog = rita.getByRole('dialog', { name: `Record “${name}” as passed` });
      await dialog.getByLabel('Note').fill(`${name} checked for the Swedish location.`);
      await dialog.getByRole('button', { name: 'Passed' }).click();
      await dialog.waitFor({ state: 'detached' });
      await checks
        .getByRole('listitem')
        .filter({ hasText: name })
        .getByText('Recorded by Rita Reviewer', { exact: false })
        .waitFor();
    }
    // Past the chips' and buttons' colour transitions before axe measures contrast.
    await rita.mouse.move(0, 0);
    await rita.waitForTimeout(500);
    expect(await seriousViolations(rita)).toEqual([]);
    await screenshot(rita, 'locations-3-case-page');
    await rita.getByRole('button', { name: 'Verify' }).click();
    await state('Verified').waitFor();
  });

  it('Farid sees the location verified', async () => {
    await farid.reload();
    const row = farid.getByRole('row').filter({ hasText: legalName });
    await row.getByText('Verifierad').waitFor();
    await screenshot(farid, 'locations-4-verified-sv');
  });
});
