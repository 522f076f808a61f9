export { addMonths, parseMonth, type MonthKey } from './calendar.js';
export * from './revenue.js';
