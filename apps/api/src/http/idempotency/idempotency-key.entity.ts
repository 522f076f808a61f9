import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A write's Idempotency-Key and the answer it got, per caller: a retry with the same key and the
 * same request replays `response`; another request under the same key is refused.
 */
@Entity({ name: 'idempotency_keys' })
export class IdempotencyKeyEntity {
  /** `tid:oid` of the caller: keys of different callers never meet. */
  @PrimaryColumn({ type: 'varchar', length: 80, primaryKeyConstraintName: 'pk_idempotency_keys' })
  scope: string;

  @PrimaryColumn({ type: 'varchar', length: 200, primaryKeyConstraintName: 'pk_idempotency_keys' })
  key: string;

  /** SHA-256 of method, path and body. */
  @Column({ type: 'varchar', length: 64 })
  requestHash: string;

  @Column({ type: 'integer', nullable: true })
  statusCode: number | null;

  @Column({ type: 'jsonb', nullable: true })
  response: unknown;

  @Column({ type: 'varchar', length: 64, nullable: true })
  etag: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
