import { IdempotencyKeyEntity } from '../http/idempotency/idempotency-key.entity.js';
import { AgreementAcceptanceEntity } from '../modules/agreements/agreement-acceptance.entity.js';
import { AgreementVersionEntity } from '../modules/agreements/agreement-version.entity.js';
import { CspTransactionTenantEntity } from '../modules/customers/csp-transaction-tenant.entity.js';
import { PartnerCustomerEntity } from '../modules/customers/partner-customer.entity.js';
import { ResellerProviderEntity } from '../modules/relationships/reseller-provider.entity.js';
import { PartnerLocationEntity } from '../modules/locations/partner-location.entity.js';
import { AuditEventEntity } from '../modules/audit/audit-event.entity.js';
import { CreditCheckEntity } from '../modules/credit-checks/credit-check.entity.js';
import { EnrollmentCheckEntity } from '../modules/enrollments/enrollment-check.entity.js';
import { EnrollmentAttachmentEntity } from '../modules/enrollments/enrollment-attachment.entity.js';
import { EnrollmentNoteEntity } from '../modules/enrollments/enrollment-note.entity.js';
import { EnrollmentEntity } from '../modules/enrollments/enrollment.entity.js';
import { UserEntity } from '../modules/identity/user.entity.js';
import { OutboundEmailEntity } from '../modules/notifications/outbound-email.entity.js';
import { SearchSyncPendingEntity } from '../modules/providers/search-sync-pending.entity.js';
import { SearchReindexEntity } from '../modules/providers/search-reindex.entity.js';
import { ProviderLogoEntity } from '../modules/providers/provider-logo.entity.js';
import { ProviderLeadEntity } from '../modules/providers/provider-lead.entity.js';
import { ProviderListingEntity } from '../modules/providers/provider-listing.entity.js';
import { ProviderEntity } from '../modules/providers/provider.entity.js';
import { PartnerEntity } from '../modules/partners/partner.entity.js';
import { PartnerDuplicateFlagEntity } from '../modules/partners/partner-duplicate-flag.entity.js';
import { CsvImportEntity } from '../modules/partners/csv-import.entity.js';
import { FxRateEntity } from '../modules/partners/fx-rate.entity.js';
import { RevenueRecordEntity } from '../modules/partners/revenue-record.entity.js';
import { SearchMissEntity } from '../modules/search/search-miss.entity.js';
import { ProgramConfigurationEntity } from '../modules/program-settings/program-configuration.entity.js';
import { ProgramSettingChangeEntity } from '../modules/program-settings/program-setting-change.entity.js';
import { ProgramSettingEntity } from '../modules/program-settings/program-setting.entity.js';

/** Every entity, listed explicitly (no globs): the data source and the schema-diff test use this. */
export const entities = [
  UserEntity,
  PartnerEntity,
  PartnerDuplicateFlagEntity,
  RevenueRecordEntity,
  FxRateEntity,
  CsvImportEntity,
  EnrollmentEntity,
  EnrollmentCheckEntity,
  EnrollmentNoteEntity,
  EnrollmentAttachmentEntity,
  CreditCheckEntity,
  AgreementAcceptanceEntity,
  AgreementVersionEntity,
  CspTransactionTenantEntity,
  PartnerCustomerEntity,
  ResellerProviderEntity,
  PartnerLocationEntity,
  AuditEventEntity,
  OutboundEmailEntity,
  IdempotencyKeyEntity,
  ProgramSettingEntity,
  ProgramConfigurationEntity,
  ProgramSettingChangeEntity,
  ProviderEntity,
  ProviderListingEntity,
  ProviderLeadEntity,
  ProviderLogoEntity,
  SearchMissEntity,
  SearchReindexEntity,
  SearchSyncPendingEntity,
];
