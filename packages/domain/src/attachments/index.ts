export * from './attachment.js';
