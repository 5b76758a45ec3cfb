#!/usr/bin/env node
// Prints the gzipped size of every script in dist/ and what the pane loads at start; with
// --json prints the same as JSON (test/build/bundle-size.test.ts reads it and fails over budget).
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const dist = path.resolve(__dirname, '..', 'dist');
/**
 * Budget for the JavaScript the pane loads before the user does anything, gzipped. Raised from
 * 160 to 170 kB when Excel's start-up came to count the shared functions runtime and its loader
 * (7 kB) and the pane gained the narrow-width preview, stale-result marks and report links.
 */
const INITIAL_BUDGET = 170 * 1024;

function gzipSize(file) {
  return zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
}

/**
 * The scripts a page loads at start: the local <script src> tags of the built HTML, and the
 * scripts office-wait.js loads after Office.js (its data-functions and data-pane).
 */
function initialScripts(html) {
  const text = fs.readFileSync(path.join(dist, html), 'utf8');
  // Minified HTML drops the quotes: `<script defer src=taskpane.js>`.
  const attribute = /\s(?:src|data-functions|data-pane)=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g;
  return [...text.matchAll(/<script[^>]*>/g)]
    .flatMap((tag) => [...tag[0].matchAll(attribute)])
    .map((match) => match[1] ?? match[2] ?? match[3])
    .filter((src) => !/^[a-z]+:\/\//i.test(src))
    .map((src) => src.replace(/^\.?\//, ''));
}

function measure() {
  const files = fs.readdirSync(dist).filter((file) => file.endsWith('.js'));
  const sizes = Object.fromEntries(
    files.map((file) => [
      file,
      { bytes: fs.statSync(path.join(dist, file)).size, gzip: gzipSize(file) },
    ]),
  );
  const webInitial = initialScripts('index.html');
  const paneInitial = webInitial.reduce((sum, file) => sum + sizes[file].gzip, 0);
  return {
    budget: INITIAL_BUDGET,
    sizes,
    webInitial,
    excelInitial: initialScripts('taskpane.html'),
    paneInitialGzip: paneInitial,
    withinBudget: paneInitial <= INITIAL_BUDGET,
  };
}

if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error('dist/ belum ada: jalankan `npm run build` terlebih dahulu.');
  process.exit(1);
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const report = measure();
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report));
} else {
  console.log('Ukuran berkas JavaScript (gzip):');
  for (const [file, size] of Object.entries(report.sizes).sort((a, b) => b[1].gzip - a[1].gzip)) {
    const start =
      report.webInitial.includes(file) || report.excelInitial.includes(file)
        ? '  (dimuat di awal)'
        : '';
    console.log(
      `  ${file.padEnd(40)} ${kb(size.gzip).padStart(10)} ${kb(size.bytes).padStart(11)} mentah${start}`,
    );
  }
  console.log(`Panel saat dibuka: ${kb(report.paneInitialGzip)} gzip (batas ${kb(report.budget)})`);
}
if (!report.withinBudget)
  console.error(`PERINGATAN: panel melebihi batas ${kb(report.budget)} gzip.`);
