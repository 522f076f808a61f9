import { type EntityManager } from 'typeorm';

/** The injection token of the credit bureau the hub orders credit checks from. */
export const CREDIT_BUREAU = Symbol('CREDIT_BUREAU');

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
 *   polling job then gives the outcome command as the `system` actor, which the transition table
 *   allows (CREDIT_RECORDERS).
 */
export type CreditBureau = {
  /** Stored with each check: `manual`, or the bureau's name. */
  readonly name: string;
  order(manager: EntityManager, order: CreditCheckOrder): Promise<CreditCheckOrdered>;
};
