import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { ProviderEntity } from './provider.entity.js';

/**
 * A reseller's message to a provider from the directory's contact form (issue 9 item 7), as
 * its rules (packages/domain parseLead) accepted it. The provider's distributors read their
 * leads in the console; the provider gets each by e-mail, from the same transaction.
 */
@Entity({ name: 'provider_leads' })
@Index('ix_provider_leads_provider_created', ['providerId', 'createdAt'])
export class ProviderLeadEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_provider_leads' })
  id: string;

  @Column({ type: 'uuid' })
  providerId: string;

  @ManyToOne(() => ProviderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'fk_provider_leads_provider' })
  provider?: Relation<ProviderEntity>;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  company: string;

  @Column({ type: 'varchar', length: 2 })
  country: string;

  @Column({ type: 'text' })
  message: string;

  /** The directory's language when it was sent (the provider answers in it, if it can). */
  @Column({ type: 'varchar', length: 2 })
  locale: 'en' | 'sv';

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
