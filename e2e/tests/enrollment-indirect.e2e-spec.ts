// The indirect reseller path as one story, in English, in a real Chromium: Ada (Contoso's global
// admin) creates the profile and applies, confirms her e-mail address through the link the
// submission e-mail carries, Rita (a Microsoft reviewer, in a second browser) reviews and
// verifies, Ada accepts the indirect reseller terms and Contoso is active, and every step's
// e-mail is in the mail catcher. Contoso has no partner in the demo data: Ada enrolls it here.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser } from '../support/browser.js';
import { listFilteredBy, screenshot, seriousViolations, signIn } from '../support/console.js';
import { inbox, isTo, linksIn, waitForEmail } from '../support/mail.js';

const adminEmail = 'ada@contoso.example';

describeInBrowser(
  'the indirect reseller path: Ada applies, Rita verifies, Contoso is active',
  () => {
    let browser: Browser;
    let adaContext: BrowserContext;
    let ritaContext: BrowserContext;
    let ada: Page;
    let rita: Page;
    /** The application's page, where Ada and Rita each come back to. */
    let applicationUrl: string;

    beforeAll(async () => {
      browser = await launchBrowser();
      adaContext = await browser.newContext({ locale: 'en-US' });
      ritaContext = await browser.newContext({ locale: 'en-US' });
      ada = await adaContext.newPage();
      rita = await ritaContext.newPage();
    });
    afterAll(async () => {
      await adaContext?.close();
      await ritaContext?.close();
      await browser?.close();
    });

    /** The state the page's heading shows ("State: In review"). */
    const state = (page: Page, name: string) =>
      page.getByRole('status', { name: 'State' }).getByText(name, { exact: true });

    it('Ada creates the company profile under My company', async () => {
      await signIn(ada, 'Ada Lindqvist');
      await ada.getByRole('menuitem', { name: 'My company' }).click();
      await ada.getByRole('heading', { name: 'Your company has no profile yet' }).waitFor();
      await ada.getByRole('link', { name: 'Create the company profile' }).click();

      await ada.getByLabel('Legal name').fill('Contoso Ltd');
      await ada.getByLabel('PartnerID (MPN ID)').fill('6104528');
      await ada.getByLabel('Website').fill('https://contoso.example');
      await ada.getByLabel('Phone').fill('+46 8 123 456 78');
      await ada.getByRole('combobox', { name: 'Country' }).fill('Swed');
      await ada.getByRole('option', { name: 'Sweden', exact: true }).click();
      await ada.getByLabel('Address line 1').fill('Storgatan 1');
      await ada.getByLabel('City').fill('Stockholm');
      await ada.getByLabel('Postal code').fill('111 22');
      await ada.getByLabel('Account holder').fill('Contoso Ltd');
      await ada.getByLabel('IBAN').fill('SE45 5000 0000 0583 9825 7466');
      await ada.getByLabel('BIC (SWIFT code)').fill('ESSESESS');
      await ada.getByLabel('Admin work e-mail').fill(adminEmail);
      await ada.getByRole('radio', { name: 'English' }).check();
      await screenshot(ada, 'indirect-1-profile-form');
      await ada.getByRole('button', { name: 'Save' }).click();

      await ada.getByRole('heading', { level: 1, name: 'Contoso Ltd' }).waitFor();
      // Bank details are shown masked: the last four digits only.
      await ada.getByText('IBAN •••• 7466', { exact: false }).waitFor();
      expect(await ada.getByText('SE45 5000 0000 0583 9825 7466').count()).toBe(0);
    });

    it('Ada applies as indirect reseller and submits the application', async () => {
      await ada.getByRole('menuitem', { name: 'My applications' }).click();
      await ada.getByRole('button', { name: 'Apply as indirect reseller' }).click();
      await ada
        .getByRole('heading', { level: 1, name: 'Indirect reseller: Contoso Ltd' })
        .waitFor();
      applicationUrl = ada.url();
      await state(ada, 'Draft').waitFor();
      await ada.getByText('Your company profile is complete.').waitFor();

      expect(await seriousViolations(ada)).toEqual([]);
      await ada.getByRole('button', { name: 'Review and submit' }).click();
      await ada.getByRole('heading', { name: 'Review and submit' }).waitFor();
      expect(await seriousViolations(ada)).toEqual([]);
      await ada.getByRole('button', { name: 'Submit', exact: true }).click();

      await state(ada, 'Submitted').waitFor();
      await ada
        .getByText('We have your application; a reviewer will start on it soon.', { exact: false })
        .waitFor();
    });

    it('the submission e-mail carries the e-mail ownership link; Ada follows it and confirms', async () => {
      const submitted = await waitForEmail(adminEmail, /We received Contoso Ltd's CSP application/);
      const link = linksIn(submitted).find((url) => url.includes('/api/email-verifications/'));
      expect(link).toBeDefined();

      const confirmation = await adaContext.newPage();
      await confirmation.goto(link ?? '');
      await confirmation.getByRole('heading', { name: 'Confirm your work e-mail' }).waitFor();
      await confirmation.getByRole('button', { name: 'Confirm my e-mail address' }).click();
      await confirmation
        .getByRole('status')
        .getByText('Your e-mail address is confirmed', { exact: false })
        .waitFor();
      await confirmation.close();
    });

    it('Rita finds the application among the submitted ones and starts the review', async () => {
      await signIn(rita, 'Rita Reviewer');
      await rita.getByRole('menuitem', { name: 'Applications' }).click();
      await rita.getByRole('tab', { name: /^New/ }).click();
      await rita.getByRole('textbox', { name: 'Search' }).fill('Contoso');
      // The search is debounced: click only once the list has been filtered by it.
      await rita.waitForURL(/Contoso/);
      await listFilteredBy(rita, 'Contoso');
      await rita.getByRole('row').filter({ hasText: 'Indirect reseller' }).first().waitFor();
      await rita
        .getByRole('row')
        .filter({ hasText: 'Indirect reseller' })
        .filter({ hasText: 'Submitted' })
        .getByRole('link', { name: 'Contoso Ltd' })
        .click();

      await rita.waitForURL(applicationUrl);
      await rita
        .getByRole('heading', { level: 1, name: 'Indirect reseller: Contoso Ltd' })
        .waitFor();
      await state(rita, 'Submitted').waitFor();
      await rita.getByRole('button', { name: 'Start the review' }).click();
      await state(rita, 'In review').waitFor();
    });

    it('Rita records the checks: e-mail ownership is already passed by the link', async () => {
      const checks = rita.getByRole('region', { name: 'Verification checks' });
      const check = (name: string) => checks.getByRole('listitem').filter({ hasText: name });
      // Recorded when Ada pressed the button behind the link, not by Rita.
      await check('E-mail ownership')
        .getByText(`Recorded by ${adminEmail}`, { exact: false })
        .waitFor();

      for (const name of ['Employment', 'Business', 'PartnerID']) {
        await checks.getByRole('button', { name: `Record “${name}” as passed` }).click();
        const dialog = rita.getByRole('dialog', { name: `Record “${name}” as passed` });
        await dialog.getByLabel('Note').fill(`${name} checked against the company register.`);
        await dialog.getByRole('button', { name: 'Passed' }).click();
        await dialog.waitFor({ state: 'detached' });
        await check(name).getByText('Recorded by Rita Reviewer', { exact: false }).waitFor();
      }
      await screenshot(rita, 'indirect-2-case-page');
      expect(await seriousViolations(rita)).toEqual([]);
    });

    it('Rita verifies the application', async () => {
      await rita.getByRole('button', { name: 'Verify' }).click();
      await state(rita, 'Verified').waitFor();
      await rita
        .getByRole('region', { name: 'History' })
        .getByText('Verify · In review → Verified')
        .waitFor();
    });

    it('Ada accepts the indirect reseller terms as a named signatory and Contoso is active', async () => {
      await ada.goto(applicationUrl);
      await state(ada, 'Verified').waitFor();
      const agreement = ada.getByRole('region', { name: 'Agreement' });
      await expect(agreement.getByLabel('Full name').inputValue()).resolves.toBe('Ada Lindqvist');
      await agreement.getByLabel('Job title').fill('Chief Executive Officer');
      await agreement.getByLabel('Work e-mail').fill(adminEmail);
      const accept = agreement.getByRole('button', {
        name: 'Accept the Microsoft indirect reseller terms',
      });
      // Not before she says she may sign for Contoso.
      expect(await accept.isDisabled()).toBe(true);
      await agreement.getByRole('checkbox', { name: /I have authority to sign/ }).check();
      await accept.click();

      await state(ada, 'Active').waitFor();
      await ada.getByText('You are enrolled as an indirect reseller.', { exact: false }).waitFor();
      await agreement
        .getByText(
          /Microsoft indirect reseller terms version \S+ accepted by Ada Lindqvist \(Chief Executive Officer, ada@contoso\.example\)/,
        )
        .waitFor();
      await screenshot(ada, 'indirect-3-active');
    });

    it("e-mails Contoso's admin at submission, verification and activation", async () => {
      await waitForEmail(adminEmail, /is verified for the CSP program/);
      await waitForEmail(adminEmail, /is active in the CSP program/);
      const subjects = (await inbox())
        .filter((email) => isTo(email, adminEmail))
        .map((email) => email.subject);
      expect(subjects).toEqual(
        expect.arrayContaining([
          "We received Contoso Ltd's CSP application",
          'Contoso Ltd is verified for the CSP program',
          'Contoso Ltd is active in the CSP program',
        ]),
      );
    });
  },
);
