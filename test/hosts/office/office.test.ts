import { OfficeMockObject } from 'office-addin-mock';
import { ExcelRequestError, explainExcelError } from '../../../src/hosts/office/errors';
import {
  excelRun,
  getDocumentSetting,
  runsInExcel,
  saveDocumentSettings,
  undoInOneStep,
} from '../../../src/hosts/office/office';

const globals = globalThis as unknown as { Office?: unknown; Excel?: unknown };

function mockOffice(host: string | null, saveStatus = 'succeeded') {
  const stored = new Map<string, unknown>();
  const saved: Record<string, unknown>[] = [];
  const office = new OfficeMockObject({
    onReady: async () => ({ host, platform: null }),
    context: {
      document: {
        settings: {
          get: (key: string) => stored.get(key) ?? null,
          set: (key: string, value: unknown) => stored.set(key, value),
          saveAsync: (callback: (result: unknown) => void) => {
            saved.push(Object.fromEntries(stored));
            callback({ status: saveStatus, error: { message: 'dokumen hanya-baca' } });
          },
        },
      },
    },
  });
  // Enumerations are plain constants in Office.js, not properties to load.
  office.HostType = { Excel: 'Excel' };
  office.AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' };
  globals.Office = office;
  return { stored, saved };
}

afterEach(() => {
  delete globals.Office;
  delete globals.Excel;
});

describe('runsInExcel', () => {
  it('is false without Office.js (the web page)', async () => {
    await expect(runsInExcel()).resolves.toBe(false);
  });

  it.each([
    ['Excel', true],
    ['Word', false],
    [null, false],
  ])('with Office.js reporting host %s: %s', async (host, expected) => {
    mockOffice(host);
    await expect(runsInExcel()).resolves.toBe(expected);
  });
});

describe('document settings', () => {
  it('are kept with the document and saved in one call', async () => {
    const { saved } = mockOffice('Excel');
    expect(getDocumentSetting('lkj.skala')).toBeUndefined();

    await saveDocumentSettings({ 'lkj.skala': 'P86', 'lkj.toleransi': 0.5 });

    expect(saved).toEqual([{ 'lkj.skala': 'P86', 'lkj.toleransi': 0.5 }]);
    expect(getDocumentSetting('lkj.skala')).toBe('P86');
  });

  it('report a failed save in Bahasa Indonesia', async () => {
    mockOffice('Excel', 'failed');
    await expect(saveDocumentSettings({ 'lkj.skala': 'LKJ' })).rejects.toThrow(
      'Pengaturan tidak tersimpan: dokumen hanya-baca',
    );
  });
});

/** An error as Office.js rejects a batch with it. */
const officeError = (code: string) =>
  Object.assign(new Error(`English text for ${code}`), { code, debugInfo: { code } });

describe('excelRun', () => {
  it('asks Excel to wait for cell edit mode to end, and reports failures in Bahasa Indonesia', async () => {
    const calls: unknown[] = [];
    globals.Excel = {
      run: async (options: unknown, batch: () => Promise<unknown>) => {
        calls.push(options);
        await batch();
        throw officeError('InvalidOperationInCellEditMode');
      },
    };

    const failure = excelRun(async () => 'gagal');

    await expect(failure).rejects.toThrow(
      'Excel sedang menunggu isian sel selesai diketik. Tekan Enter atau Esc di sel itu, lalu coba lagi. (kode Excel: InvalidOperationInCellEditMode)',
    );
    await expect(failure).rejects.toBeInstanceOf(ExcelRequestError);
    expect(calls).toEqual([{ delayForCellEdit: true }]);
  });

  it.each([
    ['InvalidOperationInCellEditMode', 'Tekan Enter atau Esc'],
    ['RequestPayloadSizeLimitExceeded', 'batas ukuran Excel di web (5 MB)'],
    ['ResponsePayloadSizeLimitExceeded', 'batas ukuran Excel di web (5 MB)'],
    ['GeneralException', 'galat internal'],
    ['ItemNotFound', 'tidak ada lagi'],
    ['ItemAlreadyExists', 'nama lain'],
    ['AccessDenied', 'dilindungi'],
    ['InvalidOperation', 'tidak mengizinkan'],
    ['Conflict', 'penyuntingan bersama'],
    ['ActivityLimitReached', 'Tunggu sebentar'],
    ['ServiceNotAvailable', 'Tunggu sebentar'],
    ['Timeout', 'terlalu lama'],
    ['RequestAborted', 'terputus'],
    ['ApiNotFound', 'ExcelApi 1.13'],
    ['UnsupportedSheet', 'tidak didukung'],
  ])('%s gets a plain Indonesian message, the original kept as cause', (code, words) => {
    const original = officeError(code);
    const explained = explainExcelError(original) as ExcelRequestError;
    expect(explained).toBeInstanceOf(ExcelRequestError);
    expect(explained.message).toContain(words);
    expect(explained.message).toMatch(new RegExp(`\\(kode Excel: ${code}\\)$`));
    expect(explained.message).not.toContain('English');
    expect(explained.excelCode).toBe(code);
    expect(explained.cause).toBe(original);
    // No `code` of its own: the pane shows the message as it is, not as a raw Excel refusal.
    expect((explained as unknown as { code?: unknown }).code).toBeUndefined();
  });

  it('leaves errors without a known code as they are', () => {
    const ours = new Error('Sheet "Lama" disembunyikan');
    expect(explainExcelError(ours)).toBe(ours);
    const unknown = officeError('SomethingNew');
    expect(explainExcelError(unknown)).toBe(unknown);
  });
});

describe('undoInOneStep', () => {
  it.each<[string, unknown, boolean]>([
    ['ExcelApi 1.20 supported', { isSetSupported: () => true }, true],
    ['ExcelApi 1.20 not supported', { isSetSupported: () => false }, false],
    ['an Office.js without the requirements API', undefined, false],
  ])('%s', (_name, requirements, expected) => {
    const asked: unknown[] = [];
    globals.Office = {
      context: {
        requirements:
          requirements === undefined
            ? undefined
            : {
                isSetSupported: (...args: unknown[]) => {
                  asked.push(args);
                  return (requirements as { isSetSupported: () => boolean }).isSetSupported();
                },
              },
      },
    };
    expect(undoInOneStep()).toBe(expected);
    if (requirements !== undefined) expect(asked).toEqual([['ExcelApi', '1.20']]);
  });
});
