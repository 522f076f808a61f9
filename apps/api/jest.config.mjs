import { jestConfig } from '../../jest.base.mjs';

export default jestConfig({
  roots: ['<rootDir>/test', '<rootDir>/src'],
  testRegex: '\\.(e2e-)?spec\\.ts$',
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30_000,
  maxWorkers: 2,
  // Coverage of the API by its tests against real PostgreSQL, Meilisearch and the identity
  // provider, measured and printed by `npm test` (issue 12 item 5); no threshold. V8's own
  // counters keep it fast. Every source file counts, loaded or not: code that runs only outside
  // the test workers (main.ts; the migrations, run once by the global setup) shows as uncovered.
  coverageProvider: 'v8',
  collectCoverageFrom: ['src/**/*.ts', '!src/**/*.spec.ts'],
  coverageReporters: ['text-summary', 'json-summary'],
});
