/* eslint-disable -- CommonJS read by jest, as the root jest.config.js (which the lint ignores) */
// The fault tests (npm run test:faults): scenarios that kill, flush and restart their own private servers and
// processes. Apart from `npm test`: they take minutes.
// The transform, its ESM exceptions and the module names are the root config's (a scenario may import a library's
// index, which loads ESM-only packages).
const [unit] = require(`${__dirname}/../../jest.config.js`).projects;
module.exports = {
  rootDir: unit.rootDir,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/faults/**/*.fault-spec.ts'],
  transform: unit.transform,
  transformIgnorePatterns: unit.transformIgnorePatterns,
  moduleNameMapper: unit.moduleNameMapper,
  // A guard against a hung scenario, not a bound on how long one may take.
  testTimeout: 40 * 60_000,
};
