import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { canonicalize } from '../canonical-json.js';
import { type EntityManager } from 'typeorm';
import { DomainError } from '../domain-error.js';
import { IdempotencyKeyEntity } from './idempotency-key.entity.js';

/** What a write answered: replayed as it was for a retry with the same key. */
export type WriteResult<T> = { readonly status: number; readonly body: T; readonly etag?: string };

export type IdempotentRequest = {
  /** `tid:oid` of the caller. */
  readonly scope: string;
  readonly key: string | undefined;
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
};

/** Printable ASCII, 1–200 characters (Stripe's rule of thumb; a UUID fits). */
const KEY = /^[\x21-\x7e]{1,200}$/;

/**
 * Idempotency-Key for creates and commands, inside the write's own transaction: the key row is
 * inserted first, so a concurrent retry with the same key waits on its unique index until this
 * transaction ends, then finds the stored answer and replays it (nothing is written twice); if
 * this transaction rolls back, the key goes with it and a retry runs afresh. The same key with
 * another request answers 422.
 */
@Injectable()
export class IdempotencyService {
  async run<T>(
    manager: EntityManager,
    request: IdempotentRequest,
    write: () => Promise<WriteResult<T>>,
  ): Promise<WriteResult<T> & { readonly replayed: boolean }> {
    if (request.key === undefined) {
      return { ...(await write()), replayed: false };
    }
    if (!KEY.test(request.key)) {
      throw new DomainError('http.idempotency_key_invalid');
    }
    const requestHash = createHash('sha256')
      .update(`${request.method} ${request.path}\n${canonicalize(request.body ?? {}) ?? ''}`)
      .digest('hex');
    const claimed: unknown[] = await manager.query(
      `INSERT INTO idempotency_keys (scope, key, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT (scope, key) DO NOTHING RETURNING key`,
      [request.scope, request.key, requestHash],
    );
    if (claimed.length === 0) {
      const stored = await manager.findOneByOrFail(IdempotencyKeyEntity, {
        scope: request.scope,
        key: request.key,
      });
      if (stored.requestHash !== requestHash || stored.statusCode === null) {
        throw new DomainError('http.idempotency_key_reused');
      }
      return {
        status: stored.statusCode,
        body: stored.response as T,
        etag: stored.etag ?? undefined,
        replayed: true,
      };
    }
    const result = await write();
    await manager.update(
      IdempotencyKeyEntity,
      { scope: request.scope, key: request.key },
      { statusCode: result.status, response: result.body as object, etag: result.etag ?? null },
    );
    return { ...result, replayed: false };
  }
}
