#!/usr/bin/env node
// The test command: builds dist/ when it is missing or older than the sources (several tests read
// the build), runs jest, and ends with the one summary line CI reads, `N passed, M failed`.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');

function newestMtime(entry) {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

function buildIsStale() {
  const marker = path.join(root, 'dist', 'taskpane.html');
  if (!fs.existsSync(marker)) return true;
  const sources = ['src', 'assets', 'manifest.xml', 'webpack.config.js', 'package-lock.json'];
  return sources.some((entry) => newestMtime(path.join(root, entry)) > fs.statSync(marker).mtimeMs);
}

function run(command, args) {
  return spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status;
}

if (buildIsStale() && run('npm', ['run', 'build']) !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const resultFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lkj-jest-')), 'result.json');
const jestStatus = run(process.execPath, [
  require.resolve('jest/bin/jest'),
  '--json',
  `--outputFile=${resultFile}`,
  ...process.argv.slice(2),
]);
let passed = 0;
let failed = 1;
if (fs.existsSync(resultFile)) {
  const result = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  passed = result.numPassedTests;
  // A suite that fails to load has no failed tests of its own: count it as one.
  failed = result.numFailedTests + result.numRuntimeErrorTestSuites;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(jestStatus === 0 && failed === 0 ? 0 : 1);
