import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { type AddressColumn, PartnerEntity } from '../partners/partner.entity.js';

/**
 * A partner's location in another country (issue 10 item 2): a new CSP account there, with the
 * legal entity, its location PartnerID and CSP tenant (1:1), and the market's billing currency,
 * which a trigger keeps from ever changing (migration CreatePartnerLocations). Its review is an
 * enrollment (enrollments.location_id). Bank details are stored like partners': encrypted, with
 * the last 4 and a blind index. `closed` is set by a trigger when the enrollment is rejected or
 * withdrawn: the partial unique indexes (one live location per partner and country, a tenant and
 * a PartnerID each in one live location) then release the country, the tenant and the PartnerID.
 */
@Entity({ name: 'partner_locations' })
@Index('ix_partner_locations_partner', ['partnerId'])
// Partial unique indexes (migration CreatePartnerLocations): TypeORM cannot describe them.
@Index('ux_partner_locations_partner_country', { synchronize: false })
@Index('ux_partner_locations_tenant', { synchronize: false })
@Index('ux_partner_locations_location_partner_id', { synchronize: false })
export class PartnerLocationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_partner_locations' })
  id: string;

  @Column({ type: 'uuid' })
  partnerId: string;

  @ManyToOne(() => PartnerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id', foreignKeyConstraintName: 'fk_partner_locations_partner' })
  partner?: Relation<PartnerEntity>;

  @Column({ type: 'varchar', length: 2 })
  country: string;

  @Column({ type: 'varchar', length: 64 })
  region: string;

  /** The market's billing currency, set at creation; the database refuses any change. */
  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @Column({ type: 'varchar', length: 200 })
  legalName: string;

  /** The location PartnerID (PLA) the location's CSP account transacts under. */
  @Column({ type: 'varchar', length: 16 })
  locationPartnerId: string;

  /** The tenant of the location's CSP account. */
  @Column({ type: 'uuid' })
  tenantId: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  registrationIdType: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  registrationId: string | null;

  @Column({ type: 'varchar', length: 64 })
  taxId: string;

  @Column({ type: 'jsonb' })
  address: AddressColumn;

  @Column({ type: 'text' })
  bankDetailsEncrypted: string;

  @Column({ type: 'varchar', length: 4 })
  bankLast4: string;

  @Column({ type: 'varchar', length: 64 })
  bankBlindIndex: string;

  @Column({ type: 'boolean', default: false })
  closed: boolean;

  @Column({ type: 'varchar', length: 200 })
  createdByName: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
