import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { readXlsx, WorkbookReadError } from '../../src/hosts/xlsx/read';
import { MAX_FILE_BYTES } from '../../src/hosts/xlsx/zip-guard';

async function written(build: (workbook: Workbook) => void): Promise<Uint8Array> {
  const workbook = new Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

test('values, merges, formulas, errors, dates, formats and Excel Tables are read', async () => {
  const bytes = await written((workbook) => {
    const sheet = workbook.addWorksheet('Data');
    sheet.getCell('A1').value = 'Judul';
    sheet.mergeCells('A1:C1');
    sheet.getCell('A2').value = 0.9523;
    sheet.getCell('A2').numFmt = '0.00%';
    sheet.getCell('B2').value = { formula: 'A2*100', result: 95.23 };
    sheet.getCell('B3').value = {
      formula: 'A3*100',
      result: 10,
      shareType: 'shared',
      ref: 'B3:B4',
    } as never;
    sheet.getCell('B4').value = { sharedFormula: 'B3', result: 20 } as never;
    sheet.getCell('C2').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    sheet.getCell('C3').value = { error: '#REF!' };
    sheet.getCell('D2').value = new Date(Date.UTC(2023, 11, 31));
    sheet.getCell('E2').value = { richText: [{ text: 'Nilai ' }, { text: 'IKM' }] };
    sheet.getCell('F2').value = true;
    sheet.addTable({
      name: 'TabelCapaian',
      ref: 'H2',
      headerRow: true,
      columns: [{ name: 'Indikator' }, { name: 'Target' }, { name: 'Realisasi' }],
      rows: [['IKM', 90, 84.19]],
    });
  });
  const model = await readXlsx(bytes);
  const sheet = model.sheets[0];
  expect(sheet.name).toBe('Data');
  expect(sheet.value(1, 1)).toBe('Judul');
  expect(sheet.getCell(1, 2)).toBeUndefined(); // non-master cell of the merge
  expect(sheet.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
  expect(sheet.getCell(2, 1)).toEqual({ value: 0.9523, numFmt: '0.00%' });
  expect(sheet.getCell(2, 2)).toEqual({ value: 95.23, formula: 'A2*100' });
  expect(sheet.getCell(4, 2)).toEqual({ value: 20, formula: 'A4*100' });
  expect(sheet.getCell(2, 3)).toEqual({ value: null, formula: '1/0', error: '#DIV/0!' });
  expect(sheet.getCell(3, 3)).toEqual({ value: null, error: '#REF!' });
  expect(sheet.value(2, 4)).toBe(45291); // 2023-12-31 as an Excel serial number
  expect(sheet.value(2, 5)).toBe('Nilai IKM');
  expect(sheet.value(2, 6)).toBe(true);
  expect(sheet.excelTables).toEqual([
    { name: 'TabelCapaian', range: { top: 2, left: 8, bottom: 3, right: 10 }, hasHeaderRow: true },
  ]);
});

test('an ArrayBuffer is accepted as well as a Uint8Array', async () => {
  const bytes = await written((workbook) => {
    workbook.addWorksheet('S').getCell('A1').value = 1;
  });
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const model = await readXlsx(buffer as ArrayBuffer);
  expect(model.sheets[0].value(1, 1)).toBe(1);
});

async function refusal(data: Uint8Array): Promise<string> {
  try {
    await readXlsx(data);
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbookReadError);
    return (error as Error).message;
  }
  throw new Error('readXlsx accepted the file');
}

test('a file that is not a zip is refused in Indonesian', async () => {
  expect(await refusal(new TextEncoder().encode('Nama,NIP\nAgus,1979'))).toMatch(
    /bukan berkas Excel \.xlsx/,
  );
});

test('an OLE file (.xls, encrypted) is no .xlsx to this reader; readWorkbookBytes takes it', async () => {
  const ole = new Uint8Array(512);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  expect(await refusal(ole)).toMatch(/bukan berkas Excel \.xlsx yang sah \(isinya bukan paket/);
});

test('a zip without xl/workbook.xml is refused', async () => {
  const zip = new JSZip();
  zip.file('word/document.xml', '<w:document/>');
  const bytes = await zip.generateAsync({ type: 'uint8array' });
  expect(await refusal(bytes)).toMatch(/xl\/workbook\.xml/);
});

test('a file over 50 MB is refused before anything is unpacked', async () => {
  const big = new Uint8Array(MAX_FILE_BYTES + 1);
  expect(await refusal(big)).toMatch(/terlalu besar.*50 MB/);
});

test('the sizes the zip headers claim are not trusted: a file claiming 300 MB parts reads', async () => {
  const bytes = await written((workbook) => {
    workbook.addWorksheet('S').getCell('A1').value = 'x';
  });
  // Claim 300 MB for the first two parts in the central directory: only the real sizes count.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let patched = 0;
  for (let at = 0; at + 4 <= bytes.byteLength && patched < 2; at++) {
    if (view.getUint32(at, true) === 0x02014b50) {
      view.setUint32(at + 24, 300 * 1024 * 1024, true);
      patched++;
    }
  }
  expect(patched).toBe(2);
  expect((await readXlsx(bytes)).sheets[0].value(1, 1)).toBe('x');
});

test('a truncated .xlsx is refused, not half-read', async () => {
  const bytes = await written((workbook) => {
    workbook.addWorksheet('S').getCell('A1').value = 'x';
  });
  expect(await refusal(bytes.subarray(0, Math.floor(bytes.byteLength / 2)))).toMatch(
    /bukan berkas Excel|rusak/,
  );
});
