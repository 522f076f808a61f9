export * from './api-responses.js';
export * from './locale-storage.js';
