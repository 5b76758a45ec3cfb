// A whole process reading one .xlsx with ExcelJS or SheetJS, in plain Node (no tsx), to set
// against the whole `lkj validate` command: `node bench/foreign-read.cjs exceljs|sheetjs FILE`.
// Prints one JSON line: the time of the read itself and the process's peak resident memory.
const { readFileSync } = require('node:fs');
const { performance } = require('node:perf_hooks');

const READ = {
  exceljs: (bytes) => new (require('exceljs').Workbook)().xlsx.load(bytes),
  // SheetJS CE 0.20.3 republished on npm, a dev dependency for this comparison only.
  sheetjs: async (bytes) => require('@e965/xlsx').read(bytes, { type: 'buffer' }),
};

async function main() {
  const [reader, file] = process.argv.slice(2);
  const bytes = readFileSync(file);
  const start = performance.now();
  await READ[reader](bytes);
  const ms = performance.now() - start;
  console.log(JSON.stringify({ ms, peakMb: process.resourceUsage().maxRSS / 1024 }));
}

void main();
