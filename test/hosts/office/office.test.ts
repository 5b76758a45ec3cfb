import { OfficeMockObject } from 'office-addin-mock';
import {
  getDocumentSetting,
  runsInExcel,
  saveDocumentSettings,
} from '../../../src/hosts/office/office';

const globals = globalThis as unknown as { Office?: unknown };

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
