import { rule as galatTemplat } from '../../src/checks/galat-templat';
import { rule as selError } from '../../src/checks/sel-error';
import { findingsOf, type CellInput } from './helpers';

/** `=D/C` (realisasi / pagu) copied down: #DIV/0! where the pagu is empty. */
const div0 = (row: number): CellInput => ({
  value: null,
  error: '#DIV/0!',
  formula: `D${row}/C${row}`,
});
/** A formula giving 0 from empty inputs (`=F+H` of a template). */
const zero = (row: number): CellInput => ({ value: 0, formula: `F${row}+H${row}` });
/** sel-error's proposal for the row's `=D/C`. */
const guard = (row: number) =>
  `isi pembaginya, atau ketik =IF(OR(C${row}="";C${row}=0);"";D${row}/C${row}) agar sel tetap kosong selama pembaginya kosong atau 0`;
const fix = 'bungkus rumus dengan IFERROR, atau hapus baris templat yang tidak dipakai';

describe('galat-templat and sel-error: errors in rows nobody filled', () => {
  it.each<[string, CellInput[][], string[]]>([
    [
      'three rows copied ahead: one note naming the block, no sel-error',
      [
        [1, 'Belanja Pegawai', 100, 90, 90],
        [null, null, null, null, div0(3)],
        [null, null, null, null, div0(4)],
        [null, null, null, null, div0(5)],
      ],
      [
        `galat-templat info E3 3 baris belum diisi (E3:E5), tetapi rumusnya sudah memberi 3 galat #DIV/0!: ${fix}`,
      ],
    ],
    [
      'one unfilled row is a block of one',
      [
        [1, 'Belanja Pegawai', 100, 90, 90],
        [null, null, null, null, div0(3)],
      ],
      [
        `galat-templat info E3 Baris 3 belum diisi (E3), tetapi rumusnya sudah memberi 1 galat #DIV/0!: ${fix}`,
      ],
    ],
    [
      'formulas giving 0 and the template row number are no input',
      [
        [1, 'Belanja Pegawai', 100, 90, 90],
        [2, null, zero(3), zero(3), div0(3)],
        [3, null, zero(4), zero(4), div0(4)],
      ],
      [
        `galat-templat info E3 2 baris belum diisi (E3:E4), tetapi rumusnya sudah memberi 2 galat #DIV/0!: ${fix}`,
      ],
    ],
    [
      'negative: a row with a name typed keeps its error',
      [[1, 'Belanja Modal', null, null, div0(2)]],
      [
        `sel-error error E2 Sel berisi galat Excel #DIV/0! dari rumus =D2/C2: pembagi C2 kosong; ${guard(2)}`,
      ],
    ],
    [
      'negative: a typed 0 pagu is an input (realisasi over a zero pagu)',
      [[null, null, 0, 500, div0(2)]],
      [
        `sel-error error E2 Sel berisi galat Excel #DIV/0! dari rumus =D2/C2: pembagi C2 bernilai 0; ${guard(2)}`,
      ],
    ],
    [
      'negative: a formula bringing a value in is an input',
      [[null, null, null, { value: 250, formula: "'Rekap'!C2" }, div0(2)]],
      [
        `sel-error error E2 Sel berisi galat Excel #DIV/0! dari rumus =D2/C2: pembagi C2 kosong; ${guard(2)}`,
      ],
    ],
    [
      'a filled row ends a block; an empty row does not',
      [
        [null, null, null, null, div0(2)],
        [2, 'Belanja Modal', 0, 10, div0(3)],
        [null, null, null, null, div0(4)],
        [null, null, null, null, null],
        [null, null, null, null, div0(6)],
      ],
      [
        `galat-templat info E2 Baris 2 belum diisi (E2), tetapi rumusnya sudah memberi 1 galat #DIV/0!: ${fix}`,
        `sel-error error E3 Sel berisi galat Excel #DIV/0! dari rumus =D3/C3: pembagi C3 bernilai 0; ${guard(3)}`,
        `galat-templat info E4 2 baris belum diisi (E4:E6), tetapi rumusnya sudah memberi 2 galat #DIV/0!: ${fix}`,
      ],
    ],
  ])('%s', (_name, rows, expected) => {
    const findings = findingsOf(
      [selError, galatTemplat],
      [
        {
          kind: 'anggaran',
          roles: ['no', 'uraian', 'pagu', 'realisasi-anggaran', 'serapan'],
          rows,
        },
      ],
    );
    expect(findings.map((f) => `${f.rule} ${f.severity} ${f.cell} ${f.message}`)).toEqual(expected);
  });
});
