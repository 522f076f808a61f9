// The provider routes that are not plain REST: the distributor's draft and commands on its own
// listing (`mine`), the reviewers' commands on a provider, and its audit trail. Each command
// sends If-Match (the provider's version) and the user action's Idempotency-Key, like the
// enrollment commands; the answer is the provider as it is now.
import type { ProviderResponse, ProviderTimelineEntryResponse } from '@hub/web';
import { httpClient } from '../api/httpClient';

const providerUrl = (id: string) => `/api/providers/${encodeURIComponent(id)}`;

/** A provider command as the URL says it: `approve`, `confirm-freshness`, `authorized`, ... */
export type ProviderCommand =
  | 'submit'
  | 'withdraw'
  | 'confirm-freshness'
  | 'approve'
  | 'reject'
  | 'suspend'
  | 'reinstate'
  | 'authorized';

export type ProviderMethods = {
  /** `PUT /api/providers/mine/draft`: saves the distributor's draft (opens one if none). */
  saveListingDraft(
    body: object,
    version: number,
    idempotencyKey: string,
  ): Promise<{ data: ProviderResponse }>;
  /** `POST /api/providers/:id/<command>` (`mine` for the distributor's own). */
  providerCommand(
    id: string,
    command: ProviderCommand,
    body: object,
    version: number,
    idempotencyKey: string,
  ): Promise<{ data: ProviderResponse }>;
  /** `GET /api/providers/:id/timeline`, oldest first. */
  providerTimeline(id: string): Promise<{ data: ProviderTimelineEntryResponse[] }>;
};

const send = async (
  url: string,
  method: 'PUT' | 'POST',
  body: object,
  version: number,
  idempotencyKey: string,
) => {
  const { json } = (await httpClient(url, {
    method,
    body: JSON.stringify(body),
    version,
    idempotencyKey,
  })) as { json: unknown };
  return { data: json as ProviderResponse };
};

export const providerMethods: ProviderMethods = {
  saveListingDraft: (body, version, idempotencyKey) =>
    send(`${providerUrl('mine')}/draft`, 'PUT', body, version, idempotencyKey),
  providerCommand: (id, command, body, version, idempotencyKey) =>
    send(`${providerUrl(id)}/${command}`, 'POST', body, version, idempotencyKey),
  async providerTimeline(id) {
    const { json } = (await httpClient(`${providerUrl(id)}/timeline`)) as { json: unknown };
    return { data: json as ProviderTimelineEntryResponse[] };
  },
};
