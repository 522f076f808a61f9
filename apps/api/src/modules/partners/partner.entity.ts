import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A partner's postal business address, as parseBusinessAddress returned it. */
export type AddressColumn = {
  country: string;
  addressLine1: string;
  addressLine2?: string;
  addressLine3?: string;
  city: string;
  state?: string;
  postalCode?: string;
};

/**
 * A CSP partner: one per tenant (the tenant comes from the signed-in admin's token). Bank
 * details are stored only encrypted (AES-256-GCM envelope, crypto/field-encryption.ts); what
 * responses, logs and the audit trail show is `bank_last4`. `bank_blind_index` (an HMAC of the
 * IBAN or account number) finds duplicates without decrypting.
 */
@Entity({ name: 'partners' })
@Unique('uq_partners_tenant', ['tenantId'])
@Index('ix_partners_bank_blind_index', ['bankBlindIndex'])
@Index('ix_partners_partner_id', ['partnerId'])
@Index('ix_partners_bank_last4', ['bankLast4'])
@Index('ix_partners_legal_name', ['legalName', 'id'])
// Expression indexes the queue's search uses (migration CreateReviewQueue): trigram on the
// lower-cased legal name, and the admin e-mail's domain. TypeORM cannot describe them.
@Index('ix_partners_legal_name_trgm', { synchronize: false })
@Index('ix_partners_email_domain', { synchronize: false })
export class PartnerEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_partners' })
  id: string;

  @Column({ type: 'uuid' })
  tenantId: string;

  @Column({ type: 'varchar', length: 200 })
  legalName: string;

  /** The PartnerID (MPN ID); required before an application is submitted. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  partnerId: string | null;

  @Column({ type: 'jsonb' })
  address: AddressColumn;

  /** The legal country (ISO 3166 alpha-2 or XS/XE/XK): sets the market, region and currency. */
  @Column({ type: 'varchar', length: 2 })
  country: string;

  @Column({ type: 'text', nullable: true })
  bankDetailsEncrypted: string | null;

  @Column({ type: 'varchar', length: 4, nullable: true })
  bankLast4: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  bankBlindIndex: string | null;

  @Column({ type: 'varchar', length: 320 })
  adminEmail: string;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  website: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 2 })
  preferredLanguage: 'en' | 'sv';

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
