import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, describeInBrowser, launchBrowser } from '../support/browser.js';
import { chooseLanguage, screenshot, seriousViolations, signIn } from '../support/console.js';

/** The computed fill of a market's shape on the map, as `rgb(…)`. */
const fillOf = (page: Page, country: string) =>
  page
    .locator(`[data-testid="world-map"] path[data-country="${country}"]`)
    .evaluate((shape) => getComputedStyle(shape).fill);

/** The computed colour of a region's swatch in the legend, as `rgb(…)`. */
const swatchOf = (page: Page, region: string) =>
  page
    .locator(`li[data-region="${region}"] [data-testid="legend-swatch"]`)
    .evaluate((swatch) => getComputedStyle(swatch).backgroundColor);

describeInBrowser('the markets on a world map, in the console', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await signIn(page, 'Ada Lindqvist');
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  describe('in English', () => {
    it('draws Sweden from the shipped shapes in the colour the legend gives Europe', async () => {
      await page.goto(`${baseUrl()}/admin/markets`);
      const map = page.getByRole('img', { name: /World map of the CSP markets/ });
      await map.locator('path[data-country="SE"]').waitFor();
      expect(await fillOf(page, 'SE')).toBe(await swatchOf(page, 'Europe'));
      // another region, another colour; a country that is no market is drawn without one
      expect(await fillOf(page, 'US')).not.toBe(await fillOf(page, 'SE'));
      expect(await map.locator('path[data-country]').count()).toBeGreaterThan(220);

      const legend = page.getByRole('region', { name: 'Regions on the map' });
      await legend.getByText('Europe (45)', { exact: true }).waitFor();
      await legend.getByText('United States (2)', { exact: true }).waitFor();
      await legend.getByText('Not a CSP market', { exact: true }).waitFor();
      await page.getByTestId('not-on-map').getByRole('link', { name: 'Saba' }).waitFor();
    });

    it('names a country with its region and currency when pointed at', async () => {
      await page.locator('[data-testid="world-map"] path[data-country="SE"]').hover();
      const tooltip = page.getByTestId('map-tooltip');
      await tooltip.getByText('Sweden', { exact: true }).waitFor();
      await tooltip.getByText('Europe · SEK').waitFor();
      await screenshot(page, 'markets-map');
      expect(await seriousViolations(page)).toEqual([]);
    });

    it("highlights the markets of the list's region filter, set from the legend", async () => {
      await page
        .getByRole('region', { name: 'Regions on the map' })
        .getByText('Europe (45)', { exact: true })
        .click();
      await page.waitForURL(/Europe/);
      await page.getByRole('cell', { name: 'Afghanistan' }).waitFor({ state: 'detached' });
      const highlighted = (country: string) =>
        page
          .locator(`[data-testid="world-map"] path[data-country="${country}"]`)
          .getAttribute('data-highlighted');
      expect(await highlighted('SE')).toBe('true');
      expect(await highlighted('US')).toBe('false');
      await page.getByRole('button', { name: 'Europe (45)', pressed: true }).click();
      await page.getByRole('cell', { name: 'Afghanistan' }).waitFor();
    });

    it("opens Sweden's market page from its shape", async () => {
      await page.locator('[data-testid="world-map"] path[data-country="SE"]').click();
      await page.waitForURL(/\/admin\/markets\/SE\/show/);
      await page.getByText('SEK', { exact: true }).waitFor();
    });
  });

  describe('in Swedish', () => {
    beforeAll(async () => {
      await chooseLanguage(page, 'Svenska');
      await page.getByRole('menuitem', { name: 'Marknader' }).waitFor();
    });

    it('says everything on the map in Swedish', async () => {
      await page.goto(`${baseUrl()}/admin/markets`);
      const map = page.getByRole('img', { name: /Världskarta över CSP-marknaderna/ });
      await map.locator('path[data-country="SE"]').hover();
      await page.getByTestId('map-tooltip').getByText('Sverige', { exact: true }).waitFor();
      await page.getByTestId('map-tooltip').getByText('Europa · SEK').waitFor();
      const legend = page.getByRole('region', { name: 'Regioner på kartan' });
      await legend.getByText('Europa (45)', { exact: true }).waitFor();
      await legend.getByText('Ingen CSP-marknad', { exact: true }).waitFor();
      await page.getByText('Finns inte på kartan', { exact: false }).waitFor();
      await screenshot(page, 'markets-map-sv');
      expect(await seriousViolations(page)).toEqual([]);
    });

    it("shows a region's countries and currencies, and the region on the map", async () => {
      await page.goto(`${baseUrl()}/admin/regions`);
      await page.getByRole('link', { name: 'Europa', exact: true }).click();
      await page.waitForURL(/\/admin\/regions\/Europe\/show/);
      const shares = page.getByTestId('currency-shares');
      await shares.getByRole('row', { name: /^SEK 1$/ }).waitFor();
      await shares.getByRole('row', { name: /^EUR \d+$/ }).waitFor();
      await page.getByTestId('region-countries').getByRole('link', { name: 'Sverige' }).waitFor();
      const map = page.getByRole('img', { name: /Karta över Europa/ });
      await map.locator('path[data-country="SE"][data-highlighted="true"]').waitFor();
      expect(await map.locator('path[data-country="US"]').getAttribute('data-highlighted')).toBe(
        'false',
      );
      await screenshot(page, 'region-europe-sv');
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
});
