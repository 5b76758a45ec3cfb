#!/usr/bin/env node
// The `lkj` command: the bundled CLI, dist/cli.js, which `npm ci` (the prepare script),
// `npm run build` and `npm run build:cli` write. Plain JavaScript, so a run compiles nothing.
const { existsSync } = require('node:fs');
const path = require('node:path');

const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
if (existsSync(bundle)) {
  require(bundle);
} else {
  process.stderr.write('Perintah lkj belum dibangun. Jalankan dulu: npm run build:cli\n');
  process.exitCode = 2;
}
