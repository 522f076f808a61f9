import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';
import type { AppConfig } from '../config/env.js';

/**
 * The security headers of every response (helmet): the CSP, nosniff, frame-ancestors,
 * Referrer-Policy, HSTS where the site is served over HTTPS. One description, used by the
 * Fastify plugin for routed requests and by the framework-error handler for the requests the
 * router refuses before any hook runs (a malformed URL).
 */
export function securityHeaderOptions(config: AppConfig): HelmetOptions {
  const isHttps = config.PUBLIC_URL.startsWith('https://');
  const identityProvider = new URL(config.OIDC_ISSUER).origin;
  return {
    // HSTS and upgrading requests make sense only where the site is served over HTTPS.
    hsts: isHttps,
    contentSecurityPolicy: {
      directives: {
        upgradeInsecureRequests: isHttps ? [] : null,
        defaultSrc: ["'self'"],
        // The console fetches the identity provider's discovery, token and JWKS endpoints.
        connectSrc: ["'self'", identityProvider],
        imgSrc: ["'self'", 'data:'],
        // react-admin (emotion) and Swagger UI set inline styles; no script runs inline: the
        // console, the directory and /api/docs load only their own external scripts.
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        formAction: ["'self'", identityProvider],
      },
    },
  };
}

/** Sets the security headers on a raw response (synchronously). */
export function securityHeaderSetter(
  config: AppConfig,
): (request: IncomingMessage, response: ServerResponse) => void {
  const middleware = helmet(securityHeaderOptions(config));
  return (request, response) => middleware(request, response, () => undefined);
}

/** The security headers as name → value, for a response written by hand on a socket. */
export function securityHeaderValues(config: AppConfig): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const collector = {
    setHeader: (name: string, value: unknown) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  securityHeaderSetter(config)({} as IncomingMessage, collector as unknown as ServerResponse);
  return headers;
}
