/**
 * The add-in's outputs are not the staff's input (DOMAIN §9), end to end through the real CLI:
 * Evaluasi, Tabel LKj and Renja generated one after another into the same workbook, the Tabel
 * LKj once more, then validated. The findings on the staff's sheets are exactly those before, the
 * generated sheets are listed as made by the add-in and nothing is reported on them, the second
 * Tabel LKj replaced the first, and no generated cell computes an error value (a real engine).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsx } from '../../src/hosts/xlsx/read';
import type { WorkbookModel } from '../../src/workbook/model';
import { generatedErrors } from '../support/generated-errors';
import { lkj } from './sheet-copy-run';

interface Validated {
  findings: { sheet: string }[];
  uncheckedSheets: { sheet: string; hidden: boolean; reason: string }[];
}

function validated(file: string): Validated {
  const run = lkj('validate', file, '--json');
  expect(run.stderr).toBe('');
  return (JSON.parse(run.stdout) as { files: Validated[] }).files[0];
}

const WORKBOOKS = [
  // [file, generators that find something to write in it]
  ['samples/klakah-2023.xlsx', ['evaluasi', 'tabel', 'renja']],
  ['../shared/reference/real-workbooks/lra-dinkes-2026.xlsx', ['tabel', 'renja']],
] as const;

describe.each(WORKBOOKS)('generated one after another into %s', (input, writing) => {
  const dir = mkdtempSync(join(tmpdir(), 'lkj-outputs-'));
  const steps = ['evaluasi', 'tabel', 'renja', 'tabel'] as const;
  const runs: { generator: string; status: number | null; stdout: string; stderr: string }[] = [];
  let last: string = input;
  let before: Validated;
  let after: Validated;
  let output: WorkbookModel;
  let original: WorkbookModel;

  beforeAll(async () => {
    before = validated(input);
    for (const [i, generator] of steps.entries()) {
      const out = join(dir, `${i + 1}-${generator}.xlsx`);
      const run = lkj(generator, last, '-o', out);
      runs.push({ generator, ...run });
      // A generator finding nothing (exit 1) writes nothing: the next goes on from the same file.
      if (run.status === 0) last = out;
    }
    after = validated(last);
    [original, output] = await Promise.all([input, last].map((f) => readXlsx(readFileSync(f))));
  }, 300_000);

  test('each generator wrote its sheet or found nothing to write', () => {
    for (const run of runs) {
      const wanted = (writing as readonly string[]).includes(run.generator);
      expect({ generator: run.generator, status: run.status }).toEqual({
        generator: run.generator,
        status: wanted ? 0 : 1,
      });
    }
  });

  test('the second Tabel LKj replaced the first, under its name, and said so', () => {
    const tabel = output.sheets.filter((sheet) => sheet.generatedBy === 'tabel');
    expect(tabel).toHaveLength(1);
    expect(runs[3].stdout).toContain(
      `Sheet "${tabel[0].name}" menggantikan sheet "${tabel[0].name}" yang dibuat sebelumnya oleh add-in.`,
    );
    expect(runs[1].stdout).not.toContain('menggantikan');
    expect(output.sheets.map((sheet) => sheet.generatedBy ?? 'staf')).toEqual([
      ...original.sheets.map(() => 'staf'),
      ...writing,
    ]);
  });

  test("the findings on the staff's sheets are exactly those before", () => {
    expect(after.findings).toEqual(before.findings);
  });

  test('each generated sheet is listed as made by the add-in, with no finding on it', () => {
    const generated = output.sheets.filter((sheet) => sheet.generatedBy).map((s) => s.name);
    expect(generated).toHaveLength(writing.length);
    expect(after.uncheckedSheets).toEqual([
      ...before.uncheckedSheets,
      ...generated.map((sheet) => ({ sheet, hidden: false, reason: 'dibuat oleh add-in' })),
    ]);
    expect(after.findings.filter((finding) => generated.includes(finding.sheet))).toEqual([]);
  });

  test('no generated cell holds or computes an error value', () => {
    expect(generatedErrors(output)).toEqual([]);
  });
});
