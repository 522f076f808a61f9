import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Unmet demand: how many directory searches found no provider, per day and per filter key
 * (region, country, the other facet filters; packages/domain searchMissKey). No text, no
 * address, nothing about the searcher.
 */
@Entity({ name: 'search_misses' })
export class SearchMissEntity {
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'pk_search_misses' })
  day: string;

  @PrimaryColumn({ type: 'varchar', length: 300, primaryKeyConstraintName: 'pk_search_misses' })
  region: string;

  @PrimaryColumn({ type: 'varchar', length: 300, primaryKeyConstraintName: 'pk_search_misses' })
  country: string;

  /** The other facet filters, `facet:value` joined by ", " ("" for none). */
  @PrimaryColumn({ type: 'varchar', length: 600, primaryKeyConstraintName: 'pk_search_misses' })
  filters: string;

  /** Whether the search had text too (what the text was is not kept). */
  @PrimaryColumn({ type: 'boolean', primaryKeyConstraintName: 'pk_search_misses' })
  withText: boolean;

  @Column({ type: 'integer', default: 0 })
  count: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastSeenAt: Date;
}
