/** Who the report is about and on which predikat scale, as the workbook's own tables say. */
import { recogniseScale } from '../core/predikat';
import { columnOf, type ModelReader, refIn } from '../workbook/cells';
import type { DetectedTable } from '../workbook/table-types';

/** The scale the capaian tables' predikat labels use. */
export function workbookScale(reader: ModelReader, tables: DetectedTable[]) {
  const labels: string[] = [];
  for (const table of tables) {
    const column = columnOf(table, 'predikat');
    if (!column) continue;
    for (const row of table.dataRows) labels.push(reader.text(refIn(table, row, column)));
  }
  return recogniseScale(labels);
}

const UNIT =
  /\b((?:kecamatan|kelurahan|dinas|badan|kantor|sekretariat|inspektorat|satuan|rsud|bagian|upt)\b.*)/i;
const UNIT_END = /\s+(?:tahun|kabupaten|kota|provinsi|periode)\b.*$|\s+\d{4}.*$/i;

/** `KECAMATAN KLAKAH` from a title such as `… KECAMATAN KLAKAH TAHUN 2023`; penghitungan titles first. */
export function unitName(tables: DetectedTable[]): string | undefined {
  const titled = [...tables].sort(
    (a, b) => Number(b.kind === 'penghitungan') - Number(a.kind === 'penghitungan'),
  );
  for (const table of titled) {
    const match = table.title === undefined ? null : UNIT.exec(table.title);
    if (!match) continue;
    const unit = match[1].replace(UNIT_END, '').trim();
    if (unit.split(/\s+/).length >= 2) return unit.toUpperCase();
  }
  return undefined;
}

// The unit ends where the period begins: `Triwulan …`, or E.81's `Periode Pelaksanaan: Triwulan …`.
const FORM_UNIT =
  /perangkat daerah\s*:\s*([^…]+?)\s*(?:(?:periode\s+pelaksanaan\s*:\s*)?triwulan\b.*)?$/i;

/** `Perangkat Daerah : Badan …` in the form's title or a section row. */
export function formUnit(reader: ModelReader, table: DetectedTable): string | undefined {
  const texts = [
    table.title ?? '',
    ...(table.sectionRows ?? []).map((row) =>
      table.columns.map((column) => reader.text(refIn(table, row, column))).join(' '),
    ),
  ];
  for (const text of texts) {
    const match = FORM_UNIT.exec(text.replace(/\s+/g, ' '));
    if (match) return match[1].trim().toUpperCase();
  }
  return undefined;
}
