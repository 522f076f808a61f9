import { fileURLToPath } from 'node:url';

// Shared jest settings: TypeScript through SWC (with decorator metadata for NestJS), native ESM
// (jest runs under node --experimental-vm-modules), and `.js` import suffixes mapped back to
// the TypeScript sources.
/** @param {import('jest').Config} overrides */
export function jestConfig(overrides = {}) {
  return {
    testEnvironment: 'node',
    extensionsToTreatAsEsm: ['.ts', '.tsx'],
    moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
    transform: {
      '^.+\\.(t|j)sx?$': [
        '@swc/jest',
        {
          jsc: {
            parser: { syntax: 'typescript', tsx: true, decorators: true },
            transform: {
              legacyDecorator: true,
              decoratorMetadata: true,
              react: { runtime: 'automatic' },
            },
            target: 'es2022',
            keepClassNames: true,
          },
          sourceMaps: 'inline',
        },
      ],
    },
    testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    reporters: [
      'default',
      fileURLToPath(new URL('./scripts/jest-results-reporter.cjs', import.meta.url)),
    ],
    // Built workspace packages (their dist/) are ESM already; they load as they are.
    // content-disposition 3 is ESM-only but required from CommonJS (by @fastify/static); Node
    // 20.19 does that natively, jest's module registry only on Node 24.9+, so it is compiled.
    transformIgnorePatterns: [
      '/node_modules/(?!\\.pnpm/content-disposition@|content-disposition/)',
      '^(?!.*/node_modules/).*/dist/',
    ],
    ...overrides,
  };
}
