import simpleRestProvider from 'ra-data-simple-rest';
import type {
  CreateParams,
  DataProvider,
  GetManyReferenceParams,
  GetOneParams,
  GetListParams,
  GetListResult,
  UpdateParams,
} from 'react-admin';
import { listAttachments } from '../enrollments/attachments/attachments-api';
import { providerMethods, type ProviderMethods } from '../providers/providers-api';
import type { LocationChecklistResponse } from '@hub/web';
import { CursorBook, viewOf } from './cursors';
import { httpClient } from './httpClient';
import type {
  CreditCheck,
  CsvImportResult,
  CsvPreviewResponse,
  EnrollmentResponse,
  MessageTemplate,
  NoteResponse,
  RevenueWindowResponse,
  BulkAction,
  BulkResult,
  TabCount,
  TimelineEntry,
} from './responses';
import { toCommandPath } from './responses';
import { toWritableBody } from './writable';

const apiUrl = '/api';
const base = simpleRestProvider(apiUrl, httpClient);

/** The next-page cursors of the lists read in this tab (deep pages by keyset). */
const cursors = new CursorBook();

/** `meta` a caller may give create, update and delete: the key of the user action. */
export type WriteMeta = { idempotencyKey?: string };

const keyOf = (meta: unknown): string | undefined =>
  (meta as WriteMeta | undefined)?.idempotencyKey;

const enrollmentUrl = (id: string) => `${apiUrl}/enrollments/${encodeURIComponent(id)}`;

/**
 * What a list answer says beside its rows (`meta` of react-admin's list context): whether its total
 * is the API's estimate (`X-Total-Estimated: true`), and the keyset cursor of the next page.
 */
export type ListMeta = { totalEstimated: boolean; nextCursor?: string };

/** The pseudo-resource of the queue's tab counts: `useGetList(TAB_COUNTS, { filter })`. */
export const TAB_COUNTS = 'enrollment-tab-counts';

/** The enrollment commands and reads that are not plain REST (see ../enrollments). */
export type HubDataProvider = DataProvider &
  ProviderMethods & {
    /** `POST /api/enrollments/:id/<command>` with `If-Match`, answering the enrollment as it is now. */
    command(
      resource: 'enrollments',
      id: string,
      command: string,
      body: object,
      version: number,
      idempotencyKey?: string,
    ): Promise<{ data: EnrollmentResponse }>;
    recordCheck(
      id: string,
      body: { check: string; status: 'passed' | 'failed'; note?: string; attachmentIds?: string[] },
      version: number,
      idempotencyKey?: string,
    ): Promise<{ data: EnrollmentResponse }>;
    timeline(id: string): Promise<{ data: TimelineEntry[] }>;
    notes(id: string): Promise<{ data: NoteResponse[] }>;
    /** The credit checks of an application as evidence, newest first (staff). */
    creditChecks(id: string): Promise<{ data: CreditCheck[] }>;
    /** The e-mail a reason's template gives, filled in, in the partner's language (staff). */
    messageTemplate(
      id: string,
      command: 'request_information' | 'reject',
      reason: string,
    ): Promise<{ data: MessageTemplate }>;
    addNote(id: string, body: string, idempotencyKey?: string): Promise<{ data: NoteResponse }>;
    /** A CSV file to an import's `…/preview` (nothing written) or the import itself (all or nothing). */
    previewCsv(path: string, file: Blob): Promise<{ data: CsvPreviewResponse }>;
    importCsv(path: string, file: Blob, idempotencyKey: string): Promise<{ data: CsvImportResult }>;
    /** `GET /api/partners/:id/revenue-window` or `/api/enrollments/:id/revenue-window`. */
    revenueWindow(
      of: 'partners' | 'enrollments',
      id: string,
    ): Promise<{ data: RevenueWindowResponse }>;
    /** `POST /api/enrollments/bulk`: row by row results, never all or nothing. */
    bulk(body: BulkAction, idempotencyKey?: string): Promise<{ data: BulkResult }>;
    /** `POST /api/locations/checklist`: the domain's checklist for a location form (no write). */
    locationChecklist(body: object): Promise<{ data: LocationChecklistResponse }>;
  };

/**
 * Reads that belong to one enrollment, as react-admin "references" so they are cached and
 * refreshed with everything else: `useGetManyReference('enrollment-timeline', { target:
 * 'enrollmentId', id })`, `'enrollment-notes'` and `'enrollment-attachments'`.
 */
const nestedLists: Record<string, (id: string) => Promise<{ data: { id: string }[] }>> = {
  'enrollment-timeline': (id) => provider.timeline(id),
  'enrollment-notes': (id) => provider.notes(id),
  'enrollment-credit-checks': (id) => provider.creditChecks(id),
  'provider-timeline': (id) => provider.providerTimeline(id),
  'enrollment-attachments': async (id) => ({ data: await listAttachments(id) }),
};

/** The JSON body of an answer (fetchJson types it `any`). */
const readJson = async (
  url: string,
  options?: Parameters<typeof httpClient>[1],
): Promise<unknown> => ((await httpClient(url, options)) as { json: unknown }).json;

const postJson = async <T>(
  url: string,
  body: object,
  options: { version?: number; idempotencyKey?: string },
) => {
  const json = await readJson(url, {
    method: 'POST',
    body: JSON.stringify(body),
    ...options,
  });
  return { data: json as T };
};

/** The file itself as the body: the API reads its bytes (never a JSON wrapper). */
const csvRequest = (file: Blob) => ({
  method: 'POST',
  // fetch sends a Blob as it is; fetchJson's options type says string only.
  body: file as unknown as string,
  headers: new Headers({ 'Content-Type': 'text/csv' }),
});

/**
 * The API's react-admin simple REST dialect (`sort`, `range`, `filter`, Content-Range) for lists,
 * reads and deletes; create and update add the action's Idempotency-Key and the record's version,
 * and send only the fields a client may write.
 */
export const provider: HubDataProvider = {
  ...base,
  ...providerMethods,

  async getList(resource: string, params: GetListParams): Promise<GetListResult> {
    const filter = (params.filter ?? {}) as Record<string, unknown>;
    if (resource === TAB_COUNTS) {
      // The counts ignore the tab itself: every tab is counted under the rest of the filter.
      const rest = Object.fromEntries(Object.entries(filter).filter(([key]) => key !== 'tab'));
      const json = (await readJson(
        `${apiUrl}/enrollments/tab-counts?${new URLSearchParams({ filter: JSON.stringify(rest) })}`,
        { signal: params.signal },
      )) as TabCount[];
      const data = json.map((each) => ({ ...each, id: each.tab }));
      return { data, total: data.length };
    }
    const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
    const { field, order } = params.sort ?? { field: 'id', order: 'ASC' };
    const start = (page - 1) * perPage;
    const end = page * perPage - 1;
    const sort = JSON.stringify([field, order]);
    const view = viewOf(resource, sort, JSON.stringify(filter));
    const after = cursors.find(view, start);
    const query = new URLSearchParams({
      sort,
      range: JSON.stringify([start, end]),
      filter: JSON.stringify(after === undefined ? filter : { ...filter, after }),
    });
    const { headers, json } = (await httpClient(`${apiUrl}/${resource}?${query}`, {
      signal: params.signal,
    })) as { headers: Headers; json: unknown };
    const range = headers.get('content-range');
    if (!range) {
      throw new Error(`The list of ${resource} came without a Content-Range header.`);
    }
    const total = Number.parseInt(range.split('/').pop() ?? '', 10);
    const nextCursor = headers.get('x-next-cursor') ?? undefined;
    if (nextCursor) {
      cursors.remember(view, end + 1, nextCursor);
    }
    const meta: ListMeta = {
      totalEstimated: headers.get('x-total-estimated') === 'true',
      ...(nextCursor ? { nextCursor } : {}),
    };
    // react-admin's generic record type cannot be named here; the API answers the records.
    return { data: json as never[], total: Number.isNaN(total) ? 0 : total, meta };
  },

  async getManyReference(resource: string, params: GetManyReferenceParams) {
    const nested = nestedLists[resource];
    if (!nested) {
      return base.getManyReference(resource, params);
    }
    const { data } = await nested(String(params.id));
    // The nested lists are records with ids; react-admin's generic record type cannot say so.
    return { data: data as never[], total: data.length };
  },

  async getOne(resource: string, params: GetOneParams) {
    // `useGetOne('partners-revenue-window', { id })`: the window of a partner or an application.
    const windowOf = {
      'partners-revenue-window': 'partners',
      'enrollments-revenue-window': 'enrollments',
    } as const;
    const of = windowOf[resource as keyof typeof windowOf];
    if (of) {
      const { data } = await provider.revenueWindow(of, String(params.id));
      return { data: { ...data, id: String(params.id) } as never };
    }
    return base.getOne(resource, params);
  },

  async create(resource: string, params: CreateParams) {
    const json = await readJson(`${apiUrl}/${resource}`, {
      method: 'POST',
      body: JSON.stringify(toWritableBody(resource, params.data as Record<string, unknown>)),
      idempotencyKey: keyOf(params.meta),
    });
    // react-admin's generic record type cannot be named here; the API answers the record.
    return { data: json as never };
  },

  async update(resource: string, params: UpdateParams) {
    const previous = params.previousData as { version?: unknown } | undefined;
    const version = typeof previous?.version === 'number' ? previous.version : undefined;
    const json = await readJson(`${apiUrl}/${resource}/${encodeURIComponent(String(params.id))}`, {
      method: 'PUT',
      body: JSON.stringify(toWritableBody(resource, params.data as Record<string, unknown>)),
      version,
      idempotencyKey: keyOf(params.meta),
    });
    // react-admin's generic record type cannot be named here; the API answers the record.
    return { data: json as never };
  },

  command(_resource, id, command, body, version, idempotencyKey) {
    return postJson<EnrollmentResponse>(`${enrollmentUrl(id)}/${toCommandPath(command)}`, body, {
      version,
      idempotencyKey,
    });
  },

  recordCheck(id, body, version, idempotencyKey) {
    return postJson<EnrollmentResponse>(`${enrollmentUrl(id)}/checks`, body, {
      version,
      idempotencyKey,
    });
  },

  async timeline(id) {
    const json = await readJson(`${enrollmentUrl(id)}/timeline`);
    return { data: json as TimelineEntry[] };
  },

  async notes(id) {
    const json = await readJson(`${enrollmentUrl(id)}/notes`);
    return { data: json as NoteResponse[] };
  },

  async creditChecks(id) {
    const json = await readJson(`${enrollmentUrl(id)}/credit-checks`);
    return { data: json as CreditCheck[] };
  },

  async messageTemplate(id, command, reason) {
    const query = new URLSearchParams({ command, reason });
    const json = await readJson(`${enrollmentUrl(id)}/message-templates?${query.toString()}`);
    return { data: json as MessageTemplate };
  },

  addNote(id, body, idempotencyKey) {
    return postJson<NoteResponse>(`${enrollmentUrl(id)}/notes`, { body }, { idempotencyKey });
  },

  async previewCsv(path, file) {
    const json = await readJson(`${apiUrl}/${path}/preview`, csvRequest(file));
    return { data: json as CsvPreviewResponse };
  },

  async importCsv(path, file, idempotencyKey) {
    const json = await readJson(`${apiUrl}/${path}`, { ...csvRequest(file), idempotencyKey });
    return { data: json as CsvImportResult };
  },

  async revenueWindow(of, id) {
    const json = await readJson(`${apiUrl}/${of}/${encodeURIComponent(id)}/revenue-window`);
    return { data: json as RevenueWindowResponse };
  },

  bulk(body, idempotencyKey) {
    return postJson<BulkResult>(`${apiUrl}/enrollments/bulk`, body, { idempotencyKey });
  },

  locationChecklist(body) {
    return postJson<LocationChecklistResponse>(`${apiUrl}/locations/checklist`, body, {});
  },
};

export const dataProvider = provider;
