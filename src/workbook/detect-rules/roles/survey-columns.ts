/**
 * The survey's roles (unsur, profile, periode) hold only in a table with each of the nine unsur
 * in exactly one column: elsewhere `Waktu`, `Jenis Layanan` or `Tanggal` mean nothing known, and
 * the columns are `lain` as before (a guess at a survey is never made).
 */
import { UNSUR_SKM } from '../../../core/skm';
import type { ColumnRole } from '../../table-types';
import type { HeadRule } from '../rule';

export const SURVEY_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  'unsur-skm',
  'jenis-kelamin',
  'usia',
  'pendidikan',
  'pekerjaan',
  'jenis-layanan',
  'tanggal',
  'saran',
  'periode',
]);

export const surveyColumns: HeadRule = {
  id: 'sembilan-unsur',
  description:
    'Kolom unsur dan profil responden SKM hanya dibaca demikian bila setiap unsur U1–U9 ada ' +
    'tepat satu kolomnya; bila tidak, kolom-kolom itu "lain".',
  apply({ columns, why }) {
    const survey = columns.filter((column) => SURVEY_ROLES.has(column.role));
    if (survey.length === 0) return;
    const perUnsur = UNSUR_SKM.map(
      (unsur) => columns.filter((column) => column.unsur === unsur.nomor).length,
    );
    if (perUnsur.every((count) => count === 1)) return;
    const missing = UNSUR_SKM.filter((_, i) => perUnsur[i] === 0).map((u) => `U${u.nomor}`);
    const doubled = UNSUR_SKM.filter((_, i) => perUnsur[i] > 1).map((u) => `U${u.nomor}`);
    const none = missing.length === UNSUR_SKM.length;
    const reason = [
      none ? 'tidak ada kolom unsur U1–U9' : '',
      !none && missing.length > 0 ? `tanpa kolom ${missing.join(', ')}` : '',
      doubled.length > 0 ? `lebih dari satu kolom ${doubled.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    for (const column of survey) {
      why.push({
        target: column.col,
        rule: this.id,
        detail: `${column.role} → lain (bukan tabel jawaban SKM: ${reason})`,
      });
      column.role = 'lain';
      delete column.unsur;
    }
  },
};
