/** The console's public client at the local provider (Authorization Code + PKCE, no secret). */
export const CONSOLE_CLIENT_ID = 'hub-console';
/** The scope the API is reached with; the console asks for it with the OIDC scopes. */
export const API_SCOPE = 'api.access';
