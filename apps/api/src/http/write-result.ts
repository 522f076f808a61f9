import type { FastifyReply } from 'fastify';
import { type WriteResult } from './idempotency/idempotency.service.js';

/** Sends a write's status and ETag (and says when it is a replay of an earlier answer). */
export function sendResult<T>(
  reply: FastifyReply,
  result: WriteResult<T> & { readonly replayed?: boolean },
): T {
  void reply.status(result.status);
  if (result.etag) {
    void reply.header('etag', result.etag);
  }
  if (result.replayed) {
    void reply.header('idempotent-replayed', 'true');
  }
  return result.body;
}
