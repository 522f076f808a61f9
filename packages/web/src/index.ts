export * from './api-responses.js';
export * from './country-names.js';
export * from './locale-storage.js';
