import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ProviderEntity } from './provider.entity.js';

/**
 * An image a provider's distributor uploaded as its logo, as the API re-encoded it (WebP, at
 * most 256 × 256, no metadata). `id` is the hex SHA-256 of `bytes`: a listing's `logo` field
 * names it, so a draft can show a new logo while the published version keeps the old one. The
 * key is (provider, id): two providers that upload the same picture each have their own row,
 * and a provider can only ever reference its own uploads.
 */
@Entity({ name: 'provider_logos' })
export class ProviderLogoEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_provider_logos' })
  providerId: string;

  @PrimaryColumn({ type: 'char', length: 64, primaryKeyConstraintName: 'pk_provider_logos' })
  id: string;

  @ManyToOne(() => ProviderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'fk_provider_logos_provider' })
  provider?: Relation<ProviderEntity>;

  @Column({ type: 'varchar', length: 32 })
  contentType: string;

  @Column({ type: 'bytea' })
  bytes: Buffer;

  @Column({ type: 'integer' })
  width: number;

  @Column({ type: 'integer' })
  height: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
