import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TextDecoder as NodeTextDecoder } from 'node:util';
import { createWebHost } from '../../src/taskpane/web-host';
import { chartSpec } from '../hosts/chart-spec';

const sample = path.resolve(__dirname, '../../samples/klakah-2023.xlsx');

// jsdom's Blob lacks arrayBuffer(), which every browser the pane targets has.
if (!Blob.prototype.arrayBuffer) {
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
}

// Nor has jsdom TextDecoder, which the zip check reads entry names with.
globalThis.TextDecoder ??= NodeTextDecoder as typeof TextDecoder;

describe('the web host', () => {
  beforeEach(() => window.localStorage.clear());

  it('keeps the settings in this browser', async () => {
    const host = createWebHost();
    expect(host.loadSettings()).toEqual({ toleransi: 0 });
    await host.saveSettings({ skala: 'LKJ', toleransi: 1 });
    expect(createWebHost().loadSettings()).toEqual({ skala: 'LKJ', toleransi: 1 });
  });

  it('keeps the jenis choices in this browser, dropping values that are no jenis', async () => {
    await createWebHost().saveSettings({ toleransi: 0, jenis: { 'Cakupan layanan': 'rata-rata' } });
    expect(createWebHost().loadSettings()).toEqual({
      toleransi: 0,
      jenis: { 'Cakupan layanan': 'rata-rata' },
    });
    window.localStorage.setItem(
      'lkj-excel.pengaturan',
      JSON.stringify({ toleransi: 0, jenis: { A: 'kumulatif', B: 'naik', C: null } }),
    );
    expect(createWebHost().loadSettings()).toEqual({ toleransi: 0, jenis: { A: 'kumulatif' } });
    window.localStorage.setItem('lkj-excel.pengaturan', JSON.stringify({ jenis: ['kumulatif'] }));
    expect(createWebHost().loadSettings()).toEqual({ toleransi: 0 });
  });

  it('falls back to the defaults on a damaged stored value', () => {
    window.localStorage.setItem('lkj-excel.pengaturan', '{rusak');
    expect(createWebHost().loadSettings()).toEqual({ toleransi: 0 });
  });

  it('asks for a file before reading', async () => {
    await expect(createWebHost().readWorkbook(() => undefined)).rejects.toThrow(
      'Belum ada berkas. Buka berkas Excel terlebih dahulu.',
    );
  });

  it('refuses a file that is not .xlsx, saying what to do', async () => {
    const host = createWebHost();
    await expect(host.openFile(new File(['a;b'], 'capaian.csv'))).rejects.toThrow(
      '"capaian.csv" bukan berkas Excel .xlsx atau .xls.',
    );
    expect(host.fileName).toBeNull();
  });

  it('refuses a text file renamed .xlsx at once, keeping the file opened before', async () => {
    const host = createWebHost();
    await host.openFile(new File([readFileSync(sample)], 'klakah-2023.xlsx'));
    await expect(
      host.openFile(new File(['No;Indikator;Target\n1;IKM;90'], 'capaian.xlsx')),
    ).rejects.toThrow(
      '"capaian.xlsx" tidak dapat dibuka. Berkas ini bukan berkas Excel .xlsx yang sah',
    );
    expect(host.fileName).toBe('klakah-2023.xlsx');
  });

  it('takes an opened .xlsx (reading it is tested in a real browser: test/browser)', async () => {
    const host = createWebHost();
    await host.openFile(new File([readFileSync(sample)], 'klakah-2023.xlsx'));
    expect(host.fileName).toBe('klakah-2023.xlsx');
  });
});

describe('the web host reading the opened file', () => {
  it('reads the same bytes once: the Evaluasi tab reuses the model the validation read', async () => {
    const host = createWebHost();
    await host.openFile(new File([readFileSync(sample)], 'klakah-2023.xlsx'));
    const first = await host.readWorkbook(() => undefined);
    const steps: string[] = [];
    const second = await host.readWorkbook((done, total) => steps.push(`${done}/${total}`));
    expect(second).toBe(first);
    expect(steps).toEqual(['2/2']);

    // The same file chosen again (perhaps edited meanwhile) is read again.
    await host.openFile(new File([readFileSync(sample)], 'klakah-2023.xlsx'));
    const third = await host.readWorkbook(() => undefined);
    expect(third).not.toBe(first);
    expect(third.sheets.map((sheet) => sheet.name)).toEqual(first.sheets.map((s) => s.name));
  });

  it('reads again after adding a sheet: the model has the new sheet', async () => {
    // jsdom has no object URLs; the download itself is tested in a real browser.
    Object.assign(URL, { createObjectURL: () => 'blob:lkj', revokeObjectURL: () => undefined });
    const host = createWebHost();
    await host.openFile(new File([readFileSync(sample)], 'klakah-2023.xlsx'));
    const before = await host.readWorkbook(() => undefined);
    const added = await host.addSheet({ name: 'Catatan', cells: [], merges: [] });
    const after = await host.readWorkbook(() => undefined);
    expect(after.sheets.map((sheet) => sheet.name)).toEqual([
      ...before.sheets.map((sheet) => sheet.name),
      added.name,
    ]);
  });

  it('says in its note that the charts of the new sheet come in Excel only', async () => {
    Object.assign(URL, { createObjectURL: () => 'blob:lkj', revokeObjectURL: () => undefined });
    const host = createWebHost();
    await host.openFile(new File([readFileSync(sample)], 'klakah-2023.xlsx'));
    const chart = chartSpec('column', 'Target dan Realisasi', [1, 1, 2, 2], [1, 4]);

    const plain = await host.addSheet({ name: 'Catatan', cells: [], merges: [] });
    const charted = await host.addSheet({ name: 'Tabel', cells: [], merges: [], charts: [chart] });

    expect(plain.note).not.toContain('Grafik');
    expect(charted.note).toMatch(
      /; berkas asli tidak diubah\. Yang tidak ikut tersalin: .+\. Grafik hanya dibuat di Excel: 1 grafik \("Target dan Realisasi"\) tidak ada di salinan \.xlsx/,
    );
  });
});
