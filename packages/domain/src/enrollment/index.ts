export * from './enrollment-table.js';
export * from './enrollment-command.js';
export * from './decide-enrollment.js';
export * from './verification-checks.js';
export * from './service-level.js';
export * from './assignment.js';
export * from './message-templates.js';
export * from './credit-check.js';
