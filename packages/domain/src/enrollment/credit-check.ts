// A direct bill application's credit check (DOMAIN.md §6.3: "Microsoft verifies the business
// information and runs the credit check", then "sends the credit-pass email"; the seed: "We'll
// email you when you've passed the credit check"). Who runs it is the API's credit bureau adapter
// (a manual one by default: the reviewer records what the bureau answered); what is recorded as
// evidence of its outcome is defined here, so the API, the console and a bureau integration
// agree on it.

/**
 * The bureau's risk rating, as a band rather than a bureau-specific score (D&B, Creditsafe and
 * Experian each use their own scale): `low` to `very_high` risk, or `unrated` when the bureau has
 * too little on file to score the company.
 */
export type CreditScoreBand = 'low' | 'moderate' | 'high' | 'very_high' | 'unrated';
export const creditScoreBands: readonly CreditScoreBand[] = [
  'low',
  'moderate',
  'high',
  'very_high',
  'unrated',
];

export const MAX_CREDIT_REFERENCE_LENGTH = 100;

/** What the reviewer (or a bureau's answer) records with a credit check's outcome. */
export type CreditCheckEvidence = {
  /** The bureau's reference for the report (a D-U-N-S report id, an order number). */
  readonly reference?: string;
  readonly scoreBand?: CreditScoreBand;
  readonly note?: string;
};

export type CreditCheckStatus = 'pending' | 'passed' | 'failed';
