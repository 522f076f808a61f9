// The direct bill path with its gates, as one story in a real Chromium: Farid (Fabrikam's global
// admin) applies in Swedish, is refused while his revenue is too small, submits once it meets the
// policy in force (FY26: USD 1M over the trailing 12 months, 12 months as indirect reseller);
// Rita (a Microsoft reviewer, in English, in a second browser) records the five checks, verifies
// and requests the credit check; the support plan stays locked for Farid until Rita records the
// credit check as passed; then he records ASfP, accepts the Microsoft Partner Agreement and
// Fabrikam is active.
//
// The demo data gives Fabrikam a profile (used here as it is), an application of each program and
// 18 months of revenue. The story needs a tenant with no open direct bill application and no
// revenue yet, so it first withdraws Fabrikam's open direct bill application (if any) and deletes
// its revenue rows through the API, as Farid could.
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
import { waitForEmail } from '../support/mail.js';

type Enrollment = {
  id: string;
  program: string;
  state: string;
  version: number;
  availableCommands: { command: string }[];
};

/** Fabrikam starts this story with no open direct bill application and no revenue rows. */
async function clearFabrikamsWay(token: string): Promise<void> {
  const { body: me } = await callApi<{ partnerId: string | null }>(token, 'GET', '/me');
  if (!me.partnerId) {
    throw new Error('Fabrikam has no partner profile: the demo data should give it one.');
  }
  const query = (params: Record<string, unknown>) =>
    Object.entries(params)
      .map(([name, value]) => `${name}=${encodeURIComponent(JSON.stringify(value))}`)
      .join('&');
  const { body: applications } = await callApi<Enrollment[]>(
    token,
    'GET',
    `/enrollments?${query({ filter: { program: 'direct_bill' }, range: [0, 99] })}`,
  );
  for (const application of applications) {
    if (
      application.availableCommands.some((each) => each.command.replace(/_/g, '-') === 'withdraw')
    ) {
      await callApi(token, 'POST', `/enrollments/${application.id}/withdraw`, {
        body: { reason: 'Applying again (browser test).' },
        version: application.version,
      });
    } else if (!['rejected', 'withdrawn', 'transitioned_to_indirect'].includes(application.state)) {
      throw new Error(
        `Fabrikam's direct bill application is ${application.state} and cannot be withdrawn: the story needs none open.`,
      );
    }
  }
  const { body: rows } = await callApi<{ id: string }[]>(
    token,
    'GET',
    `/revenue-records?${query({ filter: { partnerId: me.partnerId }, range: [0, 499] })}`,
  );
  for (const row of rows) {
    await callApi(token, 'DELETE', `/revenue-records/${row.id}`);
  }
}

/** `YYYY-MM` of the month `back` months before the current one (UTC), in the trailing window. */
const monthsAgo = (back: number): string => {
  const now = new Date();
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
  return month.toISOString().slice(0, 7);
};

const fabrikamEmail = 'farid@fabrikam.example';

describeInBrowser(
  'the direct bill path: revenue gate, credit check gate, Fabrikam is active',
  () => {
    let browser: Browser;
    let faridContext: BrowserContext;
    let ritaContext: BrowserContext;
    let farid: Page;
    let rita: Page;
    let applicationUrl: string;

    beforeAll(async () => {
      browser = await launchBrowser();
      faridContext = await browser.newContext({ locale: 'en-US' });
      ritaContext = await browser.newContext({ locale: 'en-US' });
      farid = await faridContext.newPage();
      rita = await ritaContext.newPage();
    });
    afterAll(async () => {
      await faridContext?.close();
      await ritaContext?.close();
      await browser?.close();
    });

    /** The state the page's heading shows, in the page's language. */
    const state = (page: Page, label: 'State' | 'Status', name: string) =>
      page.getByRole('status', { name: label }).getByText(name, { exact: true });

    /** Adds one monthly revenue row through the form under the checklist. */
    const addRevenue = async (month: string, amountUsd: string) => {
      const form = farid.getByRole('form', { name: 'Lägg till månaden' });
      await form.getByLabel('Månad').fill(month);
      await form.getByLabel('Belopp (USD)').fill(amountUsd);
      await form.getByRole('button', { name: 'Lägg till månaden' }).click();
      await farid
        .getByRole('table', { name: 'Intäkter per månad' })
        .getByRole('row')
        .filter({ hasText: `${Number(amountUsd).toLocaleString('sv-SE')}` })
        .first()
        .waitFor();
    };

    it('Farid signs in, switches the console to Swedish and applies as direct bill partner', async () => {
      await signIn(farid, 'Farid Haddad');
      await clearFabrikamsWay(await accessToken(farid));
      await chooseLanguage(farid, 'Svenska');
      await farid.getByRole('menuitem', { name: 'Mina ansökningar' }).click();
      await farid.getByRole('heading', { name: 'Ansök till CSP-programmet' }).waitFor();
      await farid.getByRole('button', { name: 'Ansök som direktfakturerad partner' }).click();

      await farid
        .getByRole('heading', { level: 1, name: 'Direktfakturerad partner: Fabrikam, Inc.' })
        .waitFor();
      applicationUrl = farid.url();
      await state(farid, 'Status', 'Utkast').waitFor();
      expect(await farid.locator('html').getAttribute('lang')).toBe('sv');
    });

    it('shows the minimum requirements as a checklist, with the policy in force', async () => {
      await farid.getByRole('button', { name: 'Minimikrav' }).click();
      await farid.getByRole('heading', { level: 2, name: 'Minimikrav' }).waitFor();
      await farid
        .getByText('Bedöms enligt kraven som gäller från', { exact: false })
        .first()
        .waitFor();
      const checklist = farid.getByRole('list').filter({ hasText: 'Intäktskrav' });
      for (const requirement of [
        'Behörighet att teckna avtal',
        'Första linjens support',
        'Intäktskrav',
        'Tid som indirekt återförsäljare',
        'Kundreskontra',
      ]) {
        await checklist.getByText(requirement, { exact: true }).waitFor();
      }
      await screenshot(farid, 'direct-1-requirements-sv');
      expect(await seriousViolations(farid)).toEqual([]);
    });

    it('refuses to submit with too little revenue, naming the revenue requirement', async () => {
      const yes = async (question: RegExp) =>
        farid
          .getByRole('radiogroup', { name: question })
          .getByRole('radio', { name: 'Ja' })
          .check();
      await yes(/^Behörighet:/);
      await yes(/^Support:/);
      await yes(/^Kundreskontra:/);
      await yes(/^Säkerhet:/);
      await farid.getByLabel('Antal förvaltade tjänster').fill('3');
      await farid.getByLabel('Solutions Partner-beteckningar').fill('2');
      await farid.getByLabel('Indirekt återförsäljare sedan').fill('2021-03-01');
      await farid.getByLabel('Indirekt återförsäljare sedan').blur();
      await farid.getByText('Sparat i utkastet.').waitFor();
      // Every answer is kept, also those typed while the previous one was being saved.
      for (const requirement of [
        'Solutions Partner-beteckning',
        'Tid som indirekt återförsäljare',
      ]) {
        await farid
          .getByRole('listitem')
          .filter({ hasText: requirement })
          .getByText('Uppfyllt', { exact: true })
          .waitFor();
      }

      await addRevenue(monthsAgo(2), '20000');
      await addRevenue(monthsAgo(1), '25000');
      const revenue = farid.getByRole('listitem').filter({ hasText: 'Intäktskrav' });
      await revenue.getByText('Inte uppfyllt', { exact: true }).waitFor();

      await farid.getByRole('button', { name: 'Granska och skicka in' }).click();
      const blockers = farid
        .getByRole('status')
        .filter({ hasText: 'hindrar dig från att skicka in' });
      await blockers.getByText('Intäktskrav', { exact: true }).waitFor();
      await blockers.getByText('mindre än de', { exact: false }).waitFor();
      const submit = farid.getByRole('button', { name: 'Skicka in', exact: true });
      expect(await submit.isDisabled()).toBe(true);
      await screenshot(farid, 'direct-2-refused-sv');
      expect(await seriousViolations(farid)).toEqual([]);
    });

    it('submits once the trailing 12 months reach USD 1M', async () => {
      await farid.getByRole('button', { name: 'Minimikrav' }).click();
      await addRevenue(monthsAgo(4), '480000');
      await addRevenue(monthsAgo(3), '490000');
      const revenue = farid.getByRole('listitem').filter({ hasText: 'Intäktskrav' });
      // Revenue the partner enters itself is verified by the reviewer.
      await revenue.getByText('Granskas', { exact: true }).waitFor();

      await farid.getByRole('button', { name: 'Granska och skicka in' }).click();
      const submit = farid.getByRole('button', { name: 'Skicka in', exact: true });
      await submit.click();
      await state(farid, 'Status', 'Inskickad').waitFor();
    });

    it('Rita reviews in English: all five checks, revenue included, then verifies', async () => {
      await signIn(rita, 'Rita Reviewer');
      await rita.getByRole('menuitem', { name: 'Applications' }).click();
      await rita.getByRole('tab', { name: /^New/ }).click();
      await rita.getByRole('textbox', { name: 'Search' }).fill('Fabrikam');
      // The search is debounced: click only once the list has been filtered by it.
      await rita.waitForURL(/Fabrikam/);
      await listFilteredBy(rita, 'Fabrikam');
      // Fabrikam has other applications in the queue: pick Farid's by its id.
      const applicationId = new URL(applicationUrl).pathname.split('/').at(-2)!;
      await rita
        .getByRole('row')
        .filter({ has: rita.locator(`a[href*="${applicationId}"]`) })
        .getByRole('link', { name: 'Fabrikam, Inc.' })
        .click();
      await rita.waitForURL(applicationUrl);
      await rita
        .getByRole('heading', { level: 1, name: 'Direct bill partner: Fabrikam, Inc.' })
        .waitFor();
      await rita.getByRole('button', { name: 'Start the review' }).click();
      await state(rita, 'State', 'In review').waitFor();

      const checks = rita.getByRole('region', { name: 'Verification checks' });
      for (const name of ['E-mail ownership', 'Employment', 'Business', 'PartnerID', 'Revenue']) {
        await checks.getByRole('button', { name: `Record “${name}” as passed` }).click();
        const dialog = rita.getByRole('dialog', { name: `Record “${name}” as passed` });
        await dialog.getByRole('button', { name: 'Passed' }).click();
        await dialog.waitFor({ state: 'detached' });
        await checks
          .getByRole('listitem')
          .filter({ hasText: name })
          .getByText('Recorded by Rita Reviewer', { exact: false })
          .waitFor();
      }
      await screenshot(rita, 'direct-3-case-page');
      expect(await seriousViolations(rita)).toEqual([]);

      await rita.getByRole('button', { name: 'Verify' }).click();
      await state(rita, 'State', 'Verified').waitFor();
      await rita.getByRole('button', { name: 'Request the credit check' }).click();
      await state(rita, 'State', 'Credit check pending').waitFor();
      // The manual bureau: the case waits for Rita to record the bureau's answer.
      const credit = rita.getByRole('region', { name: 'Credit check' });
      await credit.getByText(/^Requested by Rita Reviewer on .+, from the manual bureau/).waitFor();
      await credit.getByText('Waiting for the bureau’s answer', { exact: false }).waitFor();
    });

    it('Farid sees the support plan locked, with the reason, while the credit check is pending', async () => {
      await farid.goto(applicationUrl);
      await state(farid, 'Status', 'Kreditprövning pågår').waitFor();
      const plan = farid.getByRole('region', { name: 'Supportplan från Microsoft' });
      await plan.getByRole('alert').getByText('kreditprövning', { exact: false }).waitFor();
      expect(await plan.getByRole('radio', { name: /ASfP/ }).isDisabled()).toBe(true);
      expect(
        await plan.getByRole('button', { name: 'Registrera supportplanen' }).isDisabled(),
      ).toBe(true);
      await screenshot(farid, 'direct-4-support-plan-locked-sv');
      expect(await seriousViolations(farid)).toEqual([]);
    });

    it('Rita records the credit check as passed, with the bureau’s reference and score band', async () => {
      await rita.getByRole('button', { name: 'Credit check passed' }).click();
      const dialog = rita.getByRole('dialog', { name: 'Credit check passed' });
      await dialog.getByLabel('Bureau reference (optional)').fill('DNB-2291-7');
      await dialog.getByRole('combobox', { name: 'Score band (optional)' }).click();
      await rita.getByRole('option', { name: 'Low risk' }).click();
      await dialog.getByLabel('Note (optional)').fill('Credit limit approved.');
      await dialog.getByRole('button', { name: 'Credit check passed' }).click();
      await state(rita, 'State', 'Credit check passed').waitFor();
      // The evidence on the case page: who, when, bureau, reference, score band, note.
      const credit = rita.getByRole('region', { name: 'Credit check' });
      await credit.getByText(/^Passed: recorded by Rita Reviewer on /).waitFor();
      await credit.getByText('DNB-2291-7', { exact: true }).waitFor();
      await credit.getByText('Low risk', { exact: true }).waitFor();
      await credit.getByText('Credit limit approved.', { exact: true }).waitFor();
      await screenshot(rita, 'direct-4b-credit-check-evidence');
      expect(await seriousViolations(rita)).toEqual([]);
    });

    it('Farid records ASfP, accepts the Microsoft Partner Agreement and Fabrikam is active', async () => {
      await farid.reload();
      await state(farid, 'Status', 'Kreditprövning godkänd').waitFor();
      const plan = farid.getByRole('region', { name: 'Supportplan från Microsoft' });
      await plan.getByRole('radio', { name: 'Advanced Support for Partners (ASfP)' }).check();
      await plan.getByRole('button', { name: 'Registrera supportplanen' }).click();
      await state(farid, 'Status', 'Supportplan registrerad').waitFor();
      await plan
        .getByText('Registrerad supportplan: Advanced Support for Partners (ASfP).')
        .waitFor();

      const agreement = farid.getByRole('region', { name: 'Avtal' });
      await agreement.getByLabel('Titel').fill('Verkställande direktör');
      await agreement.getByLabel('E-post på jobbet').fill(fabrikamEmail);
      await agreement.getByRole('checkbox', { name: /Jag har behörighet att underteckna/ }).check();
      await agreement.getByRole('button', { name: 'Godkänn Microsoft Partner Agreement' }).click();

      await state(farid, 'Status', 'Aktiv').waitFor();
      await farid.getByText('Ni är anslutna som direktfakturerad partner.').waitFor();
      await agreement
        .getByText(/Microsoft Partner Agreement version \S+ godkänt av Farid Haddad/)
        .waitFor();
      await screenshot(farid, 'direct-5-active-sv');
    });

    it("e-mails Fabrikam's admin when the credit check starts, passes and when it is active", async () => {
      const requested = await waitForEmail(
        fabrikamEmail,
        /^We are checking Fabrikam, Inc\.'s credit$/,
      );
      expect(requested.text).toContain("we'll e-mail you when you've passed the credit check");
      await waitForEmail(fabrikamEmail, /Fabrikam, Inc\. passed the credit check/);
      await waitForEmail(fabrikamEmail, /Fabrikam, Inc\. is active in the CSP program/);
    });
  },
);
