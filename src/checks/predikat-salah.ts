import { predikat, recogniseScale, sameLabel, SCALE_LABEL, type ScaleName } from '../core/predikat';
import type { DetectedTable } from '../workbook/table-types';
import type { Check } from './check';
import { finding, findingsOf } from './check';
import { capaianRows, type CapaianRow } from './capaian-rows';
import { shownNumber } from './compare';
import type { CheckContext } from './context';
import type { Finding } from './finding';
import { predikatRowFindings } from './predikat-rows';

export const rule: Check = {
  id: 'predikat-salah',
  title: 'Predikat tidak sesuai capaian',
  severity: 'error',
  description:
    'Predikat tertulis tidak sesuai pita skala untuk capaiannya (skala LKj bawaan; skala Permendagri 86/2017 atau IKM dikenali dari label tabel atau dipilih pengguna; pada baris predikat formulir Renja: skala IF di rumus sel, atau Permendagri 86/2017).',
  check(context) {
    return [...capaianRowFindings(context), ...predikatRowFindings(context, rule)];
  },
};

function capaianRowFindings(context: CheckContext): Finding[] {
  const rows = capaianRows(context).filter(
    (entry) => entry.group.predikat && entry.group.predikat.text !== '',
  );
  const scales = scalesOfTables(context, rows);
  return findingsOf(rows, (entry) => {
    const stated = entry.group.predikat;
    const scale = scales.get(entry.row.table) ?? 'LKJ';
    const value = ratedValue(entry, scale);
    if (!stated || value === undefined) return undefined;
    let expected: string;
    try {
      expected = predikat(value, scale);
    } catch {
      return undefined; // below the scale's lowest band (an IKM under 25): nothing to rate against
    }
    if (sameLabel(stated.text, expected)) return undefined;
    const what = scale === 'IKM' ? 'nilai IKM' : 'capaian';
    return finding(
      rule,
      context.at(entry.row.sheet, entry.row.row, stated.col),
      `Predikat tertulis "${stated.text}", seharusnya "${expected}" (${what} ${shownNumber(value)}, skala ${SCALE_LABEL[scale]})`,
      expected,
      stated.text,
    );
  });
}

/** The scale of each table: forced by the user, else recognised from its labels, else LKJ. */
function scalesOfTables(context: CheckContext, rows: CapaianRow[]): Map<DetectedTable, ScaleName> {
  const labels = new Map<DetectedTable, string[]>();
  for (const { row, group } of rows) {
    const list = labels.get(row.table) ?? [];
    list.push(group.predikat?.text ?? '');
    labels.set(row.table, list);
  }
  const scales = new Map<DetectedTable, ScaleName>();
  for (const [table, texts] of labels)
    scales.set(table, context.skala ?? recogniseScale(texts) ?? 'LKJ');
  return scales;
}

/**
 * The IKM scale rates the IKM value itself (the realisasi); the others rate the capaian: the
 * stated one where it follows a lower-is-better reading named at info level, so that
 * a predikat consistent with it is not a second finding.
 */
function ratedValue(entry: CapaianRow, scale: ScaleName): number | undefined {
  if (scale === 'IKM') return entry.group.realisasi?.reading.value ?? undefined;
  const stated = entry.group.capaian?.reading.value ?? undefined;
  const reading = entry.stated;
  if ((reading === 'turun' || reading === 'tren-negatif') && stated !== undefined) return stated;
  return entry.capaian ?? stated;
}
