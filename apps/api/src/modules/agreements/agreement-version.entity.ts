import type { AgreementKind, RegionName } from '@hub/domain';
import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * A published version of an agreement (issue 10 item 3): its place in the catalog (rank within its
 * kind, publication day, the regions it is offered in, the re-acceptance deadline when it asks
 * for one) and its text in English and Swedish, with who published it. Rows are never changed:
 * a correction is a new version.
 */
@Entity({ name: 'agreement_versions' })
@Unique('uq_agreement_versions_kind_version', ['kind', 'version'])
@Unique('uq_agreement_versions_kind_rank', ['kind', 'rank'])
export class AgreementVersionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_agreement_versions' })
  id: string;

  @Column({ type: 'varchar', length: 64 })
  kind: AgreementKind;

  @Column({ type: 'varchar', length: 32 })
  version: string;

  @Column({ type: 'integer' })
  rank: number;

  /** `YYYY-MM-DD`. */
  @Column({ type: 'date' })
  publishedOn: string;

  /** `YYYY-MM-DD`; null: older acceptances stay in force. */
  @Column({ type: 'date', nullable: true })
  reacceptBy: string | null;

  /** The CSP regions it is offered in; null: all of them. */
  @Column({ type: 'jsonb', nullable: true })
  regions: RegionName[] | null;

  @Column({ type: 'varchar', length: 200 })
  titleEn: string;

  @Column({ type: 'text' })
  bodyEn: string;

  @Column({ type: 'varchar', length: 200 })
  titleSv: string;

  @Column({ type: 'text' })
  bodySv: string;

  @Column({ type: 'uuid' })
  publishedByTenantId: string;

  @Column({ type: 'uuid' })
  publishedByObjectId: string;

  @Column({ type: 'varchar', length: 200 })
  publishedByName: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
