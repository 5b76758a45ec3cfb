/**
 * Running a command that writes a copy with a generated sheet (`lkj evaluasi`, `lkj tabel`,
 * `lkj renja`) for the end-to-end tests: the real CLI, the copy read back, an engine over all of
 * its sheets.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readXlsx } from '../../src/hosts/xlsx/read';
import type { Sheet, WorkbookModel } from '../../src/workbook/model';
import { evaluate, gridOfSheet, type Evaluated } from '../evaluasi/hf-engine';

export function lkj(...args: string[]) {
  return spawnSync(process.execPath, ['bin/lkj.cjs', ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
}

export function contents(sheet: Sheet) {
  return [...sheet.entries()].sort((a, b) => a.row - b.row || a.col - b.col);
}

/** `lkj ARGS` run, its input and output read back, and an engine over the output's sheets. */
export async function runCopy(input: string, output: string, args: string[]) {
  const run = lkj(...args);
  const read = async (file: string): Promise<WorkbookModel> => readXlsx(readFileSync(file));
  const [before, after] = [await read(input), await read(output)];
  const sheets: Record<string, ReturnType<typeof gridOfSheet>> = {};
  for (const sheet of after.sheets) sheets[sheet.name] = gridOfSheet(sheet);
  const engine: Evaluated = evaluate(sheets);
  return { run, input: before, output: after, engine };
}

// The writer may list a sheet's merges in another order; the set is what must be kept.
function sortedMerges(sheet: Sheet) {
  return [...sheet.merges].sort((a, b) => a.top - b.top || a.left - b.left);
}

/** The copy holds the input's sheets, cells and merges unchanged, then the new `sheetName`. */
export function expectOriginalSheetsKept(
  input: WorkbookModel,
  output: WorkbookModel,
  sheetName: string,
) {
  expect(output.sheets.map((sheet) => sheet.name)).toEqual([
    ...input.sheets.map((sheet) => sheet.name),
    sheetName,
  ]);
  for (const sheet of input.sheets) {
    const copy = output.sheets.find((candidate) => candidate.name === sheet.name)!;
    expect(contents(copy)).toEqual(contents(sheet));
    expect(sortedMerges(copy)).toEqual(sortedMerges(sheet));
  }
}
