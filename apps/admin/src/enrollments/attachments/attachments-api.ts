// Files with an application (issue 8 items 5 and 6): the upload sends the file itself as the
// body (the API sniffs its bytes), and a command (answer-information, checks) names the ids.
import { fetchBlobWithToken } from '../../authProvider';
import { httpClient } from '../../api/httpClient';
import type { AttachmentResponse } from '../../api/responses';

export type AttachmentPurpose = AttachmentResponse['purpose'];
export type AttachmentCheck = NonNullable<AttachmentResponse['check']>;

/** The limit the API enforces too; checked here first so that nobody waits for a refusal. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const ACCEPTED_FILES = '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';

const attachmentsUrl = (enrollmentId: string) =>
  `/api/enrollments/${encodeURIComponent(enrollmentId)}/attachments`;

/** What the browser says the file is, if it is one of ours; the API decides from the bytes. */
const declaredType = (file: File): string =>
  ['application/pdf', 'image/png', 'image/jpeg'].includes(file.type)
    ? file.type
    : 'application/octet-stream';

export async function uploadAttachment(
  enrollmentId: string,
  file: File,
  purpose: AttachmentPurpose,
  check?: AttachmentCheck,
): Promise<AttachmentResponse> {
  const query = new URLSearchParams({ name: file.name, purpose, ...(check ? { check } : {}) });
  const { json } = (await httpClient(`${attachmentsUrl(enrollmentId)}?${query.toString()}`, {
    method: 'POST',
    // fetch sends a File as it is; fetchJson's options type says string only.
    body: file as unknown as string,
    headers: new Headers({ 'Content-Type': declaredType(file) }),
  })) as { json: unknown };
  return json as AttachmentResponse;
}

export async function listAttachments(enrollmentId: string): Promise<AttachmentResponse[]> {
  const { json } = (await httpClient(attachmentsUrl(enrollmentId))) as { json: unknown };
  return json as AttachmentResponse[];
}

/** Fetches the bytes with the bearer token and hands them to the browser as a download. */
export async function downloadAttachment(attachment: {
  readonly id: string;
  readonly fileName: string;
  readonly enrollmentId: string;
}): Promise<void> {
  const blob = await fetchBlobWithToken(
    `${attachmentsUrl(attachment.enrollmentId)}/${encodeURIComponent(attachment.id)}/content`,
  );
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = attachment.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
