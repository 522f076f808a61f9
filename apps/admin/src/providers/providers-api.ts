// The provider routes that are not plain REST: the distributor's draft and commands on its own
// listing (`mine`), the reviewers' commands on a provider, and its audit trail. Each command
// sends If-Match (the provider's version) and the user action's Idempotency-Key, like the
// enrollment commands; the answer is the provider as it is now.
import type { LogoResponse, ProviderResponse, ProviderTimelineEntryResponse } from '@hub/web';
import { httpClient } from '../api/httpClient';
import { fetchBlobWithToken } from '../authProvider';

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
  /** `POST /api/providers/mine/logos`: the image file itself as the body; the API sniffs it. */
  uploadLogo(file: Blob): Promise<{ data: LogoResponse }>;
  /**
   * A logo as a `data:` URL for an <img> (the routes need the bearer token, and the console's
   * CSP allows `data:` images): `mine`'s own logos, or any provider's for reviewers.
   */
  logoDataUrl(providerId: string, logoId: string): Promise<string>;
};

/** A file's own type when it says it is an image; else untyped (the API decides by the bytes). */
const uploadType = (file: Blob): string =>
  file.type.startsWith('image/') ? file.type : 'application/octet-stream';

const toDataUrl = (blob: Blob): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    // readAsDataURL gives a string (an ArrayBuffer only for readAsArrayBuffer).
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('The image could not be read.'));
    reader.readAsDataURL(blob);
  });

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
  async uploadLogo(file) {
    const { json } = (await httpClient(`${providerUrl('mine')}/logos`, {
      method: 'POST',
      // fetch sends a Blob as it is; fetchJson's options type says string only.
      body: file as unknown as string,
      headers: new Headers({ 'Content-Type': uploadType(file) }),
    })) as { json: unknown };
    return { data: json as LogoResponse };
  },
  async logoDataUrl(providerId, logoId) {
    return toDataUrl(
      await fetchBlobWithToken(`${providerUrl(providerId)}/logos/${encodeURIComponent(logoId)}`),
    );
  },
};
