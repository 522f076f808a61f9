// Files that travel with an application (issue 8 items 5 and 6): the partner's answer to a
// request for information, and the evidence a reviewer keeps with a verification check. PDF,
// PNG and JPEG only, up to 10 MB each. The type is the one the bytes show (the API sniffs them);
// a name or a declared Content-Type that says otherwise is refused as a lie, not corrected.
import type { ActorKind } from '../identity/actor.js';
import type { EnrollmentState } from '../enrollment/enrollment-table.js';
import { refuse, type Refusal } from '../refusal.js';
import { err, ok, type Result } from '../result.js';

export type AttachmentMediaType = 'application/pdf' | 'image/png' | 'image/jpeg';
export const attachmentMediaTypes: readonly AttachmentMediaType[] = [
  'application/pdf',
  'image/png',
  'image/jpeg',
];

/** 10 MB, the limit for each file. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Files one answer or one check may carry. */
export const MAX_ATTACHMENTS_PER_COMMAND = 10;
export const MAX_ATTACHMENT_NAME_LENGTH = 200;

/** `answer`: the partner's, sent with answer_information. `evidence`: a reviewer's, with a check. */
export type AttachmentPurpose = 'answer' | 'evidence';
export const attachmentPurposes: readonly AttachmentPurpose[] = ['answer', 'evidence'];

const extensionsOf: Readonly<Record<AttachmentMediaType, readonly string[]>> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg', 'jpe'],
};

export type AttachmentRefusal = Refusal<
  | 'attachment.invalid_name'
  | 'attachment.empty'
  | 'attachment.too_large'
  | 'attachment.type_not_allowed'
  | 'attachment.type_mismatch'
>;

export type AttachmentUpload = {
  /** The name the uploader gave (the API's `name` query parameter). */
  readonly fileName: unknown;
  /** The request's Content-Type, if any. `application/octet-stream` claims nothing. */
  readonly declaredType?: string | undefined;
  /** What the bytes are, as a sniffer found (undefined: nothing it knows). */
  readonly sniffedType?: string | undefined;
  readonly size: number;
};

export type AcceptedAttachment = {
  readonly fileName: string;
  readonly mediaType: AttachmentMediaType;
  readonly size: number;
};

// Control characters and path separators have no place in a file name that is shown and sent
// back in Content-Disposition.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_IN_NAME = /[\u0000-\u001f\u007f/\\]/;

const isAllowed = (type: string | undefined): type is AttachmentMediaType =>
  (attachmentMediaTypes as readonly (string | undefined)[]).includes(type);

/** The media type without parameters, lower case (`Image/PNG; x=y` is `image/png`). */
const bareType = (type: string): string => type.split(';')[0]!.trim().toLowerCase();

/**
 * Whether an upload may be stored: a usable name, not empty, at most 10 MB, bytes that are a
 * PDF, PNG or JPEG, and neither the declared type nor the name's extension saying otherwise.
 */
export function checkAttachment(
  upload: AttachmentUpload,
): Result<AcceptedAttachment, AttachmentRefusal> {
  const { fileName, declaredType, sniffedType, size } = upload;
  const name = typeof fileName === 'string' ? fileName.trim() : '';
  if (
    name === '' ||
    name.length > MAX_ATTACHMENT_NAME_LENGTH ||
    FORBIDDEN_IN_NAME.test(name) ||
    name === '.' ||
    name === '..'
  ) {
    return err(refuse('attachment.invalid_name', { max: MAX_ATTACHMENT_NAME_LENGTH }));
  }
  if (size <= 0) {
    return err(refuse('attachment.empty'));
  }
  if (size > MAX_ATTACHMENT_BYTES) {
    return err(
      refuse('attachment.too_large', { maxMegabytes: MAX_ATTACHMENT_BYTES / 1024 / 1024 }),
    );
  }
  if (!isAllowed(sniffedType)) {
    return err(refuse('attachment.type_not_allowed', { detected: sniffedType ?? 'unknown' }));
  }
  const declared = declaredType === undefined ? '' : bareType(declaredType);
  if (declared !== '' && declared !== 'application/octet-stream' && declared !== sniffedType) {
    return err(refuse('attachment.type_mismatch', { claimed: declared, detected: sniffedType }));
  }
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (extension !== '' && !extensionsOf[sniffedType].includes(extension)) {
    return err(
      refuse('attachment.type_mismatch', { claimed: `.${extension}`, detected: sniffedType }),
    );
  }
  return ok({ fileName: name, mediaType: sniffedType, size });
}

export type AttachmentSlotRefusal = Refusal<'attachment.not_open' | 'attachment.actor_not_allowed'>;

const staff: readonly ActorKind[] = ['reviewer', 'program_admin'];

/**
 * Who may add a file of a purpose, and when: the partner's global admin while the reviewer's
 * request for information is open (the answer carries it); a reviewer or program admin while the
 * checks are recorded (submitted or in review, like record_check).
 */
export function mayAttach(input: {
  readonly purpose: AttachmentPurpose;
  readonly state: EnrollmentState;
  readonly actorKind: ActorKind;
}): Result<true, AttachmentSlotRefusal> {
  const { purpose, state, actorKind } = input;
  const allowed: readonly ActorKind[] = purpose === 'answer' ? ['partner_global_admin'] : staff;
  if (!allowed.includes(actorKind)) {
    return err(refuse('attachment.actor_not_allowed', { purpose, allowed: allowed.join(', ') }));
  }
  const open =
    purpose === 'answer'
      ? state === 'info_requested'
      : state === 'submitted' || state === 'in_review';
  return open ? ok(true) : err(refuse('attachment.not_open', { purpose, state }));
}
