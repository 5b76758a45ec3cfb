import { rule } from '../../src/checks/arah-turun';
import type { ColumnRole } from '../../src/workbook/table-types';
import { findingsOf, type CellInput } from './helpers';

const ROLES: ColumnRole[] = ['indikator', 'arah', 'target', 'realisasi', 'capaian'];

describe('arah-turun', () => {
  it.each<[string, CellInput[], string[]]>([
    [
      'no arah, stated capaian follows the lower-is-better formula',
      ['Angka pengaduan', null, 10, 8, 120],
      [
        'E2 Capaian tertulis 120 memakai rumus arah turun ((2 × 10 − 8) / 10 × 100 = 120); arah indikator tidak dinyatakan, ' +
          'dengan arah naik capaiannya 80. Isi kolom Arah bila memang turun',
      ],
    ],
    ['arah stated turun: nothing to say', ['Angka pengaduan', 'turun', 10, 8, 120], []],
    [
      'arah stated naik: capaian-salah reports it instead',
      ['Angka pengaduan', 'naik', 10, 8, 120],
      [],
    ],
    ['matches the default formula', ['Angka pengaduan', null, 10, 8, 80], []],
    ['matches neither formula', ['Angka pengaduan', null, 10, 8, 95], []],
  ])('%s', (_name, row, expected) => {
    const findings = findingsOf(rule, [{ kind: 'capaian', roles: ROLES, rows: [row] }]);
    expect(findings.map((f) => `${f.cell} ${f.message}`)).toEqual(expected);
    findings.forEach((f) =>
      expect(f).toMatchObject({ severity: 'info', expected: 80, actual: 120 }),
    );
  });
});
