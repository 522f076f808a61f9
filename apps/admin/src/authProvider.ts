// Sign-in with OpenID Connect (Authorization Code + PKCE) through oidc-client-ts. The issuer comes
// from the API at start (`GET /api/config`), never from the build: the local provider in
// development, Microsoft Entra ID in production, and nothing here knows which.
import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import type { ClientConfigResponse, MeResponse } from '@hub/web';
import { fetchUtils, HttpError, type AuthProvider, type UserIdentity } from 'react-admin';

type PublicConfig = ClientConfigResponse;

/** `GET /api/me`: who the API says the bearer of the token is. */
export type Me = MeResponse;

/** Where the console lives: `/admin/` (Vite's `base`). */
const consoleUrl = () => new URL(import.meta.env.BASE_URL, window.location.origin).href;

let userManager: Promise<UserManager> | undefined;

/** One UserManager per page, built from the API's public configuration (retried after a failure). */
function getUserManager(): Promise<UserManager> {
  userManager ??= createUserManager().catch((error: unknown) => {
    userManager = undefined;
    throw error;
  });
  return userManager;
}

async function createUserManager(): Promise<UserManager> {
  const response = await fetch('/api/config', { headers: { accept: 'application/json' } });
  if (!response.ok) {
    throw new HttpError('hub.login.unavailable', response.status);
  }
  const { oidc } = (await response.json()) as PublicConfig;
  return new UserManager({
    authority: oidc.authority,
    client_id: oidc.clientId,
    scope: oidc.scope,
    response_type: 'code',
    redirect_uri: `${consoleUrl()}auth-callback`,
    post_logout_redirect_uri: consoleUrl(),
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: false,
  });
}

/** The signed-in user, or null when nobody is (an expired session is forgotten). */
async function getSignedInUser(): Promise<User | null> {
  const manager = await getUserManager();
  const user = await manager.getUser();
  if (user?.expired) {
    await manager.removeUser();
    return null;
  }
  return user;
}

/** The bearer token for API calls, if signed in. */
async function getAccessToken(): Promise<string | undefined> {
  return (await getSignedInUser())?.access_token;
}

/** fetchJson with `Authorization: Bearer`: the data provider's and /api/me's HTTP client. */
export async function fetchWithToken(url: string, options: fetchUtils.Options = {}) {
  const token = await getAccessToken();
  return fetchUtils.fetchJson(
    url,
    token ? { ...options, user: { authenticated: true, token: `Bearer ${token}` } } : options,
  );
}

/**
 * A binary read with `Authorization: Bearer` (an image, e.g. a draft's logo): fetchJson reads
 * text only, and an <img> cannot send the token. A refusal is an HttpError with its status.
 */
export async function fetchBlobWithToken(url: string): Promise<Blob> {
  const token = await getAccessToken();
  const response = await fetch(url, token ? { headers: { Authorization: `Bearer ${token}` } } : {});
  if (!response.ok) {
    throw new HttpError(response.statusText, response.status);
  }
  return response.blob();
}

let me: { token: string; request: Promise<Me> } | undefined;

/** `GET /api/me`, once per access token (identity and permissions both read it). */
async function getMe(): Promise<Me> {
  const token = await getAccessToken();
  if (!token) {
    throw new HttpError('ra.auth.auth_check_error', 401);
  }
  if (me?.token !== token) {
    const request = fetchWithToken('/api/me').then(({ json }) => json as Me);
    me = { token, request };
    request.catch(() => {
      me = undefined;
    });
  }
  return me.request;
}

/** A local return path only (from react-admin's login redirect), never another origin. */
const toReturnPath = (value: unknown): string | undefined =>
  typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : undefined;

/** Set when the API answered 401: the next logout forgets the session without visiting the provider. */
let isRejectedByApi = false;

/** react-admin reads `message: false` as "go to the login page without a notification". */
const signInRequired = (): Error => Object.assign(new Error('Not signed in'), { message: false });

export const authProvider: AuthProvider = {
  async login(params: { returnTo?: string } = {}) {
    const manager = await getUserManager();
    // Leaves the page for the identity provider's sign-in.
    await manager.signinRedirect({ state: { returnTo: toReturnPath(params.returnTo) } });
  },

  async handleCallback() {
    const manager = await getUserManager();
    const user = await manager.signinRedirectCallback();
    me = undefined;
    const state = user.state as { returnTo?: unknown } | undefined;
    return { redirectTo: toReturnPath(state?.returnTo) ?? '/' };
  },

  async checkAuth() {
    if (!(await getSignedInUser())) {
      throw signInRequired();
    }
  },

  checkError(error: { status?: number }) {
    // The API refused the token: react-admin says "Your session has ended" and logs out, which
    // then forgets the session here only. A 403 is a refusal, not a sign-out.
    if (error.status === 401) {
      isRejectedByApi = true;
      return Promise.reject(new Error('ra.notification.logged_out'));
    }
    return Promise.resolve();
  },

  async logout() {
    me = undefined;
    const manager = await getUserManager().catch(() => undefined);
    const user = await manager?.getUser();
    const isLocalOnly = isRejectedByApi;
    isRejectedByApi = false;
    if (!manager || !user) {
      return; // nobody signed in: just show the login page
    }
    await manager.removeUser();
    if (isLocalOnly) {
      return;
    }
    try {
      // Ends the session at the identity provider too, which returns to the console.
      await manager.signoutRedirect({ id_token_hint: user.id_token });
      return false;
    } catch {
      return; // the provider has no end-session endpoint: signed out of the console only
    }
  },

  async getIdentity(): Promise<UserIdentity> {
    const { objectId, name, username, tenantId, roles, isGlobalAdmin, kind } = await getMe();
    return { id: objectId, fullName: name, username, tenantId, roles, isGlobalAdmin, kind };
  },

  /** The whole `/api/me` answer: the menu and the pages go by its `kind`. */
  async getPermissions(): Promise<Me> {
    return getMe();
  },
};
