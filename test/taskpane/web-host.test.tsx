import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TextDecoder as NodeTextDecoder } from 'node:util';
import { validateWorkbook } from '../../src/checks';
import type { Finding } from '../../src/checks/finding';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { tabelGenerator } from '../../src/tabel';
import type { WorkbookModel } from '../../src/workbook/model';
import { createWebHost as createHost, type WebHost } from '../../src/taskpane/web-host';
import { inThread } from '../../src/taskpane/worker-engine';
import { xlsxService } from '../../src/taskpane/xlsx-service';

/** The web host with its engine in this thread: jsdom has no workers. */
const createWebHost = () => createHost(undefined, xlsxService(inThread));

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
    const host = createWebHost();
    await expect(host.validate({ toleransi: 0 }, () => undefined, signal())).rejects.toThrow(
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

/** The steps a run reported, by kind. */
function recorder() {
  const steps: string[] = [];
  return { steps, onStep: (step: { kind: string }) => steps.push(step.kind) };
}

const signal = () => new AbortController().signal;
const settings = { toleransi: 0 };

async function opened(): Promise<WebHost> {
  // jsdom has no object URLs; the download itself is tested in a real browser.
  Object.assign(URL, { createObjectURL: () => 'blob:lkj', revokeObjectURL: () => undefined });
  const host = createWebHost();
  await host.openFile(new File([readFileSync(sample)], 'klakah-2023.xlsx'));
  return host;
}

describe('the web host’s engine (in this thread here; in the worker in a browser)', () => {
  it('reads the file once: the generators plan on the workbook the validation read', async () => {
    const host = await opened();
    const validation = recorder();
    const { model } = await host.validate(settings, validation.onStep, signal());
    expect(validation.steps).toEqual(expect.arrayContaining(['reading', 'detecting', 'checking']));
    // The page gets the workbook as read, though a sheet's cells come in bands of messages.
    const read = await readXlsx(readFileSync(sample));
    const contents = ({ sheets }: WorkbookModel) =>
      sheets.map((sheet) => ({
        ...sheet,
        size: [sheet.rowCount, sheet.columnCount],
        cells: [...sheet.entries()],
      }));
    expect(contents(model)).toEqual(contents(read));

    const planning = recorder();
    const request = { generator: 'evaluasi' as const, settings, choices: { types: {}, arah: {} } };
    const preview = await host.plan(request, true, planning.onStep, signal());
    expect(planning.steps).toEqual(['planning']);
    expect(preview.plan.rows.length).toBeGreaterThan(0);
    expect(preview.results).toHaveLength(preview.plan.rows.length);

    // The same file chosen again (perhaps edited meanwhile) is read again.
    await host.openFile(new File([readFileSync(sample)], 'klakah-2023.xlsx'));
    const again = recorder();
    await host.plan(request, false, again.onStep, signal());
    expect(again.steps).toEqual(expect.arrayContaining(['reading', 'detecting', 'planning']));
  });

  it('writes the planned sheet into a copy, and reads the copy when asked to read again', async () => {
    const host = await opened();
    const before = (await host.validate(settings, () => undefined, signal())).model;
    const request = { generator: 'evaluasi' as const, settings, choices: { types: {}, arah: {} } };
    await host.plan(request, true, () => undefined, signal());
    const added = await host.write(request, () => undefined, signal());
    expect(added.note).toMatch(/^Diunduh "klakah-2023 - Evaluasi Penghitungan 2023\.xlsx"/);
    expect(added.note).not.toContain('Grafik');

    // A choice changed plans on the workbook held; the button reads the copy, new sheet and all.
    const held = recorder();
    await host.plan(request, false, held.onStep, signal());
    expect(held.steps).toEqual([]);
    const after = (await host.validate(settings, () => undefined, signal())).model;
    expect(after.sheets.map((sheet) => sheet.name)).toEqual([
      ...before.sheets.map((sheet) => sheet.name),
      added.name,
    ]);
  });

  it('says in its note that the charts of the new sheet come in Excel only', async () => {
    const host = await opened();
    const request = { generator: 'tabel' as const, settings, choices: null };
    const preview = await host.plan(request, true, () => undefined, signal());
    expect(preview.sections.some((section) => section.hasData)).toBe(true);
    const charted = await host.write(request, () => undefined, signal());
    expect(charted.note).toMatch(
      /; berkas asli tidak diubah\. Yang tidak ikut tersalin: .+\. Grafik hanya dibuat di Excel: \d+ grafik \(".+"\) tidak ada di salinan \.xlsx/,
    );
  });

  it('writes the validation report from the findings the page shows', async () => {
    const host = await opened();
    const { checked } = await host.validate(settings, () => undefined, signal());
    const added = await host.writeReport({ settings, validation: checked, source: 'klakah.xlsx' });
    expect(added.name).toBe('Hasil Validasi');
    expect(added.note).toMatch(/^Diunduh "klakah-2023 - Hasil Validasi\.xlsx"/);
  });

  it('gives every finding with its corrections, which come apart from the answer in bands', async () => {
    const host = await opened();
    const { checked } = await host.validate(settings, () => undefined, signal());
    const expected = validateWorkbook(await readXlsx(readFileSync(sample)), settings).findings;
    const plain = (findings: readonly Finding[]) => JSON.parse(JSON.stringify(findings)) as unknown;
    expect(plain(checked.findings)).toEqual(plain(expected));
    expect(checked.findings.filter((f) => f.fix).length).toBeGreaterThan(10);
  });

  it('downloads a corrected copy with the fixes, and validates the copy from then on', async () => {
    const host = await opened();
    const { checked } = await host.validate(settings, () => undefined, signal());
    const fixes = checked.findings
      .filter((f) => f.rule === 'angka-teks')
      .flatMap((f) => f.fix ?? []);
    const { note } = (await host.fix?.(fixes)) ?? { note: '' };
    expect(note).toBe(
      `Diunduh "klakah-2023 - diperbaiki.xlsx": salinan berkas dengan ${fixes.length} sel diperbaiki; sel lain dan berkas asli tidak diubah. Perbaikan berikutnya ditambahkan ke salinan ini, dan validasi berikutnya memeriksa salinan ini.`,
    );
    const again = await host.validate(settings, () => undefined, signal());
    expect(again.checked.findings.filter((f) => f.rule === 'angka-teks')).toEqual([]);
    expect(again.checked.findings.length).toBe(
      checked.findings.filter((f) => f.rule !== 'angka-teks').length,
    );
  });

  it('cancels a run, and the next run starts again from the file', async () => {
    const host = await opened();
    const controller = new AbortController();
    const run = host.validate(settings, () => controller.abort(), controller.signal);
    await expect(run).rejects.toThrow('Dibatalkan.');
    const again = recorder();
    const { checked } = await host.validate(settings, again.onStep, signal());
    expect(again.steps[0]).toBe('reading');
    expect(checked.findings.length).toBeGreaterThan(0);
  });

  it('tells a planning failure in Bahasa Indonesia, never the engine’s own message', async () => {
    const host = await opened();
    const plan = jest.spyOn(tabelGenerator, 'plan').mockImplementation(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'rows')");
    });
    try {
      const request = { generator: 'tabel' as const, settings, choices: null };
      const failure = host.plan(request, true, () => undefined, signal());
      await expect(failure).rejects.toThrow(
        'Pratinjau tidak dapat diselesaikan karena kesalahan tak terduga di add-in; workbook ' +
          'tidak diubah. Bila terus terjadi, laporkan bersama berkasnya.',
      );
    } finally {
      plan.mockRestore();
    }
  });
});
