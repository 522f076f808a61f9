import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { PartnerEntity } from './partner.entity.js';

/**
 * A partner that shares a bank account, PartnerID or e-mail domain with another tenant's partner
 * (issue 8 item 8): one row per flagged partner, kept by refreshDuplicateFlags whenever a profile
 * is written, so the queue's "flagged duplicate" filter is a lookup of a few rows instead of a
 * comparison of every partner with every other. Derived data: the partner row stays untouched
 * (no version change, no row lock on another tenant's profile).
 */
@Entity({ name: 'partner_duplicate_flags' })
export class PartnerDuplicateFlagEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_partner_duplicate_flags' })
  partnerId: string;

  @ManyToOne(() => PartnerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'partner_id',
    foreignKeyConstraintName: 'fk_partner_duplicate_flags_partner',
  })
  partner?: Relation<PartnerEntity>;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  flaggedAt: Date;
}
