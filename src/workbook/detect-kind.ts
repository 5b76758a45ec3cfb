/**
 * Settles what columns mean once the whole header is known (measures, budget context, the
 * capaian equation) and names the table's kind from the roles it has (DOMAIN section 6).
 */
import type {
  ColumnEquation,
  ColumnRole,
  EquationNode,
  TableColumn,
  TableKind,
} from './table-types';

const RUPIAH_ROLE: Partial<Record<ColumnRole, ColumnRole>> = {
  target: 'pagu',
  realisasi: 'realisasi-anggaran',
  capaian: 'serapan',
};

/** What a target, realisasi or capaian is when its measure is rupiah; undefined for other roles. */
export function rupiahRole(role: ColumnRole): ColumnRole | undefined {
  return RUPIAH_ROLE[role];
}

/** Role changes that need the other columns: Rp measures, realisasi beside a pagu. */
export function settleRoles(columns: TableColumn[]): void {
  for (const column of columns) {
    const rupiah = column.measure === 'Rp' ? rupiahRole(column.role) : undefined;
    if (rupiah) column.role = rupiah;
  }
  const hasPagu = columns.some((column) => column.role === 'pagu');
  const hasTarget = columns.some((column) => column.role === 'target');
  if (!hasPagu) return;
  // Beside a target, a realisasi named as money by its header (`Realisasi [Rp]`, `Realisasi
  // Anggaran`) leaves the other realisasi to the kinerja (an LKPJ form's REALISASI TARGET).
  const moneyNamed =
    hasTarget &&
    columns.some((column) => column.role === 'realisasi-anggaran' && column.measure === undefined);
  const paguGroups = new Set(columns.filter((c) => c.role === 'pagu').map((c) => c.group ?? ''));
  for (const column of columns) {
    const rupiahOrAny = column.measure === undefined || column.measure === 'Rp';
    if (
      column.role === 'realisasi' &&
      rupiahOrAny &&
      !moneyNamed &&
      (!hasTarget || paguGroups.has(column.group ?? ''))
    ) {
      column.role = 'realisasi-anggaran';
    }
  }
  percentBesideRealisasi(columns);
}

/** A bare `Persentase` / `%` header: its meaning comes from the column before it. */
const BARE_PERCENT = /^\W*(?:%|persen|persentase|presentase|prosentase)\W*(?:%\W*)?$/i;

/**
 * A bare percentage column right after a realisasi anggaran is its serapan (ALOKASI [Rp] ·
 * REALISASI [Rp] · PERSENTASE [%]); right after a realisasi beside a target, with no capaian
 * column, it is the capaian.
 */
function percentBesideRealisasi(columns: TableColumn[]): void {
  const hasCapaian = columns.some((column) => column.role === 'capaian');
  columns.forEach((column, i) => {
    const before = columns[i - 1];
    if (column.role !== 'lain' || !before || before.col !== column.col - 1) return;
    if (column.measure !== undefined || !BARE_PERCENT.test(leafOf(column))) return;
    if (before.role === 'realisasi-anggaran') column.role = 'serapan';
    else if (before.role === 'realisasi' && !hasCapaian) column.role = 'capaian';
  });
}

function leafOf(column: TableColumn): string {
  const parts = column.header.split(' / ');
  return parts[parts.length - 1];
}

/**
 * Where a numbering row states the capaian (`15 = 14 / 6 x 100`), its operands are the
 * realisasi and the target the capaian compares; other columns of those roles become `lain`,
 * so checks do not pair the wrong target with a realisasi.
 */
export function rolesFromEquations(columns: TableColumn[], equations: ColumnEquation[]): void {
  const byCol = new Map(columns.map((column) => [column.col, column]));
  for (const equation of equations) {
    const result = byCol.get(equation.resultCol);
    const ratio = ratioOperands(equation.expression);
    if (!result || !ratio) continue;
    const pair: [ColumnRole, ColumnRole] | undefined =
      result.role === 'capaian'
        ? ['realisasi', 'target']
        : result.role === 'serapan'
          ? ['realisasi-anggaran', 'pagu']
          : undefined;
    const numerator = byCol.get(ratio[0]);
    const denominator = byCol.get(ratio[1]);
    if (!pair || !numerator || !denominator) continue;
    for (const column of columns) {
      if (column.measure !== result.measure) continue;
      if (column.role === pair[0] && column !== numerator) column.role = 'lain';
      if (column.role === pair[1] && column !== denominator) column.role = 'lain';
    }
    numerator.role = pair[0];
    denominator.role = pair[1];
  }
}

/** `a / b`, `a / b × 100` or `(a / b) × 100` → [a, b]. */
export function ratioOperands(node: EquationNode): [number, number] | undefined {
  if (node.type === 'binary' && node.op === '*' && node.right.type === 'number') {
    return ratioOperands(node.left);
  }
  if (
    node.type === 'binary' &&
    node.op === '/' &&
    node.left.type === 'column' &&
    node.right.type === 'column'
  ) {
    return [node.left.col, node.right.col];
  }
  return undefined;
}

/** The kind of table these columns make, or undefined when it is none we check. */
export function tableKind(columns: TableColumn[], context: string): TableKind | undefined {
  const count = (role: ColumnRole) => columns.filter((column) => column.role === role).length;
  const has = (...roles: ColumnRole[]) => roles.some((role) => count(role) > 0);
  if (has('nama', 'nip', 'nama-nip') && has('pangkat', 'golongan', 'jabatan')) return 'sdm';
  if (has('formulasi') && has('penghitungan', 'hasil')) return 'penghitungan';
  if (has('efisiensi') || (has('capaian-kinerja') && has('capaian-anggaran'))) return 'efisiensi';
  const quarters = count('triwulan');
  const isForm = columns.some((column) => column.measure !== undefined);
  if (quarters > 0 && (isForm || /\b(?:renja|rkpd|renstra)\b/i.test(context))) return 'renja';
  if (quarters >= 2 || (quarters > 0 && has('ikm'))) return 'ikm-triwulan';
  const years = new Set(
    columns
      .filter(
        (column) =>
          column.year !== undefined && (column.role === 'target' || column.role === 'realisasi'),
      )
      .map((column) => column.year),
  );
  if (years.size >= 2 && has('target') && has('realisasi')) return 'multi-tahun';
  if (count('realisasi-unit') >= 2) return 'perbandingan-pd';
  const named = has('indikator', 'sasaran', 'tujuan', 'program');
  // An LKPJ capaian form carries its budget beside the capaian: a capaian table all the same.
  if (has('target') && has('realisasi') && has('capaian') && has('indikator')) return 'capaian';
  if (has('pagu') && has('realisasi-anggaran', 'program', 'uraian', 'kode', 'serapan'))
    return 'anggaran';
  if (has('target') && has('realisasi') && (named || has('capaian'))) return 'capaian';
  if (has('target', 'target-sebelum', 'target-sesudah') && named) return 'pk';
  return undefined;
}
