/**
 * "Olah SKM": the pane finds the raw answers, previews NRR and IKM under the weight chosen, and
 * writes the same sheet the CLI writes; inside Excel (office-addin-mock) with a native bar chart
 * of the nine konversi values.
 */
import { TextDecoder } from 'node:util';
import { fireEvent, screen, within } from '@testing-library/react';
import { WorkbookFacts } from '../../src/facts/facts';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { skmGenerator } from '../../src/skm';
import { finish } from '../../src/core/steps';
import { createExcelHost } from '../../src/taskpane/excel-host';
import type { PaneHost } from '../../src/taskpane/host';
import { detectTables } from '../../src/workbook/detect';
import { rangeToA1, type WorkbookModel } from '../../src/workbook/model';
import { fakeSheetsOf } from '../hosts/office/excel-mock';
import { respondentsWithSums, surveyWorkbook } from '../support/skm-xlsx';
import { fakeHost, renderPane } from './fake-host';
import { installOffice, uninstallOffice } from './office-globals';

const SUMS = [105, 101, 100, 116, 102, 105, 106, 105, 115];

async function survey(): Promise<WorkbookModel> {
  // jsdom lacks TextDecoder, which every browser and Node have; the reader needs it.
  Object.assign(globalThis, { TextDecoder });
  return readXlsx(
    await surveyWorkbook({
      respondents: respondentsWithSums(29, SUMS),
      title: 'DATA SURVEI KEPUASAN MASYARAKAT TAHUN 2024',
      population: 1000,
    }),
  );
}

async function openSkm(host: PaneHost) {
  renderPane(host);
  fireEvent.click(screen.getByRole('tab', { name: 'Olah SKM' }));
  fireEvent.click(await screen.findByTestId('skm'));
}

describe('Olah SKM', () => {
  it('previews the worked example: NRR per unsur and IKM 91,48, then 91,38 with 0,111', async () => {
    const model = await survey();
    const { host, calls } = fakeHost('excel');
    host.readWorkbook = async () => model;
    await openSkm(host);
    const region = await screen.findByRole('region', { name: 'Pratinjau pengolahan SKM' });
    const list = within(region).getByRole('list', { name: 'Pratinjau nilai per unsur' });
    expect(list.textContent).toContain('U3 Waktu Penyelesaian: Σ 100 dari 29 jawaban · NRR 3,4483');
    expect(screen.getByTestId('skm-ikm').textContent).toBe('IKM 91,48 — mutu A (Sangat Baik)');
    expect(region.textContent).toContain('untuk N = 1000: 278 responden — kurang 249.');

    fireEvent.change(screen.getByRole('combobox', { name: 'Bobot per unsur' }), {
      target: { value: '0,111' },
    });
    expect(await screen.findByText('IKM 91,38 — mutu A (Sangat Baik)')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Tulis sheet SKM ke workbook' }));
    await screen.findByText('Sheet baru "Pengolahan SKM 2024 (2)" ditambahkan.');
    const [spec] = calls.added;
    const weight = spec.cells.find((cell) => cell.value === 'Bobot per unsur');
    expect(spec.cells.find((cell) => cell.row === weight?.row && cell.col === 3)?.value).toBe(
      0.111,
    );
  });

  it('says what it looked for in a workbook without answers', async () => {
    const { host } = fakeHost('excel');
    await openSkm(host);
    expect(await screen.findByText(/^Jawaban SKM tidak ditemukan\. Yang dicari: /)).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Pratinjau pengolahan SKM' })).toBeNull();
  });
});

describe('Olah SKM inside Excel (office-addin-mock)', () => {
  afterEach(uninstallOffice);

  it('writes the sheet with a bar chart of the nine konversi values, nothing else', async () => {
    const model = await survey();
    const names = model.sheets.map((sheet) => sheet.name);
    const { excel } = installOffice(fakeSheetsOf(model));
    await openSkm(createExcelHost());
    fireEvent.click(await screen.findByRole('button', { name: 'Tulis sheet SKM ke workbook' }));
    const facts = new WorkbookFacts(model, detectTables(model));
    const expected = finish(skmGenerator.layout(finish(skmGenerator.plan(facts, {})), names, {}));
    await screen.findByText(`Sheet baru "${expected.name}" ditambahkan; sheet lain tidak diubah.`);
    expect(excel.stats.added).toEqual(['Pengolahan SKM 2024']);
    expect(new Set(excel.stats.written.map((range) => range.sheet))).toEqual(
      new Set([expected.name]),
    );
    expect(excel.stats.charts.map((chart) => [chart.title, chart.source])).toEqual([
      [
        'Nilai Konversi per Unsur Pelayanan',
        `${expected.name}!${rangeToA1(expected.charts![0].source)}`,
      ],
    ]);
  });
});
