import { rule } from '../../src/checks/target-berbeda';
import type { TableSpec } from './helpers';
import { findingsOf } from './helpers';

const pk = (rows: TableSpec['rows']): TableSpec => ({
  kind: 'pk',
  sheet: 'PK',
  roles: ['indikator', 'target'],
  rows,
  year: 2023,
  title: 'Lampiran PK',
});
const revisedPk = (rows: TableSpec['rows']): TableSpec => ({
  kind: 'pk',
  sheet: 'PK',
  top: 10,
  roles: ['indikator', 'target-sebelum', 'target-sesudah'],
  rows,
  year: 2023,
});
const capaian = (rows: TableSpec['rows'], year = 2023): TableSpec => ({
  kind: 'capaian',
  sheet: 'BAB III',
  roles: ['indikator', 'target', 'realisasi', 'capaian'],
  rows,
  year,
});

describe('target-berbeda', () => {
  it.each<[string, TableSpec[], string[]]>([
    [
      'Klakah LPPdes: 85,23 % in Tabel 3.2, 95,23 % in the PK',
      [
        pk([['Persentase Desa yang menetapkan LPPdes Tepat waktu', '95,23%']]),
        capaian([
          ['Persentase desa yang menetapkan LPPdes tepat waktu', '85,23 %', '100 %', '110 %'],
        ]),
      ],
      [
        'BAB III!B2 Target 85,23 untuk "Persentase desa yang menetapkan LPPdes tepat waktu" tahun 2023 berbeda dengan 95,23 di Lampiran PK (PK!B2)',
      ],
    ],
    [
      'same target written differently',
      [pk([['IKM', 90]]), capaian([['ikm', '90,00', 84.19, 93.54]])],
      [],
    ],
    [
      'same name, another year',
      [pk([['IKM', 90]]), capaian([['IKM', 86.75, 87.03, 100.32]], 2022)],
      [],
    ],
    [
      'a revised PK: a target equal to the sebelum one is no conflict',
      [
        revisedPk([['Dokumen tepat waktu', '85,23', '95,23']]),
        pk([['Dokumen tepat waktu', '85,23%']]),
        capaian([['Dokumen tepat waktu', '95,23', 100, 105]]),
      ],
      [],
    ],
    [
      'a revised PK: a third value conflicts',
      [
        revisedPk([['Dokumen tepat waktu', '85,23', '95,23']]),
        capaian([['Dokumen tepat waktu', '90', 100, 111.11]]),
      ],
      [
        'BAB III!B2 Target 90 untuk "Dokumen tepat waktu" tahun 2023 berbeda dengan 95,23 (sebelum perubahan 85,23) di PK!C11',
      ],
    ],
    [
      'without a PK, the value most tables agree on is the reference',
      [
        capaian([['IKM', 90, 84.19, 93.54]]),
        {
          kind: 'capaian',
          sheet: 'Renstra',
          roles: ['indikator', 'target', 'realisasi', 'capaian'],
          rows: [['IKM', 90, 84.25, 94]],
          year: 2023,
        },
        {
          kind: 'capaian',
          sheet: 'Lain',
          roles: ['indikator', 'target', 'realisasi', 'capaian'],
          rows: [['IKM', 85, 84.25, 99]],
          year: 2023,
        },
      ],
      ['Lain!B2 Target 85 untuk "IKM" tahun 2023 berbeda dengan 90 di BAB III!B2 dan 1 tabel lain'],
    ],
  ])('%s', (_name, specs, expected) => {
    const findings = findingsOf(rule, specs);
    expect(findings.map((f) => `${f.sheet}!${f.cell} ${f.message}`)).toEqual(expected);
    findings.forEach((f) => expect(f.severity).toBe('warning'));
  });
});
