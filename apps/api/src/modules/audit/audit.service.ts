import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { canonicalize } from '../../http/canonical-json.js';
import { type DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { AuditEventEntity } from './audit-event.entity.js';

/** The hash of the first row of every chain's predecessor. */
export const GENESIS_HASH = '0'.repeat(64);

export type AuditEntry = {
  /**
   * The subject whose chain the row joins: an enrollment (as the enrollment code has always
   * passed it) or a provider. Exactly one is set (the table's CHECK says so too).
   */
  readonly enrollmentId?: string;
  readonly providerId?: string;
  readonly actor: {
    readonly tenantId: string;
    readonly objectId: string;
    readonly kind: string;
    readonly name: string;
  };
  readonly command: string;
  readonly stateBefore: string | null;
  readonly stateAfter: string;
  /** What changed; bank details only ever as last 4 digits. */
  readonly changes: Readonly<Record<string, unknown>>;
  readonly requestId: string | null;
  readonly at: Date;
};

/** Where a chain ends: the seq and hash its next row follows. */
export type AuditHead = { readonly seq: number; readonly hash: string };

type HashedFields = Omit<
  AuditEventEntity,
  'id' | 'hash' | 'enrollment' | 'provider' | 'providerId'
> & {
  readonly providerId?: string | null;
};

/**
 * SHA-256 over the previous hash and the row's content in canonical JSON (RFC 8785). A provider
 * row's content names its provider; an enrollment row's content is what it has always been, so
 * the chains written before providers existed still verify.
 */
export function hashAuditRow(row: HashedFields): string {
  const content = canonicalize({
    enrollmentId: row.enrollmentId,
    ...(row.providerId ? { providerId: row.providerId } : {}),
    seq: row.seq,
    actorTenantId: row.actorTenantId,
    actorObjectId: row.actorObjectId,
    actorKind: row.actorKind,
    actorName: row.actorName,
    command: row.command,
    stateBefore: row.stateBefore,
    stateAfter: row.stateAfter,
    changes: row.changes,
    requestId: row.requestId,
    at: row.at.toISOString(),
  });
  return createHash('sha256')
    .update(row.prevHash)
    .update(content ?? '')
    .digest('hex');
}

/**
 * The append-only audit trail: one row per command, hash-chained per enrollment. The caller
 * holds the enrollment's row lock (SELECT ... FOR UPDATE), so appends of one enrollment are
 * serial and each finds the true last row.
 */
@Injectable()
export class AuditService {
  /**
   * Appends one row and returns the chain's new head. `head` is the chain's head as the caller
   * read it under the row lock (null: the chain is empty); left out, it is looked up here.
   */
  async append(
    manager: EntityManager,
    entry: AuditEntry,
    head?: AuditHead | null,
  ): Promise<AuditHead> {
    if ((entry.enrollmentId === undefined) === (entry.providerId === undefined)) {
      throw new Error('An audit entry names exactly one subject: an enrollment or a provider.');
    }
    const subject =
      entry.providerId !== undefined
        ? { enrollmentId: null, providerId: entry.providerId }
        : { enrollmentId: entry.enrollmentId!, providerId: null };
    const last =
      head !== undefined
        ? head
        : await manager.findOne(AuditEventEntity, {
            where:
              subject.providerId !== null
                ? { providerId: subject.providerId }
                : { enrollmentId: subject.enrollmentId },
            order: { seq: 'DESC' },
            select: { seq: true, hash: true },
          });
    const row: HashedFields = {
      ...subject,
      seq: (last?.seq ?? 0) + 1,
      actorTenantId: entry.actor.tenantId,
      actorObjectId: entry.actor.objectId,
      actorKind: entry.actor.kind,
      actorName: entry.actor.name,
      command: entry.command,
      stateBefore: entry.stateBefore,
      stateAfter: entry.stateAfter,
      changes: { ...entry.changes },
      requestId: entry.requestId,
      // The database keeps microseconds, JavaScript milliseconds: hash what will be read back.
      at: new Date(entry.at.getTime()),
      prevHash: last?.hash ?? GENESIS_HASH,
    };
    const entity = { ...row, hash: hashAuditRow(row) };
    await manager.insert(
      AuditEventEntity,
      entity as unknown as QueryDeepPartialEntity<AuditEventEntity>,
    );
    return { seq: row.seq, hash: entity.hash };
  }

  /** One provider's trail, oldest first. */
  providerTrail(manager: EntityManager, providerId: string): Promise<AuditEventEntity[]> {
    return manager.find(AuditEventEntity, { where: { providerId }, order: { seq: 'ASC' } });
  }

  /** One enrollment's trail, oldest first. */
  trail(manager: EntityManager, enrollmentId: string): Promise<AuditEventEntity[]> {
    return manager.find(AuditEventEntity, { where: { enrollmentId }, order: { seq: 'ASC' } });
  }
}

export type ChainReport = {
  readonly chains: number;
  readonly rows: number;
  /** The first row that does not verify, in (subject, seq) order. */
  readonly broken?: {
    readonly id: string;
    /** The subject's id (an enrollment's or a provider's); `subject` says which. */
    readonly enrollmentId: string;
    readonly subject: 'enrollment' | 'provider';
    readonly seq: number;
    readonly reason: string;
  };
};

/**
 * Walks every chain in (subject, seq) order, in batches, and names the first broken row. The
 * enrollments' chains come first, then the providers'.
 */
export async function verifyAuditChains(
  dataSource: DataSource,
  batchSize = 1000,
): Promise<ChainReport> {
  let chains = 0;
  let rows = 0;
  const kind = '(a.provider_id IS NOT NULL)';
  const subjectOf = (row: AuditEventEntity): string => (row.enrollmentId ?? row.providerId)!;
  let previous: { subject: string; seq: number; hash: string } | undefined;
  let after: { kind: boolean; subject: string; seq: number } | undefined;
  for (;;) {
    const batch = await dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('a')
      .where(
        after
          ? `(${kind}, COALESCE(a.enrollment_id, a.provider_id), a.seq) > (:kind, :subject, :seq)`
          : 'TRUE',
        after ?? {},
      )
      .orderBy(kind, 'ASC')
      .addOrderBy('COALESCE(a.enrollment_id, a.provider_id)', 'ASC')
      .addOrderBy('a.seq', 'ASC')
      .limit(batchSize)
      .getMany();
    for (const row of batch) {
      rows += 1;
      const isFirst = previous?.subject !== subjectOf(row);
      if (isFirst) {
        chains += 1;
      }
      const expectedSeq = isFirst ? 1 : previous!.seq + 1;
      const expectedPrev = isFirst ? GENESIS_HASH : previous!.hash;
      const reason =
        row.seq !== expectedSeq
          ? `seq ${row.seq} where ${expectedSeq} was expected (a row is missing)`
          : row.prevHash !== expectedPrev
            ? 'prev_hash is not the previous row’s hash'
            : row.hash !== hashAuditRow(row)
              ? 'hash does not match the row’s content (the row was changed)'
              : undefined;
      if (reason) {
        return {
          chains,
          rows,
          broken: {
            id: row.id,
            enrollmentId: subjectOf(row),
            subject: row.providerId ? 'provider' : 'enrollment',
            seq: row.seq,
            reason,
          },
        };
      }
      previous = { subject: subjectOf(row), seq: row.seq, hash: row.hash };
    }
    if (batch.length < batchSize) {
      return { chains, rows };
    }
    const last = batch[batch.length - 1]!;
    after = { kind: last.providerId !== null, subject: subjectOf(last), seq: last.seq };
  }
}
