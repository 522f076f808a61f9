import { BadRequestException } from '@nestjs/common';

/**
 * react-admin's simple REST dialect (ra-data-simple-rest): `sort=["field","ASC"]`,
 * `range=[0,24]` (inclusive), `filter={"field":value}`; the answer carries
 * `Content-Range: <resource> <start>-<end>/<total>`.
 */
export type ListQuery<F extends string> = {
  readonly sort: { readonly field: F; readonly order: 'ASC' | 'DESC' };
  readonly range: { readonly start: number; readonly end: number };
  readonly filter: Readonly<Record<string, unknown>>;
};

export type RawListQuery = { sort?: string; range?: string; filter?: string };

export const MAX_PAGE_SIZE = 500;

export function parseListQuery<F extends string>(
  raw: RawListQuery,
  options: {
    readonly sortable: readonly F[];
    readonly defaultSort: F;
    readonly filterable: readonly string[];
  },
): ListQuery<F> {
  const sortValue = parseJson(raw.sort, 'sort') ?? [options.defaultSort, 'ASC'];
  if (!Array.isArray(sortValue) || sortValue.length !== 2) {
    throw new BadRequestException('sort must be ["field","ASC"|"DESC"].');
  }
  const [field, order] = sortValue as unknown[];
  if (!options.sortable.includes(field as F)) {
    throw new BadRequestException(`sort field must be one of: ${options.sortable.join(', ')}.`);
  }
  if (order !== 'ASC' && order !== 'DESC') {
    throw new BadRequestException('sort order must be ASC or DESC.');
  }

  const rangeValue = parseJson(raw.range, 'range') ?? [0, 24];
  if (
    !Array.isArray(rangeValue) ||
    rangeValue.length !== 2 ||
    !rangeValue.every((n) => Number.isSafeInteger(n) && (n as number) >= 0) ||
    (rangeValue[0] as number) > (rangeValue[1] as number)
  ) {
    throw new BadRequestException('range must be [start,end] with 0 <= start <= end.');
  }
  const [start, end] = rangeValue as [number, number];
  if (end - start + 1 > MAX_PAGE_SIZE) {
    throw new BadRequestException(`range may cover at most ${MAX_PAGE_SIZE} rows.`);
  }

  const parsedFilter = parseJson(raw.filter, 'filter');
  const filterValue = parsedFilter === undefined ? {} : parsedFilter;
  if (typeof filterValue !== 'object' || filterValue === null || Array.isArray(filterValue)) {
    throw new BadRequestException('filter must be a JSON object.');
  }
  const unknown = Object.keys(filterValue).filter((key) => !options.filterable.includes(key));
  if (unknown.length > 0) {
    throw new BadRequestException(
      `filter keys must be among: ${options.filterable.join(', ')} (got ${unknown.join(', ')}).`,
    );
  }
  return {
    sort: { field: field as F, order },
    range: { start, end },
    filter: filterValue as Record<string, unknown>,
  };
}

// `markets 0-24/246`; an empty page is `markets */246` (RFC 9110 unsatisfied-range form).
export function contentRange(
  resource: string,
  start: number,
  count: number,
  total: number,
): string {
  return count === 0
    ? `${resource} */${total}`
    : `${resource} ${start}-${start + count - 1}/${total}`;
}

function parseJson(value: string | undefined, name: string): unknown {
  if (value === undefined || value === '') {
    return undefined;
  }
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw new BadRequestException(`${name} is not valid JSON.`);
  }
}
