import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, describeInBrowser, launchBrowser } from '../support/browser.js';

describeInBrowser('the directory at /', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'en-US' });
    page = await context.newPage();
  });
  afterAll(() => browser?.close());

  it('opens without sign-in and lists the countries of a chosen region from the API', async () => {
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('heading', { level: 1, name: 'Find an indirect provider' }).waitFor();
    await page.getByLabel('Region').selectOption('Europe');
    const country = page.getByLabel('Country');
    await country.locator('option', { hasText: 'Sweden' }).waitFor({ state: 'attached' });
    const options = await country.locator('option').allTextContents();
    expect(options.some((text) => text.includes('Sweden'))).toBe(true);
    expect(options.some((text) => text.includes('Japan'))).toBe(false);
  });

  it('switches to Swedish, and remembers the choice on the next visit', async () => {
    await page.getByLabel('Language').selectOption({ label: 'Svenska' });
    await page.getByRole('heading', { level: 1, name: 'Hitta en indirekt leverantör' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Hitta en indirekt leverantör' }).waitFor();
    await page.getByLabel('Språk').selectOption({ label: 'English' });
    await page.getByRole('heading', { level: 1, name: 'Find an indirect provider' }).waitFor();
  });

  it('answers a deep link with the directory page, and an unknown API path with JSON', async () => {
    const deep = await page.goto(`${baseUrl()}/providers/some-provider`);
    expect(deep?.status()).toBe(200);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const api = await page.goto(`${baseUrl()}/api/nothing-here`);
    expect(api?.status()).toBe(404);
    expect(await api?.json()).toEqual(expect.objectContaining({ statusCode: 404 }));
  });
});
