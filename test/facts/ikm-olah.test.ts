/**
 * The IKM indicator's realisasi from an SKM processing table built by hand (issue 22 item 5):
 * real .xlsx files written with ExcelJS, read by the real reader; Evaluasi and Tabel LKj link to
 * the table's IKM cell and a formula engine gives the stated IKM.
 */
import { Workbook } from 'exceljs';
import { planEvaluasi, evaluasiSheet } from '../../src/evaluasi';
import { WorkbookFacts } from '../../src/facts/facts';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { planTabel, tabelSheet } from '../../src/tabel';
import { detectTables } from '../../src/workbook/detect';
import type { SheetSpec } from '../../src/sheetgen/sheet-spec';
import { evaluateSpecIn } from '../evaluasi/hf-engine';
import {
  addOlahSkm,
  answersFor,
  RESPONDENTS_GASPUL,
  SUMS_GASPUL,
  type OlahSpec,
} from '../support/skm-olah-xlsx';

const IKM = 'Nilai IKM Pelayanan Kecamatan';
/** The IKM cell of addOlahSkm's layout for 29 respondents: row 4 + 29 answers + Σ, NRR, NRR tertimbang. */
const IKM_CELL = 'B36';
const OLAH: OlahSpec = {
  answers: answersFor(SUMS_GASPUL, RESPONDENTS_GASPUL),
  applied: 1 / 9,
  ikm: 91.48,
};

interface Case {
  /** The IKM indicator's realisasi in the capaian table; blank when absent. */
  realisasi?: number;
  /** Processing sheets built by hand, by name. */
  olah?: Record<string, OlahSpec>;
  /** Processing sheets marked as the add-in's own output (`lkj skm`). */
  marked?: Record<string, OlahSpec>;
  /** Indicator names of the capaian table; the IKM indicator and a percentage by default. */
  names?: string[];
}

async function factsOf({
  realisasi,
  olah = { 'Olah SKM': OLAH },
  marked = {},
  names = [IKM, 'Persentase dokumen perencanaan tepat waktu'],
}: Case): Promise<WorkbookFacts> {
  const workbook = new Workbook();
  const capaian = workbook.addWorksheet('Capaian');
  capaian.getCell('A1').value = 'CAPAIAN KINERJA KECAMATAN KLAKAH TAHUN 2024';
  capaian.getRow(3).values = ['No', 'Sasaran', 'Indikator Kinerja', 'Target', 'Realisasi'];
  names.forEach((name, i) => {
    const stated = i === 0 ? (realisasi ?? null) : 95;
    capaian.getRow(4 + i).values = [i + 1, 'Meningkatnya kualitas pelayanan', name, 82, stated];
  });
  for (const [name, spec] of Object.entries(olah)) addOlahSkm(workbook, spec, name);
  for (const [name, spec] of Object.entries(marked)) {
    addOlahSkm(workbook, spec, name);
    workbook.definedNames.add(`'${name}'!$A$1`, '_lkj_output_skm_1');
  }
  const model = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()));
  return new WorkbookFacts(model, detectTables(model));
}

function ikmFact(facts: WorkbookFacts) {
  const fact = facts.indicators.find(IKM);
  if (!fact) throw new Error('no IKM indicator');
  return fact;
}

/** The cells of the spec whose formula reads `ref`, with the engine's value of each. */
function linkedValues(facts: WorkbookFacts, spec: SheetSpec, ref: string): unknown[] {
  const engine = evaluateSpecIn(facts.model, spec);
  try {
    return spec.cells
      .filter((cell) => cell.formula?.includes(ref))
      .map((cell) => engine.value(spec.name, cell.row, cell.col));
  } finally {
    engine.destroy();
  }
}

describe('realisasi IKM dari tabel pengolahan SKM', () => {
  it('the IKM indicator without realisasi takes the processing table IKM, with its cell', async () => {
    const facts = await factsOf({});
    expect(ikmFact(facts).value('realisasi')).toMatchObject({
      value: 91.48,
      source: 'olah-skm',
      cell: { sheet: 'Olah SKM', row: 36, col: 2 },
    });
    // Another indicator keeps its own realisasi.
    const other = facts.indicators.find('Persentase dokumen perencanaan tepat waktu');
    expect(other?.value('realisasi')).toMatchObject({ value: 95, source: 'capaian' });
  });

  it('Tabel LKj and Evaluasi link to the IKM cell, evaluated to the stated IKM, with a note', async () => {
    const facts = await factsOf({});
    const note = `Realisasi "${IKM}" 2024: realisasi IKM dari tabel pengolahan SKM, sheet Olah SKM!${IKM_CELL}.`;
    const ref = `'Olah SKM'!${IKM_CELL}`;

    const tabel = planTabel(facts);
    expect(tabel.notes).toContain(`Tabel 3.1: ${note}`);
    const tabelValues = linkedValues(
      facts,
      tabelSheet(
        tabel,
        facts.model.sheets.map((s) => s.name),
      ),
      ref,
    );
    expect(tabelValues.length).toBeGreaterThan(0);
    for (const value of tabelValues) expect(value).toBeCloseTo(91.48, 9);

    const evaluasi = planEvaluasi(facts);
    expect(evaluasi.notes).toContain(note);
    const row = evaluasi.rows.find((r) => r.indicator === IKM)!;
    expect(row.hasilFallbackRef?.ref).toEqual({ sheet: 'Olah SKM', row: 36, col: 2 });
    const evaluasiValues = linkedValues(
      facts,
      evaluasiSheet(
        evaluasi,
        facts.model.sheets.map((s) => s.name),
      ),
      ref,
    );
    expect(evaluasiValues).toHaveLength(1);
    expect(evaluasiValues[0]).toBeCloseTo(91.48, 9);
  });

  const noRealisasi: [string, Case, string | undefined][] = [
    [
      'two processing tables: none is taken',
      { olah: { 'Olah SKM': OLAH, 'Olah SKM (2)': { ...OLAH, ikm: 88.1 } } },
      `Realisasi "${IKM}" 2024: lebih dari satu tabel pengolahan SKM (2); realisasi IKM tidak diambil.`,
    ],
    [
      "the add-in's own marked output sheet is ignored",
      { olah: {}, marked: { 'Pengolahan SKM 2024': OLAH } },
      undefined,
    ],
    ['a processing table of another year', { olah: { 'Olah SKM 2023': OLAH } }, undefined],
    [
      'two IKM indicators: which one is meant is a guess',
      { names: [IKM, 'Indeks Kepuasan Masyarakat Pelayanan PATEN'] },
      undefined,
    ],
  ];
  it.each(noRealisasi)('%s', async (_, spec, note) => {
    const facts = await factsOf(spec);
    expect(ikmFact(facts).value('realisasi')).toBeUndefined();
    const notes = planEvaluasi(facts).notes.filter((n) => n.includes('pengolahan SKM'));
    expect(notes).toEqual(note === undefined ? [] : [note]);
  });

  const stated: [string, number, string[]][] = [
    [
      'a different IKM is noted, never taken',
      85.2,
      [
        `Realisasi "${IKM}" 2024: dipakai 85,20 dari CAPAIAN KINERJA KECAMATAN KLAKAH TAHUN … (Capaian!E4); tabel pengolahan SKM menulis IKM 91,48 (Olah SKM!${IKM_CELL}), tidak dipakai.`,
      ],
    ],
    ['the same IKM at its stated decimals: nothing to say', 91.48, []],
  ];
  it.each(stated)('already has a realisasi: %s', async (_, realisasi, notes) => {
    const facts = await factsOf({ realisasi });
    expect(ikmFact(facts).value('realisasi')).toMatchObject({
      value: realisasi,
      source: 'capaian',
    });
    const tabelNotes = planTabel(facts).notes;
    for (const plan of [planEvaluasi(facts).notes, tabelNotes])
      expect(plan.filter((n) => n.includes('pengolahan SKM'))).toEqual(
        notes.map((note) => (plan === tabelNotes ? `Tabel 3.1: ${note}` : note)),
      );
  });
});
