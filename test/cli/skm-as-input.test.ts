/**
 * The sheet `lkj skm` writes is a processing sheet built right: read as if staff had built it (its
 * add-in marker dropped), the SKM checks find nothing on it. A cross-check of the generator and
 * the checks, through the real command, writer and reader.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { validateWorkbook } from '../../src/checks';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { respondentsWithSums, surveyWorkbook } from '../support/skm-xlsx';
import { SUMS_GASPUL } from '../support/skm-olah-xlsx';

const root = path.join(__dirname, '..', '..');
const SKM_IDS = /^(?:skm-|nrr-salah|ikm-|mutu-salah)/;

test('lkj skm output, read as staff input, gives no SKM finding', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lkj-skm-input-'));
  const raw = path.join(dir, 'raw.xlsx');
  const out = path.join(dir, 'out.xlsx');
  writeFileSync(raw, await surveyWorkbook({ respondents: respondentsWithSums(29, SUMS_GASPUL) }));
  const run = spawnSync(
    process.execPath,
    [path.join(root, 'bin', 'lkj.cjs'), 'skm', raw, '-o', out, '--tahun', '2024'],
    { encoding: 'utf8' },
  );
  expect(run.status).toBe(0);
  const model = await readXlsx(readFileSync(out));
  const generated = model.sheets.filter((sheet) => sheet.generatedBy !== undefined);
  expect(generated.map((sheet) => sheet.name)).toEqual(['Pengolahan SKM 2024']);
  for (const sheet of generated) sheet.generatedBy = undefined;
  const findings = validateWorkbook(model).findings.filter((f) => SKM_IDS.test(f.rule));
  expect(findings).toEqual([]);
}, 60_000);
