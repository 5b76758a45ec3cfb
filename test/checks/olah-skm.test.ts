/**
 * The checks on SKM processing tables staff build by hand (SKM.md §10), on real .xlsx files
 * through the real reader: the worked example of SKM.md §5 under each weight, the GASPUL slip,
 * the mutu at the band edges, and answers outside 1–4 or blank.
 */
import { validateWorkbook, type Finding } from '../../src/checks';
import { readXlsx } from '../../src/hosts/xlsx/read';
import {
  answersFor,
  olahSkmXlsx,
  RESPONDENTS_GASPUL,
  SUMS_GASPUL,
  type OlahSpec,
} from '../support/skm-olah-xlsx';

async function findings(spec: OlahSpec): Promise<Finding[]> {
  return validateWorkbook(await readXlsx(await olahSkmXlsx(spec))).findings;
}

/** `rule severity cell message` of every finding. */
async function lines(spec: OlahSpec): Promise<string[]> {
  return (await findings(spec)).map((f) => `${f.rule} ${f.severity} ${f.cell} ${f.message}`);
}

const gaspul = () => answersFor(SUMS_GASPUL, RESPONDENTS_GASPUL);

describe('the worked example of SKM.md §5 (29 respondents, Σ 955)', () => {
  it.each<[string, OlahSpec, string[]]>([
    [
      'the rule, 1/9: 91,48 passes with mutu A and kinerja Sangat Baik',
      {
        answers: gaspul(),
        applied: 1 / 9,
        keterangan: 'NRR tertimbang per unsur = NRR per unsur x 1/9',
        ikm: 91.48,
        mutu: 'A',
        kinerja: 'Sangat Baik',
      },
      [],
    ],
    [
      'weight 0,111 stated and applied: 91,38 is accepted and its convention named',
      {
        answers: gaspul(),
        applied: 0.111,
        keterangan: 'NRR tertimbang per unsur = NRR per unsur x 0,111',
        ikm: 91.38,
        mutu: 'A (Sangat Baik)',
      },
      [
        'ikm-konvensi info B36 IKM 91,38 dihitung dengan bobot 0,111 (konvensi); menurut aturan PermenPAN-RB 14/2017 (bobot 1/9) 91,48',
      ],
    ],
    [
      'GASPUL: "Bobot = 1/9 = 0,1111" stated, 0,11 applied, IKM 90,56',
      {
        answers: gaspul(),
        applied: 0.11,
        keterangan: 'Bobot nilai rata-rata tertimbang = 1/9 = 0,1111',
        ikm: 90.56,
      },
      [
        'ikm-bobot error B35 Keterangan di A39 menyatakan bobot 1/9 = 0,1111, tetapi yang diterapkan 0,11 (U1: 3,6207 × 0,11 = 0,3983; dengan 0,1111: 0,4023); IKM tertulis 90,56, dengan bobot yang dinyatakan 91,48',
      ],
    ],
    [
      'an IKM no convention gives',
      { answers: gaspul(), applied: 1 / 9, ikm: 92.1 },
      [
        'ikm-salah error B36 IKM tertulis 92,10, seharusnya 91,48 (Σ NRR × 1/9 × 25); tidak cocok juga dengan bobot lain (0,1111: 91,47; 0,111: 91,38; 0,11: 90,56)',
      ],
    ],
    [
      'a Σ typed wrong is reported once, at the Σ (the NRR follows the answers)',
      { answers: gaspul(), applied: 1 / 9, ikm: 91.48, cells: { B33: 104 } },
      ['nrr-salah error B33 Σ nilai U1 tertulis 104, seharusnya 105 (jumlah 29 jawaban terisi)'],
    ],
    [
      'an NRR tertimbang that is not NRR × the weight (its total follows the cells)',
      { answers: gaspul(), applied: 1 / 9, ikm: 91.48, cells: { D35: 0.4123, K35: 3.6881 } },
      [
        'nrr-salah error D35 NRR tertimbang U3 tertulis 0,4123, seharusnya 0,3831 (NRR 3,4483 × 1/9)',
      ],
    ],
    [
      'the side table NO | UNSUR PELAYANAN | NILAI RATA-RATA agrees with the NRR',
      { answers: gaspul(), applied: 1 / 9, ikm: 91.48, side: true },
      [],
    ],
    [
      'a side-table value that is not its unsur NRR (found by its name)',
      { answers: gaspul(), applied: 1 / 9, ikm: 91.48, side: true, cells: { O11: 3.7 } },
      [
        'nrr-salah error O11 Nilai rata-rata U8 di tabel unsur tertulis 3,7, seharusnya 3,62 (NRR unsur itu)',
      ],
    ],
  ])('%s', async (_name, spec, expected) => {
    expect(await lines(spec)).toEqual(expected);
  });
});

describe('answers outside 1–4 and blank answers', () => {
  it('a 1–5 Likert answer is reported by skm-nilai, never clamped', async () => {
    const answers = gaspul();
    answers[4][2] = 5;
    expect(await lines({ answers, applied: 1 / 9 })).toEqual([
      'skm-nilai error D8 U3: 1 jawaban di luar 1–4 (5 di D8); kuesioner 1–5? PermenPAN-RB 14/2017 memakai 1–4; NRR unsur ini tidak dihitung ulang',
    ]);
  });

  it.each<[string, number | string]>([
    ['0', 0],
    ['3,5', 3.5],
    ['text', 'Sangat sesuai'],
  ])('%s is reported by skm-nilai', async (_name, value) => {
    const answers = gaspul();
    answers[0][0] = value;
    const found = await findings({ answers, applied: 1 / 9 });
    expect(found.map((f) => `${f.rule} ${f.cell}`)).toEqual(['skm-nilai B4']);
  });

  it('blanks: how many, and the NRR over the filled answers', async () => {
    const answers = gaspul();
    answers[0][1] = null;
    answers[1][1] = null;
    expect(await lines({ answers, applied: 1 / 9 })).toEqual([
      'skm-kosong warning C4 U2: 2 jawaban kosong (C4, C5) dari 29 responden; NRR dihitung atas 27 jawaban terisi: 93 / 27 = 3,4444',
    ]);
  });

  it('an NRR that divides by every respondent, blanks included, is nrr-salah', async () => {
    const answers = gaspul();
    answers[0][1] = null;
    const found = await lines({ answers, applied: 1 / 9, divideByAll: true });
    expect(found).toContain(
      'nrr-salah error C34 NRR U2 tertulis 3,3448, seharusnya 3,4643 (97 / 28 jawaban terisi; yang tertulis membagi dengan seluruh 29 responden, termasuk 1 jawaban kosong)',
    );
    expect(found.filter((line) => line.startsWith('skm-kosong'))).toHaveLength(1);
  });
});

describe('mutu at the band edges (lower bound inclusive)', () => {
  /** Nine equal NRR give IKM = NRR × 25 under 1/9. */
  const atIkm = (ikm: number, mutu: string): OlahSpec => ({
    nrr: Array(9).fill(ikm / 25),
    applied: 1 / 9,
    ikm,
    mutu,
  });
  it.each<[number, string, string | undefined]>([
    [88.31, 'A', undefined],
    [88.31, 'B', 'A'],
    [88.3, 'B', undefined],
    [88.3, 'A', 'B'],
    [76.61, 'B', undefined],
    [76.61, 'C', 'B'],
    [76.6, 'C', undefined],
    [65, 'C', undefined],
    [65, 'D', 'C'],
    [64.99, 'D', undefined],
    [64.99, 'C', 'D'],
  ])('IKM %s stated %s', async (ikm, mutu, expected) => {
    const found = await findings(atIkm(ikm, mutu));
    expect(found.map((f) => `${f.rule} ${String(f.expected)}`)).toEqual(
      expected === undefined ? [] : [`mutu-salah ${expected}`],
    );
  });

  it('a kinerja label is judged too', async () => {
    const found = await findings({ ...atIkm(88.31, 'A'), kinerja: 'Baik' });
    expect(found.map((f) => `${f.rule} ${f.message}`)).toEqual([
      'mutu-salah Mutu tertulis "Baik", seharusnya Sangat Baik (IKM 88,31; A ≥ 88,31, B ≥ 76,61, C ≥ 65,00, batas bawah termasuk)',
    ]);
  });
});

describe('skm-sampel: respondents against the Krejcie–Morgan minimum', () => {
  it.each<[number, string[]]>([
    [
      100,
      [
        'skm-sampel warning 29 responden di lembar Olah SKM, kurang dari sampel minimum Krejcie–Morgan 80 untuk populasi 100',
      ],
    ],
    [30, []],
  ])('population %s', async (populasi, expected) => {
    const found = await findings({ answers: gaspul(), applied: 1 / 9, ikm: 91.48, populasi });
    expect(found.map((f) => `${f.rule} ${f.severity} ${f.message}`)).toEqual(expected);
  });
});

describe('skm-profil: the characteristics table against the respondents', () => {
  const header = ['No.', 'KARAKTERISTIK', 'INDIKATOR', 'JUMLAH', 'PERSENTASE'];
  it.each<[string, (string | number | null)[][], string[]]>([
    [
      'counts add up to the 29 respondents and shares to 100',
      [header, [1, 'JENIS KELAMIN', 'L', 17, 58.62], [null, null, 'P', 12, 41.38]],
      [],
    ],
    [
      'each group closed by its own total row (Jumlah | 29 | 100)',
      [
        header,
        [1, 'JENIS KELAMIN', 'L', 17, 58.62],
        [null, null, 'P', 12, 41.38],
        [null, null, 'Jumlah', 29, 100],
        [2, 'PENDIDIKAN', 'SMA', 29, 100],
        [null, null, 'Jumlah', 29, 100],
      ],
      [],
    ],
    [
      'a table of NRR per Jenis Layanan under U1 … U9 is no answers (fractions): no skm-nilai',
      [
        ['Jenis Layanan', 'Responden', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9', 'IKM'],
        ['KTP', 15, 3.6, 3.4667, 3.4667, 4, 3.5333, 3.6, 3.6667, 3.6, 3.9333, 91.3],
        ['Akta', 14, 3.6429, 3.5, 3.4286, 4, 3.5, 3.6429, 3.6429, 3.6429, 4, 91.67],
      ],
      [],
    ],
    [
      'a group that adds up to 28 of 29 respondents',
      [
        header,
        [1, 'JENIS KELAMIN', 'L', 17, 58.62],
        [null, null, 'P', 12, 41.38],
        [2, 'PENDIDIKAN', 'SMA', 20, 71.43],
        [null, null, 'S1', 8, 28.57],
      ],
      ['skm-profil error D4 PENDIDIKAN: jumlahnya 28, padahal respondennya 29'],
    ],
    [
      'a share that is not its count over the total',
      [header, [1, 'JENIS KELAMIN', 'L', 17, 60], [null, null, 'P', 12, 40]],
      [
        'skm-profil error E2 JENIS KELAMIN: persentase tertulis 60, seharusnya 58,62 (17 / 29 × 100)',
        'skm-profil error E3 JENIS KELAMIN: persentase tertulis 40, seharusnya 41,38 (12 / 29 × 100)',
      ],
    ],
    [
      'shares without counts that do not add up to 100',
      [header, [1, 'PEKERJAAN', 'PNS', null, 40], [null, null, 'Swasta', null, 50]],
      ['skm-profil error E2 PEKERJAAN: persentasenya berjumlah 90, bukan 100'],
    ],
  ])('%s', async (_name, profil, expected) => {
    const found = await findings({ answers: gaspul(), applied: 1 / 9, ikm: 91.48, profil });
    expect(found.map((f) => `${f.rule} ${f.severity} ${f.cell} ${f.message}`)).toEqual(expected);
  });
});
