/** Jest: one test file per module under test/, mirroring src/. ts-jest compiles without type checking
 * (npm run typecheck does that once for the whole tree, which is much faster). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  // office-addin-mock pulls in ESM-only packages through office-addin-manifest; it only reads the
  // OfficeApp enum from it (../shared/notes/office-addin.md, section 3.1).
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js" },
  setupFiles: ["<rootDir>/test/setup-fast-check.ts"],
  testTimeout: 30000,
};
