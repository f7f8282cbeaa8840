const preset = require('../../jest.preset.cjs');

/** @type {import('jest').Config} */
module.exports = {
  ...preset,
  displayName: 'waiters',
  // The README example imports the package by name: run it against the sources under test.
  moduleNameMapper: { '^@emr-ray/waiters$': '<rootDir>/src/index.ts' },
};
