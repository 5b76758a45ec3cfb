import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checks, validateWorkbook } from '../../src/checks';
import { Sheet, type WorkbookModel } from '../../src/workbook/model';
import { sheetOf } from '../support/sheets';

describe('the check registry', () => {
  /** `| \`id\` | severity |` rows of a markdown table. */
  const idRows = (text: string) =>
    [...text.matchAll(/^\| `([a-z-]+)` +\| (error|warning|info) +\|/gm)].map(
      (m) => `${m[1]} ${m[2]}`,
    );

  it('lists every check of DOMAIN section 7 once, and the ids proposed in docs/decisions.md', () => {
    const domain = readFileSync(path.join(__dirname, '../../../shared/spec/DOMAIN.md'), 'utf8');
    const section = domain.slice(domain.indexOf('## 7.'), domain.indexOf('## 8.'));
    const decisions = readFileSync(path.join(__dirname, '../../docs/decisions.md'), 'utf8');
    const proposed = decisions.slice(decisions.indexOf('## Kode yang diusulkan'));
    const rows = idRows(section);
    expect(rows).toHaveLength(20);
    // Proposed ids are info only: a new error or warning would change what §7 promises …
    const extra = idRows(proposed.split(/\n## /)[0]);
    extra.forEach((row) => expect(row).toMatch(/ info$/));
    // … except the SKM ids, whose severities issue 22 asks to add to §7 deliberately.
    const skm = decisions.slice(decisions.indexOf('## Kode SKM yang diusulkan'));
    const skmRows = idRows(skm.split(/\n## /)[0]);
    expect(skmRows).toHaveLength(9);
    expect(checks.map((c) => `${c.id} ${c.severity}`).sort()).toEqual(
      [...rows, ...extra, ...skmRows].sort(),
    );
  });

  it('describes each check in a sentence', () => {
    for (const check of checks) expect(check.description).toMatch(/^[A-Z].{20,}\.$/);
  });

  it('names each check in a few words of its own, which the pane shows before its id', () => {
    for (const check of checks) expect(check.title).toMatch(/^[A-Z][^.]{5,45}$/);
    expect(new Set(checks.map((check) => check.title)).size).toBe(checks.length);
  });
});

describe('validateWorkbook', () => {
  const tabel31 = sheetOf('BAB III', [
    ['Tabel 3.1 Indikator dan target tujuan Kecamatan Klakah Tahun 2023'],
    [],
    ['NO', 'Tujuan', 'Indikator', 'Satuan', 'Target', 'Realisasi', 'Capaian', 'Predikat'],
    [
      1,
      'Meningkatnya Kepuasan Masyarakat',
      'Nilai IKM Pelayanan Kecamatan Klakah',
      'Indeks',
      90,
      84.19,
      93.54,
      'Berhasil',
    ],
    [
      2,
      'Mengoptimalkan fasilitasi',
      'Presentase hasil fasilitasi dan koordinasi yang ditindaklanjuti',
      '%',
      95.23,
      93.65,
      97,
      'Sangat berhasil',
    ],
  ]);
  const penghitungan = sheetOf('Lampiran', [
    ['EVALUASI KINERJA DAN PENGHITUNGAN TAHUN 2023'],
    [],
    ['No.', 'Indikator', 'Formulasi', 'Penghitungan', 'Hasil'],
    [
      1,
      'Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti',
      'ditindaklanjuti / jumlah x 100 %',
      '40 / 42 x 100 %',
      95.23,
    ],
  ]);
  const model: WorkbookModel = { sheets: [tabel31, penghitungan] };

  it('detects the tables and runs every check, findings sorted by sheet, row and column', () => {
    const report = validateWorkbook(model);
    expect(report.tables.map((t) => `${t.sheet} ${t.kind}`)).toEqual([
      'BAB III capaian',
      'Lampiran penghitungan',
    ]);
    // 40 / 42 × 100 backs the penghitungan's 95,23: the capaian table's 93,65 is the odd one.
    expect(report.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual([
      'BAB III!F5 realisasi-berbeda',
      'BAB III!G5 capaian-salah',
    ]);
    expect(report.findings[1].message).toBe(
      'Capaian tertulis 97, seharusnya 98,34 (93,65 / 95,23 × 100)',
    );
  });

  it('applies the options: a forced scale and an extra tolerance', () => {
    const forced = validateWorkbook(model, { skala: 'P86' }).findings.filter(
      (f) => f.rule === 'predikat-salah',
    );
    expect(forced.map((f) => `${f.cell} ${f.expected}`)).toEqual([
      'H4 Sangat Tinggi',
      'H5 Sangat Tinggi',
    ]);
    // 97 is within 2 percentage points of 98,34; two stated realisasi get no tolerance.
    expect(validateWorkbook(model, { toleransi: 2 }).findings.map((f) => f.rule)).toEqual([
      'realisasi-berbeda',
    ]);
  });

  it('reports a slip that breaks a numbering-row equation once, under the more specific id', () => {
    const efisiensi = sheetOf('Efisiensi', [
      [
        'No.',
        'Indikator Program',
        'Capaian Realisasi kinerja 2023',
        'Capaian Pagu Anggaran 2023',
        'Efisiensi Sumberdaya',
      ],
      ['1', '2', '3', '4', '5=3-4'],
      [1, 'APBdes tepat waktu', '100%', '100%', '-'],
      [2, 'LPPdes tepat waktu', '85,23%', '100%', '-'],
    ]);
    const report = validateWorkbook({ sheets: [efisiensi] });
    expect(report.tables[0].equations).toHaveLength(1);
    expect(
      report.findings.filter((f) => f.severity === 'error').map((f) => `${f.cell} ${f.rule}`),
    ).toEqual(['E4 efisiensi-salah']);
  });

  it('finds nothing in an empty workbook', () => {
    expect(validateWorkbook({ sheets: [new Sheet('Kosong')] })).toEqual({
      tables: [],
      findings: [],
      uncheckedSheets: [],
    });
  });

  it('names the sheets with cells but no table, hidden ones marked, and marks their findings', () => {
    const notes = new Sheet('Catatan');
    notes.setCell(1, 1, { value: 'Daftar sub kegiatan' });
    const copy = sheetOf('Salinan', [
      ['NO', 'Indikator', 'Target', 'Realisasi', 'Capaian'],
      [1, 'Persentase dokumen', 95.23, 93.65, 97],
    ]);
    copy.hidden = true;
    const report = validateWorkbook({ sheets: [copy, notes] });
    expect(report.uncheckedSheets).toEqual([
      { sheet: 'Catatan', hidden: false, reason: 'tidak ada tabel LKj yang dikenali' },
    ]);
    expect(report.findings.map((f) => [f.sheet, f.rule, f.hidden])).toEqual([
      ['Salinan', 'capaian-salah', true],
    ]);
  });
});
