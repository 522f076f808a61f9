export * from './enrollment-table.js';
export * from './enrollment-command.js';
export * from './decide-enrollment.js';
