export {
  parseBankDetails,
  parseBic,
  parseIban,
  usesIban,
  type BankDetails,
  type BankDetailsInput,
  type Bic,
  type Iban,
} from './bank-details.js';
export {
  parseBusinessAddress,
  stateCodes,
  type AddressField,
  type BusinessAddress,
  type BusinessAddressInput,
} from './business-address.js';
export {
  duplicateSignals,
  findDuplicates,
  findDuplicateSignals,
  toDuplicateEmailDomain,
  toDuplicateKeys,
  type DuplicateKeys,
  type DuplicateProfile,
  type DuplicateSignal,
} from './duplicates.js';
export {
  isConsumerEmailDomain,
  isGenericMailbox,
  parseEmailAddress,
  parseWorkEmail,
  type EmailAddress,
  type WorkEmail,
  type WorkEmailRole,
} from './email.js';
export { parsePartnerId, type ParsedPartnerId, type PartnerId } from './partner-id.js';
export { parsePhone, toLocationPhone, type PhoneNumber } from './phone.js';
export { parsePostalCode, postalCodeRules } from './postal-code.js';
export {
  acceptedRegistrationIdTypes,
  isRegistrationIdRequired,
  parseRegistrationId,
  registrationIdRules,
  type RegistrationId,
  type RegistrationIdInput,
  type RegistrationIdType,
} from './registration-id.js';
