import { describe, expect, it } from '@jest/globals';
import { contentRange, MAX_PAGE_SIZE, parseListQuery } from './simple-rest.js';

const options = {
  sortable: ['name', 'age'] as const,
  defaultSort: 'name' as const,
  filterable: ['q'],
};

describe('parseListQuery', () => {
  it('defaults to the first 25 rows sorted ascending', () => {
    expect(parseListQuery({}, options)).toEqual({
      sort: { field: 'name', order: 'ASC' },
      range: { start: 0, end: 24 },
      filter: {},
    });
  });

  it('reads sort, range and filter', () => {
    expect(
      parseListQuery({ sort: '["age","DESC"]', range: '[10,19]', filter: '{"q":"x"}' }, options),
    ).toEqual({
      sort: { field: 'age', order: 'DESC' },
      range: { start: 10, end: 19 },
      filter: { q: 'x' },
    });
  });

  it.each([
    [{ sort: '["name"]' }, /sort must be/],
    [{ sort: '["name","UP"]' }, /ASC or DESC/],
    [{ range: '[0]' }, /range must be/],
    [{ range: '[0,1.5]' }, /range must be/],
    [{ range: `[0,${MAX_PAGE_SIZE}]` }, /at most/],
    [{ filter: 'null' }, /filter must be a JSON object/],
    [{ filter: '{"other":1}' }, /filter keys must be among: q \(got other\)/],
    [{ range: '{' }, /range is not valid JSON/],
  ])('refuses %j', (raw, message) => {
    expect(() => parseListQuery(raw, options)).toThrow(message);
  });
});

describe('contentRange', () => {
  it('gives the inclusive range and the total', () => {
    expect(contentRange('markets', 0, 25, 246)).toBe('markets 0-24/246');
    expect(contentRange('markets', 240, 6, 246)).toBe('markets 240-245/246');
  });

  it('gives the unsatisfied form for an empty page', () => {
    expect(contentRange('markets', 0, 0, 0)).toBe('markets */0');
  });
});
