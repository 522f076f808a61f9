import { jestConfig } from '../../jest.base.mjs';

export default jestConfig({ roots: ['<rootDir>/src', '<rootDir>/test'], testTimeout: 60_000 });
