import { describe, expect, it } from '@jest/globals';
import { assertNothingEmbeddedInProduction, stackConfig } from '../src/index.js';

describe('stackConfig', () => {
  it('derives every embedded service port from PORT', () => {
    const config = stackConfig({ PORT: '4000' }, '/repo');
    expect(config.ports).toEqual({
      IDP_PORT: 4001,
      MAIL_WEB_PORT: 4002,
      SMTP_PORT: 4003,
      PG_PORT: 4004,
      MEILI_PORT: 4005,
    });
    expect(config.publicUrl).toBe('http://localhost:4000');
    expect(config.dataDir).toBe('/repo/.data');
    expect(config.dirs.postgres).toBe('/repo/.data/postgres');
  });

  it('lets each port and the data folder be moved on its own', () => {
    const config = stackConfig({ PG_PORT: '6543', DATA_DIR: '/srv/hub' }, '/repo');
    expect(config.port).toBe(3000);
    expect(config.ports.PG_PORT).toBe(6543);
    expect(config.ports.MEILI_PORT).toBe(3005);
    expect(config.dirs.meilisearch).toBe('/srv/hub/meilisearch');
  });

  it.each([
    ['PORT', 'http'],
    ['PORT', '0'],
    ['PORT', '70000'],
    ['MEILI_PORT', '12.5'],
  ])('refuses %s=%s naming it', (name, value) => {
    expect(() => stackConfig({ [name]: value }, '/repo')).toThrow(
      `${name} must be a port number (1-65535), got "${value}".`,
    );
  });

  it('treats empty settings as unset, so nothing external is assumed', () => {
    const config = stackConfig({ DATABASE_URL: '', OIDC_ISSUER: '' }, '/repo');
    expect(config.external.databaseUrl).toBeUndefined();
    expect(config.external.oidcIssuer).toBeUndefined();
  });
});

describe('assertNothingEmbeddedInProduction', () => {
  const external = {
    DATABASE_URL: 'postgres://db/hub',
    MEILI_URL: 'https://search',
    MEILI_MASTER_KEY: 'k'.repeat(32),
    SMTP_URL: 'smtp://relay',
    OIDC_ISSUER: 'https://login.microsoftonline.com/t/v2.0',
  };

  it('lets development embed everything', () => {
    expect(() => assertNothingEmbeddedInProduction(stackConfig({}, '/repo'))).not.toThrow();
  });

  it('refuses the embedded identity provider and mail catcher in production, naming what to set', () => {
    const config = stackConfig(
      { ...external, NODE_ENV: 'production', OIDC_ISSUER: undefined, SMTP_URL: undefined },
      '/repo',
    );
    expect(() => assertNothingEmbeddedInProduction(config)).toThrow(/set SMTP_URL, OIDC_ISSUER\.$/);
  });

  it('lets production run when every part is external', () => {
    expect(() =>
      assertNothingEmbeddedInProduction(
        stackConfig({ ...external, NODE_ENV: 'production' }, '/repo'),
      ),
    ).not.toThrow();
  });
});
