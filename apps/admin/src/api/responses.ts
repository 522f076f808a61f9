// The API's responses as the console reads them: names for the types generated from the API's
// OpenAPI document into @hub/web (`npm run generate:api-types`). Nothing here is written by hand.
import type {
  AddressResponse,
  AssigneeResponse,
  AttachmentResponse,
  AvailableCommandResponse,
  BulkActionDto,
  BulkItemResponse,
  BulkResponse,
  CheckResponse,
  CodedMessage,
  CreditCheckResponse,
  CsvImportResult,
  CsvPreviewResponse,
  DuplicateResponse,
  FxRateResponse,
  ConsistencyReportResponse,
  LeadResponse,
  SearchMissResponse,
  SearchReindexResponse,
  EligibilityAnswersResponse,
  EligibilityResponse,
  EnrollmentResponse,
  MaskedBankDetailsResponse,
  MeResponse,
  MessageTemplateResponse,
  NoteResponse,
  PartnerResponse,
  RequirementResponse,
  RevenueRecordResponse,
  RevenueWindowResponse,
  ServiceLevelResponse,
  StaffMemberResponse,
  TabCountResponse,
  TimelineEntryResponse,
} from '@hub/web';

export type {
  AttachmentResponse,
  ConsistencyReportResponse,
  LeadResponse,
  SearchMissResponse,
  SearchReindexResponse,
  CheckResponse,
  CodedMessage,
  CsvImportResult,
  CsvPreviewResponse,
  DuplicateResponse,
  FxRateResponse,
  RevenueWindowResponse,
  EnrollmentResponse,
  NoteResponse,
  PartnerResponse,
  RevenueRecordResponse,
};

export type ViewerKind = MeResponse['kind'];
export type Address = AddressResponse;
export type MaskedBankDetails = MaskedBankDetailsResponse;
export type RequirementOutcome = RequirementResponse;
export type RequirementStatus = RequirementResponse['status'];
export type EligibilityAnswers = EligibilityAnswersResponse;
export type Eligibility = EligibilityResponse;
export type CheckKind = CheckResponse['check'];
export type AvailableCommand = AvailableCommandResponse;
export type TimelineEntry = TimelineEntryResponse;
export type CreditCheck = CreditCheckResponse;
export type MessageTemplate = MessageTemplateResponse;
export type ServiceLevel = ServiceLevelResponse;
export type Assignee = AssigneeResponse;
export type StaffMember = StaffMemberResponse;
export type TabCount = TabCountResponse;
export type QueueTab = TabCountResponse['tab'];
export type BulkAction = BulkActionDto;
export type BulkItemResult = BulkItemResponse;
export type BulkResult = BulkResponse;

/** A command's name as the URL says it (`start-review`), whatever form the API listed it in. */
export const toCommandPath = (command: string): string => command.replace(/_/g, '-');
