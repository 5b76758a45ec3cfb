/**
 * `lkj inspect BERKAS.xlsx [--json] [--why]`: shows which tables were recognised and what each
 * column was taken to mean, so a user sees why something was or was not checked; with --why, which
 * detection rule decided each kind and role.
 */
import { UNSUR_SKM } from '../../core/skm';
import { WorkbookFacts } from '../../facts/facts';
import type { NameVariant } from '../../facts/name-variants';
import type { SurveyAnswers } from '../../facts/skm';
import { detectTables } from '../../workbook/detect';
import { KIND_RULES } from '../../workbook/detect-rules/kinds';
import { ROLE_RULES } from '../../workbook/detect-rules/roles';
import { SKM_RULES } from '../../workbook/detect-skm';
import { columnLetters, equationText } from '../../workbook/equation-text';
import { rangeToA1, toA1 } from '../../workbook/model';
import type {
  ColumnRole,
  DetectedTable,
  DetectionStep,
  SkmRows,
  TableColumn,
  TableKind,
} from '../../workbook/table-types';
import type { Command } from '../command';
import { readWorkbookFile } from '../read-file';

const KIND_LABEL: Record<TableKind, string> = {
  pk: 'Perjanjian Kinerja (PK)',
  capaian: 'Capaian kinerja',
  'multi-tahun': 'Capaian kinerja multi-tahun',
  anggaran: 'Anggaran (pagu dan realisasi)',
  efisiensi: 'Efisiensi penggunaan sumber daya',
  penghitungan: 'Evaluasi kinerja dan penghitungan',
  'perbandingan-pd': 'Perbandingan antar perangkat daerah',
  sdm: 'Sumber daya manusia (pegawai)',
  'ikm-triwulan': 'IKM per triwulan',
  renja: 'Evaluasi Renja (Permendagri 86/2017)',
  skm: 'Jawaban responden Survei Kepuasan Masyarakat (SKM)',
  'olah-skm': 'Pengolahan SKM (NRR, NRR tertimbang, IKM)',
};

const ROLE_LABEL: Record<ColumnRole, string> = {
  no: 'nomor urut',
  tujuan: 'tujuan',
  sasaran: 'sasaran',
  program: 'program/kegiatan',
  indikator: 'indikator',
  satuan: 'satuan',
  arah: 'arah (polaritas)',
  jenis: 'jenis indikator (kumulatif, nilai akhir, rata-rata)',
  target: 'target',
  'target-sebelum': 'target sebelum perubahan',
  'target-sesudah': 'target sesudah perubahan',
  realisasi: 'realisasi',
  capaian: 'capaian (%)',
  predikat: 'predikat',
  kode: 'kode',
  uraian: 'uraian',
  pagu: 'pagu anggaran',
  'realisasi-anggaran': 'realisasi anggaran',
  serapan: 'serapan anggaran (%)',
  'capaian-kinerja': 'capaian kinerja',
  'capaian-anggaran': 'capaian anggaran',
  efisiensi: 'efisiensi',
  formulasi: 'formulasi',
  penghitungan: 'penghitungan',
  hasil: 'hasil',
  'realisasi-unit': 'realisasi unit',
  nama: 'nama',
  nip: 'NIP',
  'nama-nip': 'nama dan NIP',
  pangkat: 'pangkat',
  golongan: 'golongan',
  jabatan: 'jabatan',
  triwulan: 'triwulan',
  'target-triwulan': 'target triwulan',
  'realisasi-triwulan': 'realisasi triwulan',
  ikm: 'nilai IKM',
  keterangan: 'keterangan',
  'unsur-skm': 'unsur SKM',
  'jenis-kelamin': 'jenis kelamin',
  usia: 'usia',
  pendidikan: 'pendidikan',
  pekerjaan: 'pekerjaan',
  'jenis-layanan': 'jenis layanan',
  tanggal: 'tanggal survei',
  saran: 'saran/masukan',
  periode: 'periode survei (triwulan/semester)',
  lain: 'lain',
};

const USAGE = 'Pemakaian: lkj inspect BERKAS.xlsx|.xls [--json] [--why]\n';

const FLAGS = new Set(['--json', '--why']);

export const command: Command = {
  summary: 'Menampilkan tabel yang dikenali dalam berkas .xlsx/.xls dan arti tiap kolomnya',
  help: () => USAGE,
  async run(args, io) {
    const json = args.includes('--json');
    const why = args.includes('--why');
    const files = args.filter((arg) => !FLAGS.has(arg));
    if (files.length !== 1 || files[0].startsWith('-')) {
      io.stderr.write(USAGE);
      return 2;
    }
    const [file] = files;
    const read = await readWorkbookFile(file, io.stderr);
    if ('error' in read) return 2;
    const tables = detectTables(read.model);
    const sheetNames = read.model.sheets.map((sheet) => sheet.name);
    // Facts are read only where they add lines: name variants under --why, a survey's respondents.
    const facts =
      why || tables.some((table) => table.kind === 'skm')
        ? new WorkbookFacts(read.model, tables)
        : undefined;
    io.stdout.write(
      json
        ? `${JSON.stringify(tables, null, 2)}\n`
        : describe(file, sheetNames, tables, why, {
            variants: why ? facts?.indicators.model.nameVariants : undefined,
            surveys: facts?.surveys,
          }),
    );
    return 0;
  },
};

/**
 * The report in Bahasa Indonesia: per sheet, each table, its columns and equations; with `why`,
 * the rule behind each kind and role, and what each rule used says, and which indicator names
 * typed two ways were taken as one (`variants`) and which were not, and why.
 */
export function describe(
  file: string,
  sheetNames: string[],
  tables: DetectedTable[],
  why = false,
  extra: { variants?: readonly NameVariant[]; surveys?: readonly SurveyAnswers[] } = {},
): string {
  const lines = [`Berkas: ${file}`, `Tabel dikenali: ${tables.length}`];
  for (const name of sheetNames) {
    const onSheet = tables.filter((table) => table.sheet === name);
    lines.push('');
    if (onSheet.length === 0) {
      lines.push(
        `Lembar "${name}": tidak ada tabel yang dikenali, jadi lembar ini tidak diperiksa.`,
      );
      continue;
    }
    lines.push(`Lembar "${name}": ${onSheet.length} tabel`);
    onSheet.forEach((table, i) => {
      lines.push(...describeTable(table, i + 1, why));
      const survey = extra.surveys?.find((candidate) => candidate.table === table);
      if (survey) lines.push(...describeSurvey(survey));
    });
  }
  if (why) lines.push(...ruleLegend(tables), ...variantLines(extra.variants ?? []));
  return `${lines.join('\n')}\n`;
}

/** Pairs left apart beyond this many are counted, not listed: siblings can be hundreds. */
const MAX_APART_LISTED = 20;

function variantLines(variants: readonly NameVariant[]): string[] {
  if (variants.length === 0) return [];
  const pair = ({ mentions }: NameVariant) =>
    mentions
      .map(
        ({ name, nameCell }) => `"${name}" (${nameCell.sheet}!${toA1(nameCell.row, nameCell.col)})`,
      )
      .join(' / ');
  const joined = variants.filter((variant) => variant.joined);
  const apart = variants.filter((variant) => !variant.joined);
  const lines = ['', 'Nama indikator yang mirip (satu indikator yang ditulis dua cara?):'];
  for (const variant of joined) {
    const slips = variant.words.map(([x, y]) => `${x}/${y}`).join(', ');
    lines.push(`  dianggap satu indikator: ${pair(variant)}; ejaan berbeda: ${slips}`);
  }
  for (const variant of apart.slice(0, MAX_APART_LISTED))
    lines.push(`  tetap dua indikator: ${pair(variant)}; ${variant.reason ?? ''}`);
  if (apart.length > MAX_APART_LISTED)
    lines.push(`  … dan ${apart.length - MAX_APART_LISTED} pasangan lain tetap dua indikator`);
  return lines;
}

const SUMMARY_LABEL = { 'rata-rata': 'rata-rata', persen: 'persentase' } as const;

function describeTable(table: DetectedTable, index: number, why: boolean): string[] {
  const lines = [`  ${index}. ${KIND_LABEL[table.kind]} — ${rangeToA1(table.range)}`];
  if (why) lines.push(...stepLines('     Jenis tabel: ', stepsFor(table, 'table')));
  if (table.excelTable) lines.push(`     Tabel Excel: ${table.excelTable}`);
  if (table.title) lines.push(`     Judul: ${table.title}`);
  if (table.year !== undefined) lines.push(`     Tahun: ${table.year}`);
  const header = table.headerRows;
  lines.push(
    `     Baris judul kolom: ${header[0]}${header.length > 1 ? `–${header[header.length - 1]}` : ''}` +
      (table.numberingRow !== undefined ? `; baris nomor kolom: ${table.numberingRow}` : ''),
  );
  const rows = table.dataRows;
  lines.push(
    rows.length === 0
      ? '     Baris data: tidak ada'
      : `     Baris data: ${rows.length} (baris ${rows[0]}–${rows[rows.length - 1]})`,
  );
  if (table.sectionRows?.length) {
    lines.push(`     Baris bagian (bukan data): ${table.sectionRows.join(', ')}`);
  }
  if (table.summaryRows?.length) {
    const rows = table.summaryRows.map((s) => `${s.row} (${SUMMARY_LABEL[s.role]})`).join(', ');
    lines.push(`     Baris ringkasan (diperiksa sebagai ringkasan): ${rows}`);
  }
  if (table.predikatRows?.length) {
    lines.push(`     Baris predikat: ${table.predikatRows.join(', ')}`);
  }
  if (table.skm) lines.push(`     Baris pengolahan: ${skmRowsText(table.skm)}`);
  lines.push('     Kolom:');
  for (const column of table.columns) {
    lines.push(`       ${describeColumn(column)}`);
    if (why) lines.push(...stepLines('         ↳ ', stepsFor(table, column.col)));
  }
  if (table.equations.length > 0) {
    lines.push('     Persamaan kolom (diperiksa pada tiap baris data):');
    for (const equation of table.equations) {
      lines.push(`       ${equation.text}  →  ${equationText(equation)}`);
    }
  }
  return lines;
}

const SKM_ROW_LABEL: Record<Exclude<keyof SkmRows, 'labelCol'>, string> = {
  jumlah: 'Σ nilai',
  nrr: 'NRR',
  tertimbang: 'NRR tertimbang',
  konversi: 'nilai konversi',
  mutu: 'mutu per unsur',
  ikm: 'IKM',
};

function skmRowsText(rows: SkmRows): string {
  return Object.entries(SKM_ROW_LABEL)
    .flatMap(([name, label]) => {
      const row = rows[name as keyof typeof SKM_ROW_LABEL];
      return row === undefined ? [] : [`${row} (${label})`];
    })
    .join(', ');
}

/** Which rows of a survey table are respondents, and why the others are not. */
function describeSurvey(survey: SurveyAnswers): string[] {
  const { rows, emptyRows, summaryRows, order } = survey;
  const lines = [
    rows.length === 0
      ? '     Responden SKM: tidak ada'
      : `     Responden SKM: ${rows.length} (baris ${rows[0]}–${rows[rows.length - 1]}); urutan unsur ${order === 'kuesioner' ? 'kuesioner' : 'ruang lingkup (Pengaduan sebelum Sarana)'}`,
  ];
  if (emptyRows.length > 0) {
    lines.push(`     Bukan responden (tanpa jawaban, di akhir): baris ${emptyRows.join(', ')}`);
  }
  if (summaryRows.length > 0) {
    const listed = summaryRows.map((row) => `${row.row} "${row.label}"`).join(', ');
    lines.push(`     Bukan responden (baris ringkasan): ${listed}`);
  }
  const splits = survey.splits.map((column) => `"${column.header}"`);
  if (splits.length > 0) lines.push(`     Hasil dipisah per: ${splits.join(', ')}`);
  return lines;
}

function describeColumn(column: TableColumn): string {
  const details = [ROLE_LABEL[column.role]];
  if (column.unsur !== undefined) details.push(`U${column.unsur}`);
  if (column.unit !== undefined) details.push(column.unit);
  if (column.year !== undefined) details.push(`tahun ${column.year}`);
  if (column.measure !== undefined) details.push(`satuan ${column.measure}`);
  if (column.unsur !== undefined) details.push(UNSUR_SKM[column.unsur - 1].nama);
  const number = column.number !== undefined ? ` (${column.number})` : '';
  return `${columnLetters(column.col).padEnd(3)}${number.padEnd(6)} ${details.join(', ')} — "${column.header}"`;
}

function stepsFor(table: DetectedTable, target: DetectionStep['target']): DetectionStep[] {
  return (table.why ?? []).filter((step) => step.target === target);
}

function stepLines(prefix: string, steps: DetectionStep[]): string[] {
  if (steps.length === 0) return [`${prefix}tidak ada aturan yang berlaku (judul tidak dikenal)`];
  return steps.map((step) => `${prefix}${step.detail} (aturan ${step.rule})`);
}

const RULE_DESCRIPTION = new Map(
  [...ROLE_RULES, ...KIND_RULES, ...SKM_RULES].map((rule) => [rule.id, rule.description]),
);

/** Each rule that decided something, once, with what it says. */
function ruleLegend(tables: DetectedTable[]): string[] {
  const used = new Set(tables.flatMap((table) => (table.why ?? []).map((step) => step.rule)));
  if (used.size === 0) return [];
  const lines = ['', 'Aturan deteksi yang dipakai:'];
  for (const id of used) lines.push(`  ${id}: ${RULE_DESCRIPTION.get(id) ?? ''}`);
  return lines;
}
