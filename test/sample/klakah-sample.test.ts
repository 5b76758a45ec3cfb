/**
 * The Klakah 2023 sample through the real reader and the real validator: its findings are exactly
 * DOMAIN section 8 (test/sample/answer-key.ts) plus `angka-teks` warnings, and the report's correct
 * numbers raise nothing.
 */
import { readFile } from 'node:fs/promises';
import { SAMPLE_PATH, layoutSample } from '../../scripts/build-sample';
import { validateWorkbook } from '../../src/checks';
import type { Finding } from '../../src/checks/finding';
import { readXlsx } from '../../src/hosts/xlsx/read';
import type { DetectedTable, TableKind } from '../../src/workbook/table-types';
import { toA1 } from '../../src/workbook/model';
import {
  CORRECT_NUMBERS,
  EXPECTED_FINDINGS,
  OPTIONAL_FINDINGS,
  type CellRef,
  type ExpectedFinding,
} from './answer-key';

let findings: Finding[];
let tables: DetectedTable[];

beforeAll(async () => {
  const model = await readXlsx(await readFile(SAMPLE_PATH));
  ({ findings, tables } = validateWorkbook(model));
});

const where = (ref: CellRef): string => `${ref.sheet}!${ref.cell}`;
const describeFinding = (f: Finding): string =>
  `${f.rule} (${f.severity}) ${f.sheet}!${f.cell}: ${f.message}`;
const describeEntry = (e: ExpectedFinding): string =>
  `${e.rule} (${e.severity}) ${where(e.at)}: ${e.why}`;

function matches(entry: ExpectedFinding, f: Finding): boolean {
  const cells = [entry.at, ...(entry.orAt ?? [])].map(where);
  return (
    entry.rule === f.rule && entry.severity === f.severity && cells.includes(`${f.sheet}!${f.cell}`)
  );
}

/** Pairs each finding with one answer-key entry; what is left on either side is a disagreement. */
function compareWithKey(actual: Finding[]): { unexpected: string[]; missing: string[] } {
  const open = [...EXPECTED_FINDINGS];
  const optional = [...OPTIONAL_FINDINGS];
  const unexpected: string[] = [];
  for (const f of actual) {
    const i = open.findIndex((entry) => matches(entry, f));
    if (i >= 0) {
      open.splice(i, 1);
      continue;
    }
    const j = optional.findIndex((entry) => matches(entry, f));
    if (j >= 0) optional.splice(j, 1);
    else unexpected.push(describeFinding(f));
  }
  return { unexpected, missing: open.map(describeEntry) };
}

/** Cells where the sample holds a number typed as text (budget codes such as 7.01.01 are not numbers). */
function textNumberCells(): Set<string> {
  const cells = new Set<string>();
  for (const sheet of layoutSample()) {
    for (const cell of sheet.cells) {
      const text = typeof cell.value === 'string' ? cell.value : '';
      if (/^[\d.,]*\d[\d.,]*\s?%?$/.test(text) && !/^\d+\.\d{2}\.\d{2}/.test(text)) {
        cells.add(`${sheet.name}!${toA1(cell.row, cell.col)}`);
      }
    }
  }
  return cells;
}

describe('validating samples/klakah-2023.xlsx', () => {
  test('apart from angka-teks, the findings are exactly DOMAIN section 8', () => {
    const others = findings.filter((f) => f.rule !== 'angka-teks');
    expect(compareWithKey(others)).toEqual({ unexpected: [], missing: [] });
  });

  test('angka-teks findings are warnings about numbers typed as text, and there are some', () => {
    const angkaTeks = findings.filter((f) => f.rule === 'angka-teks');
    expect(angkaTeks.length).toBeGreaterThan(0);
    const textNumbers = textNumberCells();
    const wrong = angkaTeks
      .filter((f) => f.severity !== 'warning' || !textNumbers.has(`${f.sheet}!${f.cell}`))
      .map(describeFinding);
    expect(wrong).toEqual([]);
  });

  test('the correct numbers of the report raise nothing', () => {
    const quiet = new Set(CORRECT_NUMBERS.map(where));
    const touching = findings
      .filter((f) => f.rule !== 'angka-teks' && quiet.has(`${f.sheet}!${f.cell}`))
      .map(describeFinding);
    expect(touching).toEqual([]);
  });

  const kinds: [block: string, sheet: string, kind: TableKind][] = [
    ['tabel-2.2', 'PK 2023', 'pk'],
    ['lampiran-pk', 'PK 2023', 'pk'],
    ['tabel-3.1', 'BAB III', 'capaian'],
    ['tabel-3.2', 'BAB III', 'capaian'],
    ['tabel-3.2-multi', 'BAB III', 'multi-tahun'],
    ['tabel-3.3', 'BAB III', 'capaian'],
    ['tabel-3.4', 'BAB III', 'perbandingan-pd'],
    ['tabel-3.6', 'BAB III', 'efisiensi'],
    ['realisasi-anggaran', 'Anggaran', 'anggaran'],
    ['penghitungan', 'Lampiran', 'penghitungan'],
    ['ikm-triwulan', 'Lampiran', 'ikm-triwulan'],
    ['tabel-1.1', 'SDM', 'sdm'],
  ];

  test.each(kinds)('%s on %s is recognised as a %s table', (id, sheetName, kind) => {
    const sheet = layoutSample().find((s) => s.name === sheetName);
    const block = sheet?.blocks.find((b) => b.id === id);
    expect(block).toBeDefined();
    if (!block) return;
    const overlapping = tables.filter(
      (t) =>
        t.sheet === sheetName &&
        t.range.top <= block.bottom &&
        t.range.bottom >= block.top &&
        t.range.left <= block.right &&
        t.range.right >= block.left,
    );
    expect(overlapping.map((t) => t.kind)).toContain(kind);
  });
});
