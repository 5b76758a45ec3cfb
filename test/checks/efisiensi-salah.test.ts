import { rule } from '../../src/checks/efisiensi-salah';
import type { ColumnRole } from '../../src/workbook/table-types';
import { findingsOf, percent, type CellInput, type TableSpec } from './helpers';

const ROLES: ColumnRole[] = ['indikator', 'capaian-kinerja', 'capaian-anggaran', 'efisiensi'];

describe('efisiensi-salah', () => {
  it.each<[string, CellInput[], string[]]>([
    ['100 % − 100 % written as the accounting nil "-"', ['APBdes', '100%', '100%', '-'], []],
    [
      'Klakah LPPdes: 85,23 % − 100 % is not "-"',
      ['LPPdes', '85,23%', '100%', '-'],
      ['D2 Efisiensi tertulis -, seharusnya -14,77 (85,23 − 100)'],
    ],
    ['a positive efisiensi', ['A', 105, '94,37 %', '10,63'], []],
    [
      'a wrong number',
      ['A', 105, '94,37 %', '12'],
      ['D2 Efisiensi tertulis 12, seharusnya 10,63 (105 − 94,37)'],
    ],
    ['percent cells', ['A', percent(1.05), percent(0.9437), percent(0.1063)], []],
    ['nothing stated', ['A', 105, 94.37, null], []],
  ])('%s', (_name, row, expected) => {
    const findings = findingsOf(rule, [{ kind: 'efisiensi', roles: ROLES, rows: [row] }]);
    expect(findings.map((f) => `${f.cell} ${f.message}`)).toEqual(expected);
    findings.forEach((f) => expect(f.severity).toBe('error'));
  });

  it('says when the capaian kinerja is really the indicator target', () => {
    const program: TableSpec = {
      kind: 'capaian',
      sheet: 'Program',
      roles: ['indikator', 'target', 'realisasi', 'capaian'],
      rows: [['Persentase desa yang menetapkan LPPdes tepat waktu', '85,23 %', '100 %', '110 %']],
    };
    const efisiensi: TableSpec = {
      kind: 'efisiensi',
      sheet: 'Efisiensi',
      roles: ['no', 'indikator', 'indikator', 'capaian-kinerja', 'capaian-anggaran', 'efisiensi'],
      rows: [
        [7, null, 'Persentase desa yang menetapkan LPPdes tepat waktu', '85,23%', '100%', '-'],
      ],
    };
    const [finding] = findingsOf(rule, [program, efisiensi]);
    expect(finding).toMatchObject({
      sheet: 'Efisiensi',
      cell: 'F2',
      message:
        'Efisiensi tertulis -, seharusnya -14,77 (85,23 − 100); 85,23 adalah target indikator ini, bukan capaiannya',
      expected: -14.77,
      actual: '-',
    });
  });
});
