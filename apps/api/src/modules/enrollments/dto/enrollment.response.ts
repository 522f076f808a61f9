import { AgreementStandingResponse } from '../../agreements/dto/agreement-version.dto.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  agreementKinds,
  creditScoreBands,
  duplicateSignals,
  enrollmentTables,
  informationRequestReasons,
  rejectionReasons,
  verificationChecks,
  type AgreementKind,
  type CreditCheckStatus,
  type CreditScoreBand,
  type DuplicateSignal,
  type EnrollmentState,
  type MessageReason,
  type MessageTemplateCommand,
  type VerificationCheck,
} from '@hub/domain';

/** Every state of either program (the direct bill table has them all). */
const states = [...enrollmentTables.direct_bill.states];

export class CodedMessage {
  @ApiProperty({ example: 'enrollment.credit_check_not_passed' }) code: string;
  @ApiProperty({ description: 'In the caller’s language.' }) message: string;
}

export class AvailableCommandResponse {
  @ApiProperty({ example: 'start-review', description: 'The command path segment.' })
  command: string;
  @ApiProperty({ enum: states }) to: EnrollmentState;
  @ApiPropertyOptional({
    type: CodedMessage,
    description: 'Set when a fact the command needs is missing.',
  })
  blockedBy?: CodedMessage;
}

export class LockedCommandResponse extends CodedMessage {
  @ApiProperty({ example: 'record-support-plan' }) command: string;
}

export class PolicyResponse {
  @ApiProperty({ example: 'direct_bill_fy26' }) id: string;
  @ApiProperty({ example: '2025-10-01' }) effectiveFrom: string;
  @ApiProperty({ description: 'True once recorded at submission; false: the one in force today.' })
  recorded: boolean;
}

export class RequirementResponse extends CodedMessage {
  @ApiProperty({ example: 'revenue' }) requirement: string;
  @ApiProperty({ enum: ['met', 'not_met', 'needs_review'] }) status:
    'met' | 'not_met' | 'needs_review';
  @ApiProperty() advisory: boolean;
  @ApiPropertyOptional({ enum: ['credit_check'] }) awaits?: 'credit_check';
}

export class RevenueFigureResponse {
  @ApiProperty({ example: '312000.00' }) totalUsd: string;
  @ApiProperty({ example: '300000.00' }) minimumUsd: string;
  @ApiProperty({ example: '2025-11' }) first: string;
  @ApiProperty({ example: '2026-10' }) last: string;
}

export class EligibilityAnswersResponse {
  @ApiProperty({ type: Boolean, nullable: true }) hasSigningAuthority: boolean | null;
  @ApiProperty({ type: Boolean, nullable: true }) providesFirstLevelSupport: boolean | null;
  @ApiProperty({ type: Boolean, nullable: true }) hasBillingInfrastructure: boolean | null;
  @ApiProperty({ type: Number, nullable: true }) managedServices: number | null;
  @ApiProperty({ type: Number, nullable: true }) solutionsPartnerDesignations: number | null;
  @ApiProperty({ type: Boolean, nullable: true }) securityRequirementsMet: boolean | null;
  @ApiProperty({ type: String, nullable: true }) indirectResellerSince: string | null;
}

export class EligibilityResponse {
  @ApiProperty({ type: EligibilityAnswersResponse }) answers: EligibilityAnswersResponse;
  @ApiProperty({ enum: ['eligible', 'needs_review', 'not_eligible'] }) verdict:
    'eligible' | 'needs_review' | 'not_eligible';
  @ApiProperty({ type: [RequirementResponse] }) requirements: RequirementResponse[];
  @ApiProperty({ type: [RequirementResponse] }) advice: RequirementResponse[];
  @ApiProperty({ type: RevenueFigureResponse, nullable: true })
  revenue: RevenueFigureResponse | null;
}

export class CheckResponse {
  @ApiProperty({ enum: verificationChecks }) check: VerificationCheck;
  @ApiProperty({ enum: ['pending', 'passed', 'failed'] }) status: 'pending' | 'passed' | 'failed';
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: String, nullable: true }) recordedBy: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) recordedAt: string | null;
}

export class AgreementRefResponse {
  @ApiProperty({ enum: agreementKinds }) kind: AgreementKind;
  @ApiProperty({ example: '2019-09' }) version: string;
}

export class AcceptanceResponse extends AgreementRefResponse {
  @ApiProperty() signatoryName: string;
  @ApiProperty() signatoryTitle: string;
  @ApiProperty() signatoryEmail: string;
  @ApiProperty({ format: 'date-time' }) acceptedAt: string;
}

export class BankDetailsSummaryResponse {
  @ApiProperty({ enum: ['iban', 'account'] }) kind: 'iban' | 'account';
  @ApiProperty({ example: '7466' }) last4: string;
}

export class ServiceLevelResponse {
  @ApiProperty({
    enum: ['running', 'paused', 'stopped'],
    description: 'running: Microsoft owes the next step; paused: the partner owes an answer.',
  })
  clock: 'running' | 'paused' | 'stopped';
  @ApiProperty({ description: 'Business days since submission, without the partner’s turns.' })
  ageBusinessDays: number;
  @ApiProperty({ description: 'The program’s review target when it was submitted.' })
  targetBusinessDays: number;
  @ApiProperty() overdue: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) overdueFrom: string | null;
}

export class AssigneeResponse {
  @ApiProperty({ format: 'uuid', description: 'Object id in the staff tenant.' }) userId: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date-time' }) assignedAt: string;
}

export class TransitionResponse {
  @ApiProperty({
    format: 'uuid',
    description: 'The indirect reseller enrollment of the transition.',
  })
  enrollmentId: string;
  @ApiProperty({ format: 'uuid', description: 'The direct bill enrollment it moves from.' })
  directBillEnrollmentId: string;
  @ApiProperty({ enum: states, description: 'The indirect reseller enrollment’s state.' })
  state: EnrollmentState;
  @ApiProperty({ format: 'uuid' }) providerId: string;
  @ApiProperty({ type: String, nullable: true }) providerName: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class DuplicateEnrollmentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['indirect_reseller', 'direct_bill'] }) program:
    'indirect_reseller' | 'direct_bill';
  @ApiProperty({ enum: states }) state: EnrollmentState;
}

export class DuplicateResponse {
  @ApiProperty({
    enum: duplicateSignals,
    isArray: true,
    description:
      'What it shares with this partner: bank_account (the same IBAN or account number, compared by its keyed blind index), partner_id, email_domain (of the admin’s address; web-mail domains never count).',
  })
  signals: DuplicateSignal[];
  @ApiProperty({ format: 'uuid', description: 'The other tenant’s partner.' }) partnerId: string;
  @ApiProperty({ format: 'uuid' }) tenantId: string;
  @ApiProperty() legalName: string;
  @ApiProperty({ example: 'DE' }) country: string;
  @ApiProperty({
    type: [DuplicateEnrollmentResponse],
    description: 'Its applications: the cases to compare this one with.',
  })
  enrollments: DuplicateEnrollmentResponse[];
}

export class EnrollmentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) partnerId: string;
  @ApiProperty({ format: 'uuid' }) tenantId: string;
  @ApiProperty() legalName: string;
  @ApiProperty({ enum: ['indirect_reseller', 'direct_bill'] }) program:
    'indirect_reseller' | 'direct_bill';
  @ApiProperty({ enum: states }) state: EnrollmentState;
  @ApiProperty({ description: 'Optimistic-locking version; also the ETag.' }) version: number;
  @ApiProperty({
    enum: ['application', 'transition'],
    description:
      'transition: opened by a direct bill partner’s request to become an indirect reseller.',
  })
  origin: 'application' | 'transition';
  @ApiProperty({
    type: TransitionResponse,
    nullable: true,
    description: 'The transition from direct bill this enrollment opened or belongs to, if any.',
  })
  transition: TransitionResponse | null;
  @ApiProperty({ example: 'SE' }) country: string;
  @ApiProperty({ type: String, nullable: true, example: 'Europe' }) region: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'SEK' }) billingCurrency: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'Set when the application is the review of a location in another country.',
  })
  locationId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) submittedAt: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) decidedAt: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Business days since submission.' })
  ageBusinessDays: number | null;
  @ApiProperty({ type: ServiceLevelResponse, nullable: true, description: 'Once submitted.' })
  serviceLevel: ServiceLevelResponse | null;
  @ApiProperty({ type: AssigneeResponse, nullable: true }) assignee: AssigneeResponse | null;
  @ApiProperty({ type: PolicyResponse, nullable: true }) policy: PolicyResponse | null;
  @ApiProperty({ type: EligibilityResponse, nullable: true })
  eligibility: EligibilityResponse | null;
  @ApiProperty({ type: String, nullable: true, enum: ['asfp', 'psfp'] }) supportPlan:
    'asfp' | 'psfp' | null;
  @ApiProperty({ type: [CheckResponse] }) checks: CheckResponse[];
  @ApiProperty({ enum: verificationChecks, isArray: true }) requiredChecks: VerificationCheck[];
  @ApiProperty({
    type: [AvailableCommandResponse],
    description: 'Exactly what the caller may do now.',
  })
  availableCommands: AvailableCommandResponse[];
  @ApiProperty({
    type: [LockedCommandResponse],
    description: 'Commands for later, with the reason they are locked now.',
  })
  lockedCommands: LockedCommandResponse[];
  @ApiProperty({ type: AgreementRefResponse, nullable: true })
  agreement: AgreementRefResponse | null;
  @ApiProperty({ type: AcceptanceResponse, nullable: true }) acceptance: AcceptanceResponse | null;
  @ApiProperty({
    type: AgreementStandingResponse,
    nullable: true,
    description:
      'An active enrollment: where the partner stands against the newest version of its agreement (due or overdue: a new version to accept).',
  })
  agreementStanding: AgreementStandingResponse | null;
  @ApiProperty({ type: String, nullable: true }) lastInformationRequest: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date-time',
    description: 'When the admin confirmed the e-mail address through the link.',
  })
  emailConfirmedAt: string | null;
  @ApiProperty({
    type: BankDetailsSummaryResponse,
    nullable: true,
    description: 'Masked: last 4 only.',
  })
  bankDetails: BankDetailsSummaryResponse | null;
  @ApiProperty() adminEmail: string;
  @ApiProperty({ type: String, nullable: true }) partnerIdNumber: string | null;
  @ApiPropertyOptional({
    type: [DuplicateResponse],
    description:
      'Staff only (never in a partner’s answer): other tenants’ partners that share a signal with this one, at most 20. Empty when none.',
  })
  duplicates?: DuplicateResponse[];
}

export class TimelineActorResponse {
  @ApiProperty() kind: string;
  @ApiProperty() name: string;
}

export class TimelineEntryResponse {
  @ApiProperty() id: string;
  @ApiProperty() seq: number;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: TimelineActorResponse }) actor: TimelineActorResponse;
  @ApiProperty() command: string;
  @ApiProperty({ type: String, nullable: true, enum: states }) from: EnrollmentState | null;
  @ApiProperty({ enum: states }) to: EnrollmentState;
  @ApiProperty({ type: 'object', additionalProperties: true }) details: Record<string, unknown>;
}

export class NoteResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() body: string;
  @ApiProperty() author: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class BulkItemResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() ok: boolean;
  @ApiProperty({ description: 'The status this row alone would have answered.' }) status: number;
  @ApiPropertyOptional({ description: 'The row’s new version, when it was done.' })
  version?: number;
  @ApiPropertyOptional({ description: 'Why not, as a stable code.' }) code?: string;
  @ApiPropertyOptional({ description: 'Why not, in the caller’s language.' }) message?: string;
}

export class BulkResponse {
  @ApiProperty({ description: 'How many rows were done.' }) done: number;
  @ApiProperty({ type: [BulkItemResponse] }) results: BulkItemResponse[];
}

export class TabCountResponse {
  @ApiProperty({ enum: ['new', 'in_review', 'waiting', 'credit_check', 'verified', 'decided'] })
  tab: 'new' | 'in_review' | 'waiting' | 'credit_check' | 'verified' | 'decided';
  @ApiProperty() count: number;
  @ApiProperty({ description: 'True when there are more than `count` (the count is capped).' })
  capped: boolean;
}

export class MessageTemplateResponse {
  @ApiProperty({ enum: ['request_information', 'reject'] }) command: MessageTemplateCommand;
  @ApiProperty({ enum: [...new Set([...informationRequestReasons, ...rejectionReasons])] })
  reason: MessageReason;
  @ApiProperty({ enum: ['en', 'sv'], description: 'The partner’s language: the e-mail’s.' })
  locale: 'en' | 'sv';
  @ApiProperty({ description: 'The partner’s admin, who receives the e-mail.' }) recipient: string;
  @ApiProperty() subject: string;
  @ApiProperty({
    description:
      'The template filled in: send it (edited or not) as the command’s message or reason, and it is the e-mail’s body word for word.',
  })
  body: string;
}

export class CreditCheckResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'manual', description: 'The bureau adapter that ran it.' })
  bureau: string;
  @ApiProperty({ enum: ['pending', 'passed', 'failed'] }) status: CreditCheckStatus;
  @ApiProperty({ type: String, nullable: true }) requestedBy: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) requestedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The bureau’s reference.' })
  reference: string | null;
  @ApiProperty({ type: String, nullable: true, enum: creditScoreBands })
  scoreBand: CreditScoreBand | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: String, nullable: true }) recordedBy: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'reviewer, program_admin, or system (a bureau’s answer).',
  })
  recordedByKind: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) recordedAt: string | null;
}
