// The transition from direct bill to indirect reseller (issue 10 items 4 and 6) in a real
// Chromium: Liam (Blue Yonder Airlines' global admin, an active direct bill partner in Canada,
// using the console in Swedish) reads the consequences, picks a provider from the directory (only
// providers of Canada are offered), confirms and requests; Rita (a reviewer, in English) finds the
// application marked as a transition and verifies it; Liam accepts the indirect reseller terms,
// and only then has Blue Yonder transitioned: the direct bill page says it cannot go back, the
// provider is recorded as Blue Yonder's (Liam's Indirect providers, Rita's list of all), and the
// partner and the provider have the e-mails in their inbox.
//
// The demo data makes Blue Yonder an active direct bill partner; no other story signs in as Liam.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, describeInBrowser, launchBrowser } from '../support/browser.js';
import {
  accessToken,
  callApi,
  chooseLanguage,
  screenshot,
  seriousViolations,
  signIn,
} from '../support/console.js';
import { inbox, waitForEmail } from '../support/mail.js';

type Enrollment = {
  id: string;
  program: string;
  state: string;
  version: number;
  region: string | null;
  transition: { enrollmentId: string; state: string; providerName: string | null } | null;
};

const liamEmail = 'liam@blueyonderairlines.example';
const legalName = 'Blue Yonder Airlines Ltd.';

describeInBrowser('the transition to indirect reseller: request, review, terms, provider', () => {
  let browser: Browser;
  let liamContext: BrowserContext;
  let ritaContext: BrowserContext;
  let liam: Page;
  let rita: Page;
  let directBill: Enrollment;
  let transitionId: string;
  let providerName: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const viewport = { width: 1366, height: 900 };
    liamContext = await browser.newContext({ locale: 'en-US', viewport });
    ritaContext = await browser.newContext({ locale: 'en-US', viewport });
    liam = await liamContext.newPage();
    rita = await ritaContext.newPage();
  });
  afterAll(async () => {
    await liamContext?.close();
    await ritaContext?.close();
    await browser?.close();
  });

  const panel = () => liam.getByRole('region', { name: 'Övergång till indirekt återförsäljare' });

  it('Liam’s direct bill page spells out the consequences and offers only providers of Canada', async () => {
    await signIn(liam, 'Liam Tremblay');
    const { body: mine } = await callApi<Enrollment[]>(
      await accessToken(liam),
      'GET',
      '/enrollments',
    );
    const active = mine.find((e) => e.program === 'direct_bill' && e.state === 'active');
    if (!active) {
      throw new Error('The demo data should make Blue Yonder an active direct bill partner.');
    }
    directBill = active;
    expect(directBill.region).toBe('Canada');
    await chooseLanguage(liam, 'Svenska');
    await liam.goto(`${baseUrl()}/admin/enrollments/${directBill.id}/show`);
    await panel().getByText('Era direktkunder stannar hos er', { exact: false }).waitFor();
    await panel()
      .getByText('kan den inte återgå till enbart direktfakturering', { exact: false })
      .waitFor();
    const request = panel().getByRole('button', { name: 'Begär övergången' });
    expect(await request.isDisabled()).toBe(true);
    await panel().getByText('Välj den indirekta leverantören först.').waitFor();

    await panel().getByRole('combobox', { name: 'Indirekt leverantör' }).click();
    const options = liam.getByRole('option');
    await options.first().waitFor();
    // Every provider offered serves Canada, as the directory's own search says.
    const offered = (await options.allInnerTexts()).map((text) => text.split('\n')[0]!.trim());
    const { body: search } = await callApi<{ results: { hits: { name: string }[] }[] }>(
      await accessToken(liam),
      'POST',
      '/search/multi-search',
      {
        body: {
          queries: [{ indexUid: 'providers', q: '', filter: ['regions = "Canada"'], limit: 20 }],
        },
      },
    );
    expect([...offered].sort()).toEqual(search.results[0]!.hits.map((hit) => hit.name).sort());
    providerName = offered[0]!;
    await options.first().click();
    await panel().getByText('Bekräfta först att du förstår följderna.').waitFor();
    await panel()
      .getByRole('checkbox', { name: /inte kan ångras/ })
      .check();
    expect(await request.isDisabled()).toBe(false);
    expect(await seriousViolations(liam)).toEqual([]);
    await screenshot(liam, 'transition-1-request-sv');
  });

  it('Liam requests it: the application is under review and Blue Yonder stays active direct bill', async () => {
    await panel().getByRole('button', { name: 'Begär övergången' }).click();
    await liam.getByText(`Er begäran om övergång med ${providerName}`, { exact: false }).waitFor();
    const { body } = await callApi<Enrollment>(
      await accessToken(liam),
      'GET',
      `/enrollments/${directBill.id}`,
    );
    expect(body.state).toBe('active');
    expect(body.transition?.state).toBe('submitted');
    transitionId = body.transition!.enrollmentId;
    // Blue Yonder's admin is written to in its own language (English).
    await waitForEmail(liamEmail, /transition to indirect reseller is under review/);
    await screenshot(liam, 'transition-2-under-review-sv');
  });

  it('Rita finds it marked as a transition, with the checks carried over, and verifies', async () => {
    await signIn(rita, 'Rita Reviewer');
    await rita.goto(`${baseUrl()}/admin/enrollments/${transitionId}/show`);
    await rita
      .getByText(`A transition from direct bill: the partner chose ${providerName}`, {
        exact: false,
      })
      .waitFor();
    await rita.getByRole('button', { name: 'Start the review' }).click();
    const verify = rita.getByRole('button', { name: 'Verify' });
    await verify.waitFor();
    await expect(verify.isEnabled()).resolves.toBe(true);
    await verify.click();
    await rita
      .getByRole('status', { name: 'State' })
      .getByText('Verified', { exact: true })
      .waitFor();
    expect(await seriousViolations(rita)).toEqual([]);
    await screenshot(rita, 'transition-3-review-en');
  });

  it('Liam accepts the indirect reseller terms: now, and only now, Blue Yonder has transitioned', async () => {
    await liam.goto(`${baseUrl()}/admin/enrollments/${transitionId}/show`);
    await liam
      .getByText('Den här ansökan är er övergång från direktfakturering', { exact: false })
      .waitFor();
    const agreement = liam.getByRole('region', { name: 'Avtal' });
    await agreement.getByLabel('Titel').fill('President');
    await agreement.getByLabel('E-post på jobbet').fill(liamEmail);
    await agreement.getByRole('checkbox', { name: /Jag har behörighet att underteckna/ }).check();
    await agreement
      .getByRole('button', { name: 'Godkänn Microsofts villkor för indirekta återförsäljare' })
      .click();
    await liam.getByText('Den här ansökan slutförde er övergång', { exact: false }).waitFor();
    await liam.goto(`${baseUrl()}/admin/enrollments/${directBill.id}/show`);
    await liam
      .getByText('Den här klienten har gått över till modellen för indirekta återförsäljare', {
        exact: false,
      })
      .waitFor();
    await liam.getByRole('menuitem', { name: 'Indirekta leverantörer' }).click();
    const row = liam.getByRole('row').filter({ hasText: providerName });
    await row.getByText('Övergång från direktfakturering').waitFor();
    expect(await seriousViolations(liam)).toEqual([]);
    await screenshot(liam, 'transition-4-providers-sv');
    await waitForEmail(
      liamEmail,
      new RegExp(`${legalName.replace('.', '\\.')} is now an indirect reseller`),
    );
    // The provider is written to at its contact address, whatever the generated name's domain.
    const deadline = Date.now() + 30_000;
    while (
      !(await inbox()).some(
        (email) => email.subject.startsWith(`${legalName} `) && /chose|valde/.test(email.subject),
      )
    ) {
      if (Date.now() > deadline) {
        throw new Error(`No e-mail to ${providerName} about ${legalName}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  });

  it('Rita sees the relationship among every reseller’s providers', async () => {
    await rita.getByRole('menuitem', { name: 'Indirect providers' }).click();
    await rita
      .getByRole('row')
      .filter({ hasText: legalName })
      .filter({ hasText: providerName })
      .getByText('Transition from direct bill')
      .waitFor();
    expect(await seriousViolations(rita)).toEqual([]);
    await screenshot(rita, 'transition-5-relationships-en');
  });
});
