import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A person who has signed in, known by their tenant (`tid`) and object id (`oid`). */
@Entity({ name: 'users' })
@Unique('uq_users_tenant_object', ['tenantId', 'objectId'])
@Index('ix_users_tenant', ['tenantId'])
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_users' })
  id: string;

  @Column({ type: 'uuid' })
  tenantId: string;

  @Column({ type: 'uuid' })
  objectId: string;

  @Column({ type: 'varchar', length: 256 })
  displayName: string;

  @Column({ type: 'varchar', length: 320 })
  username: string;

  /** Who they were at their last sign-in (`ActorKind`): assignments go to staff only. */
  @Column({ type: 'varchar', length: 32, default: 'partner_user' })
  kind: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  firstSeenAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastSeenAt: Date;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
