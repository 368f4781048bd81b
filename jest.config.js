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
      testMatch: ['<rootDir>/apps/**/*.spec.ts', '<rootDir>/libs/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      setupFiles: ['<rootDir>/test/support/test-env.ts'],
    },
  ],
};
