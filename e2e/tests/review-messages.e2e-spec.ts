// What a reviewer writes to a partner, in a real Chromium (issue 8 items 6 and 7): Rita (a
// Microsoft reviewer, console in English) asks A. Datum for revenue evidence and rejects Trey
// Research, each time choosing a reason from the list; the reason's template fills the e-mail in
// the partner's language, she edits it, sends it, and the e-mail the mail catcher receives is
// exactly the text she sent. (The Swedish templates are the API test's: the demo's Swedish
// partners, Litware and Southridge, are other stories'.)
//
// Demo data (apps/api/dev/demo-partners.ts): A. Datum's direct bill application is submitted
// (no other story moves it, and Rita takes it back out of the "In review" tab by asking for
// information); Trey Research's is waiting for an answer (no other story uses it).
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser } from '../support/browser.js';
import { accessToken, callApi, screenshot, seriousViolations, signIn } from '../support/console.js';
import { waitForEmail } from '../support/mail.js';

type Enrollment = { id: string; legalName: string; state: string };

/** Waits until the check holds (the template arrives from the API after the reason is chosen). */
async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) {
      throw new Error(`Waited 10 s for ${what}.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describeInBrowser('messages to partners: a reason, its template, edited, sent as shown', () => {
  let browser: Browser;
  let context: BrowserContext;
  let rita: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'en-US' });
    rita = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  const state = (name: string) =>
    rita.getByRole('status', { name: 'State' }).getByText(name, { exact: true });

  /** Opens the case page of the demo application of a partner, found by its legal name. */
  const openCase = async (legalName: string, program: string): Promise<string> => {
    const filter = encodeURIComponent(JSON.stringify({ q: legalName, program }));
    const { body } = await callApi<Enrollment[]>(
      await accessToken(rita),
      'GET',
      `/enrollments?filter=${filter}&range=${encodeURIComponent('[0,9]')}`,
    );
    const found = body.find((each) => each.legalName === legalName);
    if (!found) {
      throw new Error(`The demo data has no ${program} application of ${legalName}.`);
    }
    await rita.goto(`${new URL(rita.url()).origin}/admin/enrollments/${found.id}/show`);
    await rita.getByRole('heading', { level: 1, name: new RegExp(legalName) }).waitFor();
    return found.id;
  };

  it('Rita asks A. Datum for revenue evidence: the template is in English, she adds a line', async () => {
    await signIn(rita, 'Rita Reviewer');
    await openCase('A. Datum Corporation S.r.l.', 'direct_bill');
    await rita.getByRole('button', { name: 'Start the review' }).click();
    await state('In review').waitFor();

    await rita.getByRole('button', { name: 'Request information' }).click();
    const dialog = rita.getByRole('dialog', { name: 'Request information' });
    await dialog.getByRole('combobox', { name: /^Reason/ }).click();
    await rita.getByRole('option', { name: 'Revenue evidence' }).click();
    const email = dialog.getByRole('textbox', { name: /^E-mail to the partner/ });
    await until(
      async () => (await email.inputValue()).includes('Evidence of your CSP revenue'),
      'the template of “Revenue evidence”',
    );
    await dialog
      .getByText(
        'This is the e-mail giulia.romano@adatum.example receives, word for word, in English.',
        { exact: false },
      )
      .waitFor();
    const template = await email.inputValue();
    expect(template).toMatch(/^Hello,\n\nThank you for applying/);
    expect(template).toContain('A. Datum Corporation S.r.l.');
    const edited = template.replace(
      'Answer in the Partner Enrollment Hub:',
      'Invoices for the last two quarters are enough.\n\nAnswer in the Partner Enrollment Hub:',
    );
    await email.fill(edited);
    expect(await seriousViolations(rita)).toEqual([]);
    await screenshot(rita, 'messages-1-request-information-en');
    await dialog.getByRole('button', { name: 'Request information' }).click();
    await dialog.waitFor({ state: 'detached' });
    await state('Information requested').waitFor();

    const received = await waitForEmail(
      'giulia.romano@adatum.example',
      /^More information needed for A\. Datum Corporation S\.r\.l\.’s CSP application$/,
      30_000,
      (each) => each.text.includes('Invoices for the last two quarters are enough.'),
    );
    expect(received.text.trimEnd()).toBe(edited.trim());
  });

  it('Rita rejects Trey Research: “Revenue below the minimum”, edited, is the e-mail sent', async () => {
    await openCase('Trey Research K.K.', 'direct_bill');
    await state('Information requested').waitFor();
    await rita.getByRole('button', { name: 'Reject' }).click();
    const dialog = rita.getByRole('dialog', { name: 'Reject' });
    const email = dialog.getByRole('textbox', { name: /^E-mail to the partner/ });
    await dialog.getByRole('combobox', { name: /^Reason/ }).click();
    await rita.getByRole('option', { name: 'Revenue below the minimum' }).click();
    await until(
      async () => (await email.inputValue()).includes('is below the minimum for direct bill'),
      'the template of “Revenue below the minimum”',
    );
    await dialog
      .getByText(
        'This is the e-mail haruto.sato@treyresearch.example receives, word for word, in English.',
        { exact: false },
      )
      .waitFor();
    await dialog
      .getByText('Subject: “Trey Research K.K.’s CSP application was not approved”', {
        exact: false,
      })
      .waitFor();
    const edited = `${await email.inputValue()}\n\nP.S. Your figures for the last 12 months total USD 412,000.`;
    await email.fill(edited);
    await screenshot(rita, 'messages-2-reject-en-template');
    await dialog.getByRole('button', { name: 'Reject' }).click();
    await dialog.waitFor({ state: 'detached' });
    await state('Rejected').waitFor();

    const received = await waitForEmail(
      'haruto.sato@treyresearch.example',
      /^Trey Research K\.K\.’s CSP application was not approved$/,
      30_000,
      (each) => each.text.includes('P.S. Your figures for the last 12 months'),
    );
    expect(received.text.trimEnd()).toBe(edited.trim());
    // The timeline keeps the reason from the list with the text.
    await rita
      .getByRole('region', { name: 'History' })
      .getByText('Revenue below the minimum', { exact: false })
      .waitFor();
  });
});
