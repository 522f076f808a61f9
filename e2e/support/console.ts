// What every console flow does: sign in through the real OpenID Connect flow, switch the
// language, call the API as the signed-in person, and run axe-core on the page as it is.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { baseUrl } from './browser.js';

/** Through the real OpenID Connect flow: the console, the local provider's page, and back. */
export async function signIn(page: Page, personaName: string): Promise<void> {
  await page.goto(`${baseUrl()}/admin/`);
  await page.getByRole('button', { name: 'Sign in with your work account' }).click();
  await page.waitForURL(/\/interaction\//);
  await page.getByRole('button', { name: new RegExp(personaName) }).click();
  await page.waitForURL(new RegExp(`^${baseUrl()}/admin/`));
  await page.getByText(`Welcome, ${personaName}`).waitFor();
}

/** The language menu of the app bar ("Language: English" / "Språk: Svenska"). */
export async function chooseLanguage(page: Page, language: 'English' | 'Svenska'): Promise<void> {
  await page
    .getByRole('button', { name: /language|språk/i })
    .first()
    .click();
  await page.getByRole('menuitem', { name: language }).click();
}

/**
 * Once a list's search has been applied: every row holds the text and nothing is loading. The
 * list keeps its previous rows while the filtered ones load, so a click before this can land on a
 * row that the new rows replace under the pointer.
 */
export async function listFilteredBy(page: Page, text: string): Promise<void> {
  await page.waitForFunction((wanted) => {
    const rows = Array.from(document.querySelectorAll('tbody tr'));
    return (
      rows.length > 0 &&
      rows.every((row) => row.textContent?.includes(wanted)) &&
      document.querySelector('.app-loader') === null
    );
  }, text);
}

/** The access token the console holds for the signed-in person (oidc-client-ts, sessionStorage). */
export async function accessToken(page: Page): Promise<string> {
  const token = await page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
    return key
      ? (JSON.parse(sessionStorage.getItem(key) ?? '{}') as { access_token?: string }).access_token
      : undefined;
  });
  if (!token) {
    throw new Error('The console holds no access token: sign in first.');
  }
  return token;
}

/**
 * The API as the signed-in person would call it (for arranging what a story needs, never for
 * what it checks). Answers the parsed JSON body and the ETag; a non-2xx answer throws with it.
 */
export async function callApi<T = unknown>(
  token: string,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  options: { body?: object; version?: number } = {},
): Promise<{ body: T; etag: string | null }> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
  }
  if (options.version !== undefined) {
    headers['if-match'] = `"${options.version}"`;
  }
  const response = await fetch(`${baseUrl()}/api${path}`, {
    method,
    headers,
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${method} /api${path} answered ${response.status}: ${text}`);
  }
  return { body: (text ? JSON.parse(text) : undefined) as T, etag: response.headers.get('etag') };
}

const axePath = createRequire(import.meta.url).resolve('axe-core');
let axeCode: string | undefined;
const axeSource = (): string => (axeCode ??= readFileSync(axePath, 'utf8'));

type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown }[];
};

/** axe-core on the page as it is: the serious and critical violations, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, not added as an inline <script>: the pages' CSP
  // (script-src 'self') rightly refuses inline scripts, and the test must not weaken it.
  await page.evaluate(axeSource());
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: unknown[] }> } })
      .axe;
    return (await axe.run()).violations;
  });
  return (violations as AxeViolation[])
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes
          .map((node) => JSON.stringify(node.target))
          .join(', ')})`,
    );
}

/** A screenshot for a person to look at (E2E_SHOTS names the folder; none are taken without it). */
export async function screenshot(page: Page, name: string): Promise<void> {
  const folder = process.env['E2E_SHOTS'];
  if (folder) {
    await page.screenshot({ path: `${folder}/${name}.png`, fullPage: true });
  }
}
