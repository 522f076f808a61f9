import { supportPlans, type SupportPlan } from '../eligibility/eligibility-policy.js';
import { describeInput } from '../money/describe-input.js';
import { refuse, type Refusal } from '../refusal.js';
import { err, ok, type Result } from '../result.js';
import {
  creditScoreBands,
  MAX_CREDIT_REFERENCE_LENGTH,
  type CreditCheckEvidence,
  type CreditScoreBand,
} from './credit-check.js';
import { enrollmentCommandTypes, type EnrollmentCommandType } from './enrollment-table.js';
import {
  informationRequestReasons,
  rejectionReasons,
  type InformationRequestReason,
  type RejectionReason,
} from './message-templates.js';

/** A command with its payload. Blank texts are refused by the guards, naming state and command. */
export type EnrollmentCommand =
  | { readonly type: 'update_draft' }
  | { readonly type: 'submit' }
  | { readonly type: 'start_review' }
  | {
      readonly type: 'request_information';
      /** Why, from informationRequestReasons; `message` is the e-mail the partner receives. */
      readonly reasonCode: InformationRequestReason;
      readonly message: string;
    }
  | { readonly type: 'answer_information'; readonly message: string }
  | { readonly type: 'verify' }
  | {
      readonly type: 'reject';
      /** Why, from rejectionReasons; `reason` is the e-mail the partner receives. */
      readonly reasonCode: RejectionReason;
      readonly reason: string;
    }
  | { readonly type: 'withdraw'; readonly reason?: string }
  | { readonly type: 'request_credit_check' }
  | ({ readonly type: 'pass_credit_check' } & CreditCheckEvidence)
  | ({ readonly type: 'fail_credit_check'; readonly reason?: string } & CreditCheckEvidence)
  | { readonly type: 'record_support_plan'; readonly plan: SupportPlan }
  | { readonly type: 'accept_agreement' }
  | { readonly type: 'activate' }
  | { readonly type: 'transition_to_indirect'; readonly providerId: string }
  | { readonly type: 'complete_transition' };

export const MAX_TEXT_LENGTH = 4000;
export const MAX_PROVIDER_ID_LENGTH = 100;

export type CommandRefusal = Refusal<'enrollment.invalid_command'>;

const invalid = (field: string, value: unknown): CommandRefusal =>
  refuse('enrollment.invalid_command', { field, value: describeInput(value) });

// Tabs and line breaks are text; other control characters are not.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: CommandRefusal };

const own = (record: Record<string, unknown>, field: string): unknown =>
  Object.hasOwn(record, field) ? record[field] : undefined;

function code<T extends string>(value: unknown, field: string, list: readonly T[]): Parsed<T> {
  return typeof value === 'string' && (list as readonly string[]).includes(value)
    ? ok(value as T)
    : err(invalid(field, value));
}

/** The optional evidence of a credit check's outcome: bureau reference, score band, note. */
function evidence(record: Record<string, unknown>): Parsed<CreditCheckEvidence> {
  const found: { reference?: string; scoreBand?: CreditScoreBand; note?: string } = {};
  const reference = own(record, 'reference');
  if (reference !== undefined) {
    const parsed = text(reference, 'reference', MAX_CREDIT_REFERENCE_LENGTH);
    if (!parsed.ok) {
      return parsed;
    }
    found.reference = parsed.value;
  }
  const band = own(record, 'scoreBand');
  if (band !== undefined) {
    const parsed = code(band, 'scoreBand', creditScoreBands);
    if (!parsed.ok) {
      return parsed;
    }
    found.scoreBand = parsed.value;
  }
  const note = own(record, 'note');
  if (note !== undefined) {
    const parsed = text(note, 'note', MAX_TEXT_LENGTH);
    if (!parsed.ok) {
      return parsed;
    }
    found.note = parsed.value;
  }
  return ok(found);
}

function text(value: unknown, field: string, max: number): Parsed<string> {
  return typeof value !== 'string' || value.length > max || CONTROL.test(value)
    ? err(invalid(field, value))
    : ok(value);
}

/**
 * Reads a command from a request body: `{ type, ...payload }`. Unknown types, missing or
 * mistyped payload fields, over-long texts and control characters are refused; extra fields are
 * ignored. Never throws.
 */
export function parseEnrollmentCommand(input: unknown): Result<EnrollmentCommand, CommandRefusal> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return err(invalid('type', input));
  }
  const record = input as Record<string, unknown>;
  const type = own(record, 'type');
  if (typeof type !== 'string' || !(enrollmentCommandTypes as readonly string[]).includes(type)) {
    return err(invalid('type', type));
  }
  const commandType = type as EnrollmentCommandType;
  switch (commandType) {
    case 'request_information': {
      const reasonCode = code(own(record, 'reasonCode'), 'reasonCode', informationRequestReasons);
      if (!reasonCode.ok) {
        return reasonCode;
      }
      const message = text(own(record, 'message'), 'message', MAX_TEXT_LENGTH);
      return message.ok
        ? ok({ type: commandType, reasonCode: reasonCode.value, message: message.value })
        : message;
    }
    case 'answer_information': {
      const message = text(own(record, 'message'), 'message', MAX_TEXT_LENGTH);
      return message.ok ? ok({ type: commandType, message: message.value }) : message;
    }
    case 'reject': {
      const reasonCode = code(own(record, 'reasonCode'), 'reasonCode', rejectionReasons);
      if (!reasonCode.ok) {
        return reasonCode;
      }
      const reason = text(own(record, 'reason'), 'reason', MAX_TEXT_LENGTH);
      return reason.ok
        ? ok({ type: commandType, reasonCode: reasonCode.value, reason: reason.value })
        : reason;
    }
    case 'withdraw': {
      const value = own(record, 'reason');
      if (value === undefined) {
        return ok({ type: commandType });
      }
      const reason = text(value, 'reason', MAX_TEXT_LENGTH);
      return reason.ok ? ok({ type: commandType, reason: reason.value }) : reason;
    }
    case 'pass_credit_check': {
      const found = evidence(record);
      return found.ok ? ok({ type: commandType, ...found.value }) : found;
    }
    case 'fail_credit_check': {
      const found = evidence(record);
      if (!found.ok) {
        return found;
      }
      const value = own(record, 'reason');
      if (value === undefined) {
        return ok({ type: commandType, ...found.value });
      }
      const reason = text(value, 'reason', MAX_TEXT_LENGTH);
      return reason.ok ? ok({ type: commandType, ...found.value, reason: reason.value }) : reason;
    }
    case 'record_support_plan': {
      const plan = own(record, 'plan');
      return typeof plan === 'string' && (supportPlans as readonly string[]).includes(plan)
        ? ok({ type: commandType, plan: plan as SupportPlan })
        : err(invalid('plan', plan));
    }
    case 'transition_to_indirect': {
      const providerId = text(own(record, 'providerId'), 'providerId', MAX_PROVIDER_ID_LENGTH);
      return providerId.ok ? ok({ type: commandType, providerId: providerId.value }) : providerId;
    }
    case 'update_draft':
    case 'submit':
    case 'start_review':
    case 'verify':
    case 'request_credit_check':
    case 'accept_agreement':
    case 'activate':
    case 'complete_transition':
      return ok({ type: commandType });
  }
}
