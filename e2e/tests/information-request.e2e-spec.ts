// A request for information answered with files, in a real Chromium (issue 8 items 5 and 6):
// Elin (Litware's global admin, using the console in Swedish) finds the reviewer's question on
// her application, tries a file that lies about its type and is told why, attaches the registry
// extract as a PDF and answers; Rita (a reviewer, in English) finds the answer with its file in
// the history and downloads it, keeps her own evidence with the business check, records the
// PartnerID check and verifies; Elin gets the e-mail and sees the check without Rita's evidence.
//
// The demo data leaves Litware's indirect reseller application waiting for Litware's answer
// (apps/api/dev/demo-partners.ts); no other story signs in as Elin.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
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

type Enrollment = { id: string; program: string; state: string };

const elinEmail = 'elin.sandberg@litware.example';
/** A small but real PDF: its bytes say it is one, whatever its name. */
const extract = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
/** PNG's signature and an IHDR chunk: an image, whatever its name says. */
const png = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);

describeInBrowser(
  'a request for information: the partner answers with files, the reviewer verifies',
  () => {
    let browser: Browser;
    let elinContext: BrowserContext;
    let ritaContext: BrowserContext;
    let elin: Page;
    let rita: Page;
    let application: Enrollment;

    beforeAll(async () => {
      browser = await launchBrowser();
      const viewport = { width: 1366, height: 900 };
      elinContext = await browser.newContext({ locale: 'en-US', viewport });
      ritaContext = await browser.newContext({ locale: 'en-US', viewport, acceptDownloads: true });
      elin = await elinContext.newPage();
      rita = await ritaContext.newPage();
    });
    afterAll(async () => {
      await elinContext?.close();
      await ritaContext?.close();
      await browser?.close();
    });

    const state = (page: Page, name: string) =>
      page.getByRole('status', { name: /^(State|Status|Läge)$/ }).getByText(name, { exact: true });
    const request = () => elin.getByRole('region', { name: 'Vi behöver mer information' });

    it('Elin finds the reviewer’s question on her application, in Swedish', async () => {
      await signIn(elin, 'Elin Sandberg');
      const { body: mine } = await callApi<Enrollment[]>(
        await accessToken(elin),
        'GET',
        '/enrollments',
      );
      const waiting = mine.find(
        (e) => e.program === 'indirect_reseller' && e.state === 'info_requested',
      );
      if (!waiting) {
        throw new Error('The demo data should leave Litware’s application waiting for its answer.');
      }
      application = waiting;
      await chooseLanguage(elin, 'Svenska');
      await elin.goto(`${baseUrl()}/admin/enrollments/${application.id}/show`);
      await state(elin, 'Information begärd').waitFor();
      await request().locator('blockquote').waitFor();
      expect((await request().locator('blockquote').innerText()).trim()).not.toBe('');
    });

    it('is told why a file that lies about its type is not attached, and nothing is kept', async () => {
      await request()
        .locator('input[type=file]')
        .setInputFiles({ name: 'registerutdrag.pdf', mimeType: 'application/pdf', buffer: png });
      await request()
        .getByRole('alert')
        .getByText(
          'registerutdrag.pdf bifogades inte: Filen anger att den är application/pdf, men innehållet är image/png',
          {
            exact: false,
          },
        )
        .waitFor();
      expect(await request().getByRole('list', { name: 'Filer' }).count()).toBe(0);
    });

    it('attaches the registry extract and answers; the history keeps the file', async () => {
      await request().locator('input[type=file]').setInputFiles({
        name: 'Registreringsbevis Litware AB.pdf',
        mimeType: 'application/pdf',
        buffer: extract,
      });
      const files = request().getByRole('list', { name: 'Filer' });
      await files.getByText('Registreringsbevis Litware AB.pdf', { exact: false }).waitFor();
      await request()
        .getByLabel('Ditt svar')
        .fill(
          'Vårt registrerade namn är Litware AB. Registreringsbeviset från Bolagsverket bifogas.',
        );
      await screenshot(elin, 'information-1-answer');
      expect(await seriousViolations(elin)).toEqual([]);
      await request().getByRole('button', { name: 'Skicka svaret' }).click();
      await state(elin, 'Inskickad').waitFor();
      const history = elin.getByRole('region', { name: 'Historik' });
      await history
        .getByRole('button', { name: /^Ladda ned Registreringsbevis Litware AB\.pdf/ })
        .waitFor();
    });

    it('Rita finds the answer with its file in the history and downloads it', async () => {
      await signIn(rita, 'Rita Reviewer');
      await rita.goto(`${baseUrl()}/admin/enrollments/${application.id}/show`);
      await state(rita, 'Submitted').waitFor();
      const history = rita.getByRole('region', { name: 'History' });
      await history
        .getByText('Registreringsbeviset från Bolagsverket bifogas.', { exact: false })
        .waitFor();
      const [download] = await Promise.all([
        rita.waitForEvent('download'),
        history
          .getByRole('button', { name: /^Download Registreringsbevis Litware AB\.pdf/ })
          .click(),
      ]);
      expect(download.suggestedFilename()).toBe('Registreringsbevis Litware AB.pdf');
      const saved = await download.path();
      expect(Buffer.compare(await readFile(saved), extract)).toBe(0);
    });

    it('Rita keeps her evidence with the business check, records the PartnerID and verifies', async () => {
      await rita.getByRole('button', { name: 'Start the review' }).click();
      await state(rita, 'In review').waitFor();
      const checks = rita.getByRole('region', { name: 'Verification checks' });
      const check = (name: string) => checks.getByRole('listitem').filter({ hasText: name });

      await checks.getByRole('button', { name: 'Record “Business” as passed' }).click();
      const dialog = rita.getByRole('dialog', { name: 'Record “Business” as passed' });
      await dialog
        .locator('input[type=file]')
        .setInputFiles({ name: 'Bolagsverket lookup.png', mimeType: 'image/png', buffer: png });
      await dialog
        .getByRole('list', { name: 'Files' })
        .getByText('Bolagsverket lookup.png', { exact: false })
        .waitFor();
      await dialog.getByLabel('Note').fill('Litware AB, 556123-4567, registered at Bolagsverket.');
      await screenshot(rita, 'information-2-evidence');
      expect(await seriousViolations(rita)).toEqual([]);
      await dialog.getByRole('button', { name: 'Passed' }).click();
      await dialog.waitFor({ state: 'detached' });
      await check('Business')
        .getByRole('button', { name: /^Download Bolagsverket lookup\.png/ })
        .waitFor();

      await checks.getByRole('button', { name: 'Record “PartnerID” as passed' }).click();
      const partnerId = rita.getByRole('dialog', { name: 'Record “PartnerID” as passed' });
      await partnerId.getByRole('button', { name: 'Passed' }).click();
      await partnerId.waitFor({ state: 'detached' });
      await check('PartnerID').getByText('Recorded by Rita Reviewer', { exact: false }).waitFor();

      await rita.getByRole('button', { name: 'Verify' }).click();
      await state(rita, 'Verified').waitFor();
      await screenshot(rita, 'information-3-verified');
    });

    it('Rita prints the case: the record and its files’ names, not the console around it', async () => {
      await rita.getByRole('button', { name: 'Print this application' }).waitFor();
      await rita.emulateMedia({ media: 'print' });
      try {
        await rita
          .getByRole('heading', { level: 1, name: 'Indirect reseller: Litware AB' })
          .waitFor();
        await rita.getByRole('region', { name: 'Verification checks' }).waitFor();
        // The file's name stays on paper; the app bar, the menu and every control do not.
        await rita
          .getByRole('region', { name: 'History' })
          .getByRole('button', { name: /^Download Registreringsbevis Litware AB\.pdf/ })
          .waitFor();
        expect(await rita.getByRole('banner').isVisible()).toBe(false);
        expect(await rita.getByRole('menuitem', { name: 'Applications' }).isVisible()).toBe(false);
        expect(await rita.getByRole('button', { name: 'Print this application' }).isVisible()).toBe(
          false,
        );
        await screenshot(rita, 'information-4-print');
      } finally {
        await rita.emulateMedia({ media: 'screen' });
      }
    });

    it('Elin is e-mailed and sees the check recorded, without Microsoft’s evidence', async () => {
      await waitForEmail(elinEmail, /verifi/i, 30_000, (email) =>
        email.text.includes(application.id),
      );
      await elin.reload();
      await state(elin, 'Verifierad').waitFor();
      const history = elin.getByRole('region', { name: 'Historik' });
      await history.getByRole('button', { name: /^Ladda ned Registreringsbevis/ }).waitFor();
      expect(await history.getByRole('button', { name: /Bolagsverket lookup/ }).count()).toBe(0);
    });
  },
);
