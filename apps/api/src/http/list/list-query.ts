import { DomainError } from '../domain-error.js';

/**
 * react-admin's simple REST dialect (ra-data-simple-rest): `sort=["field","ASC"]`,
 * `range=[0,24]` (inclusive), `filter={"field":value}`. One spec per resource says which fields
 * sort and how each filter key is typed; the parsed filter is typed from that spec. `id` always
 * sorts (the stock client's default is `["id","ASC"]`).
 */
export type FilterKind = 'string' | 'strings' | 'boolean' | readonly string[];

type FilterValue<K extends FilterKind> = K extends 'string'
  ? string
  : K extends 'strings'
    ? readonly string[]
    : K extends 'boolean'
      ? boolean
      : K extends readonly (infer E)[]
        ? readonly E[]
        : never;

export type FilterSchema = Readonly<Record<string, FilterKind>>;
export type ParsedFilter<S extends FilterSchema> = { readonly [K in keyof S]?: FilterValue<S[K]> };

export type ListSpec<Sort extends string, S extends FilterSchema> = {
  /** The resource name in Content-Range, e.g. `enrollments`. */
  readonly resource: string;
  readonly sortable: readonly Sort[];
  readonly defaultSort: readonly [Sort | 'id', 'ASC' | 'DESC'];
  readonly filters: S;
};

export type ListQuery<Sort extends string, S extends FilterSchema> = {
  readonly sort: { readonly field: Sort | 'id'; readonly order: 'ASC' | 'DESC' };
  readonly range: { readonly start: number; readonly end: number };
  readonly filter: ParsedFilter<S>;
};

export type RawListQuery = { sort?: string; range?: string; filter?: string };

export const MAX_PAGE_SIZE = 500;
export const DEFAULT_RANGE = [0, 24] as const;

const invalid = (reason: string): DomainError =>
  new DomainError('http.list_query_invalid', { reason });

export function parseListQuery<Sort extends string, S extends FilterSchema>(
  raw: RawListQuery,
  spec: ListSpec<Sort, S>,
): ListQuery<Sort, S> {
  const sortValue = parseJson(raw.sort, 'sort') ?? spec.defaultSort;
  if (!Array.isArray(sortValue) || sortValue.length !== 2) {
    throw invalid('sort must be ["field","ASC"|"DESC"].');
  }
  const [field, order] = sortValue as unknown[];
  const sortable: readonly string[] = ['id', ...spec.sortable];
  if (typeof field !== 'string' || !sortable.includes(field)) {
    throw invalid(`sort field must be one of: ${sortable.join(', ')}.`);
  }
  if (order !== 'ASC' && order !== 'DESC') {
    throw invalid('sort order must be ASC or DESC.');
  }

  const rangeValue = parseJson(raw.range, 'range') ?? DEFAULT_RANGE;
  if (
    !Array.isArray(rangeValue) ||
    rangeValue.length !== 2 ||
    !rangeValue.every((n) => Number.isSafeInteger(n) && (n as number) >= 0) ||
    (rangeValue[0] as number) > (rangeValue[1] as number)
  ) {
    throw invalid('range must be [start,end] with 0 <= start <= end.');
  }
  const [start, end] = rangeValue as [number, number];
  if (end - start + 1 > MAX_PAGE_SIZE) {
    throw invalid(`range may cover at most ${MAX_PAGE_SIZE} rows.`);
  }

  const filterValue = parseJson(raw.filter, 'filter') ?? {};
  if (typeof filterValue !== 'object' || filterValue === null || Array.isArray(filterValue)) {
    throw invalid('filter must be a JSON object.');
  }
  return {
    sort: { field: field as Sort | 'id', order },
    range: { start, end },
    filter: parseFilter(filterValue as Record<string, unknown>, spec.filters),
  };
}

function parseFilter<S extends FilterSchema>(
  raw: Record<string, unknown>,
  schema: S,
): ParsedFilter<S> {
  const keys = Object.keys(schema);
  const unknown = Object.keys(raw).filter((key) => !keys.includes(key));
  if (unknown.length > 0) {
    throw invalid(`filter keys must be among: ${keys.join(', ')} (got ${unknown.join(', ')}).`);
  }
  const parsed: Record<string, unknown> = {};
  for (const key of keys) {
    const value = raw[key];
    if (value === undefined || value === null || value === '') {
      continue;
    }
    parsed[key] = parseFilterValue(key, value, schema[key]!);
  }
  return parsed as ParsedFilter<S>;
}

function parseFilterValue(key: string, value: unknown, kind: FilterKind): unknown {
  if (kind === 'string') {
    if (typeof value !== 'string' || value.length > 200) {
      throw invalid(`filter.${key} must be a string of at most 200 characters.`);
    }
    return value;
  }
  if (kind === 'boolean') {
    if (typeof value !== 'boolean') {
      throw invalid(`filter.${key} must be true or false.`);
    }
    return value;
  }
  const list: unknown[] = Array.isArray(value) ? value : [value];
  if (list.length > MAX_PAGE_SIZE || !list.every((item) => typeof item === 'string')) {
    throw invalid(`filter.${key} must be a string or a list of strings.`);
  }
  if (kind !== 'strings' && !list.every((item) => kind.includes(item))) {
    throw invalid(`filter.${key} must be among: ${kind.join(', ')}.`);
  }
  return list;
}

function parseJson(value: string | undefined, name: string): unknown {
  if (value === undefined || value === '') {
    return undefined;
  }
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw invalid(`${name} is not valid JSON.`);
  }
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
