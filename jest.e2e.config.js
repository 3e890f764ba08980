/**
 * End-to-end browser tests (npm run test:e2e): the built bot + the Agents Playground in headless Chromium.
 * Kept apart from jest.config.js (which only matches *.test.ts), so `npm test` never needs a browser.
 * @type {import('jest').Config}
 */
module.exports = {
  // Type-checked by tsc in `npm run build`; ts-jest only transpiles (isolatedModules in tsconfig.json).
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/test/e2e/**/*.e2e.ts'],
  testTimeout: 90000,
  maxWorkers: 1,
};
