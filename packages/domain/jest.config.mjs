import { jestConfig } from '../../jest.base.mjs';

export default jestConfig({
  roots: ['<rootDir>/src'],
  coverageProvider: 'v8',
  collectCoverageFrom: ['src/**/*.ts', '!src/**/*.spec.ts', '!src/index.ts'],
  coverageReporters: ['text-summary', 'json-summary'],
  coverageThreshold: { global: { branches: 100 } },
});
