import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { API_SCOPE, CONSOLE_CLIENT_ID } from './clients.js';
import { loadOrCreateKeys } from './keys.js';
import { findPersona, personaClaims, personas } from './personas.js';
import { renderSignInPage } from './sign-in-page.js';

export type IdentityProviderOptions = {
  /** Where the provider listens: http://localhost:<port> (also its issuer). */
  readonly port: number;
  /** The API's audience: access tokens are JWTs for it. */
  readonly audience: string;
  /** The console's origin(s), e.g. http://localhost:3000: its redirect URIs are derived from them. */
  readonly consoleOrigins: readonly string[];
  /** Where the signing and cookie keys are kept. */
  readonly dataDir: string;
};

export type RunningIdentityProvider = {
  readonly issuer: string;
  readonly consoleClientId: string;
  readonly scope: string;
  stop(): Promise<void>;
};

/**
 * A local OpenID Connect provider (panva's oidc-provider) for development and tests only: a
 * sign-in page lists the seeded personas; the console signs in with Authorization Code + PKCE
 * and gets an Entra ID–shaped JWT access token for the API. Production uses Entra ID.
 */
export async function startIdentityProvider(
  options: IdentityProviderOptions,
): Promise<RunningIdentityProvider> {
  const issuer = `http://localhost:${options.port}`;
  const keys = await loadOrCreateKeys(options.dataDir);

  const configuration: Configuration = {
    clients: [
      {
        client_id: CONSOLE_CLIENT_ID,
        client_name: 'Partner Enrollment Hub console',
        token_endpoint_auth_method: 'none',
        application_type: 'web',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: options.consoleOrigins.map((origin) => `${origin}/admin/auth-callback`),
        post_logout_redirect_uris: options.consoleOrigins.map((origin) => `${origin}/admin/`),
      },
    ],
    jwks: { keys: [keys.signingKey] },
    cookies: { keys: [...keys.cookieKeys] },
    claims: {
      openid: ['sub'],
      profile: ['name', 'preferred_username', 'tid', 'oid'],
      email: ['email'],
    },
    scopes: ['openid', 'profile', 'email', 'offline_access', API_SCOPE],
    findAccount: (_ctx, id) => {
      const persona = personas.find((candidate) => candidate.objectId === id);
      if (!persona) {
        return undefined;
      }
      return {
        accountId: id,
        claims: () => ({ sub: id, email: persona.username, ...personaClaims(persona) }),
      };
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        // Signing out of the console signs out of the local provider too, without the
        // provider's "do you want to sign out?" page: the next sign-in shows the personas.
        logoutSource: (ctx, form) => {
          ctx.type = 'html';
          ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Signing out</title></head>
<body><p>Signing out…</p>${form.replace('</form>', '<input type="hidden" name="logout" value="yes"></form>')}
<script>document.forms[0].submit()</script></body></html>`;
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => options.audience,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== options.audience) {
            throw new Error(`unknown resource ${resource}`);
          }
          return {
            scope: API_SCOPE,
            audience: options.audience,
            accessTokenFormat: 'jwt',
            accessTokenTTL: 3600,
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    extraTokenClaims: (_ctx, token) => {
      const accountId = 'accountId' in token ? token.accountId : undefined;
      const persona = personas.find((candidate) => candidate.objectId === accountId);
      return persona ? personaClaims(persona) : undefined;
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    ttl: {
      Session: 8 * 3600,
      Grant: 8 * 3600,
      Interaction: 3600,
      IdToken: 3600,
      AccessToken: 3600,
    },
    renderError: (ctx: KoaContextWithOIDC, out) => {
      ctx.type = 'html';
      ctx.body = `<!doctype html><title>Sign-in error</title><h1>Sign-in error</h1><p>${escapeHtml(String(out.error_description ?? out.error))}</p>`;
    },
  };

  const provider = new Provider(issuer, configuration);
  const oidc = provider.callback();

  const server = createServer((req, res) => {
    const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(req.url?.split('?')[0] ?? '');
    if (!match) {
      return void oidc(req, res);
    }
    handleInteraction(provider, options.audience, req, res, match[2] === '/login').catch(
      (error: unknown) => {
        res.statusCode = 400;
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(
          `<!doctype html><title>Sign-in error</title><p>${escapeHtml(String((error as Error).message))}</p>`,
        );
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  return {
    issuer,
    consoleClientId: CONSOLE_CLIENT_ID,
    scope: `openid profile email ${API_SCOPE}`,
    stop: () => closeServer(server),
  };
}

/**
 * The provider's interaction steps: `login` shows the persona page (and takes its POST);
 * `consent` is granted at once, as for an app an Entra admin has consented to.
 */
async function handleInteraction(
  provider: Provider,
  audience: string,
  req: IncomingMessage,
  res: ServerResponse,
  isLoginPost: boolean,
): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  if (details.prompt.name === 'login') {
    if (!isLoginPost || req.method !== 'POST') {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('cache-control', 'no-store');
      res.end(renderSignInPage(details.uid));
      return;
    }
    const form = new URLSearchParams(await readBody(req));
    const persona = findPersona(form.get('persona') ?? '');
    if (!persona) {
      res.statusCode = 400;
      res.end('Unknown persona.');
      return;
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: persona.objectId } },
      { mergeWithLastSubmission: false },
    );
    return;
  }
  if (details.prompt.name === 'consent') {
    const accountId = details.session?.accountId;
    const clientId = String(details.params['client_id']);
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId, clientId });
    if (!grant) {
      throw new Error('The sign-in grant has expired; start again.');
    }
    const missing = details.prompt.details as {
      missingOIDCScope?: string[];
      missingOIDCClaims?: string[];
      missingResourceScopes?: Record<string, string[]>;
    };
    if (missing.missingOIDCScope) {
      grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    }
    if (missing.missingOIDCClaims) {
      grant.addOIDCClaims(missing.missingOIDCClaims);
    }
    for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) {
      grant.addResourceScope(indicator, scopes.join(' '));
    }
    grant.addResourceScope(audience, API_SCOPE);
    const grantId = await grant.save();
    await provider.interactionFinished(
      req,
      res,
      { consent: { grantId } },
      { mergeWithLastSubmission: true },
    );
    return;
  }
  throw new Error(`Unsupported sign-in step: ${details.prompt.name}`);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > 10_000) {
        reject(new Error('Request too large.'));
        req.destroy();
      }
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
