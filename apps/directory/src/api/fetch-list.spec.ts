import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { ApiError, fetchAll, pageSize, parseTotal } from './fetch-list';

afterEach(() => {
  jest.restoreAllMocks();
});

/** A stand-in for the API's list route: `total` rows named by index, paged by `range`. */
const serveList = (total: number) => {
  const calls: URL[] = [];
  jest.spyOn(globalThis, 'fetch').mockImplementation((input) => {
    const url = new URL(input instanceof Request ? input.url : input, 'http://localhost');
    calls.push(url);
    const [start = 0, end = 0] = JSON.parse(url.searchParams.get('range') ?? '[]') as number[];
    const rows = Array.from(
      { length: Math.max(0, Math.min(end, total - 1) - start + 1) },
      (_, i) => ({ id: start + i }),
    );
    const headers = { 'content-range': `things ${start}-${start + rows.length - 1}/${total}` };
    return Promise.resolve(Response.json(rows, { headers }));
  });
  return calls;
};

describe('parseTotal', () => {
  it('reads the total of a Content-Range header', () => {
    expect(parseTotal('markets 0-24/246')).toBe(246);
    expect(parseTotal('regions 0-15/16')).toBe(16);
  });

  it('has no total without a header or with an unknown one', () => {
    expect(parseTotal(null)).toBeUndefined();
    expect(parseTotal('markets 0-24/*')).toBeUndefined();
  });
});

describe('fetchAll', () => {
  it('asks in the simple REST dialect', async () => {
    const calls = serveList(3);
    await fetchAll({
      resource: 'markets',
      sort: ['countryName', 'ASC'],
      filter: { region: 'Europe' },
    });
    expect(calls[0]?.pathname).toBe('/api/markets');
    expect(calls[0]?.searchParams.get('sort')).toBe('["countryName","ASC"]');
    expect(calls[0]?.searchParams.get('range')).toBe(`[0,${pageSize - 1}]`);
    expect(calls[0]?.searchParams.get('filter')).toBe('{"region":"Europe"}');
  });

  it('gathers every page of a long list', async () => {
    const calls = serveList(pageSize * 2 + 5);
    const rows = await fetchAll<{ id: number }>({
      resource: 'markets',
      sort: ['countryName', 'ASC'],
    });
    expect(rows).toHaveLength(pageSize * 2 + 5);
    expect(rows.at(-1)).toEqual({ id: pageSize * 2 + 4 });
    expect(calls).toHaveLength(3);
  });

  it('throws the API’s message on an error status', async () => {
    jest
      .spyOn(globalThis, 'fetch')
      .mockResolvedValue(
        Response.json(
          { statusCode: 400, error: 'Bad Request', message: 'filter is malformed' },
          { status: 400 },
        ),
      );
    await expect(fetchAll({ resource: 'markets', sort: ['countryName', 'ASC'] })).rejects.toEqual(
      new ApiError(400, 'filter is malformed'),
    );
  });
});
