/** Tests run through SWC (fast on two cores); `npm run typecheck` checks the types separately. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic', importSource: 'preact' } },
          target: 'es2020',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // office-addin-mock pulls ESM-only packages; let SWC transform them.
  transformIgnorePatterns: ['node_modules/(?!(.*/)?(uuid|strip-bom)/)'],
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/test/helpers/plain-summary-reporter.js'],
};
