import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The program-wide settings (one row): how often a distributor re-confirms its directory listing,
 * and how long a due listing stays visible. The bounds are the domain's (PROGRAM_SETTING_LIMITS);
 * the checks keep a direct write inside them too.
 */
@Entity({ name: 'program_configuration' })
@Check('ck_program_configuration_single', '"id" = 1')
@Check('ck_program_configuration_confirm', '"listing_confirm_every_days" BETWEEN 30 AND 730')
@Check('ck_program_configuration_hide', '"listing_hide_after_days" BETWEEN 7 AND 180')
export class ProgramConfigurationEntity {
  @PrimaryColumn({
    type: 'smallint',
    default: 1,
    primaryKeyConstraintName: 'pk_program_configuration',
  })
  id: number;

  @Column({ type: 'integer', default: 180 })
  listingConfirmEveryDays: number;

  @Column({ type: 'integer', default: 30 })
  listingHideAfterDays: number;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
