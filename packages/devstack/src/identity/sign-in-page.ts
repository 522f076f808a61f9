import { escapeHtml } from './provider.js';
import { personas } from './personas.js';

/** The local provider's sign-in page: one button per persona (keyboard and screen-reader friendly). */
export function renderSignInPage(uid: string): string {
  const buttons = personas
    .map(
      (persona) => `
      <li>
        <button type="submit" name="persona" value="${escapeHtml(persona.id)}" aria-describedby="d-${escapeHtml(persona.id)}">
          <strong>${escapeHtml(persona.name)}</strong> <span>${escapeHtml(persona.username)}</span>
        </button>
        <p id="d-${escapeHtml(persona.id)}">${escapeHtml(persona.description)} · ${escapeHtml(persona.tenantName)}</p>
      </li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in · local identity provider</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #f3f2f1; color: #201f1e; }
  main { max-width: 40rem; margin: 3rem auto; background: #fff; padding: 2rem; border-radius: 8px; box-shadow: 0 2px 8px #0002; }
  h1 { font-size: 1.5rem; margin-top: 0; }
  ul { list-style: none; padding: 0; }
  li { margin: 0 0 1rem; }
  button { width: 100%; text-align: left; padding: .75rem 1rem; font: inherit; border: 1px solid #8a8886; border-radius: 4px; background: #fff; cursor: pointer; }
  button:hover { background: #f3f9fd; border-color: #0078d4; }
  button:focus-visible { outline: 3px solid #0078d4; outline-offset: 2px; }
  button span { color: #605e5c; margin-left: .5rem; }
  li p { margin: .25rem 0 0 1rem; color: #605e5c; font-size: .875rem; }
  .note { font-size: .875rem; color: #a4262c; }
</style>
</head>
<body>
<main>
  <h1>Sign in as a persona</h1>
  <p class="note">Local identity provider for development and tests. In production, people sign in with Microsoft Entra ID.</p>
  <form method="post" action="/interaction/${escapeHtml(uid)}/login">
    <ul>${buttons}
    </ul>
  </form>
</main>
</body>
</html>`;
}
