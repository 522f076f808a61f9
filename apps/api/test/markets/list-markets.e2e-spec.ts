import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createTestApp, type TestApp } from '../support/test-app.js';

type MarketBody = {
  id: string;
  country: string;
  countryName: string;
  region: string;
  currency: string;
  currencyInferred: boolean;
};

describe('GET /api/markets', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lists the first page of all 246 markets without sign-in, with Content-Range', async () => {
    const response = await request(t.server).get('/api/markets').expect(200);
    expect(response.headers['content-range']).toBe('markets 0-24/246');
    expect(response.body).toHaveLength(25);
    const names = (response.body as MarketBody[]).map((market) => market.countryName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('filters by region and pages with range', async () => {
    const response = await request(t.server)
      .get('/api/markets')
      .query({ filter: '{"region":"Europe"}', range: '[40,49]', sort: '["countryName","ASC"]' })
      .expect(200);
    expect(response.headers['content-range']).toBe('markets 40-44/45');
    expect((response.body as MarketBody[]).every((market) => market.region === 'Europe')).toBe(
      true,
    );
  });

  it('finds Sweden by text and shows its billing currency', async () => {
    const response = await request(t.server)
      .get('/api/markets')
      .query({ filter: '{"q":"swed"}' })
      .expect(200);
    expect(response.body).toEqual([
      {
        id: 'SE',
        country: 'SE',
        countryName: 'Sweden',
        region: 'Europe',
        currency: 'SEK',
        currencyInferred: false,
      },
    ]);
  });

  it('gets many by id, as react-admin does for references', async () => {
    const response = await request(t.server)
      .get('/api/markets')
      .query({ filter: '{"id":["FR","BR"]}', sort: '["country","ASC"]' })
      .expect(200);
    expect((response.body as MarketBody[]).map((m) => [m.id, m.currency])).toEqual([
      ['BR', 'USD'],
      ['FR', 'EUR'],
    ]);
  });

  it('sorts descending by currency', async () => {
    const response = await request(t.server)
      .get('/api/markets')
      .query({ sort: '["currency","DESC"]', range: '[0,0]' })
      .expect(200);
    expect((response.body as MarketBody[])[0]?.currency).toBe('USD');
  });

  it('answers an empty page with an unsatisfied range', async () => {
    const response = await request(t.server)
      .get('/api/markets')
      .query({ filter: '{"q":"atlantis"}' })
      .expect(200);
    expect(response.body).toEqual([]);
    expect(response.headers['content-range']).toBe('markets */0');
  });

  it('gets one market, and 404s a country in no market', async () => {
    await request(t.server).get('/api/markets/JP').expect(200, {
      id: 'JP',
      country: 'JP',
      countryName: 'Japan',
      region: 'Japan',
      currency: 'JPY',
      currencyInferred: false,
    });
    const response = await request(t.server).get('/api/markets/CU').expect(404);
    expect(response.body.details).toEqual(
      expect.objectContaining({ code: 'market.country_not_in_market' }),
    );
  });
});

describe('GET /api/regions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lists the 16 regions with their countries and currencies', async () => {
    const response = await request(t.server).get('/api/regions').expect(200);
    expect(response.headers['content-range']).toBe('regions 0-15/16');
    const europe = (
      response.body as { id: string; countryCount: number; currencies: string[] }[]
    ).find((r) => r.id === 'Europe');
    expect(europe?.countryCount).toBe(45);
    expect(europe?.currencies).toEqual(
      expect.arrayContaining(['EUR', 'SEK', 'DKK', 'NOK', 'CHF', 'GBP']),
    );
  });

  it('gets one region and 404s an unknown one', async () => {
    await request(t.server).get('/api/regions/Brazil').expect(200);
    await request(t.server).get('/api/regions/Atlantis').expect(404);
  });
});
