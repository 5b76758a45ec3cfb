#!/usr/bin/env node
// The test command: runs jest and ends with the one summary line CI reads, `N passed, M failed`.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const resultFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lkj-jest-')), 'result.json');
const jest = spawnSync(
  process.execPath,
  [require.resolve('jest/bin/jest'), '--json', `--outputFile=${resultFile}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
let passed = 0;
let failed = 0;
if (fs.existsSync(resultFile)) {
  const result = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  passed = result.numPassedTests;
  // A suite that fails to load has no failed tests of its own: count it as one.
  failed = result.numFailedTests + result.numRuntimeErrorTestSuites;
} else {
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(jest.status === 0 && failed === 0 ? 0 : 1);
