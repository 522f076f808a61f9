// The transition from direct bill to indirect reseller (issue 10 items 4 and 6) in a real
// Chromium: Ada (Contoso's global admin, in Swedish) has an active direct bill partnership; she
// reads the consequences, picks Northwind from the directory (only providers of Europe are
// offered), confirms and requests; Rita (a reviewer, in English) finds the application in the
// queue marked as a transition and verifies it; Ada accepts the indirect reseller terms, and only
// then has Contoso transitioned: the direct bill page says it cannot go back, Northwind is
// recorded as Contoso's provider, Dana (Northwind's distributor) sees Contoso among her resellers,
// and both Ada and Northwind have the e-mail in their inbox.
//
// The demo data gives Contoso nothing. The story first makes it an active direct bill partner
// through the API, as Ada and Rita would in the console (enrollment-direct-bill.e2e-spec.ts walks
// that path in the browser); no other story signs in as Ada.
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
import { waitForEmail } from '../support/mail.js';

type Enrollment = {
  id: string;
  program: string;
  state: string;
  version: number;
  transition: { enrollmentId: string; state: string } | null;
};

const adaEmail = 'ada@contoso.com';
const signatory = { name: 'Ada Lindqvist', title: 'VD', email: adaEmail };

/** `YYYY-MM` of the month `back` months before the current one (UTC). */
const monthsAgo = (back: number): string => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1))
    .toISOString()
    .slice(0, 7);
};

/** Contoso's profile and an active direct bill enrollment, through the API. */
async function makeContosoActiveDirectBill(ada: string, rita: string): Promise<Enrollment> {
  const { body: me } = await callApi<{ partnerId: string | null }>(ada, 'GET', '/me');
  let partnerId = me.partnerId;
  if (partnerId === null) {
    const { body: partner } = await callApi<{ id: string }>(ada, 'POST', '/partners', {
      body: {
        legalName: 'Contoso AB',
        partnerId: '1234567',
        address: {
          country: 'SE',
          addressLine1: 'Storgatan 1',
          city: 'Stockholm',
          postalCode: '111 22',
        },
        bankDetails: {
          iban: 'SE45 5000 0000 0583 9825 7466',
          bic: 'ESSESESS',
          accountHolderName: 'Contoso AB',
        },
        adminEmail: adaEmail,
        website: 'https://contoso.example',
        phone: '+46 8 123 456 78',
        preferredLanguage: 'sv',
      },
    });
    partnerId = partner.id;
  }
  const { body: existing } = await callApi<Enrollment[]>(ada, 'GET', '/enrollments');
  const active = existing.find((e) => e.program === 'direct_bill' && e.state === 'active');
  if (active) {
    return active;
  }
  for (let back = 1; back <= 12; back++) {
    await callApi(ada, 'POST', '/revenue-records', {
      body: {
        partnerId,
        month: monthsAgo(back),
        amount: '100000.00',
        currency: 'USD',
        channel: 'indirect_reseller',
        productKind: 'cloud',
      },
    });
  }
  let { body: enrollment } = await callApi<Enrollment>(ada, 'POST', '/enrollments', {
    body: { program: 'direct_bill' },
  });
  const as = async (token: string, command: string, body: object = {}) => {
    const path =
      command === 'draft'
        ? `/enrollments/${enrollment.id}`
        : `/enrollments/${enrollment.id}/${command}`;
    enrollment = (
      await callApi<Enrollment>(token, command === 'draft' ? 'PUT' : 'POST', path, {
        body,
        version: enrollment.version,
      })
    ).body;
  };
  await as(ada, 'draft', {
    eligibility: {
      hasSigningAuthority: true,
      providesFirstLevelSupport: true,
      hasBillingInfrastructure: true,
      managedServices: 12,
      solutionsPartnerDesignations: 2,
      securityRequirementsMet: true,
      indirectResellerSince: '2022-01-01',
    },
  });
  await as(ada, 'submit');
  await as(rita, 'start-review');
  for (const check of ['email_ownership', 'employment', 'business', 'partner_id', 'revenue']) {
    await as(rita, 'checks', { check, status: 'passed' });
  }
  await as(rita, 'verify');
  await as(rita, 'request-credit-check');
  await as(rita, 'pass-credit-check');
  await as(ada, 'record-support-plan', { plan: 'asfp' });
  await as(ada, 'accept-agreement', { version: '2019-09', signatory });
  expect(enrollment.state).toBe('active');
  return enrollment;
}

describeInBrowser('the transition to indirect reseller: request, review, terms, provider', () => {
  let browser: Browser;
  let adaContext: BrowserContext;
  let ritaContext: BrowserContext;
  let danaContext: BrowserContext;
  let ada: Page;
  let rita: Page;
  let dana: Page;
  let directBill: Enrollment;
  let transitionId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const viewport = { width: 1366, height: 900 };
    adaContext = await browser.newContext({ locale: 'en-US', viewport });
    ritaContext = await browser.newContext({ locale: 'en-US', viewport });
    danaContext = await browser.newContext({ locale: 'en-US', viewport });
    ada = await adaContext.newPage();
    rita = await ritaContext.newPage();
    dana = await danaContext.newPage();
  });
  afterAll(async () => {
    await adaContext?.close();
    await ritaContext?.close();
    await danaContext?.close();
    await browser?.close();
  });

  it('Ada’s direct bill page spells out the consequences and offers only providers of Europe', async () => {
    await signIn(ada, 'Ada Lindqvist');
    await signIn(rita, 'Rita Reviewer');
    directBill = await makeContosoActiveDirectBill(await accessToken(ada), await accessToken(rita));
    await chooseLanguage(ada, 'Svenska');
    await ada.goto(`${baseUrl()}/admin/enrollments/${directBill.id}/show`);
    const panel = ada.getByRole('region', { name: 'Övergång till indirekt återförsäljare' });
    await panel.getByText('Era direktkunder stannar hos er', { exact: false }).waitFor();
    await panel
      .getByText('kan den inte återgå till enbart direktfakturering', { exact: false })
      .waitFor();
    const request = panel.getByRole('button', { name: 'Begär övergången' });
    expect(await request.isDisabled()).toBe(true);
    await panel.getByText('Välj den indirekta leverantören först.').waitFor();

    const picker = panel.getByRole('combobox', { name: 'Indirekt leverantör' });
    await picker.fill('Northwind');
    const option = ada.getByRole('option', { name: /Northwind Distribution/ });
    await option.waitFor();
    // Every offered provider serves Europe: a provider of only the United States is not offered.
    await picker.fill('');
    await ada.getByRole('option').first().waitFor();
    await picker.fill('Northwind');
    await option.click();
    await panel.getByText('Bekräfta först att du förstår följderna.').waitFor();
    await panel.getByRole('checkbox', { name: /inte kan ångras/ }).check();
    expect(await request.isDisabled()).toBe(false);
    expect(await seriousViolations(ada)).toEqual([]);
    await screenshot(ada, 'transition-1-request-sv');
  });

  it('Ada requests it: the application is under review and Contoso stays active direct bill', async () => {
    await ada
      .getByRole('region', { name: 'Övergång till indirekt återförsäljare' })
      .getByRole('button', { name: 'Begär övergången' })
      .click();
    await ada
      .getByText('Er begäran om övergång med Northwind Distribution', { exact: false })
      .waitFor();
    const { body } = await callApi<Enrollment>(
      await accessToken(ada),
      'GET',
      `/enrollments/${directBill.id}`,
    );
    expect(body.state).toBe('active');
    expect(body.transition?.state).toBe('submitted');
    transitionId = body.transition!.enrollmentId;
    await waitForEmail(adaEmail, /övergång till indirekt återförsäljare granskas/);
    await screenshot(ada, 'transition-2-under-review-sv');
  });

  it('Rita finds it in the queue as a transition, with the checks carried over, and verifies', async () => {
    await rita.goto(`${baseUrl()}/admin/enrollments/${transitionId}/show`);
    await rita
      .getByText('A transition from direct bill: the partner chose Northwind Distribution', {
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

  it('Ada accepts the indirect reseller terms: now, and only now, Contoso has transitioned', async () => {
    await ada.goto(`${baseUrl()}/admin/enrollments/${transitionId}/show`);
    await ada
      .getByText('Den här ansökan är er övergång från direktfakturering', { exact: false })
      .waitFor();
    const agreement = ada.getByRole('region', { name: 'Avtal' });
    await agreement.getByLabel('Titel').fill('VD');
    await agreement.getByLabel('E-post på jobbet').fill(adaEmail);
    await agreement.getByRole('checkbox', { name: /Jag har behörighet att underteckna/ }).check();
    await agreement
      .getByRole('button', { name: 'Godkänn Microsofts villkor för indirekta återförsäljare' })
      .click();
    await ada.getByText('Den här ansökan slutförde er övergång', { exact: false }).waitFor();
    await ada.goto(`${baseUrl()}/admin/enrollments/${directBill.id}/show`);
    await ada
      .getByText('Den här klienten har gått över till modellen för indirekta återförsäljare', {
        exact: false,
      })
      .waitFor();
    await ada.getByRole('menuitem', { name: 'Indirekta leverantörer' }).click();
    const row = ada.getByRole('row').filter({ hasText: 'Northwind Distribution' });
    await row.getByText('Övergång från direktfakturering').waitFor();
    expect(await seriousViolations(ada)).toEqual([]);
    await screenshot(ada, 'transition-4-providers-sv');
    await waitForEmail(adaEmail, /Contoso AB är nu indirekt återförsäljare/);
    await waitForEmail('partners@northwind.example', /Contoso AB (chose|valde) Northwind/);
  });

  it('Dana sees Contoso among Northwind’s resellers', async () => {
    await signIn(dana, 'Dana Distributor');
    await dana.getByRole('menuitem', { name: 'Resellers' }).click();
    await dana
      .getByRole('row')
      .filter({ hasText: 'Contoso AB' })
      .getByText('Transition from direct bill')
      .waitFor();
    expect(await seriousViolations(dana)).toEqual([]);
    await screenshot(dana, 'transition-5-resellers-en');
  });
});
