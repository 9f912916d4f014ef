/*
 * Jest: TypeScript through ts-jest (type errors are left to `npm run lint`). The global setup starts
 * the local Neo4j for the integration tests unless NEO4J_URI names a server to use instead.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { isolatedModules: true, diagnostics: false }] },
  globalSetup: "<rootDir>/test/helpers/global-setup.ts",
  globalTeardown: "<rootDir>/test/helpers/global-teardown.ts",
  testTimeout: 120000,
  // The database suites share one Neo4j and wipe it; running files one at a time keeps them apart.
  maxWorkers: 1,
};
