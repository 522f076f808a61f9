import { jestConfig } from '../jest.base.mjs';

export default jestConfig({
  roots: ['<rootDir>/tests'],
  testRegex: '\\.e2e-spec\\.ts$',
  globalSetup: '<rootDir>/support/global-setup.mjs',
  globalTeardown: '<rootDir>/support/global-teardown.mjs',
  testTimeout: 60_000,
  // One browser at a time: two cores, and each flow is a person at one screen.
  maxWorkers: 1,
});
