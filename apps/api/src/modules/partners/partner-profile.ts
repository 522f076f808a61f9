import {
  findPartnerMarket,
  parseBankDetails,
  parseBusinessAddress,
  parsePartnerId,
  parsePhone,
  parseWorkEmail,
  type BankDetails,
  type BusinessAddress,
} from '@hub/domain';
import { DomainError, orThrow } from '../../http/domain-error.js';
import { type BankDetailsDto, type PartnerDto } from './dto/partner.dto.js';

/** A profile whose every field the domain's parsers accepted. */
export type ParsedProfile = {
  readonly legalName: string;
  readonly partnerId: string | null;
  readonly address: BusinessAddress;
  readonly bankDetails: BankDetails | undefined;
  readonly adminEmail: string;
  readonly website: string | null;
  readonly phone: string | null;
  readonly preferredLanguage: 'en' | 'sv';
};

const blankToUndefined = (value: string | undefined): string | undefined =>
  value === undefined || value.trim() === '' ? undefined : value;

/**
 * The meaning of a profile, checked by @hub/domain's parsers (the DTO checked its shape). A
 * refusal carries the domain's code and names the body field (`details.field`).
 */
export function parseProfile(dto: PartnerDto): ParsedProfile {
  const legalName = dto.legalName.trim();
  if (legalName === '') {
    throw new DomainError('partner.legal_name_required', { field: 'legalName' });
  }
  const partnerIdInput = blankToUndefined(dto.partnerId);
  const partnerId =
    partnerIdInput === undefined
      ? null
      : orThrow(parsePartnerId(partnerIdInput), { field: 'partnerId' }).partnerId;
  const address = orThrow(parseBusinessAddress(dto.address), { field: 'address' });
  // The legal country must be a CSP market: it sets the region and the billing currency.
  if (!findPartnerMarket(address.country).ok) {
    throw new DomainError('partner.country_not_in_market', {
      country: address.country,
      field: 'address.country',
    });
  }
  const adminEmail = orThrow(parseWorkEmail(dto.adminEmail, 'admin'), { field: 'adminEmail' });
  const website = blankToUndefined(dto.website);
  if (website !== undefined && !isWebsite(website)) {
    throw new DomainError('partner.website_invalid', { field: 'website' });
  }
  const phoneInput = blankToUndefined(dto.phone);
  const phone =
    phoneInput === undefined
      ? null
      : orThrow(parsePhone(phoneInput, address.country), { field: 'phone' });
  return {
    legalName,
    partnerId,
    address,
    bankDetails: dto.bankDetails === undefined ? undefined : parseBank(dto.bankDetails),
    adminEmail,
    website: website ?? null,
    phone,
    preferredLanguage: dto.preferredLanguage,
  };
}

function parseBank(dto: BankDetailsDto): BankDetails {
  return orThrow(
    parseBankDetails({
      country: blankToUndefined(dto.country),
      iban: blankToUndefined(dto.iban),
      bic: blankToUndefined(dto.bic),
      accountNumber: blankToUndefined(dto.accountNumber),
      routingNumber: blankToUndefined(dto.routingNumber),
      accountHolderName: dto.accountHolderName,
    }),
    { field: 'bankDetails' },
  );
}

function isWebsite(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** The number whose last 4 characters may be shown: the IBAN, or the account number. */
export const bankNumberOf = (bank: BankDetails): string =>
  bank.kind === 'iban' ? bank.iban : bank.accountNumber;

/** Everything that makes an application complete enough to submit (the domain's fact). */
export function isProfileComplete(partner: {
  legalName: string;
  partnerId: string | null;
  bankDetailsEncrypted: string | null;
  adminEmail: string;
}): boolean {
  return (
    partner.legalName.trim() !== '' &&
    partner.partnerId !== null &&
    partner.bankDetailsEncrypted !== null &&
    partner.adminEmail !== ''
  );
}
