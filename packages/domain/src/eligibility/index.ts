export * from './eligibility-policy.js';
export * from './check-eligibility.js';
