import type { ListingState } from '@hub/domain';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
} from 'typeorm';
import { ProviderEntity } from './provider.entity.js';

/**
 * Which of a provider's versions a row is: the one its distributor works on (draft, submitted,
 * rejected), the one the directory is built from (published, suspended), or a retired one
 * (superseded: null). The unique (provider, slot) keeps at most one of each.
 */
export type ListingSlot = 'working' | 'live';

/**
 * One version of a provider's listing. Draft and published versions are separate rows, so the
 * published one stays live while a new one is moderated. `fields` is the listing as the
 * distributor saved it (only the known fields; parseProviderListing judges it on submit).
 */
@Entity({ name: 'provider_listings' })
@Unique('uq_provider_listings_provider_slot', ['providerId', 'slot'])
@Index('ix_provider_listings_state', ['state', 'submittedAt'])
export class ProviderListingEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_provider_listings' })
  id: string;

  @Column({ type: 'uuid' })
  providerId: string;

  @ManyToOne(() => ProviderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'fk_provider_listings_provider' })
  provider?: Relation<ProviderEntity>;

  @Column({ type: 'varchar', length: 16 })
  state: ListingState;

  @Column({ type: 'varchar', length: 8, nullable: true })
  slot: ListingSlot | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ type: 'jsonb' })
  fields: Record<string, unknown>;

  /** The reviewer's reason of the last rejection or suspension. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
