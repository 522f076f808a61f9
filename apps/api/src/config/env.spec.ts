import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig, trustedProxies } from './env.js';

const valid = {
  DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/hub',
  MEILI_URL: 'http://127.0.0.1:7700',
  MEILI_MASTER_KEY: 'a-master-key-of-16+',
  SMTP_URL: 'smtp://127.0.0.1:1025',
  OIDC_ISSUER: 'http://localhost:3001',
  OIDC_AUDIENCE: 'api://partner-enrollment-hub',
  STAFF_TENANT_ID: '72f988bf-86f1-41af-91ab-2d7cd011db47',
  DATA_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
};

describe('loadConfig', () => {
  it('reads a valid environment with defaults', () => {
    const config = loadConfig(valid);
    expect(config).toEqual(
      expect.objectContaining({
        PORT: 3000,
        NODE_ENV: 'development',
        PUBLIC_URL: 'http://localhost:3000',
        BODY_LIMIT_BYTES: 1_048_576,
      }),
    );
  });

  it('trusts no proxy by default, and only the listed ones when TRUST_PROXY is set', () => {
    expect(trustedProxies(loadConfig(valid).TRUST_PROXY)).toBe(false);
    expect(
      trustedProxies(loadConfig({ ...valid, TRUST_PROXY: '10.0.0.0/8, loopback' }).TRUST_PROXY),
    ).toEqual(['10.0.0.0/8', 'loopback']);
    for (const bad of ['true', '1', '*', 'everyone', '10.0.0.0/8;']) {
      expect(() => loadConfig({ ...valid, TRUST_PROXY: bad })).toThrow(/TRUST_PROXY/);
    }
  });

  it('converts PORT and keeps an explicit PUBLIC_URL without its trailing slash', () => {
    expect(
      loadConfig({ ...valid, PORT: '8080', PUBLIC_URL: 'https://partners.example.com/' }),
    ).toEqual(expect.objectContaining({ PORT: 8080, PUBLIC_URL: 'https://partners.example.com' }));
  });

  it.each(Object.keys(valid))('names a missing %s in one line', (name) => {
    const env: Record<string, string | undefined> = { ...valid, [name]: undefined };
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration: ${name} is missing`));
  });

  it.each([
    ['PORT', 'eighty', /PORT is invalid/],
    ['PORT', '70000', /PORT is invalid/],
    [
      'DATABASE_URL',
      'mysql://x',
      /DATABASE_URL is invalid: DATABASE_URL must be a postgres:\/\/ URL/,
    ],
    ['MEILI_MASTER_KEY', 'short', /MEILI_MASTER_KEY is invalid/],
    ['NODE_ENV', 'staging', /NODE_ENV is invalid/],
    ['STAFF_TENANT_ID', 'microsoft', /STAFF_TENANT_ID is invalid/],
    ['OIDC_ISSUER', 'not a url', /OIDC_ISSUER is invalid/],
  ])('names a malformed %s (%s)', (name, value, message) => {
    expect(() => loadConfig({ ...valid, [name]: value })).toThrow(message);
  });

  it('treats an empty value as missing', () => {
    expect(() => loadConfig({ ...valid, SMTP_URL: '' })).toThrow(/SMTP_URL is missing/);
  });

  it('refuses a plain-http issuer in production', () => {
    expect(() => loadConfig({ ...valid, NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(
      loadConfig({
        ...valid,
        NODE_ENV: 'production',
        OIDC_ISSUER: 'https://login.microsoftonline.com/x/v2.0',
      }).NODE_ENV,
    ).toBe('production');
  });

  it('drains for at most 25 s by default, closing at once, and refuses a delay as long as the timeout', () => {
    expect(loadConfig(valid)).toEqual(
      expect.objectContaining({ SHUTDOWN_TIMEOUT_SECONDS: 25, SHUTDOWN_DELAY_SECONDS: 0 }),
    );
    expect(
      loadConfig({ ...valid, SHUTDOWN_TIMEOUT_SECONDS: '40', SHUTDOWN_DELAY_SECONDS: '5' }),
    ).toEqual(expect.objectContaining({ SHUTDOWN_TIMEOUT_SECONDS: 40, SHUTDOWN_DELAY_SECONDS: 5 }));
    expect(() =>
      loadConfig({ ...valid, SHUTDOWN_TIMEOUT_SECONDS: '5', SHUTDOWN_DELAY_SECONDS: '5' }),
    ).toThrow(/SHUTDOWN_DELAY_SECONDS must be shorter than SHUTDOWN_TIMEOUT_SECONDS/);
    expect(() => loadConfig({ ...valid, SHUTDOWN_TIMEOUT_SECONDS: '0' })).toThrow(
      /SHUTDOWN_TIMEOUT_SECONDS/,
    );
  });

  it('says how many more settings are wrong', () => {
    expect(() => loadConfig({})).toThrow(/\(and \d+ more: /);
  });
});
