export * from './agreements.js';
export * from './agreement-versions.js';
