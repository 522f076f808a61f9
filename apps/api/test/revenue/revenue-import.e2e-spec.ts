import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { tenants } from '@hub/devstack';
import pg from 'pg';
import request from 'supertest';
import { createEnrollment, createPartner, expectStatus } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { type PartnerEntity } from '../../src/modules/partners/partner.entity.js';

/** `YYYY-MM`, `count` months before the current one (UTC). */
const monthsAgo = (count: number): string => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - count, 1))
    .toISOString()
    .slice(0, 7);
};

const HEADER = 'month,amount,currency,product_type';

describe('revenue CSV import and FX rates', () => {
  let t: TestApp;
  let contoso: PartnerEntity;
  let fabrikam: PartnerEntity;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    contoso = await createPartner(t);
    fabrikam = await createPartner(t, {
      tenantId: tenants.fabrikam.id,
      legalName: 'Fabrikam, Inc.',
    });
    for (const persona of [
      'contoso-admin',
      'contoso-user',
      'fabrikam-admin',
      'reviewer',
      'program-admin',
    ]) {
      tokens[persona] = await t.tokenFor(persona);
    }
  });
  afterAll(() => t.close());

  const db = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => {
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  };
  const revenueRows = (partnerId: string) =>
    db<{ month: string; amount_minor: string; currency: string; product_kind: string }>(
      'SELECT month, amount_minor, currency, product_kind FROM revenue_records WHERE partner_id = $1 ORDER BY month, currency, product_kind',
      [partnerId],
    );

  const upload = (
    path: string,
    csv: string | Buffer,
    persona = 'contoso-admin',
    headers: Record<string, string> = {},
  ) =>
    request(t.server)
      .post(path)
      .set('authorization', `Bearer ${tokens[persona]}`)
      .set('content-type', 'text/csv')
      .set(headers)
      .send(typeof csv === 'string' ? Buffer.from(csv, 'utf8') : csv);
  const preview = (csv: string | Buffer, persona?: string, partner = contoso) =>
    upload(`/api/partners/${partner.id}/revenue-imports/preview`, csv, persona);
  const commit = (csv: string | Buffer, persona?: string, headers?: Record<string, string>) =>
    upload(`/api/partners/${contoso.id}/revenue-imports`, csv, persona, headers);

  describe('FX rates (program data)', () => {
    it('a program admin previews and imports rates; the list shows them with their source', async () => {
      const csv = `month,currency,usd_per_unit\n${monthsAgo(2)},SEK,0.0950\n${monthsAgo(3)},SEK,0.0940\n${monthsAgo(2)},EUR,1.08\n`;
      const checked = expectStatus(
        await upload('/api/fx-rates/imports/preview', csv, 'program-admin'),
        200,
      );
      expect(checked.body).toMatchObject({ valid: true, lineCount: 3, errorCount: 0 });
      expect(await db('SELECT * FROM fx_rates')).toEqual([]);
      const done = expectStatus(
        await upload('/api/fx-rates/imports?source=ECB%20monthly%20average', csv, 'program-admin'),
        201,
      );
      expect(done.body).toMatchObject({ kind: 'fx_rates', inserted: 3, replaced: 0, lineCount: 3 });
      const list = expectStatus(
        await request(t.server)
          .get('/api/fx-rates')
          .query({ filter: JSON.stringify({ currency: 'SEK' }) })
          .set('authorization', `Bearer ${tokens['contoso-admin']}`),
        200,
      );
      expect(list.body).toEqual([
        expect.objectContaining({
          month: monthsAgo(2),
          currency: 'SEK',
          usdPerUnit: '0.0950',
          source: 'ECB monthly average',
          demo: false,
        }),
        expect.objectContaining({ month: monthsAgo(3), currency: 'SEK', usdPerUnit: '0.0940' }),
      ]);
      // Importing a month and currency again replaces its rate.
      const again = expectStatus(
        await upload(
          '/api/fx-rates/imports',
          `month,currency,usd_per_unit\n${monthsAgo(3)},SEK,0.0945\n`,
          'program-admin',
        ),
        201,
      );
      expect(again.body).toMatchObject({ inserted: 0, replaced: 1 });
      expect(
        await db('SELECT usd_per_unit, source FROM fx_rates WHERE month = $1 AND currency = $2', [
          monthsAgo(3),
          'SEK',
        ]),
      ).toEqual([{ usd_per_unit: '0.0945', source: 'import' }]);
    });

    it('reports every bad rate line with its code and writes none of the file', async () => {
      const csv = [
        'month,currency,usd_per_unit',
        `${monthsAgo(4)},NOK,0.093`,
        '2024-13,NOK,0.09',
        `${monthsAgo(4)},XYZ,0.1`,
        `${monthsAgo(4)},USD,1`,
        `${monthsAgo(4)},DKK,-0.1`,
        `${monthsAgo(4)},NOK,0.094`,
      ].join('\n');
      const checked = expectStatus(
        await upload('/api/fx-rates/imports/preview', csv, 'program-admin'),
        200,
      );
      expect(checked.body.valid).toBe(false);
      const codes = (checked.body.lines as { line: number; errors: { code: string }[] }[]).map(
        (line) => [line.line, line.errors.map((error) => error.code)],
      );
      expect(codes).toEqual([
        [2, []],
        [3, ['revenue.invalid_month']],
        [4, ['money.unknown_currency']],
        [5, ['fx_rate.usd_itself']],
        [6, ['money.invalid_rate']],
        [7, ['csv_import.duplicate_line']],
      ]);
      const refused = expectStatus(
        await upload('/api/fx-rates/imports', csv, 'program-admin'),
        422,
      );
      expect(refused.body).toMatchObject({
        code: 'csv_import.invalid_lines',
        details: { errorCount: 5 },
      });
      expect(await db("SELECT * FROM fx_rates WHERE currency = 'NOK'")).toEqual([]);
    });

    it('is for program admins only', async () => {
      const csv = `month,currency,usd_per_unit\n${monthsAgo(2)},GBP,1.27\n`;
      for (const persona of ['contoso-admin', 'reviewer']) {
        const refused = expectStatus(await upload('/api/fx-rates/imports', csv, persona), 403);
        expect(refused.body.code).toBe('fx_rate.program_admin_only');
      }
    });
  });

  describe('revenue import', () => {
    it('previews every line, then writes all of them in one import', async () => {
      const csv = `\uFEFF${HEADER}\n${monthsAgo(2)},25000.00,USD,cloud\n${monthsAgo(2)},100000,SEK,cloud\n${monthsAgo(3)},5000,USD,perpetual_software\n`;
      const checked = expectStatus(await preview(csv), 200);
      expect(checked.body).toMatchObject({
        valid: true,
        lineCount: 3,
        errorCount: 0,
        replacedMonths: [],
      });
      expect(checked.body.lines[0]).toEqual({
        line: 2,
        cells: { month: monthsAgo(2), amount: '25000.00', currency: 'USD', product_type: 'cloud' },
        errors: [],
      });
      expect(await revenueRows(contoso.id)).toEqual([]);
      const done = expectStatus(await commit(csv), 201);
      expect(done.body).toMatchObject({
        kind: 'revenue',
        partnerId: contoso.id,
        inserted: 3,
        replaced: 0,
      });
      expect(await revenueRows(contoso.id)).toEqual([
        {
          month: monthsAgo(3),
          amount_minor: '500000',
          currency: 'USD',
          product_kind: 'perpetual_software',
        },
        { month: monthsAgo(2), amount_minor: '10000000', currency: 'SEK', product_kind: 'cloud' },
        { month: monthsAgo(2), amount_minor: '2500000', currency: 'USD', product_kind: 'cloud' },
      ]);
      const [record] = await db<{ actor_kind: string; line_count: number }>(
        "SELECT actor_kind, line_count FROM csv_imports WHERE kind = 'revenue'",
      );
      expect(record).toEqual({ actor_kind: 'partner_global_admin', line_count: 3 });
    });

    it('replaces a month already on file, and says so in the preview', async () => {
      const csv = `${HEADER}\n${monthsAgo(2)},26000.00,USD,cloud\n`;
      const checked = expectStatus(await preview(csv), 200);
      expect(checked.body.replacedMonths).toEqual([{ month: monthsAgo(2), rows: 2 }]);
      const done = expectStatus(await commit(csv), 201);
      expect(done.body).toMatchObject({ inserted: 1, replaced: 2 });
      expect((await revenueRows(contoso.id)).filter((row) => row.month === monthsAgo(2))).toEqual([
        { month: monthsAgo(2), amount_minor: '2600000', currency: 'USD', product_kind: 'cloud' },
      ]);
    });

    it('replays a commit with the same Idempotency-Key instead of importing twice', async () => {
      const csv = `${HEADER}\n${monthsAgo(5)},1000,USD,cloud\n`;
      const key = { 'idempotency-key': 'revenue-import-replay-1' };
      const first = expectStatus(await commit(csv, 'contoso-admin', key), 201);
      const second = expectStatus(await commit(csv, 'contoso-admin', key), 201);
      expect(second.headers['idempotent-replayed']).toBe('true');
      expect(second.body).toEqual(first.body);
      expect(await db("SELECT id FROM csv_imports WHERE kind = 'revenue'")).toHaveLength(3);
      expectStatus(
        await commit(`${HEADER}\n${monthsAgo(5)},2000,USD,cloud\n`, 'contoso-admin', key),
        422,
      );
    });

    it('reports each bad line with its line number and code (en and sv), and writes nothing', async () => {
      const before = await revenueRows(contoso.id);
      const csv = [
        HEADER,
        `${monthsAgo(6)},1000,USD,cloud`,
        `2024-13,1000,USD,cloud`,
        `${monthsAgo(6)},-5,USD,cloud`,
        `${monthsAgo(7)},lots,USD,cloud`,
        `${monthsAgo(7)},1000,ZZZ,cloud`,
        `${monthsAgo(7)},1000,US$,cloud`,
        `${monthsAgo(7)},1000,USD,hardware`,
        `${monthsAgo(7)},1000,NOK,cloud`,
        `${monthsAgo(6)},1000,USD,cloud`,
        `${monthsAgo(7)},1000,USD`,
        `${monthsAgo(7)},10.005,USD,cloud`,
        `${monthsAgo(0)},1000,USD,cloud`,
      ].join('\r\n');
      const checked = expectStatus(await preview(csv), 200);
      const codes = (
        checked.body.lines as { line: number; errors: { field: string; code: string }[] }[]
      ).map((line) => [line.line, line.errors.map((error) => `${error.field}:${error.code}`)]);
      expect(codes).toEqual([
        [2, []],
        [3, ['month:revenue.invalid_month']],
        [4, ['amount:revenue.negative_amount']],
        [5, ['amount:money.invalid_amount']],
        [6, ['currency:money.unknown_currency']],
        [7, ['currency:money.invalid_currency']],
        [8, ['product_type:revenue.unknown_product_type']],
        [9, ['currency:revenue.no_rate']],
        [10, ['line:csv_import.duplicate_line']],
        [11, ['line:csv_import.column_count']],
        [12, ['amount:money.too_many_decimals']],
        [13, ['month:revenue.future_month']],
      ]);
      expect(checked.body).toMatchObject({ valid: false, lineCount: 12, errorCount: 11 });
      expect(checked.body.lines[1].errors[0].message).toBe(
        '“2024-13” is not a month; use YYYY-MM, for example 2021-03.',
      );
      const swedish = expectStatus(
        await upload(`/api/partners/${contoso.id}/revenue-imports/preview`, csv, 'contoso-admin', {
          'accept-language': 'sv',
        }),
        200,
      );
      expect(swedish.body.lines[2].errors[0].message).toBe('Beloppet kan inte vara negativt.');
      const refused = expectStatus(await commit(csv), 422);
      expect(refused.body).toMatchObject({
        code: 'csv_import.invalid_lines',
        details: { errorCount: 11 },
      });
      expect(
        (refused.body.details.errors as { line: number }[]).map((error) => error.line),
      ).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
      expect(await revenueRows(contoso.id)).toEqual(before);
    });

    it.each([
      [
        'a wrong header',
        'month,value,currency,kind\n2024-01,1,USD,cloud\n',
        400,
        'csv_import.header_invalid',
      ],
      ['no header', '2024-01,1,USD,cloud\n', 400, 'csv_import.header_invalid'],
      ['a header only', `${HEADER}\n`, 400, 'csv_import.empty'],
      ['an empty file', '', 400, 'csv_import.empty'],
      ['an unclosed quote', `${HEADER}\n"2024-01,1,USD,cloud\n`, 400, 'csv_import.malformed'],
    ])('refuses the whole file for %s, writing nothing', async (_name, csv, status, code) => {
      const before = await revenueRows(contoso.id);
      expect(expectStatus(await preview(csv), status).body.code).toBe(code);
      expect(expectStatus(await commit(csv), status).body.code).toBe(code);
      expect(await revenueRows(contoso.id)).toEqual(before);
    });

    it('refuses a binary file, too many lines, a million lines and a file over 1 MiB', async () => {
      const before = await revenueRows(contoso.id);
      const png = Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d,
      ]);
      expect(expectStatus(await commit(png), 400).body.code).toBe('csv_import.not_text');
      const nul = Buffer.from(`${HEADER}\n2024-01,1,USD,cloud\u0000\n`);
      expect(expectStatus(await preview(nul), 400).body.code).toBe('csv_import.not_text');
      const tooMany = `${HEADER}\n${`${monthsAgo(2)},1,USD,cloud\n`.repeat(10_001)}`;
      const refused = expectStatus(await commit(tooMany), 413);
      expect(refused.body).toMatchObject({
        code: 'csv_import.too_many_lines',
        details: { maxLines: 10_000 },
      });
      const million = `${HEADER}\n${'\n'.repeat(999_999)}`;
      expect(expectStatus(await commit(million), 413).body.code).toBe('csv_import.too_many_lines');
      const huge = `${HEADER}\n${'x'.repeat(1_100_000)}\n`;
      expect(expectStatus(await commit(huge), 413).body.code).toBe('http.payload_too_large');
      expect(await revenueRows(contoso.id)).toEqual(before);
    });

    it('checks exactly 10,000 lines, and writes thousands in one import', async () => {
      const line = (index: number) =>
        `${monthsAgo(30 + Math.floor(index / 4))},${index},USD,${index % 2 ? 'cloud' : 'perpetual_software'},${index % 4 < 2 ? 'indirect_reseller' : 'direct_bill'}`;
      const lines = (count: number) =>
        Array.from({ length: count }, (_, index) => line(index)).join('\n');
      const full = expectStatus(await preview(`${HEADER},channel\n${lines(10_000)}\n`), 200);
      expect(full.body.lineCount).toBe(10_000);
      const done = expectStatus(await commit(`${HEADER},channel\n${lines(4_000)}\n`), 201);
      expect(done.body).toMatchObject({ inserted: 4_000, lineCount: 4_000, replaced: 0 });
    });

    it('refuses a JSON body: the file is sent as text/csv', async () => {
      const refused = expectStatus(
        await request(t.server)
          .post(`/api/partners/${contoso.id}/revenue-imports`)
          .set('authorization', `Bearer ${tokens['contoso-admin']}`)
          .send({ csv: HEADER }),
        415,
      );
      expect(refused.body.code).toBe('csv_import.not_csv');
    });

    it('lets a reviewer import on the partner’s behalf, never another tenant or a partner user', async () => {
      const csv = `${HEADER}\n${monthsAgo(8)},1000,USD,cloud\n`;
      expectStatus(await preview(csv, 'reviewer'), 200);
      expectStatus(await commit(csv, 'reviewer'), 201);
      expect(expectStatus(await commit(csv, 'contoso-user'), 403).body.code).toBe(
        'partner.global_admin_required',
      );
      expect(expectStatus(await commit(csv, 'fabrikam-admin'), 404).body.code).toBe(
        'partner.not_found',
      );
      expectStatus(await preview(csv, 'fabrikam-admin', fabrikam), 200);
      const [record] = await db<{ actor_kind: string }>(
        "SELECT actor_kind FROM csv_imports WHERE kind = 'revenue' ORDER BY created_at DESC LIMIT 1",
      );
      expect(record).toEqual({ actor_kind: 'reviewer' });
    });

    it('allows a non-USD month entered by hand once its rate exists', async () => {
      const body = {
        partnerId: contoso.id,
        month: monthsAgo(9),
        amount: '100.00',
        currency: 'SEK',
        channel: 'indirect_reseller',
        productKind: 'cloud',
      };
      const post = () =>
        request(t.server)
          .post('/api/revenue-records')
          .set('authorization', `Bearer ${tokens['contoso-admin']}`)
          .send(body);
      expect(expectStatus(await post(), 400).body.code).toBe('revenue.no_rate');
      expectStatus(
        await upload(
          '/api/fx-rates/imports',
          `month,currency,usd_per_unit\n${monthsAgo(9)},SEK,0.1\n`,
          'program-admin',
        ),
        201,
      );
      expectStatus(await post(), 201);
    });
  });

  describe('the reviewer’s revenue window', () => {
    it('shows the trailing 12 months in USD, with the rate used and perpetual software excluded', async () => {
      const partner = await createPartner(t, {
        tenantId: '0d2c3a9e-2f43-4a77-9a51-6c1f0e3b8d10',
        legalName: 'Window AB',
      });
      const csv = `${HEADER}\n${monthsAgo(2)},1000,USD,cloud\n${monthsAgo(2)},100000,SEK,cloud\n${monthsAgo(3)},5000,USD,perpetual_software\n${monthsAgo(14)},9999,USD,cloud\n`;
      expectStatus(
        await upload(`/api/partners/${partner.id}/revenue-imports`, csv, 'reviewer'),
        201,
      );
      const response = expectStatus(
        await request(t.server)
          .get(`/api/partners/${partner.id}/revenue-window`)
          .set('authorization', `Bearer ${tokens['reviewer']}`),
        200,
      );
      const window = response.body as {
        months: { month: string }[];
        [key: string]: unknown;
      };
      expect(window).toMatchObject({
        first: monthsAgo(12),
        last: monthsAgo(1),
        totalUsd: '10500.00',
        usesDemoRates: false,
      });
      expect(window.months).toHaveLength(12);
      const month2 = window.months.find((m) => m.month === monthsAgo(2));
      expect(month2).toEqual({
        month: monthsAgo(2),
        usd: '10500.00',
        figures: [
          {
            currency: 'SEK',
            amount: '100000.00',
            usd: '9500.00',
            rate: {
              month: monthsAgo(2),
              usdPerUnit: '0.0950',
              source: 'ECB monthly average',
              demo: false,
            },
          },
          { currency: 'USD', amount: '1000.00', usd: '1000.00' },
        ],
        excluded: [],
      });
      const month3 = window.months.find((m) => m.month === monthsAgo(3));
      expect(month3).toEqual({
        month: monthsAgo(3),
        usd: '0.00',
        figures: [],
        excluded: [
          {
            currency: 'USD',
            amount: '5000.00',
            productKind: 'perpetual_software',
            channel: 'indirect_reseller',
            reason: 'perpetual_software',
          },
        ],
      });
      expect(window.excluded).toMatchObject({ outsideWindow: 1, perpetualSoftware: 1 });
    });

    it('measures an application from its submission, and hides other tenants’ windows', async () => {
      const enrollment = await createEnrollment(t, contoso, {
        program: 'direct_bill',
        state: 'submitted',
      });
      const response = expectStatus(
        await request(t.server)
          .get(`/api/enrollments/${enrollment.id}/revenue-window`)
          .set('authorization', `Bearer ${tokens['reviewer']}`),
        200,
      );
      expect(response.body).toMatchObject({ enrollmentId: enrollment.id, partnerId: contoso.id });
      expectStatus(
        await request(t.server)
          .get(`/api/enrollments/${enrollment.id}/revenue-window`)
          .set('authorization', `Bearer ${tokens['fabrikam-admin']}`),
        404,
      );
      expectStatus(
        await request(t.server)
          .get(`/api/partners/${contoso.id}/revenue-window?on=2021-02-30`)
          .set('authorization', `Bearer ${tokens['reviewer']}`),
        400,
      );
    });
  });
});
