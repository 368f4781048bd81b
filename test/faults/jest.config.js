/* eslint-disable -- CommonJS read by jest, as the root jest.config.js (which the lint ignores) */
// The fault tests (npm run test:faults): scenarios that kill, flush and restart their own private servers and
// processes. Apart from `npm test`: they take minutes.
const { readFileSync } = require('node:fs');
const root = `${__dirname}/../..`;
const swcrc = JSON.parse(readFileSync(`${root}/.swcrc`, 'utf8'));
module.exports = {
  rootDir: root,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/faults/**/*.fault-spec.ts'],
  transform: {
    '^.+\\.(t|j)s$': ['@swc/jest', { ...swcrc, swcrc: false, jsc: { ...swcrc.jsc, baseUrl: root } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs)/)'],
  moduleNameMapper: { '^@motcua/([a-z-]+)$': '<rootDir>/libs/$1/src' },
  // A guard against a hung scenario, not a bound on how long one may take.
  testTimeout: 40 * 60_000,
};
