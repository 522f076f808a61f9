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
type RegionBody = { id: string; name: string; countryCount: number; currencies: string[] };

/** The 16 billing currencies of DOMAIN.md §1, in descending code order. */
const CURRENCIES_DESC = [
  'USD',
  'TWD',
  'SEK',
  'RUB',
  'NZD',
  'NOK',
  'KRW',
  'JPY',
  'INR',
  'GBP',
  'EUR',
  'DKK',
  'CNY',
  'CHF',
  'CAD',
  'AUD',
];
/** Each currency once, in the order of its first appearance. */
const runs = (values: readonly string[]): string[] => values.filter((v, i) => values[i - 1] !== v);

describe('GET /api/markets', () => {
  let t: TestApp;
  let all: MarketBody[];
  beforeAll(async () => {
    t = await createTestApp();
    all = (await request(t.server).get('/api/markets').query({ range: '[0,245]' }).expect(200))
      .body as MarketBody[];
  });
  afterAll(() => t.close());

  it('answers the first 25 of 246 markets without sign-in, sorted by country name, with Content-Range', async () => {
    const response = await request(t.server).get('/api/markets').expect(200);
    expect(response.headers['content-range']).toBe('markets 0-24/246');
    const names = (response.body as MarketBody[]).map((market) => market.countryName);
    expect(names).toHaveLength(25);
    // The CSV starts with Africa (Angola, Benin, ...): an unsorted answer fails here.
    expect(names.slice(0, 3)).toEqual(['Afghanistan', 'Åland Islands', 'Albania']);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(all).toHaveLength(246);
  });

  it('filters by region and pages with range: items 40-44 are the last five European countries by name', async () => {
    const europe = all.filter((market) => market.region === 'Europe');
    const response = await request(t.server)
      .get('/api/markets')
      .query({ filter: '{"region":"Europe"}', range: '[40,49]', sort: '["countryName","ASC"]' })
      .expect(200);
    expect(response.headers['content-range']).toBe('markets 40-44/45');
    expect(europe).toHaveLength(45);
    expect(response.body).toEqual(europe.slice(40));
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

  it('gets many by id, as react-admin does for references, in the requested sort', async () => {
    const response = await request(t.server)
      .get('/api/markets')
      .query({ filter: '{"id":["FR","BR"]}', sort: '["country","ASC"]' })
      .expect(200);
    expect((response.body as MarketBody[]).map((m) => [m.id, m.currency])).toEqual([
      ['BR', 'USD'],
      ['FR', 'EUR'],
    ]);
  });

  it.each([
    ['DESC', CURRENCIES_DESC],
    ['ASC', [...CURRENCIES_DESC].reverse()],
  ] as const)(
    'sorts all 246 by currency %s: each currency in one run, in that order',
    async (order, expected) => {
      const response = await request(t.server)
        .get('/api/markets')
        .query({ sort: `["currency","${order}"]`, range: '[0,245]' })
        .expect(200);
      const currencies = (response.body as MarketBody[]).map((m) => m.currency);
      expect(currencies).toHaveLength(246);
      expect(runs(currencies)).toEqual(expected);
    },
  );

  it('answers an empty page with an unsatisfied range', async () => {
    const response = await request(t.server)
      .get('/api/markets')
      .query({ filter: '{"q":"atlantis"}' })
      .expect(200);
    expect(response.body).toEqual([]);
    expect(response.headers['content-range']).toBe('markets */0');
  });

  it('gets one market by country code', async () => {
    await request(t.server).get('/api/markets/JP').expect(200, {
      id: 'JP',
      country: 'JP',
      countryName: 'Japan',
      region: 'Japan',
      currency: 'JPY',
      currencyInferred: false,
    });
  });

  it('answers 404 with market.country_not_in_market for a country in no market (Cuba)', async () => {
    const response = await request(t.server).get('/api/markets/CU').expect(404);
    expect(response.body).toMatchObject({
      statusCode: 404,
      error: 'Not Found',
      code: 'market.country_not_in_market',
      message: expect.any(String),
    });
  });

  it('answers 400 with http.list_query_invalid for a sort on an unknown field', async () => {
    const response = await request(t.server)
      .get('/api/markets')
      .query({ sort: '["population","DESC"]' })
      .expect(400);
    expect(response.body).toMatchObject({
      statusCode: 400,
      error: 'Bad Request',
      code: 'http.list_query_invalid',
    });
  });
});

describe('GET /api/regions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lists the 16 regions; Europe has 45 countries and six billing currencies', async () => {
    const response = await request(t.server).get('/api/regions').expect(200);
    expect(response.headers['content-range']).toBe('regions 0-15/16');
    const body = response.body as RegionBody[];
    expect(body).toHaveLength(16);
    expect(body.find((r) => r.id === 'Europe')).toEqual({
      id: 'Europe',
      name: 'Europe',
      countryCount: 45,
      currencies: ['CHF', 'DKK', 'EUR', 'GBP', 'NOK', 'SEK'],
    });
  });

  it('gets Brazil: one country, billed in USD (not BRL)', async () => {
    const response = await request(t.server).get('/api/regions/Brazil').expect(200);
    expect(response.body).toEqual({
      id: 'Brazil',
      name: 'Brazil',
      countryCount: 1,
      currencies: ['USD'],
    });
  });

  it('answers 404 with market.unknown_region for a region that does not exist', async () => {
    const response = await request(t.server).get('/api/regions/Atlantis').expect(404);
    expect(response.body).toMatchObject({
      statusCode: 404,
      error: 'Not Found',
      code: 'market.unknown_region',
      message: 'There is no CSP region with that name.',
    });
  });
});
