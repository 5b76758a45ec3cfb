/** The survey's facts: respondent rows, answers as read, profile and split columns, population. */
import { WorkbookFacts } from '../../src/facts/facts';
import { isSurveyPopulationLabel } from '../../src/facts/skm';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { detectTables } from '../../src/workbook/detect';
import { sheetOf, modelOf } from '../support/sheets';
import {
  respondentsWithSums,
  surveyLayout,
  surveyWorkbook,
  type SurveySheet,
} from '../support/skm-xlsx';

async function factsOf(spec: SurveySheet): Promise<WorkbookFacts> {
  const model = await readXlsx(await surveyWorkbook(spec));
  return new WorkbookFacts(model, detectTables(model));
}

const SUMS = [105, 101, 100, 116, 102, 105, 106, 105, 115];

describe('WorkbookFacts.surveys', () => {
  it('reads every answer by unsur in the kuesioner order, whatever the column order', async () => {
    const respondents = respondentsWithSums(29, SUMS);
    const spec: SurveySheet = { order: 'ruang-lingkup', respondents, trailingEmpty: 5 };
    const [survey] = (await factsOf(spec)).surveys;
    const layout = surveyLayout(spec);
    expect(survey.order).toBe('ruang-lingkup');
    expect(survey.rows).toHaveLength(29);
    expect(survey.emptyRows).toHaveLength(5);
    expect(survey.unsur.map((unsur) => unsur.nomor)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(survey.unsur.map((unsur) => unsur.col)).toEqual(layout.unsurCol.slice(1));
    expect(
      survey.unsur.map((unsur) => unsur.answers.reduce((sum, a) => sum + (a.value ?? 0), 0)),
    ).toEqual(SUMS);
    expect(survey.splits.map((column) => column.role)).toEqual(['jenis-layanan']);
    expect(survey.profile.map((column) => column.role)).toEqual([
      'no',
      'jenis-kelamin',
      'pendidikan',
      'pekerjaan',
      'jenis-layanan',
      'saran',
    ]);
  });

  it('keeps blanks, answers outside 1–4 and text as they are', async () => {
    const respondents = respondentsWithSums(4, [8, 8, 8, 8, 8, 8, 8, 8, 8]);
    respondents[0].answers[0] = null;
    respondents[1].answers[0] = 5;
    respondents[2].answers[0] = 3.5;
    respondents[3].answers[0] = 'empat';
    respondents[3].answers[1] = 0;
    const [survey] = (await factsOf({ respondents })).surveys;
    expect(survey.unsur[0].answers.map(({ value, text }) => [value, text])).toEqual([
      [null, undefined],
      [5, undefined],
      [3.5, undefined],
      [null, 'empat'],
    ]);
    expect(survey.unsur[1].answers[3].value).toBe(0);
  });

  it('a Triwulan column splits the result too', async () => {
    const spec: SurveySheet = {
      respondents: respondentsWithSums(
        8,
        SUMS.map(() => 20),
      ),
      triwulan: ['I', 'II'],
    };
    const [survey] = (await factsOf(spec)).surveys;
    expect(survey.splits.map((column) => [column.role, column.col])).toEqual([
      ['jenis-layanan', 5],
      ['periode', surveyLayout(spec).triwulanCol],
    ]);
  });

  it('rows under the respondents that sum them up are no respondents', () => {
    const header = ['No Resp', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'];
    const answers = [1, 4, 3, 3, 4, 3, 4, 4, 3, 4];
    const rows = [
      header,
      answers,
      [2, ...answers.slice(1)],
      ['Σ Nilai / Unsur', 8, 6, 6, 8, 6, 8, 8, 6, 8],
      ['NRR / Unsur', 4, 3, 3, 4, 3, 4, 4, 3, 4],
      ['IKM UNIT PELAYANAN', 88.89],
    ];
    const model = modelOf(sheetOf('Olah', rows));
    const [survey] = new WorkbookFacts(model, detectTables(model)).surveys;
    expect(survey.rows).toEqual([2, 3]);
    expect(survey.summaryRows.map((row) => [row.row, row.label])).toEqual([
      [4, 'Σ Nilai / Unsur'],
      [5, 'NRR / Unsur'],
      [6, 'IKM UNIT PELAYANAN'],
    ]);
  });
});

describe('WorkbookFacts.surveyPopulation', () => {
  it('reads the N an info sheet states, with its cell', async () => {
    const facts = await factsOf({
      respondents: respondentsWithSums(
        3,
        SUMS.map(() => 9),
      ),
      population: 1250,
    });
    expect(facts.surveyPopulation).toEqual({
      value: 1250,
      cell: { sheet: 'Info_Umum', row: 3, col: 2 },
    });
  });

  it('is undefined where no sheet states it', async () => {
    const facts = await factsOf({
      respondents: respondentsWithSums(
        3,
        SUMS.map(() => 9),
      ),
    });
    expect(facts.surveyPopulation).toBeUndefined();
  });
});

describe('isSurveyPopulationLabel', () => {
  it.each<[string, boolean]>([
    ['Jumlah Populasi Penerima Layanan (N)', true],
    ['Jumlah Populasi', true],
    ['Jumlah populasi (N):', true],
    ['JUMLAH POPULASI PENGGUNA LAYANAN', true],
    ['Jumlah Populasi Responden', true],
    ['Jumlah populasi ternak sapi', false],
    ['Jumlah Populasi Penduduk', false],
    ['Jumlah populasian', false],
    ['Populasi penerima layanan', false],
  ])('%s → %s', (text, expected) => {
    expect(isSurveyPopulationLabel(text)).toBe(expected);
  });
});
