// The CSP-to-CSP restriction in a real Chromium: Farid (Fabrikam's global admin, an active
// indirect reseller in the United States) sees that Fabrikam transacts from its own tenant,
// registers a customer tenant in the United States, and is refused when he enters Fabrikam's own
// transaction tenant as a customer; the page reads the same in Swedish.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser } from '../support/browser.js';
import { chooseLanguage, screenshot, seriousViolations, signIn } from '../support/console.js';

const fabrikamTenant = '9b2d4e71-5a6c-4f80-b3d2-1c7e8f9a0b02';
const customerName = `Litware ${randomUUID().slice(0, 6)}`;

describeInBrowser('customers: Farid registers one, and cannot register a CSP tenant', () => {
  let browser: Browser;
  let context: BrowserContext;
  let farid: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 900 } });
    farid = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  const register = async (name: string, tenantId: string) => {
    const form = farid.getByRole('region', { name: 'Register a customer' });
    await form.getByRole('textbox', { name: 'Customer' }).fill(name);
    await form.getByRole('textbox', { name: 'Tenant id' }).fill(tenantId);
    await form.getByRole('combobox', { name: 'Country of the tenant' }).fill('United States');
    await farid.getByRole('option', { name: 'United States', exact: true }).click();
    await form.getByRole('button', { name: 'Register customer' }).click();
  };

  it('shows the transaction tenant and registers a customer in a market of its region', async () => {
    await signIn(farid, 'Farid Haddad');
    await farid.getByRole('menuitem', { name: 'Customers' }).click();
    const tenants = farid.getByRole('region', { name: 'Your CSP transaction tenant' });
    await tenants.getByText(fabrikamTenant).waitFor();
    await tenants.getByText('United States').waitFor();
    await register(customerName, randomUUID());
    await farid.getByText('Customer registered.').waitFor();
    const row = farid.getByRole('row').filter({ hasText: customerName });
    await row.getByText('USD').waitFor();
    expect(await seriousViolations(farid)).toEqual([]);
    await screenshot(farid, 'customers-1-registered-en');
  });

  it('refuses Fabrikam’s own transaction tenant as a customer, saying why', async () => {
    await register('Fabrikam itself', fabrikamTenant);
    await farid
      .getByText('This is your own CSP transaction tenant: it cannot be your customer.')
      .waitFor();
    expect(await farid.getByRole('row').filter({ hasText: 'Fabrikam itself' }).count()).toBe(0);
  });

  it('reads the same in Swedish', async () => {
    await chooseLanguage(farid, 'Svenska');
    await farid.getByRole('heading', { name: 'Er klient för CSP-transaktioner' }).waitFor();
    await farid.getByRole('heading', { name: 'Registrera en kund' }).waitFor();
    expect(await seriousViolations(farid)).toEqual([]);
    await screenshot(farid, 'customers-2-sv');
    await chooseLanguage(farid, 'English');
  });
});
