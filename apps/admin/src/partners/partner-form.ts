// The partner profile form: its values, inline validation through the domain's parsers (the same
// rules the API applies), and the body sent to the API.
import {
  parseBankDetails,
  parseBusinessAddress,
  parseCountry,
  parsePartnerId,
  parsePhone,
  parsePostalCode,
  parseWorkEmail,
  usesIban,
  type Refusal,
} from '@hub/domain';
import type { Address, PartnerResponse } from '../api/responses';

/** Bank details as typed: entered anew to create or change them, never read back. */
export type BankDetailsValues = {
  iban?: string;
  bic?: string;
  accountNumber?: string;
  routingNumber?: string;
  accountHolderName?: string;
};

export type PartnerFormValues = {
  legalName?: string;
  partnerId?: string | null;
  address?: Partial<Address>;
  /** Edit only: the stored bank details stay unless this is set. */
  changeBankDetails?: boolean;
  newBankDetails?: BankDetailsValues;
  adminEmail?: string;
  website?: string | null;
  phone?: string | null;
  preferredLanguage?: 'en' | 'sv';
  /** The stored, masked bank details (edit), to tell whether there are any. */
  bankDetails?: PartnerResponse['bankDetails'];
};

/** A message react-admin translates: `errors.<code>` with the refusal's details. */
export type FieldError = { message: string; args: Record<string, unknown> };

const required: FieldError = { message: 'ra.validation.required', args: {} };
const toError = (refusal: Refusal, args: Record<string, unknown> = {}): FieldError => ({
  message: `errors.${refusal.code}`,
  args: { ...refusal.details, ...args },
});

const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** The country of the address when it is a valid code, else undefined. */
export function addressCountry(values: PartnerFormValues) {
  const country = parseCountry(values.address?.country);
  return country.ok ? country.value : undefined;
}

/** Whether the bank of this country is paid by IBAN (else account number and routing/BIC). */
export function bankUsesIban(country: string | undefined): boolean {
  const parsed = parseCountry(country);
  return parsed.ok ? usesIban(parsed.value) : true;
}

/**
 * Whether the form sends bank details: always on create (the API requires them), on edit only
 * when she chose to enter new ones (else the stored ones stay).
 */
export function isBankDetailsEntered(values: PartnerFormValues): boolean {
  return !values.bankDetails || values.changeBankDetails === true;
}

const bankField = (code: string): keyof BankDetailsValues => {
  if (code === 'partner.bank_account_holder_required') {
    return 'accountHolderName';
  }
  if (code.startsWith('partner.iban') || code === 'partner.bank_country_mismatch') {
    return 'iban';
  }
  if (code.startsWith('partner.bic') || code === 'partner.bank_bic_required') {
    return 'bic';
  }
  if (code.startsWith('partner.bank_routing')) {
    return 'routingNumber';
  }
  return code === 'partner.bank_iban_required' ? 'accountNumber' : 'accountNumber';
};

function toBankInput(values: PartnerFormValues) {
  const bank = values.newBankDetails ?? {};
  const country = addressCountry(values);
  const trimmed = (value: string | undefined) => (isBlank(value) ? undefined : value?.trim());
  if (bankUsesIban(country)) {
    return {
      iban: trimmed(bank.iban),
      bic: trimmed(bank.bic),
      accountHolderName: trimmed(bank.accountHolderName),
    };
  }
  return {
    country,
    accountNumber: trimmed(bank.accountNumber),
    routingNumber: trimmed(bank.routingNumber),
    bic: trimmed(bank.bic),
    accountHolderName: trimmed(bank.accountHolderName),
  };
}

type Errors = Record<string, unknown>;

function validateAddress(
  values: PartnerFormValues,
  fieldLabel: (field: string) => string,
): Errors | undefined {
  const address = values.address ?? {};
  const errors: Record<string, FieldError> = {};
  const country = parseCountry(address.country);
  if (isBlank(address.country)) {
    errors['country'] = required;
  } else if (!country.ok) {
    errors['country'] = toError(country.error);
  }
  for (const name of ['addressLine1', 'city'] as const) {
    if (isBlank(address[name])) {
      errors[name] = required;
    }
  }
  if (country.ok) {
    const postal = parsePostalCode(country.value, address.postalCode ?? undefined);
    if (!postal.ok) {
      errors['postalCode'] = toError(postal.error);
    }
    const parsed = parseBusinessAddress({
      ...address,
      addressLine2: isBlank(address.addressLine2) ? undefined : address.addressLine2,
      state: isBlank(address.state) ? undefined : address.state,
      postalCode: isBlank(address.postalCode) ? undefined : address.postalCode,
    });
    const field = parsed.ok ? undefined : parsed.error.details?.['field'];
    if (!parsed.ok && typeof field === 'string' && errors[field] === undefined) {
      errors[field] = toError(parsed.error, { field: fieldLabel(field) });
    }
  }
  return Object.keys(errors).length > 0 ? errors : undefined;
}

/**
 * Every field's problem at once (react-admin shows each under its input), in the domain's words:
 * `errors.<code>` in the console's language. `fieldLabel` names an address field in a message.
 */
export function validatePartnerForm(
  values: PartnerFormValues,
  fieldLabel: (field: string) => string = (field) => field,
): Errors {
  const errors: Errors = {};
  if (isBlank(values.legalName)) {
    errors['legalName'] = required;
  }
  if (!isBlank(values.partnerId)) {
    const partnerId = parsePartnerId(values.partnerId);
    if (!partnerId.ok) {
      errors['partnerId'] = toError(partnerId.error);
    }
  }
  const address = validateAddress(values, fieldLabel);
  if (address) {
    errors['address'] = address;
  }
  if (isBankDetailsEntered(values)) {
    const bank = parseBankDetails(toBankInput(values));
    if (!bank.ok) {
      errors['newBankDetails'] = { [bankField(bank.error.code)]: toError(bank.error) };
    }
  }
  if (isBlank(values.adminEmail)) {
    errors['adminEmail'] = required;
  } else {
    const email = parseWorkEmail(values.adminEmail, 'admin');
    if (!email.ok) {
      errors['adminEmail'] = toError(email.error);
    }
  }
  if (!isBlank(values.phone)) {
    const phone = parsePhone(values.phone, addressCountry(values));
    if (!phone.ok) {
      errors['phone'] = toError(phone.error);
    }
  }
  if (isBlank(values.preferredLanguage)) {
    errors['preferredLanguage'] = required;
  }
  return errors;
}

/** A PartnerID (warnings only, e.g. an unusual length) to show under the input. */
export function partnerIdWarning(value: unknown): FieldError | undefined {
  if (isBlank(value)) {
    return undefined;
  }
  const parsed = parsePartnerId(value);
  const warning = parsed.ok ? parsed.value.warnings[0] : undefined;
  return warning ? toError(warning) : undefined;
}

const textOrNull = (value: string | null | undefined): string | null =>
  isBlank(value) ? null : (value as string).trim();

/** The body of `POST /api/partners` and `PUT /api/partners/:id`: only what a client may write. */
export function toPartnerBody(values: PartnerFormValues): Record<string, unknown> {
  const address = values.address ?? {};
  const body: Record<string, unknown> = {
    legalName: values.legalName?.trim(),
    partnerId: textOrNull(values.partnerId),
    address: {
      country: address.country,
      addressLine1: address.addressLine1?.trim(),
      addressLine2: address.addressLine2?.trim() ?? '',
      city: address.city?.trim(),
      state: address.state?.trim() ?? '',
      postalCode: address.postalCode?.trim() ?? '',
    },
    adminEmail: values.adminEmail?.trim(),
    website: textOrNull(values.website),
    phone: textOrNull(values.phone),
    preferredLanguage: values.preferredLanguage,
  };
  if (isBankDetailsEntered(values)) {
    body['bankDetails'] = Object.fromEntries(
      Object.entries(toBankInput(values)).filter(([, value]) => value !== undefined),
    );
  }
  return body;
}
