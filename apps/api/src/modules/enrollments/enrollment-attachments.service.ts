import { createHash } from 'node:crypto';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  MAX_ATTACHMENTS_PER_COMMAND,
  checkAttachment,
  mayAttach,
  requiredVerificationChecks,
  type AttachmentPurpose,
  type VerificationCheck,
} from '@hub/domain';
import { fileTypeFromBuffer } from 'file-type';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, orThrow } from '../../http/domain-error.js';
import { JobQueue } from '../../jobs/job-queue.service.js';
import { assertMaySeePartnerRecords, isStaff, tenantScope } from '../identity/access.js';
import { type AuthenticatedUser } from '../identity/authenticated-user.js';
import { isUuid } from '../partners/partners.service.js';
import { type AttachmentResponse, type UploadAttachmentQueryDto } from './dto/attachment.dto.js';
import { EnrollmentAttachmentEntity } from './enrollment-attachment.entity.js';
import { EnrollmentEntity } from './enrollment.entity.js';

export const PRUNE_UPLOADS_TASK = 'enrollments.prune-uploads';
/** An upload no answer or check took within a day is deleted (the bytes of an abandoned form). */
const PENDING_UPLOAD_HOURS = 24;

/** What an audit row says of each file a command attached (never the bytes). */
export type AttachmentRef = {
  readonly id: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly sizeBytes: number;
};

/**
 * Attaches the caller's own uploads to the command being recorded, inside its transaction: each
 * id must be an upload of this caller to this application, for this purpose (and check), not
 * attached yet. Answers what the audit row records, in the order given; refuses the first id
 * that does not qualify (`attachment.unusable`, 422), so nothing is attached.
 */
export async function attachUploads(
  manager: EntityManager,
  input: {
    readonly enrollmentId: string;
    readonly purpose: AttachmentPurpose;
    readonly check: VerificationCheck | null;
    readonly ids: readonly string[] | undefined;
    readonly user: AuthenticatedUser;
    readonly now: Date;
  },
): Promise<AttachmentRef[]> {
  const ids = [...new Set(input.ids ?? [])];
  if (ids.length === 0) {
    return [];
  }
  if (ids.length > MAX_ATTACHMENTS_PER_COMMAND) {
    throw new DomainError('attachment.too_many', { max: MAX_ATTACHMENTS_PER_COMMAND });
  }
  const rows = await manager.query<
    { id: string; file_name: string; media_type: string; size_bytes: number }[]
  >(
    `WITH attached AS (
       UPDATE enrollment_attachments SET attached_at = $7
        WHERE id = ANY($1::uuid[]) AND enrollment_id = $2 AND purpose = $3
          AND "check" IS NOT DISTINCT FROM $4 AND attached_at IS NULL
          AND uploaded_by_tenant_id = $5 AND uploaded_by_user_id = $6
       RETURNING id, file_name, media_type, size_bytes)
     SELECT * FROM attached`,
    [
      ids,
      input.enrollmentId,
      input.purpose,
      input.check,
      input.user.actor.tenantId,
      input.user.actor.userId,
      input.now,
    ],
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  const missing = ids.find((id) => !byId.has(id));
  if (missing !== undefined) {
    throw new DomainError('attachment.unusable', { id: missing });
  }
  return ids.map((id) => {
    const row = byId.get(id)!;
    return {
      id,
      fileName: row.file_name,
      mediaType: row.media_type,
      sizeBytes: row.size_bytes,
    };
  });
}

/**
 * Files with an application (issue 8 items 5 and 6): the partner's global admin uploads the
 * files of an answer while information is requested, a reviewer the evidence of a check; the
 * bytes decide the type (file-type), and the domain decides what may be stored. The partner's
 * users see the answers' files of their own tenant; staff see every attached file. Uploads no
 * command took are seen by their uploader only and pruned after a day.
 */
@Injectable()
export class EnrollmentAttachmentsService implements OnModuleInit {
  private readonly logger = new Logger('EnrollmentAttachments');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.register(PRUNE_UPLOADS_TASK, async () => {
      const pruned = await this.prune(new Date());
      if (pruned > 0) {
        this.logger.log(`Pruned ${pruned} upload(s) no answer or check took.`);
      }
    });
    this.jobs.schedule(PRUNE_UPLOADS_TASK, '40 * * * *');
  }

  async upload(
    user: AuthenticatedUser,
    id: string,
    query: UploadAttachmentQueryDto,
    body: unknown,
    contentType: string | undefined,
  ): Promise<AttachmentResponse> {
    if (!Buffer.isBuffer(body)) {
      // A JSON or form body: the file itself is the body.
      throw new DomainError('http.unsupported_media_type');
    }
    const enrollment = await this.visibleEnrollment(this.dataSource.manager, user, id);
    orThrow(
      mayAttach({ purpose: query.purpose, state: enrollment.state, actorKind: user.actor.kind }),
    );
    // Evidence belongs to one of the program's checks; an answer's file to no check.
    const check = query.purpose === 'evidence' ? (query.check ?? null) : null;
    if (query.purpose === 'evidence' && check === null) {
      throw new DomainError('attachment.check_required');
    }
    if (check !== null && !requiredVerificationChecks(enrollment.program).includes(check)) {
      throw new DomainError('enrollment.unknown_check', { check });
    }
    const sniffed = body.length > 0 ? await fileTypeFromBuffer(body) : undefined;
    const file = orThrow(
      checkAttachment({
        fileName: query.name,
        declaredType: contentType,
        sniffedType: sniffed?.mime,
        size: body.length,
      }),
    );
    const sha256 = createHash('sha256').update(body).digest('hex');
    return this.dataSource.transaction(async (manager) => {
      // The same bytes sent again (a retried upload) are the same pending upload.
      const same = await manager.findOneBy(EnrollmentAttachmentEntity, {
        enrollmentId: enrollment.id,
        purpose: query.purpose,
        sha256,
        uploadedByTenantId: user.actor.tenantId,
        uploadedByUserId: user.actor.userId,
      });
      if (same !== null && same.attachedAt === null && same.check === check) {
        return toAttachmentResponse(same);
      }
      const saved = await manager.save(EnrollmentAttachmentEntity, {
        enrollmentId: enrollment.id,
        purpose: query.purpose,
        check,
        fileName: file.fileName,
        mediaType: file.mediaType,
        sizeBytes: file.size,
        sha256,
        content: body,
        uploadedByTenantId: user.actor.tenantId,
        uploadedByUserId: user.actor.userId,
        uploadedByName: user.name || user.username || user.actor.kind,
        attachedAt: null,
      });
      return toAttachmentResponse(saved);
    });
  }

  /** The files of an application the caller may see, oldest first. */
  async list(user: AuthenticatedUser, id: string): Promise<AttachmentResponse[]> {
    const manager = this.dataSource.manager;
    const enrollment = await this.visibleEnrollment(manager, user, id);
    const rows = await this.visible(manager, user)
      .andWhere('a.enrollment_id = :enrollmentId', { enrollmentId: enrollment.id })
      .orderBy('a.uploaded_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
    return rows.map(toAttachmentResponse);
  }

  /** One file's bytes, if the caller may see it (else 404, like a file that does not exist). */
  async content(
    user: AuthenticatedUser,
    id: string,
    attachmentId: string,
  ): Promise<{ attachment: AttachmentResponse; content: Buffer }> {
    const manager = this.dataSource.manager;
    const enrollment = await this.visibleEnrollment(manager, user, id);
    const row = isUuid(attachmentId)
      ? await this.visible(manager, user)
          .addSelect('a.content')
          .andWhere('a.enrollment_id = :enrollmentId AND a.id = :attachmentId', {
            enrollmentId: enrollment.id,
            attachmentId,
          })
          .getOne()
      : null;
    if (row === null || row.content === undefined) {
      throw new DomainError('attachment.not_found');
    }
    return { attachment: toAttachmentResponse(row), content: row.content };
  }

  /** Deletes uploads that no answer or check took within PENDING_UPLOAD_HOURS. */
  async prune(now: Date): Promise<number> {
    const result = await this.dataSource.query<[unknown, number]>(
      `DELETE FROM enrollment_attachments
        WHERE attached_at IS NULL AND uploaded_at < $1::timestamptz - make_interval(hours => $2)`,
      [now, PENDING_UPLOAD_HOURS],
    );
    return result[1];
  }

  /** Attached files the caller may see (staff: all; a partner: answers), and its own uploads. */
  private visible(manager: EntityManager, user: AuthenticatedUser) {
    const builder = manager.createQueryBuilder(EnrollmentAttachmentEntity, 'a');
    const own = 'a.uploaded_by_tenant_id = :tenant AND a.uploaded_by_user_id = :user';
    const params = { tenant: user.actor.tenantId, user: user.actor.userId };
    return isStaff(user)
      ? builder.where(`(a.attached_at IS NOT NULL OR (${own}))`, params)
      : builder.where(`((a.attached_at IS NOT NULL AND a.purpose = 'answer') OR (${own}))`, params);
  }

  private async visibleEnrollment(
    manager: EntityManager,
    user: AuthenticatedUser,
    id: string,
  ): Promise<EnrollmentEntity> {
    assertMaySeePartnerRecords(user);
    const tenant = tenantScope(user);
    const enrollment = isUuid(id)
      ? await manager.findOneBy(
          EnrollmentEntity,
          tenant === undefined ? { id } : { id, tenantId: tenant },
        )
      : null;
    if (enrollment === null) {
      throw new DomainError('enrollment.not_found', { id });
    }
    return enrollment;
  }
}

export const toAttachmentResponse = (row: EnrollmentAttachmentEntity): AttachmentResponse => ({
  id: row.id,
  enrollmentId: row.enrollmentId,
  purpose: row.purpose,
  check: row.check,
  fileName: row.fileName,
  mediaType: row.mediaType,
  sizeBytes: row.sizeBytes,
  sha256: row.sha256,
  uploadedBy: {
    name: row.uploadedByName,
    side: row.purpose === 'evidence' ? 'microsoft' : 'partner',
  },
  uploadedAt: row.uploadedAt.toISOString(),
  attachedAt: row.attachedAt?.toISOString() ?? null,
});
