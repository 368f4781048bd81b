// Unit tests (*.spec.ts beside the code) and e2e tests (test/*.e2e-spec.ts) share one transform:
// swc, which also turns the ESM-only @nestjs/* packages into CommonJS for jest's module system.
const { readFileSync } = require('node:fs');
const swcrc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));
const transform = {
  '^.+\\.(t|j)s$': ['@swc/jest', { ...swcrc, swcrc: false, jsc: { ...swcrc.jsc, baseUrl: __dirname } }],
};
const common = {
  testEnvironment: 'node',
  rootDir: __dirname,
  transform,
  // file-type (content sniffing of uploads) and its readers are ESM-only too, as pkijs and asn1js (CMS signatures).
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|file-type|strtok3|token-types|@tokenizer|uint8array-extras|@borewit|pkijs|asn1js|bytestreamjs|@peculiar|@noble)/)',
  ],
  moduleNameMapper: {
    '^@motcua/([a-z-]+)$': '<rootDir>/libs/$1/src',
    '^file-type$': '<rootDir>/node_modules/file-type/index.js',
  },
};
// The long property runs (fuzzing the loaders and the HTTP routes) are a project of their own, so that the unit
// and e2e projects stay quick enough to run many times a day; `npm test` runs all three (docs/testing.md).
const FUZZ = ['<rootDir>/libs/**/*.fuzz.spec.ts', '<rootDir>/test/fuzz.e2e-spec.ts', '<rootDir>/test/fuzz-results.e2e-spec.ts'];
// Suites on the test database: it is migrated once per run, each suite only empties its tables (test/support/app.ts).
const database = {
  setupFiles: ['<rootDir>/test/support/test-env.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
};
module.exports = {
  // A guard against a hung server, not a performance bound: e2e tests boot apps and wait on queues.
  testTimeout: 60_000,
  // One worker runs the suites one after another (they share the test database); it is replaced once it holds more
  // than this after a suite, since what each booted app leaves in the module registry adds up over 200 suites.
  workerIdleMemoryLimit: '1GB',
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/apps/**/*.spec.ts', '<rootDir>/libs/**/*.spec.ts', '<rootDir>/scripts/**/*.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '\\.fuzz\\.spec\\.ts$'],
    },
    {
      ...common,
      ...database,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/test/fuzz\\.e2e-spec\\.ts$', '/test/fuzz-results\\.e2e-spec\\.ts$'],
    },
    {
      ...common,
      ...database,
      displayName: 'fuzz',
      testMatch: FUZZ,
    },
  ],
};
