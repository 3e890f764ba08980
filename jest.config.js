/**
 * `npm test` type-checks everything once with tsc before jest runs, so ts-jest only transpiles: with
 * `isolatedModules` in tsconfig.json it compiles each file on its own, without a second type-check.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testTimeout: 30000,
  preset: 'ts-jest',
};
