// The API's list dialect (react-admin simple REST): `sort`, `range`, `filter` in the query and the
// total in `Content-Range: markets 0-24/246`.

export type ListRequest = {
  resource: string;
  sort: [field: string, order: 'ASC' | 'DESC'];
  filter?: Readonly<Record<string, unknown>>;
  signal?: AbortSignal;
};

/** Rows asked for per request; the whole list arrives in as many pages as needed. */
export const pageSize = 100;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The total after the slash of a Content-Range header, if there is one. */
export function parseTotal(contentRange: string | null): number | undefined {
  const match = /\/(\d+)\s*$/.exec(contentRange ?? '');
  return match ? Number(match[1]) : undefined;
}

/** Every row of a list, page by page. */
export async function fetchAll<T>({
  resource,
  sort,
  filter = {},
  signal,
}: ListRequest): Promise<T[]> {
  const rows: T[] = [];
  for (;;) {
    const query = new URLSearchParams({
      sort: JSON.stringify(sort),
      range: JSON.stringify([rows.length, rows.length + pageSize - 1]),
      filter: JSON.stringify(filter),
    });
    const response = await fetch(`/api/${resource}?${query.toString()}`, {
      headers: { accept: 'application/json' },
      signal,
    });
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { message?: unknown };
      throw new ApiError(
        response.status,
        typeof body.message === 'string' ? body.message : response.statusText,
      );
    }
    const page = (await response.json()) as T[];
    rows.push(...page);
    const total = parseTotal(response.headers.get('content-range'));
    if (page.length === 0 || total === undefined || rows.length >= total) {
      return rows;
    }
  }
}
