// The distributor edit → moderation → publish path (issue 9), in a real Chromium: Dana
// (Northwind Distribution's staff, in Swedish) changes the listing's Swedish short description
// and submits it; Rita (a Microsoft reviewer, in English, in a second browser) finds it pending
// moderation, sees the changed field in the side-by-side comparison and rejects it with a reason;
// Dana reads the reason, changes the listing again, uploads a logo (a text file named .png is
// refused in Swedish first) and resubmits; Rita approves, seeing the logo beside the published
// version's none; the published version carries the change, the public directory search finds
// the new text, and the directory's provider page shows the logo. Demo data
// (apps/api/dev/demo-providers.ts): Northwind is published, with no draft open.
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

/** A word no other listing has, so that the public search can only find it in Northwind's. */
const word = 'Kanelbullsakademin';
const firstText = `Molndistributör för Norden med ${word} för återförsäljare.`;
const secondText = `Molndistributör för Norden: ${word} ger återförsäljare kurser i Azure och Microsoft 365.`;
const reason = 'Please say what the academy offers resellers.';

/** A 1 × 1 PNG: a real image for the logo upload. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

type SearchAnswer = { results: { hits: { id?: string; name?: string; logo?: string }[] }[] };

/** The public directory's search (the route the directory calls), as anyone may call it. */
async function searchDirectory(q: string): Promise<string[]> {
  const response = await fetch(`${baseUrl()}/api/search/multi-search`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ queries: [{ indexUid: 'providers', q }] }),
  });
  const answer = (await response.json()) as SearchAnswer;
  return answer.results.flatMap((result) => result.hits.map((hit) => hit.name ?? ''));
}

describeInBrowser('a distributor’s listing: edit, moderation, publish', () => {
  let browser: Browser;
  let danaContext: BrowserContext;
  let ritaContext: BrowserContext;
  let dana: Page;
  let rita: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    const viewport = { width: 1440, height: 900 };
    danaContext = await browser.newContext({ locale: 'en-US', viewport });
    ritaContext = await browser.newContext({ locale: 'en-US', viewport });
    dana = await danaContext.newPage();
    rita = await ritaContext.newPage();
  });
  afterAll(async () => {
    await danaContext?.close();
    await ritaContext?.close();
    await browser?.close();
  });

  const swedishShort = () => dana.getByLabel('Kort beskrivning (svenska)');
  /** The state a summary card shows ("Arbetsutkast: Inskickad"). */
  const danaState = (card: string, state: string) =>
    dana.getByRole('status', { name: card }).getByText(state, { exact: true });
  const ritaState = (which: 'Published' | 'Proposed', state: string) =>
    rita.getByRole('status', { name: which }).getByText(state, { exact: true });
  const diffRow = (label: string) => rita.getByRole('row', { name: new RegExp(label) });

  it('Dana opens Vår annons in Swedish: the published version, no draft yet', async () => {
    await signIn(dana, 'Dana Distributor');
    await chooseLanguage(dana, 'Svenska');
    await dana.getByRole('menuitem', { name: 'Vår annons' }).click();
    await dana.getByRole('heading', { level: 1, name: 'Vår annons' }).waitFor();
    await danaState('Publicerad version', 'Publicerad').waitFor();
    await dana.getByText('Inga ändringar pågår').waitFor();
    await dana.getByText('Auktoriserad indirekt leverantör hos Microsoft').first().waitFor();
  });

  it('the domain’s rules name the field that blocks submitting', async () => {
    await swedishShort().fill('');
    await dana.getByRole('button', { name: 'Skicka in för granskning' }).click();
    await expect(swedishShort().getAttribute('aria-invalid')).resolves.toBe('true');
    await dana
      .getByText('Innan ni kan skicka in: Fyll i fältet ”Kort beskrivning (svenska)”.')
      .waitFor();
  });

  it('Dana changes the Swedish short description and submits it for moderation', async () => {
    await swedishShort().fill(firstText);
    await dana
      .getByText('Utkastet uppfyller alla regler för annonser och kan skickas in.')
      .waitFor();
    expect(await seriousViolations(dana)).toEqual([]);
    await screenshot(dana, 'listing-1-editor-sv');
    await dana.getByRole('button', { name: 'Skicka in för granskning' }).click();
    await danaState('Arbetsutkast', 'Inskickad').waitFor();
    await dana.getByText(/Era ändringar skickades in för granskning/).waitFor();
    // The published version stays live meanwhile; what was submitted shows beside it.
    await danaState('Publicerad version', 'Publicerad').waitFor();
    const submitted = dana.getByRole('row', { name: /Kort beskrivning \(svenska\)/ });
    await submitted.getByText('Ändrad', { exact: true }).waitFor();
    await submitted.getByText(firstText).waitFor();
    await dana.getByRole('button', { name: 'Dra tillbaka' }).waitFor();
  });

  it('Dana finds her submitted draft ranked in the real search; resellers do not', async () => {
    await dana.getByRole('tab', { name: 'Förhandsgranska i sökningen' }).click();
    await dana.getByRole('textbox', { name: 'Sök som en återförsäljare' }).fill(word);
    const results = dana.getByRole('list', { name: 'Sökresultat med ditt utkast' });
    const draft = results.getByRole('listitem').filter({ hasText: 'Ditt utkast, inte publicerat' });
    await draft.getByRole('heading', { name: 'Northwind Distribution' }).waitFor();
    await draft.getByText(firstText).waitFor();
    await dana
      .getByRole('status')
      .getByText('Ditt utkast skulle bli resultat 1 av ungefär 1 för den här sökningen.')
      .waitFor();
    expect(await seriousViolations(dana)).toEqual([]);
    await screenshot(dana, 'listing-1b-preview-sv');
    // Only Dana sees it: the public search still has the published text alone.
    expect(await searchDirectory(word)).toEqual([]);
  });

  it('Rita finds it pending moderation and sees the changed field side by side', async () => {
    await signIn(rita, 'Rita Reviewer');
    await rita.getByRole('menuitem', { name: 'Provider listings' }).click();
    await rita.getByRole('combobox', { name: 'State' }).getByText('Pending moderation').waitFor();
    await rita.getByRole('link', { name: 'Northwind Distribution' }).click();
    await rita.getByRole('heading', { level: 1, name: 'Northwind Distribution' }).waitFor();
    await ritaState('Proposed', 'Submitted').waitFor();
    await rita.getByText('1 field changed').waitFor();
    const row = diffRow('Short description \\(Swedish\\)');
    await row.getByText('Changed', { exact: true }).waitFor();
    await row.getByText(firstText).waitFor();
    await row.getByText(/^Molndistributör för nordiska återförsäljare/).waitFor();
    // The unchanged fields are folded away until she asks for them.
    expect(await diffRow('^Website').count()).toBe(0);
    await rita.getByRole('button', { name: /^Show 17 unchanged fields$/ }).click();
    await diffRow('^Website').waitFor();
    expect(await seriousViolations(rita)).toEqual([]);
    await screenshot(rita, 'listing-2-moderation-en');
  });

  it('Rita rejects it with a reason; the reason is required', async () => {
    await rita.getByRole('button', { name: 'Reject', exact: true }).click();
    const dialog = rita.getByRole('dialog', { name: 'Reject the proposed version' });
    await dialog.getByRole('button', { name: 'Reject', exact: true }).click();
    await dialog.getByText('Required').waitFor();
    await dialog.getByLabel('Reason').fill(reason);
    await dialog.getByRole('button', { name: 'Reject', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await ritaState('Proposed', 'Rejected').waitFor();
    await rita.getByRole('region', { name: 'History' }).getByText(`“${reason}”`).waitFor();
  });

  it('Dana reads the reason, changes the listing again and resubmits', async () => {
    await dana.reload();
    await dana.getByText('En granskare godkände inte era ändringar').waitFor();
    await dana.getByText(`“${reason}”`).waitFor();
    await danaState('Arbetsutkast', 'Avslagen').waitFor();
    await swedishShort().fill(secondText);
    await dana.getByRole('checkbox', { name: 'Utbildningsakademi' }).check();
    // A text file named logo.png: the API reads the bytes, and says so in Swedish.
    await dana.locator('input[name="logo-file"]').setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: Buffer.from('Det här är ingen bild.\n'),
    });
    await dana.getByText(/Logotypen måste vara en PNG-, JPEG- eller WebP-bild/).waitFor();
    // The real one, through the Upload logo button's file dialog.
    const [chooser] = await Promise.all([
      dana.waitForEvent('filechooser'),
      dana.getByRole('button', { name: 'Ladda upp logotyp' }).click(),
    ]);
    await chooser.setFiles({ name: 'northwind.png', mimeType: 'image/png', buffer: PNG });
    await dana.getByText('Logotypen är uppladdad: spara utkastet för att behålla den.').waitFor();
    await dana.getByRole('img', { name: 'Logotyp för Northwind Distribution' }).waitFor();
    await dana.getByRole('button', { name: 'Skicka in för granskning' }).click();
    await danaState('Arbetsutkast', 'Inskickad').waitFor();
    await screenshot(dana, 'listing-3-resubmitted-sv');
  });

  it('Rita sees both changes and approves; the new version is published', async () => {
    await rita.reload();
    await ritaState('Proposed', 'Submitted').waitFor();
    await rita.getByText('3 fields changed').waitFor();
    const logoRow = diffRow('^Logo');
    await logoRow.getByText('No logo').waitFor();
    await logoRow.getByRole('img', { name: 'Northwind Distribution logo' }).waitFor();
    await diffRow('Short description \\(Swedish\\)').getByText(secondText).waitFor();
    await diffRow('^Services offered')
      .getByRole('listitem')
      .getByText('+ Training academy')
      .waitFor();
    // Meanwhile someone else changes the provider (the authorized mark, set again).
    const id = new URL(rita.url()).pathname.split('/').at(-2) ?? '';
    const token = await accessToken(rita);
    const { body: now } = await callApi<{ version: number }>(token, 'GET', `/providers/${id}`);
    await callApi(token, 'POST', `/providers/${id}/authorized`, {
      body: { authorized: true },
      version: now.version,
    });

    await rita.getByRole('button', { name: 'Approve and publish' }).click();
    const dialog = rita.getByRole('dialog', { name: 'Approve and publish' });
    await dialog.getByRole('button', { name: 'Approve and publish' }).click();
    // Her page was stale (412): she is told, the page is read again, and she tries again.
    await rita.getByText(/Someone changed this record meanwhile/).waitFor();
    await dialog.getByRole('button', { name: 'Approve and publish' }).click();
    await dialog.waitFor({ state: 'detached' });
    await ritaState('Published', 'Published').waitFor();
    await rita.getByText('No changes are waiting for moderation.', { exact: false }).waitFor();
    const history = rita.getByRole('region', { name: 'History' });
    await history.getByText('Rejected · Submitted → Rejected').waitFor();
    await history.getByText('Marked as authorized').waitFor();
    await screenshot(rita, 'listing-4-approved-en');
  });

  it('Dana’s published version shows the change, and the public search finds it', async () => {
    await dana.reload();
    await dana.getByText('Inga ändringar pågår').waitFor();
    await dana.getByRole('tab', { name: 'Publicerad annons' }).click();
    await dana.getByRole('tabpanel').getByText(secondText).waitFor();
    await screenshot(dana, 'listing-5-published-sv');

    // The directory is a projection, synced by a job after the approval: poll for it.
    let names: string[] = [];
    for (let attempt = 0; attempt < 20 && !names.includes('Northwind Distribution'); attempt++) {
      names = await searchDirectory(word);
      if (!names.includes('Northwind Distribution')) {
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
    expect(names).toContain('Northwind Distribution');

    // The directory's provider page shows the published logo (read from the public route).
    const response = await fetch(`${baseUrl()}/api/search/multi-search`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ queries: [{ indexUid: 'providers', q: word }] }),
    });
    const hit = ((await response.json()) as SearchAnswer).results[0]?.hits[0];
    expect(hit?.logo).toMatch(/^[0-9a-f]{64}$/);
    const resellerContext = await browser.newContext({ locale: 'en-US' });
    const reseller = await resellerContext.newPage();
    await reseller.goto(`${baseUrl()}/providers/${hit?.id ?? ''}`);
    await reseller.getByRole('img', { name: 'Northwind Distribution logo' }).waitFor();
    await reseller.waitForFunction(() =>
      Array.from(document.images).some(
        (img) => img.alt === 'Northwind Distribution logo' && img.complete && img.naturalWidth > 0,
      ),
    );
    await screenshot(reseller, 'listing-6-directory-logo-en');
    await resellerContext.close();
  });
});
