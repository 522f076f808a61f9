// A new agreement version, in a real Chromium: Paul (a program admin, in English) publishes a
// version of the indirect reseller terms for the United States region that asks for
// re-acceptance; Farid (Fabrikam's global admin, an active indirect reseller in Redmond, in
// Swedish) sees the banner on every page, opens the version, reads it in Swedish and accepts it
// as a named signatory; the banner goes, the confirmation is in his inbox, and Paul finds
// Fabrikam among those who accepted. The version is offered in the United States only, and Farid
// accepts it here, so the stories that share this stack see no banner afterwards.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser } from '../support/browser.js';
import { chooseLanguage, screenshot, seriousViolations, signIn } from '../support/console.js';
import { waitForEmail } from '../support/mail.js';

/** A name no earlier run of the same stack has used: versions are never deleted. */
const version = `2027-us-${Date.now().toString(36).slice(-5)}`;
const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describeInBrowser('a new agreement version: published, bannered, accepted', () => {
  let browser: Browser;
  let paulContext: BrowserContext;
  let faridContext: BrowserContext;
  let paul: Page;
  let farid: Page;
  let versionUrl: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    paulContext = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 1440, height: 900 },
    });
    faridContext = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 1280, height: 900 },
    });
    paul = await paulContext.newPage();
    farid = await faridContext.newPage();
  });
  afterAll(async () => {
    await paulContext?.close();
    await faridContext?.close();
    await browser?.close();
  });

  it('Paul publishes a version of the indirect reseller terms that asks for re-acceptance', async () => {
    await signIn(paul, 'Paul Admin');
    await paul.getByRole('menuitem', { name: 'Agreements' }).click();
    await paul.getByRole('cell', { name: '2019-09' }).first().waitFor();
    expect(await seriousViolations(paul)).toEqual([]);
    await paul.getByRole('link', { name: 'Publish a version' }).click();
    await paul.getByRole('textbox', { name: 'Version' }).fill(version);
    await paul.getByLabel('Partners must accept it again').check();
    await paul.getByLabel('Accept by').fill(inDays(45));
    await paul.getByRole('combobox', { name: 'Offered in' }).fill('United');
    await paul.getByRole('option', { name: 'United States' }).click();
    const english = paul.getByRole('group', { name: 'English text' });
    await english.getByRole('textbox', { name: 'Title' }).fill('Microsoft indirect reseller terms');
    await english
      .getByRole('textbox', { name: 'Text' })
      .fill('What changes in this version: the reseller’s obligations to its customers.');
    const swedish = paul.getByRole('group', { name: 'Swedish text' });
    await swedish
      .getByRole('textbox', { name: 'Title' })
      .fill('Microsofts villkor för indirekta återförsäljare');
    await swedish
      .getByRole('textbox', { name: 'Text' })
      .fill('Det här ändras i versionen: återförsäljarens åtaganden mot sina kunder.');
    expect(await seriousViolations(paul)).toEqual([]);
    await screenshot(paul, 'agreements-1-publish-en');
    await paul.getByRole('button', { name: 'Save' }).click();
    await paul.getByText(`Version ${version} published`).waitFor();
    await paul
      .getByRole('heading', { level: 1, name: 'Microsoft indirect reseller terms' })
      .waitFor();
    versionUrl = paul.url();
    expect(versionUrl).toMatch(/\/agreement-versions\/[0-9a-f-]{36}\/show$/);
    const partners = paul.getByRole('region', { name: 'Partners it concerns' });
    await partners
      .getByRole('row')
      .filter({ hasText: 'Fabrikam' })
      .getByText('Not yet accepted')
      .waitFor();
    expect(await seriousViolations(paul)).toEqual([]);
    await screenshot(paul, 'agreements-2-published-en');
  });

  it('Farid is e-mailed, sees the banner in Swedish, reads the version and accepts it', async () => {
    await waitForEmail('farid@fabrikam.example', /accept the new|godkänn nya/, 30_000, (email) =>
      email.text.includes(version),
    );
    await signIn(farid, 'Farid Haddad');
    await chooseLanguage(farid, 'Svenska');
    const banner = farid.getByRole('alert').filter({ hasText: version });
    await banner.getByText(/måste godkännas senast/).waitFor();
    expect(await seriousViolations(farid)).toEqual([]);
    await screenshot(farid, 'agreements-3-banner-sv');
    await banner.getByRole('link', { name: 'Läs och godkänn' }).click();
    await farid.getByRole('tab', { name: 'Svenska', selected: true }).waitFor();
    await farid.getByText('Det här ändras i versionen').waitFor();
    const panel = farid.getByRole('region', { name: 'Godkänn den här versionen' });
    await panel.getByRole('textbox', { name: 'Titel' }).fill('VD');
    // Without the confirmation of authority nothing is sent.
    await panel.getByRole('button', { name: `Godkänn version ${version}` }).click();
    await panel.getByText('Bekräfta att du har läst avtalet').waitFor();
    await panel.getByRole('checkbox').check();
    expect(await seriousViolations(farid)).toEqual([]);
    await screenshot(farid, 'agreements-4-accept-sv');
    await panel.getByRole('button', { name: `Godkänn version ${version}` }).click();
    await farid.getByText('Godkänt. En bekräftelse skickas').waitFor();
    await farid.getByText('Företaget har godkänt den här versionen.').waitFor();
    expect(await farid.getByRole('alert').filter({ hasText: version }).count()).toBe(0);
    const confirmation = await waitForEmail(
      'farid@fabrikam.example',
      new RegExp(version),
      30_000,
      (email) => /Farid Haddad (accepted|godkände)/.test(email.text),
    );
    expect(confirmation.subject).toMatch(/Fabrikam, Inc\./);
    await chooseLanguage(farid, 'English');
  });

  it('Paul finds Fabrikam among those who accepted, with its signatory', async () => {
    await paul.goto(versionUrl);
    const partners = paul.getByRole('region', { name: 'Partners it concerns' });
    const fabrikam = partners.getByRole('row').filter({ hasText: 'Fabrikam' });
    await fabrikam.getByText('Accepted', { exact: true }).waitFor();
    await fabrikam.getByText('Farid Haddad').waitFor();
    // Wide World Importers, the other active indirect reseller in the United States, has not.
    await partners
      .getByRole('row')
      .filter({ hasText: 'Wide World Importers' })
      .getByText('Not yet accepted')
      .waitFor();
    await partners.getByRole('button', { name: 'Accepted', exact: true }).click();
    await partners.getByRole('button', { name: 'Accepted', exact: true, pressed: true }).waitFor();
    await partners
      .getByRole('row')
      .filter({ hasText: 'Wide World Importers' })
      .waitFor({ state: 'detached' });
    await partners.getByRole('row').filter({ hasText: 'Fabrikam' }).waitFor();
    expect(await seriousViolations(paul)).toEqual([]);
    await screenshot(paul, 'agreements-5-accepted-en');
  });
});
