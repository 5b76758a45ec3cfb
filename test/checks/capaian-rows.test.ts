/**
 * The indicator rows and capaian verdicts the capaian checks share: each row's table, row, name,
 * arah and values by year, and per row what its target and realisasi give.
 */
import { capaianRows } from '../../src/checks/capaian-rows';
import { CheckContext } from '../../src/checks/context';
import { indicatorRows } from '../../src/checks/indicators';
import { WorkbookFacts } from '../../src/facts/facts';
import type { ColumnRole } from '../../src/workbook/table-types';
import { build, type CellInput } from './helpers';

const ROLES: ColumnRole[] = ['indikator', 'arah', 'target', 'realisasi', 'capaian'];

function contextOf(...rows: CellInput[][]): CheckContext {
  const { model, tables } = build({ kind: 'capaian', roles: ROLES, rows });
  return new CheckContext(new WorkbookFacts(model, tables, {}));
}

describe('capaianRows: the verdict of each row', () => {
  it.each<[string, CellInput[], object]>([
    ['target empty', ['A', null, null, 8, 80], { missing: { field: 'target', col: 3 } }],
    ['realisasi empty', ['A', null, 10, null, 80], { missing: { field: 'realisasi', col: 4 } }],
    ['target 0', ['A', null, 0, 8, 80], { targetZero: { col: 3 } }],
    ['target not a number', ['A', null, 'sepuluh', 8, 80], {}],
    [
      'agrees, arah by default',
      ['A', null, 10, 8, 80],
      { computed: { value: 80, arah: 'naik', arahStated: false, stated: 'agrees' } },
    ],
    [
      'lower is better, arah stated',
      ['A', 'turun', 10, 8, 120],
      { computed: { value: 120, arah: 'turun', arahStated: true, stated: 'agrees' } },
    ],
    [
      'the lower-is-better formula with no arah',
      ['A', null, 10, 8, 120],
      { computed: { value: 80, arah: 'naik', arahStated: false, stated: 'turun' } },
    ],
    [
      'wrong',
      ['A', 'naik', 10, 8, 95],
      { computed: { value: 80, arah: 'naik', arahStated: true, stated: 'wrong' } },
    ],
    [
      'no capaian stated',
      ['A', null, 10, 8, null],
      { computed: { value: 80, arah: 'naik', arahStated: false, stated: 'none' } },
    ],
  ])('%s', (_case, row, verdict) => {
    const [entry] = capaianRows(contextOf(row));
    const { missing, targetZero, computed } = entry;
    const seen = {
      ...(missing && { missing: { field: missing.field, col: missing.col } }),
      ...(targetZero && { targetZero: { col: targetZero.col } }),
      ...(computed && { computed }),
    };
    expect(seen).toEqual(verdict);
    expect(entry.group).toBe(entry.row.groups[0]);
    // What the checks read without an object per row: the same verdict and value.
    expect([entry.stated, entry.capaian]).toEqual([computed?.stated, computed?.value]);
  });
});

describe('indicatorRows: read from the mentions', () => {
  it("gives each row's table, row, name, arah and indicator", () => {
    const context = contextOf(
      ['Angka pengaduan', 'turun', 10, 8, 120],
      ['Indeks X', null, 1, 1, 100],
    );
    const rows = indicatorRows(context);
    expect(rows.map((r) => [r.table.kind, r.sheet.name, r.row, r.name, r.arah])).toEqual([
      ['capaian', 'Lembar1', 2, 'Angka pengaduan', 'turun'],
      ['capaian', 'Lembar1', 3, 'Indeks X', undefined],
    ]);
    expect(rows.map((r) => r.indicator?.name)).toEqual(['Angka pengaduan', 'Indeks X']);
    expect(rows[0].groups.map((g) => [g.target?.reading.value, g.capaian?.col])).toEqual([[10, 5]]);
  });

  it('gives a row of several years a group per year', () => {
    const { model, tables } = build({
      kind: 'multi-tahun',
      roles: ['indikator', 'target', 'realisasi', 'target', 'realisasi'],
      years: [undefined, 2022, 2022, 2023, 2023],
      rows: [['Angka pengaduan', 10, 8, 9, 9]],
    });
    const [row] = indicatorRows(new CheckContext(new WorkbookFacts(model, tables, {})));
    expect(row.groups.map((g) => [g.year, g.target?.reading.value, g.realisasi?.col])).toEqual([
      [2022, 10, 3],
      [2023, 9, 5],
    ]);
  });
});
