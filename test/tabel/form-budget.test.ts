/**
 * Tables 3.6 and 3.9 from a Renja form where the form cannot say for certain (issue 18): the sheet's
 * notes say why, and nothing is added up by a guess; where the form's own total differs from its
 * top rows, both are shown.
 */
import { WorkbookFacts } from '../../src/facts/facts';
import { planTabel, tabelSheet, type TabelPlan } from '../../src/tabel';
import { detectTables } from '../../src/workbook/detect';
import type { Sheet } from '../../src/workbook/model';
import { BUDGET_FORM, formRow, officialE81 } from '../support/e81-official';
import { modelOf, type CellInput } from '../support/sheets';

function planOf(sheet: Sheet): TabelPlan {
  const model = modelOf(sheet);
  return planTabel(new WorkbookFacts(model, detectTables(model)));
}

/** BUDGET_FORM with some rows replaced (0-based). */
function changed(rows: Record<number, CellInput[]>): CellInput[][] {
  return BUDGET_FORM.map((row, i) => rows[i] ?? row);
}

test('the form as it states itself: JUMLAH of its top rows, equal to its own total row', () => {
  const plan = planOf(officialE81(BUDGET_FORM));
  expect(plan.anggaran.filter((line) => line.level === 0).map((line) => line.label)).toEqual([
    'Layanan Administrasi',
    'Pengembangan SDM',
  ]);
  expect(plan.anggaranJumlah).toEqual({ partsDiffer: false });
});

test('a total row stating another sum: both shown, with a note naming its cell', () => {
  const plan = planOf(
    officialE81(changed({ 9: formRow(null, null, null, ['J5+J13', 400], ['T5+T13', 160]) })),
  );
  expect(plan.anggaranJumlah.stated?.cell).toBe("'Evaluasi Renja'!J14");
  expect(plan.notes).toContain(
    "Tabel 3.9: Pagu JUMLAH tertulis 400 di 'Evaluasi Renja'!J14, jumlah programnya 350 (selisih 50): tabel menampilkan keduanya.",
  );
  const spec = tabelSheet(plan, [], [9]);
  expect(
    spec.cells.some((cell) => cell.value === "Tertulis di workbook ('Evaluasi Renja'!J14)"),
  ).toBe(true);
});

test('rows the formulas place in no tree: no budget table, and the note says why', () => {
  const plan = planOf(
    officialE81(
      changed({
        0: formRow(1, 'Layanan Administrasi', 'Indeks', ['J6+J7+J9', 360], ['T6+T9', 150]),
      }),
    ),
  );
  expect(plan.anggaran).toEqual([]);
  expect(plan.efisiensi).toEqual([]);
  expect(plan.notes).toContain(
    'Tabel 3.9: Hierarki baris formulir Renja di lembar "Evaluasi Renja" tidak pasti (tanpa kode, penomoran, rumus jumlah atau kata PROGRAM/KEGIATAN): anggarannya tidak disusun menjadi tabel.',
  );
});

test('a numbering row that does not add up the quarters: no Rp of the year, and the note says so', () => {
  const sheet = officialE81(BUDGET_FORM);
  // (12) numbered without its equation: nothing names the year's realisasi Rp.
  sheet.setCell(4, 19, { value: '12' });
  const plan = planOf(sheet);
  expect(plan.anggaran).toEqual([]);
  expect(plan.notes).toContain(
    'Tabel 3.9: Formulir Renja di lembar "Evaluasi Renja" tidak menyatakan realisasi Rp tahun berjalan (persamaan penjumlahan triwulan Rp di baris penomoran): anggarannya tidak disusun menjadi tabel.',
  );
});
