import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { findPartnerMarket } from '@hub/domain';
import { type PartnerEntity } from '../partner.entity.js';

export class AddressResponse {
  @ApiProperty() country: string;
  @ApiProperty() addressLine1: string;
  @ApiPropertyOptional() addressLine2?: string;
  @ApiPropertyOptional() addressLine3?: string;
  @ApiProperty() city: string;
  @ApiPropertyOptional() state?: string;
  @ApiPropertyOptional() postalCode?: string;
}

/** Bank details as every response shows them: never the number, only its last 4 characters. */
export class MaskedBankDetailsResponse {
  @ApiProperty({ enum: ['iban', 'account'] }) kind: 'iban' | 'account';
  @ApiProperty({ example: 'SE' }) country: string;
  @ApiProperty({ example: '7466' }) last4: string;
  @ApiProperty({ type: String, nullable: true, example: 'ESSESESS' }) bic: string | null;
  @ApiProperty() accountHolderName: string;
}

export class PartnerResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) tenantId: string;
  @ApiProperty() legalName: string;
  @ApiProperty({ type: String, nullable: true, description: 'PartnerID (MPN ID).' })
  partnerId: string | null;
  @ApiProperty({ type: AddressResponse }) address: AddressResponse;
  @ApiProperty({ example: 'SE' }) country: string;
  @ApiProperty({ type: String, nullable: true, example: 'Europe' }) region: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'SEK' }) billingCurrency: string | null;
  @ApiProperty({ type: MaskedBankDetailsResponse, nullable: true })
  bankDetails: MaskedBankDetailsResponse | null;
  @ApiProperty() adminEmail: string;
  @ApiProperty({ type: String, nullable: true }) website: string | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty({ enum: ['en', 'sv'] }) preferredLanguage: 'en' | 'sv';
  @ApiProperty({ description: 'Optimistic-locking version; also the ETag.' }) version: number;
  @ApiProperty({ description: 'True for a global admin of this tenant.' }) canEdit: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** What is safe to show of the stored (encrypted) bank details: kept beside them, unencrypted. */
export type BankSummary = Omit<MaskedBankDetailsResponse, 'last4'>;

export function toPartnerResponse(
  partner: PartnerEntity,
  options: { canEdit: boolean; bank: BankSummary | null },
): PartnerResponse {
  const market = findPartnerMarket(partner.country);
  return {
    id: partner.id,
    tenantId: partner.tenantId,
    legalName: partner.legalName,
    partnerId: partner.partnerId,
    address: partner.address,
    country: partner.country,
    region: market.ok ? market.value.region : null,
    billingCurrency: market.ok ? market.value.currency : null,
    bankDetails:
      options.bank && partner.bankLast4 ? { ...options.bank, last4: partner.bankLast4 } : null,
    adminEmail: partner.adminEmail,
    website: partner.website,
    phone: partner.phone,
    preferredLanguage: partner.preferredLanguage,
    version: partner.version,
    canEdit: options.canEdit,
    createdAt: partner.createdAt.toISOString(),
    updatedAt: partner.updatedAt.toISOString(),
  };
}
