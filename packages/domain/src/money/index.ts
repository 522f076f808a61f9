export * from './currency.js';
export * from './money.js';
export * from './exchange-rate.js';
