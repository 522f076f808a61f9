import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * A provider organization (an indirect provider, "distributor") of the directory, bound to its
 * distributor tenant: that tenant's Distributor staff maintain its listing. `version` is the
 * aggregate's: every command on the provider or any of its listing versions moves it by one
 * (`UPDATE ... WHERE id AND version`, pitfall 6), and it is the ETag of every provider route.
 */
@Entity({ name: 'providers' })
@Unique('uq_providers_tenant', ['tenantId'])
export class ProviderEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_providers' })
  id: string;

  @Column({ type: 'uuid' })
  tenantId: string;

  /** "Authorized Microsoft indirect provider": set by reviewers only. */
  @Column({ type: 'boolean', default: false })
  authorized: boolean;

  @Column({ type: 'integer', default: 1 })
  version: number;

  /** When its distributor last confirmed the live listing is current (item 4). */
  @Column({ type: 'timestamptz', nullable: true })
  lastConfirmedAt: Date | null;

  /** When its distributor was last told the listing is due for confirmation (once per period). */
  @Column({ type: 'timestamptz', nullable: true })
  freshnessNotifiedAt: Date | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
