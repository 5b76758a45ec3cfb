import { rule } from '../../src/checks/sel-error';
import { localFormula } from '../../src/checks/sel-error-cause';
import { build, findingsOf, type CellInput } from './helpers';
import { runChecks } from '../../src/checks';
import { WorkbookFacts } from '../../src/facts/facts';
import { Sheet } from '../../src/workbook/model';

const error = (code: string, formula?: string): CellInput => ({
  value: null,
  error: code,
  ...(formula === undefined ? {} : { formula }),
});

describe('sel-error', () => {
  // Row 2: IKM, target B2, realisasi C2, capaian D2 (the error).
  it.each<[string, CellInput, CellInput, string[], string | undefined]>([
    [
      '#DIV/0! from an empty divisor: the cause and the guarded formula',
      null,
      error('#DIV/0!', 'C2/B2*100'),
      [
        'D2 Sel berisi galat Excel #DIV/0! dari rumus =C2/B2*100: pembagi B2 kosong; isi pembaginya, atau ketik =IF(OR(B2="";B2=0);"";C2/B2*100) agar sel tetap kosong selama pembaginya kosong atau 0',
      ],
      'IF(OR(B2="",B2=0),"",C2/B2*100)',
    ],
    [
      '#DIV/0! from a divisor of 0, absolute reference kept as written',
      0,
      error('#DIV/0!', 'ROUND(C2/$B$2*100,2)'),
      [
        'D2 Sel berisi galat Excel #DIV/0! dari rumus =ROUND(C2/$B$2*100,2): pembagi $B$2 bernilai 0; isi pembaginya, atau ketik =IF(OR($B$2="";$B$2=0);"";ROUND(C2/$B$2*100;2)) agar sel tetap kosong selama pembaginya kosong atau 0',
      ],
      'IF(OR($B$2="",$B$2=0),"",ROUND(C2/$B$2*100,2))',
    ],
    [
      '#DIV/0! from a computed divisor: the meaning only, no guess',
      0,
      error('#DIV/0!', 'C2/(B2+A9)'),
      [
        'D2 Sel berisi galat Excel #DIV/0! dari rumus =C2/(B2+A9): pembagian dengan nol atau dengan sel kosong; periksa pembagi di rumus',
      ],
      undefined,
    ],
    [
      '#DIV/0! whose single divisor holds a number: the cause is elsewhere',
      90,
      error('#DIV/0!', 'C2/B2/SUM(E2:E3)'),
      [
        'D2 Sel berisi galat Excel #DIV/0! dari rumus =C2/B2/SUM(E2:E3): pembagian dengan nol atau dengan sel kosong; periksa pembagi di rumus',
      ],
      undefined,
    ],
    [
      'a division sign inside a string divides nothing',
      null,
      error('#DIV/0!', 'IF(C2="x/B2",0,1/0)'),
      [
        'D2 Sel berisi galat Excel #DIV/0! dari rumus =IF(C2="x/B2",0,1/0): pembagian dengan nol atau dengan sel kosong; periksa pembagi di rumus',
      ],
      undefined,
    ],
    [
      '#DIV/0! typed, without a formula',
      90,
      error('#DIV/0!'),
      [
        'D2 Sel berisi galat Excel #DIV/0!: pembagian dengan nol atau dengan sel kosong; periksa pembagi di rumus',
      ],
      undefined,
    ],
    [
      '#REF! typed or pasted',
      90,
      error('#REF!'),
      [
        'D2 Sel berisi galat Excel #REF!: rumus merujuk sel atau sheet yang sudah dihapus; tulis ulang rujukannya',
      ],
      undefined,
    ],
    [
      '#N/A',
      90,
      error('#N/A'),
      [
        'D2 Sel berisi galat Excel #N/A: nilai yang dicari (misalnya dengan VLOOKUP) tidak ditemukan',
      ],
      undefined,
    ],
    [
      '#VALUE!',
      90,
      error('#VALUE!', 'C2*B2'),
      [
        'D2 Sel berisi galat Excel #VALUE! dari rumus =C2*B2: rumus menghitung dengan teks atau nilai yang bukan angka; periksa sel yang dirujuk',
      ],
      undefined,
    ],
    ['the text N/A is not an Excel error', 90, 'N/A', [], undefined],
    ['a number', 90, 93.54, [], undefined],
  ])('%s', (_name, target, value, expected, formula) => {
    const findings = findingsOf(rule, [
      {
        kind: 'capaian',
        roles: ['indikator', 'target', 'realisasi', 'capaian'],
        rows: [['IKM', target, 84.19, value]],
      },
    ]);
    expect(findings.map((f) => `${f.cell} ${f.message}`)).toEqual(expected);
    findings.forEach((f) => expect(f.severity).toBe('error'));
    findings.forEach((f) =>
      expect(f.fix).toEqual(
        formula === undefined
          ? undefined
          : // What the cell held: its failing formula, with its =.
            [
              {
                sheet: 'Lembar1',
                cell: 'D2',
                was: `=${(value as { formula: string }).formula}`,
                formula,
              },
            ],
      ),
    );
  });

  it('finds a divisor on another sheet, named with quotes', () => {
    const { model, tables } = build({
      kind: 'capaian',
      roles: ['indikator', 'target', 'realisasi', 'capaian'],
      rows: [['IKM', 90, 84.19, error('#DIV/0!', "C2/'PK 2023'!D6")]],
    });
    const pk = new Sheet('PK 2023');
    pk.setCell(6, 4, { value: '' });
    model.sheets.push(pk);
    const [finding] = runChecks(new WorkbookFacts(model, tables), [rule]);
    expect(finding.fix).toEqual([
      {
        sheet: 'Lembar1',
        cell: 'D2',
        was: "=C2/'PK 2023'!D6",
        formula: `IF(OR('PK 2023'!D6="",'PK 2023'!D6=0),"",C2/'PK 2023'!D6)`,
      },
    ]);
  });

  it.each([
    ['IF(OR(B2="",B2=0),"",C2/B2)', 'IF(OR(B2="";B2=0);"";C2/B2)'],
    ['ROUND(C2*0.5,2)', 'ROUND(C2*0,5;2)'],
    ['IF(A1="a,b",1.5,2)', 'IF(A1="a,b";1,5;2)'],
    ["'Data, 2023'!A1+Tabel3.1!B2", "'Data, 2023'!A1+Tabel3.1!B2"],
  ])('writes %s as an Indonesian Excel takes it: %s', (formula, local) => {
    expect(localFormula(formula)).toBe(local);
  });

  it('looks only inside tables', () => {
    const { model, tables } = build({
      kind: 'capaian',
      roles: ['indikator', 'target'],
      rows: [['IKM', 90]],
    });
    model.sheets[0].setCell(20, 1, { value: null, error: '#REF!' });
    expect(runChecks(new WorkbookFacts(model, tables), [rule])).toEqual([]);
  });
});
