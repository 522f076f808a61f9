// Files with an application (issue 8 items 5 and 6), with expectations written out from the issue:
// "PDF, PNG, JPEG up to 10 MB each; the type is sniffed from the bytes, not trusted from the name";
// "an upload that lies about its type or is too big → 4xx and nothing stored".
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { ActorKind } from '../identity/actor.js';
import { enrollmentTables } from '../enrollment/enrollment-table.js';
import {
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENT_NAME_LENGTH,
  attachmentMediaTypes,
  checkAttachment,
  mayAttach,
} from './attachment.js';

const enrollmentStates = [
  ...new Set([
    ...enrollmentTables.direct_bill.states,
    ...enrollmentTables.indirect_reseller.states,
  ]),
];

const pdf = { fileName: 'Bolagsverket extract.pdf', sniffedType: 'application/pdf', size: 52_000 };

describe('checking an uploaded file', () => {
  it('accepts a PDF, PNG or JPEG whose name and declared type agree with its bytes', () => {
    expect(checkAttachment({ ...pdf, declaredType: 'application/pdf' })).toEqual({
      ok: true,
      value: { fileName: 'Bolagsverket extract.pdf', mediaType: 'application/pdf', size: 52_000 },
    });
    expect(
      checkAttachment({
        fileName: 'scan.JPG',
        sniffedType: 'image/jpeg',
        size: 1,
        declaredType: 'image/jpeg',
      }),
    ).toMatchObject({ ok: true, value: { mediaType: 'image/jpeg' } });
    expect(
      checkAttachment({ fileName: '  logo.png ', sniffedType: 'image/png', size: 9 }),
    ).toMatchObject({ ok: true, value: { fileName: 'logo.png' } });
  });

  it('takes the bytes’ type when nothing is claimed: octet-stream, no extension', () => {
    expect(
      checkAttachment({
        fileName: 'scan',
        sniffedType: 'image/png',
        size: 10,
        declaredType: 'application/octet-stream',
      }),
    ).toMatchObject({ ok: true, value: { fileName: 'scan', mediaType: 'image/png' } });
    expect(
      checkAttachment({ ...pdf, declaredType: 'Application/PDF; charset=binary' }),
    ).toMatchObject({ ok: true });
  });

  it('accepts exactly 10 MB and refuses one byte more', () => {
    expect(checkAttachment({ ...pdf, size: MAX_ATTACHMENT_BYTES })).toMatchObject({ ok: true });
    expect(checkAttachment({ ...pdf, size: MAX_ATTACHMENT_BYTES + 1 })).toEqual({
      ok: false,
      error: { code: 'attachment.too_large', details: { maxMegabytes: 10 } },
    });
  });

  it('refuses an empty file', () => {
    expect(checkAttachment({ ...pdf, size: 0 })).toMatchObject({
      ok: false,
      error: { code: 'attachment.empty' },
    });
  });

  it('refuses bytes of any other type, or none it knows, naming what they are', () => {
    expect(
      checkAttachment({ ...pdf, fileName: 'a.exe', sniffedType: 'application/x-msdownload' }),
    ).toEqual({
      ok: false,
      error: {
        code: 'attachment.type_not_allowed',
        details: { detected: 'application/x-msdownload' },
      },
    });
    expect(checkAttachment({ ...pdf, sniffedType: undefined })).toEqual({
      ok: false,
      error: { code: 'attachment.type_not_allowed', details: { detected: 'unknown' } },
    });
  });

  it('refuses a declared type that the bytes contradict', () => {
    expect(checkAttachment({ ...pdf, fileName: 'a', declaredType: 'image/png' })).toEqual({
      ok: false,
      error: {
        code: 'attachment.type_mismatch',
        details: { claimed: 'image/png', detected: 'application/pdf' },
      },
    });
  });

  it('refuses a name whose extension the bytes contradict', () => {
    expect(checkAttachment({ ...pdf, fileName: 'invoice.png' })).toEqual({
      ok: false,
      error: {
        code: 'attachment.type_mismatch',
        details: { claimed: '.png', detected: 'application/pdf' },
      },
    });
    // A leading dot is a name, not an extension.
    expect(checkAttachment({ ...pdf, fileName: '.pdf' })).toMatchObject({ ok: true });
  });

  it.each([
    ['blank', '   '],
    ['not a string', 42],
    ['too long', `${'a'.repeat(MAX_ATTACHMENT_NAME_LENGTH)}.pdf`],
    ['a path', '../etc/passwd.pdf'],
    ['a Windows path', 'C:\\x.pdf'],
    ['a control character', 'a\u0000.pdf'],
    ['a line break', 'a\r\nX-Injected: 1.pdf'],
    ['dot', '.'],
    ['dot dot', '..'],
  ])('refuses a name that is %s', (_case, fileName) => {
    expect(checkAttachment({ ...pdf, fileName })).toMatchObject({
      ok: false,
      error: { code: 'attachment.invalid_name', details: { max: MAX_ATTACHMENT_NAME_LENGTH } },
    });
  });

  it('never accepts a type outside PDF, PNG and JPEG, nor a size over 10 MB (property)', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.option(fc.string(), { nil: undefined }),
        fc.option(fc.oneof(fc.constantFrom(...attachmentMediaTypes), fc.string()), {
          nil: undefined,
        }),
        fc.integer({ min: -1, max: 2 * MAX_ATTACHMENT_BYTES }),
        (fileName, declaredType, sniffedType, size) => {
          const result = checkAttachment({ fileName, declaredType, sniffedType, size });
          if (result.ok) {
            expect(attachmentMediaTypes).toContain(result.value.mediaType);
            expect(result.value.mediaType).toBe(sniffedType);
            expect(size).toBeGreaterThan(0);
            expect(size).toBeLessThanOrEqual(MAX_ATTACHMENT_BYTES);
          }
        },
      ),
    );
  });
});

describe('who may add a file, and when', () => {
  const staff: ActorKind[] = ['reviewer', 'program_admin'];
  const others: ActorKind[] = ['partner_user', 'system'];

  it('lets the partner’s global admin add an answer’s file only while information is requested', () => {
    for (const state of enrollmentStates) {
      expect(mayAttach({ purpose: 'answer', state, actorKind: 'partner_global_admin' }).ok).toBe(
        state === 'info_requested',
      );
    }
  });

  it('lets reviewers and program admins add evidence while the application is submitted or in review', () => {
    for (const actorKind of staff) {
      for (const state of enrollmentStates) {
        expect(mayAttach({ purpose: 'evidence', state, actorKind }).ok).toBe(
          state === 'submitted' || state === 'in_review',
        );
      }
    }
    expect(mayAttach({ purpose: 'evidence', state: 'verified', actorKind: 'reviewer' })).toEqual({
      ok: false,
      error: { code: 'attachment.not_open', details: { purpose: 'evidence', state: 'verified' } },
    });
  });

  it('refuses everyone else, naming who may', () => {
    for (const actorKind of [...others, ...staff]) {
      expect(mayAttach({ purpose: 'answer', state: 'info_requested', actorKind })).toEqual({
        ok: false,
        error: {
          code: 'attachment.actor_not_allowed',
          details: { purpose: 'answer', allowed: 'partner_global_admin' },
        },
      });
    }
    for (const actorKind of [...others, 'partner_global_admin' as const]) {
      expect(mayAttach({ purpose: 'evidence', state: 'in_review', actorKind })).toMatchObject({
        ok: false,
        error: {
          code: 'attachment.actor_not_allowed',
          details: { allowed: 'reviewer, program_admin' },
        },
      });
    }
  });
});
