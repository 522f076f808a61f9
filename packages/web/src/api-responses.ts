// The API's response bodies, as the browser apps read them: names for the schemas generated from
// the API's OpenAPI document into api-types.ts (`npm run generate:api-types`). No type here is
// written by hand; a new response gets its line here once the API documents it.
import type { components } from './api-types.js';

type Schemas = components['schemas'];

/** `GET /api/config`: what the console needs to sign people in. */
export type ClientConfigResponse = Schemas['ClientConfigResponse'];

/** `GET /api/me`: who the API says the bearer of the token is. */
export type MeResponse = Schemas['MeResponse'];

/** One CSP market as `GET /api/markets` returns it. */
export type MarketResponse = Schemas['MarketResponse'];

/** One program region as `GET /api/regions` returns it. */
export type RegionResponse = Schemas['RegionResponse'];

/** A partner profile: bank details masked, never the full number. */
export type PartnerResponse = Schemas['PartnerResponse'];
export type AddressResponse = Schemas['AddressResponse'];
export type MaskedBankDetailsResponse = Schemas['MaskedBankDetailsResponse'];

/** One month of a partner's CSP revenue. */
export type RevenueRecordResponse = Schemas['RevenueRecordResponse'];

/** A CSV import's preview (every line with its problems), and what a commit wrote. */
export type CsvPreviewResponse = Schemas['CsvPreviewResponse'];
export type PreviewLineResponse = Schemas['PreviewLineResponse'];
export type LineErrorResponse = Schemas['LineErrorResponse'];
export type CsvImportResult = Schemas['CsvImportResult'];

/** A month's FX rate to USD (program data). */
export type FxRateResponse = Schemas['FxRateResponse'];

/** The trailing-12-month revenue window, month by month in USD. */
export type RevenueWindowResponse = Schemas['RevenueWindowResponse'];
export type WindowMonthResponse = Schemas['WindowMonthResponse'];

/** An application with what the caller may do next. */
export type EnrollmentResponse = Schemas['EnrollmentResponse'];
export type EligibilityResponse = Schemas['EligibilityResponse'];
export type EligibilityAnswersResponse = Schemas['EligibilityAnswersResponse'];
export type RequirementResponse = Schemas['RequirementResponse'];
export type CheckResponse = Schemas['CheckResponse'];
export type AvailableCommandResponse = Schemas['AvailableCommandResponse'];
export type LockedCommandResponse = Schemas['LockedCommandResponse'];
export type CodedMessage = Schemas['CodedMessage'];
export type TimelineEntryResponse = Schemas['TimelineEntryResponse'];
export type NoteResponse = Schemas['NoteResponse'];
export type MessageTemplateResponse = Schemas['MessageTemplateResponse'];
export type CreditCheckResponse = Schemas['CreditCheckResponse'];
/** A file with an application: a partner's answer's, or a reviewer's evidence for a check. */
export type AttachmentResponse = Schemas['AttachmentResponse'];
/** Staff only: another tenant's partner that shares a signal, with its cases. */
export type DuplicateResponse = Schemas['DuplicateResponse'];

/** The reviewers' queue: service level, assignee, tab counts, bulk actions, the staff. */
export type ServiceLevelResponse = Schemas['ServiceLevelResponse'];
export type AssigneeResponse = Schemas['AssigneeResponse'];
export type TabCountResponse = Schemas['TabCountResponse'];
export type BulkActionDto = Schemas['BulkActionDto'];
export type BulkItemResponse = Schemas['BulkItemResponse'];
export type BulkResponse = Schemas['BulkResponse'];
export type StaffMemberResponse = Schemas['StaffMemberResponse'];

/** Every error body: `{ statusCode, error, code, message, details? }`. */
export type ErrorResponse = Schemas['ErrorResponse'];

/** Every schema and operation of the API, for what has no name above yet. */
export type { components, operations, paths } from './api-types.js';

/** The directory: resellers' messages to a provider, unmet demand, the index's upkeep. */
export type LeadResponse = Schemas['LeadResponse'];
export type SearchMissResponse = Schemas['SearchMissResponse'];
export type SearchReindexResponse = Schemas['SearchReindexResponse'];
export type ConsistencyReportResponse = Schemas['ConsistencyReportResponse'];

/** A provider (distributor) with its live and working listing versions, and its audit trail. */
export type ProviderResponse = Schemas['ProviderResponse'];
export type ListingVersionResponse = Schemas['ListingVersionResponse'];
export type ListingProblemResponse = Schemas['ListingProblemResponse'];
export type ProviderListingFieldsDto = Schemas['ProviderListingFieldsDto'];

/** `POST /api/providers/mine/logos`: an uploaded logo (its id goes into the draft's `logo`). */
export type LogoResponse = Schemas['LogoResponse'];
export type OfficeDto = Schemas['OfficeDto'];
export type FreshnessResponse = Schemas['FreshnessResponse'];
export type ProviderTimelineEntryResponse = Schemas['ProviderTimelineEntryResponse'];
/** The distributor's preview: its draft ranked among the published listings. */
export type ProviderPreviewResponse = Schemas['ProviderPreviewResponse'];
/** The program settings a program admin tunes, their bounds and latest changes. */
export type ProgramSettingsResponse = Schemas['ProgramSettingsResponse'];

/** `GET /api/enrollment-stats`: the console dashboard's figures (staff). */
export type EnrollmentStatsResponse = Schemas['EnrollmentStatsResponse'];
export type BacklogStateResponse = Schemas['BacklogStateResponse'];
export type StatsWeekResponse = Schemas['StatsWeekResponse'];
export type RegionApprovalResponse = Schemas['RegionApprovalResponse'];

/** An agreement version with its texts (staff also get the acceptance counts). */
export type AgreementVersionResponse = Schemas['AgreementVersionResponse'];
/** A partner a version concerns, and whether it has accepted it. */
export type AgreementPartnerResponse = Schemas['AgreementPartnerResponse'];
/** Where an active partner stands against the newest version of its agreement. */
export type AgreementStandingResponse = Schemas['AgreementStandingResponse'];

/** A partner's CSP transaction tenant in one region (marked, or its own account tenant). */
export type CspTenantResponse = Schemas['CspTenantResponse'];
/** A customer tenant a partner registered. */
export type CustomerResponse = Schemas['CustomerResponse'];
/** An indirect provider a reseller works with (recorded by it, or by its transition). */
export type ResellerProviderResponse = Schemas['ResellerProviderResponse'];
/** A transition from direct bill to indirect reseller, seen from either enrollment. */
export type TransitionResponse = Schemas['TransitionResponse'];

/** A partner's location in another country, with the state of its review (its enrollment). */
export type LocationResponse = Schemas['LocationResponse'];
/** The prerequisites checklist of a location application, for the live form. */
export type LocationChecklistResponse = Schemas['LocationChecklistResponse'];
/** One item of that checklist, with its reason in the caller's language. */
export type LocationChecklistItemResponse = Schemas['LocationChecklistItemResponse'];
