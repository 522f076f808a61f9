export * from './program-settings.js';
