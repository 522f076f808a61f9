import { type EntityManager } from 'typeorm';

/** The injection token of the credit bureau the hub orders credit checks from. */
export const CREDIT_BUREAU = Symbol('CREDIT_BUREAU');

/**
 * The job a bureau's answer becomes (its callback route or its polling job enqueues it): the
 * enrollments module runs it as the outcome command, as the hub (EnrollmentsService).
 */
export const CREDIT_OUTCOME_TASK = 'credit_checks.outcome';

/**
 * The object id the hub records a bureau's answer under (the audit trail's actor), as a service
 * principal of its own: an answer is told apart from a reviewer's and from the hub's other work.
 */
export const CREDIT_BUREAU_PRINCIPAL_ID = '5b0c9e2a-7d41-4f6b-a8e3-2c91d4f07b16';

/** The payload of CREDIT_OUTCOME_TASK. */
export type CreditOutcomeJob = {
  readonly creditCheckId: string;
  readonly outcome: 'passed' | 'failed';
  readonly reference?: string;
  readonly scoreBand?: string;
  readonly note?: string;
};

/** What the bureau is told about the company whose credit is checked. */
export type CreditCheckOrder = {
  /** The credit check's row (credit_checks.id): the bureau's answer names it. */
  readonly creditCheckId: string;
  readonly enrollmentId: string;
  readonly legalName: string;
  /** ISO 3166 alpha-2 of the legal address. */
  readonly country: string;
  readonly partnerId: string | null;
};

export type CreditCheckOrdered = {
  /** The bureau's reference of the order, when it gives one at once. */
  readonly reference: string | null;
};

/**
 * A credit bureau adapter (DOMAIN.md §6.3: "Microsoft verifies the business information and runs
 * the credit check"). `request_credit_check` calls `order` inside its transaction, after the
 * domain allowed it; the outcome always arrives as the `pass_credit_check` or
 * `fail_credit_check` command with its evidence (bureau reference, score band, note), so adding
 * a bureau never touches the commands:
 *
 * - `manual` (the default, ManualCreditBureau): ordering does nothing; the reviewer asks the
 *   bureau and records its answer with the two commands.
 * - a real bureau: `order` enqueues a job on `manager` (graphile-worker, the same transaction,
 *   so a rolled-back request orders nothing) that calls the bureau; the bureau's callback or a
 *   polling job then enqueues CREDIT_OUTCOME_TASK, which runs the outcome command as the
 *   `system` actor (the transition table allows it: CREDIT_RECORDERS).
 */
export type CreditBureau = {
  /** Stored with each check: `manual`, or the bureau's name. */
  readonly name: string;
  order(manager: EntityManager, order: CreditCheckOrder): Promise<CreditCheckOrdered>;
};
