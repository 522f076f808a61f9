import { jestConfig } from '../../jest.base.mjs';

export default jestConfig({
  roots: ['<rootDir>/test', '<rootDir>/src'],
  testRegex: '\\.(e2e-)?spec\\.ts$',
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30_000,
  maxWorkers: 2,
});
