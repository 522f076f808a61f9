// What a client may send on create and update: the API refuses unknown and read-only fields
// (400 naming them), so the console never echoes a record back as it was read.

/** Fields the API computes or owns; never sent. */
export const readOnlyFields: readonly string[] = [
  'id',
  'tenantId',
  'version',
  'canEdit',
  'createdAt',
  'updatedAt',
  'region',
  'billingCurrency',
  'country',
];

/** Per resource, the fields a create or update may carry (others are dropped). */
const writableFields: Readonly<Record<string, readonly string[]>> = {
  partners: [
    'legalName',
    'partnerId',
    'address',
    'bankDetails',
    'adminEmail',
    'website',
    'phone',
    'preferredLanguage',
  ],
  enrollments: ['program', 'eligibility'],
  'revenue-records': ['partnerId', 'month', 'amount', 'currency', 'channel', 'productKind'],
  // `version` here is the agreement's version name, not a record's optimistic-lock counter.
  'agreement-versions': ['kind', 'version', 'publishedOn', 'reacceptBy', 'regions', 'texts'],
  // Here `tenantId` and `country` are the customer's, which the partner enters.
  customers: ['tenantId', 'name', 'country'],
  'csp-transaction-tenants': ['region', 'tenantId'],
  // A location's own country, tenant and PartnerID, which the partner enters.
  locations: [
    'legalName',
    'country',
    'partnerId',
    'tenantId',
    'registrationId',
    'taxId',
    'address',
    'bankDetails',
    'partnerIdActive',
    'partnerIdInPartnerCenter',
  ],
  'reseller-providers': ['providerId'],
};

/** The masked view (`{ kind, last4, ... }`) the API answers: not something to send back. */
const isMaskedBankDetails = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && 'last4' in value;

export function toWritableBody(
  resource: string,
  data: Record<string, unknown>,
): Record<string, unknown> {
  const allowed = writableFields[resource];
  return Object.fromEntries(
    Object.entries(data).filter(
      ([field, value]) =>
        value !== undefined &&
        (allowed === undefined ? !readOnlyFields.includes(field) : allowed.includes(field)) &&
        !(field === 'bankDetails' && isMaskedBankDetails(value)),
    ),
  );
}
