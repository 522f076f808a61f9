export * from './provider-listing.js';
export * from './listing-moderation.js';
export * from './lead.js';
export * from './search-miss.js';
export * from './freshness.js';
export * from './reseller-providers.js';
