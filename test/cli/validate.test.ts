/**
 * `lkj validate` and `lkj demo` end to end: real .xlsx files written with ExcelJS, read by the real
 * reader, through the real `bin/lkj.cjs`.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, linkSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Workbook } from 'exceljs';
import { validateWorkbook } from '../../src/checks';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { addSheetToXlsx } from '../../src/hosts/xlsx/write';
import { laporanSheetOf } from '../../src/taskpane/session';
import { zipEntry } from '../evaluasi/zip-entry';
import { expectOriginalSheetsKept } from './sheet-copy-run';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'lkj.cjs');

jest.setTimeout(60_000);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function lkj(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

let dir: string;

/** A one-sheet workbook with Tabel 3.1 of the Klakah LKj; `capaian` is the faskor row's stated capaian. */
async function writeCapaianWorkbook(
  name: string,
  capaian: string | number,
  predikat = 'Sangat berhasil',
): Promise<string> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('BAB III');
  sheet.addRow(['Tabel 3.1 Indikator dan target tujuan Kecamatan Klakah Tahun 2023']);
  sheet.addRow([]);
  sheet.addRow(['NO', 'Indikator', 'Target', 'Realisasi', 'Capaian', 'Predikat']);
  sheet.addRow([1, 'Nilai IKM Pelayanan Kecamatan Klakah', 90, 84.19, 0.9354, 'Berhasil']);
  sheet.getCell('E4').numFmt = '0.00%';
  sheet.addRow([
    2,
    'Presentase hasil fasilitasi dan koordinasi yang ditindaklanjuti',
    95.23,
    93.65,
    capaian,
    predikat,
  ]);
  const file = path.join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lkj-validate-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('lkj validate', () => {
  it('exits 0 and says so when nothing is wrong', async () => {
    const file = await writeCapaianWorkbook('benar.xlsx', 98.34);
    const run = await lkj('validate', file);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(`${file}: 1 tabel dikenali, tidak ada temuan\n`);
  });

  it('exits 1 on an error finding and prints the findings by sheet with a count by severity', async () => {
    const file = await writeCapaianWorkbook('salah.xlsx', '97');
    const run = await lkj('validate', file);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')).toEqual([
      `${file}: 1 tabel dikenali, 2 temuan (1 kesalahan, 1 peringatan)`,
      '',
      'Lembar "BAB III"',
      '  E5     peringatan angka-teks        Angka disimpan sebagai teks: "97"; ketik 97 sebagai angka',
      '  E5     kesalahan  capaian-salah     Capaian tertulis 97, seharusnya 98,34 (93,65 / 95,23 × 100)',
      '',
    ]);
  });

  it('prints JSON with --json', async () => {
    const file = await writeCapaianWorkbook('json.xlsx', 97);
    const run = await lkj('validate', '--json', file);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      files: [
        {
          file,
          tables: [{ kind: 'capaian', sheet: 'BAB III', range: 'A3:F5' }],
          findings: [
            {
              rule: 'capaian-salah',
              severity: 'error',
              sheet: 'BAB III',
              cell: 'E5',
              message: 'Capaian tertulis 97, seharusnya 98,34 (93,65 / 95,23 × 100)',
              expected: 98.34,
              actual: 97,
            },
          ],
          uncheckedSheets: [],
        },
      ],
    });
  });

  it('prints no fix in JSON: lkj corrects nothing', async () => {
    const file = await writeCapaianWorkbook('teks.xlsx', '97');
    const run = await lkj('validate', '--json', file);
    const { files } = JSON.parse(run.stdout) as { files: { findings: object[] }[] };
    expect(files[0].findings.map((f) => Object.keys(f))).toEqual([
      ['rule', 'severity', 'sheet', 'cell', 'message', 'expected', 'actual'],
      ['rule', 'severity', 'sheet', 'cell', 'message', 'expected', 'actual'],
    ]);
  });

  it('applies --skala to every table', async () => {
    const file = await writeCapaianWorkbook('skala.xlsx', 98.34, 'Sangat berhasil');
    const run = await lkj('validate', '--json', '--skala', 'P86', file);
    const rules = JSON.parse(run.stdout).files[0].findings.map(
      (f: { rule: string; cell: string }) => `${f.rule}@${f.cell}`,
    );
    expect(rules).toEqual(['predikat-salah@F4', 'predikat-salah@F5']);
    expect(run.code).toBe(1);
  });

  it("applies --jenis NAMA=JENIS over the indicator's name and satuan", async () => {
    const renja = path.join(
      ROOT,
      '../shared/reference/real-workbooks/evaluasi-renja-tw4-2025.xlsx',
    );
    const cells = (run: Run, rule: string) =>
      (
        JSON.parse(run.stdout) as { files: { findings: { rule: string; cell: string }[] }[] }
      ).files[0].findings
        .filter((f) => f.rule === rule)
        .map((f) => f.cell);
    const name = 'Persentase Tertib Pelaporan Capaian Kinerja, Rencana Kerja dan Penganggaran';
    // By name and satuan only, the to-date 200 that the form's `14 = 7 + 13` adds is named (info).
    const byName = await lkj('validate', '--json', renja);
    expect(cells(byName, 'akumulasi-rumus')).toContain('AD14');
    expect(cells(byName, 'akumulasi-salah')).not.toContain('AD14');
    const kumulatif = await lkj('validate', '--json', '--jenis', `${name}=Kumulatif`, renja);
    expect(cells(kumulatif, 'akumulasi-rumus')).toEqual(
      cells(byName, 'akumulasi-rumus').filter((cell) => cell !== 'AD14'),
    );
    // Chosen nilai akhir: the sum of two years' percentages is an error.
    const akhir = await lkj('validate', '--json', '--jenis', `${name}=Nilai akhir`, renja);
    expect(cells(akhir, 'akumulasi-salah')).toEqual(['AD14']);
    const bad = await lkj('validate', '--jenis', 'Persentase=median', renja);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^--jenis harus NAMA=JENIS/);
  });

  it('exits 2 on a file that is not an .xlsx, still checking the others', async () => {
    const bad = path.join(dir, 'bukan.xlsx');
    writeFileSync(bad, 'ini bukan berkas Excel');
    const good = await writeCapaianWorkbook('lain.xlsx', 97);
    const run = await lkj('validate', bad, good);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .+\\n$`),
    );
    expect(run.stdout).toContain(`${good}: 1 tabel dikenali, 1 temuan (1 kesalahan)`);
    expect(run.stdout).toContain('capaian-salah');
    expect(run.stdout).not.toContain(`${bad}:`);
  });

  it('names an unreadable file in the JSON, with its reason, and still checks the others', async () => {
    const bad = path.join(dir, 'bukan-json.xlsx');
    writeFileSync(bad, 'ini bukan berkas Excel');
    const good = await writeCapaianWorkbook('lain-json.xlsx', 97);
    const run = await lkj('validate', '--json', bad, good);
    expect(run.code).toBe(2);
    const [unread, read] = JSON.parse(run.stdout).files;
    expect(unread).toEqual({
      file: bad,
      error: expect.stringMatching(/^Berkas ini bukan berkas Excel \.xlsx yang sah/),
      tables: [],
      findings: [],
      uncheckedSheets: [],
    });
    expect(read.file).toBe(good);
    expect(read.findings.map((f: { rule: string }) => f.rule)).toEqual(['capaian-salah']);
  });

  it('exits 2 on a missing file and on bad usage', async () => {
    const missing = await lkj('validate', path.join(dir, 'tidak-ada.xlsx'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('tidak dapat dibuka');
    const badScale = await lkj('validate', '--skala', 'ABC', path.join(dir, 'x.xlsx'));
    expect(badScale.code).toBe(2);
    expect(badScale.stderr).toMatch(/^Skala tidak dikenal: ABC\nPemakaian: lkj validate/);
    const noFile = await lkj('validate');
    expect(noFile.code).toBe(2);
  });

  it('stops quietly when the reader closes the pipe early (| head)', async () => {
    const child = spawn(process.execPath, [BIN, 'validate', '--json', 'samples/klakah-2023.xlsx'], {
      cwd: ROOT,
    });
    // Closed before anything is written, so every write meets a closed pipe (EPIPE).
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    // The findings' exit code: the sample workbook holds error findings.
    expect(code).toBe(1);
  });

  it('tells, in Bahasa Indonesia, that memory ran out when the heap reaches Node’s limit', async () => {
    // The limit of the process is the worker's too; 16 MB cannot hold a 2 MB budget workbook.
    const run = await new Promise<Run>((resolve) => {
      execFile(
        process.execPath,
        [
          '--max-old-space-size=16',
          BIN,
          'validate',
          path.join(
            ROOT,
            '..',
            'shared',
            'reference',
            'real-workbooks',
            'dinkes-realisasi-belanja.xlsx',
          ),
        ],
        { cwd: ROOT },
        (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^Memori tidak cukup untuk mengolah berkas ini .*tidak ada berkas yang diubah/,
    );
    expect(run.stderr).not.toMatch(/FATAL|Error|at .*\.js/);
  });

  it('lists every check with --help', async () => {
    const run = await lkj('validate', '--help');
    expect(run.code).toBe(0);
    for (const id of [
      'angka-teks',
      'capaian-salah',
      'jumlah-salah',
      'hitung-salah',
      'nip-kembar',
      'rumus-kolom',
    ]) {
      expect(run.stdout).toMatch(new RegExp(`^  ${id} `, 'm'));
    }
  });
});

describe('lkj validate --laporan', () => {
  const SAMPLE = path.join(ROOT, 'samples', 'klakah-2023.xlsx');

  /** The XML of the package's last sheet: the one a copy adds. */
  function lastSheetXml(xlsx: Uint8Array): string {
    const workbook = zipEntry(xlsx, 'xl/workbook.xml') ?? '';
    const ids = [...workbook.matchAll(/<sheet [^>]*sheetId="(\d+)"/g)].map((m) => m[1]);
    return zipEntry(xlsx, `xl/worksheets/sheet${ids[ids.length - 1]}.xml`) ?? '';
  }

  it("writes a copy with the pane's Hasil Validasi sheet, validating as without it", async () => {
    const output = path.join(dir, 'laporan.xlsx');
    const args = ['--skala', 'P86', '--toleransi', '0,5'];
    const run = await lkj('validate', SAMPLE, ...args, '--laporan', output);
    const plain = await lkj('validate', SAMPLE, ...args);
    expect(run.code).toBe(plain.code);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`${plain.stdout}\nLembar "Hasil Validasi" ditulis ke ${output}.\n`);

    const input = readFileSync(SAMPLE);
    const written = readFileSync(output);
    const [before, after] = [await readXlsx(input), await readXlsx(written)];
    expectOriginalSheetsKept(before, after, 'Hasil Validasi');

    // What the pane writes for the same workbook and settings ("Tulis laporan ke sheet" on the
    // web page: the opened file with the sheet the pane's code path makes).
    const settings = { skala: 'P86' as const, toleransi: 0.5 };
    const validation = validateWorkbook(before, settings);
    const { tables } = validation;
    const source = 'klakah-2023.xlsx';
    const spec = laporanSheetOf({ model: before, tables, settings, validation, source });
    expect(lastSheetXml(written)).toBe(lastSheetXml(await addSheetToXlsx(input, spec)));
    const sheet = after.sheets.find((candidate) => candidate.name === 'Hasil Validasi')!;
    expect(sheet.value(1, 1)).toBe('Hasil Validasi Workbook LKj');
    expect(sheet.value(2, 1)).toMatch(/^klakah-2023\.xlsx: \d+ temuan di 14 tabel: /);
    expect(sheet.value(3, 1)).toBe(
      'Skala predikat: Permendagri 86/2017; toleransi tambahan 0,5 poin persen.',
    );
    expect(sheet.rowCount).toBe(5 + validation.findings.length);
    // Each check named by its short title, with its id.
    expect(sheet.value(5, 5)).toBe('Pemeriksaan');
    expect(sheet.value(6, 5)).toBe(`Angka tersimpan sebagai teks (${validation.findings[0].rule})`);
  });

  it('writes the report of a workbook without findings, and exits 0', async () => {
    const file = await writeCapaianWorkbook('laporan-benar.xlsx', 98.34);
    const output = path.join(dir, 'laporan-benar-hasil.xlsx');
    const run = await lkj('validate', file, '--laporan', output);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const sheet = (await readXlsx(readFileSync(output))).sheets[1];
    expect(sheet.name).toBe('Hasil Validasi');
    expect(sheet.value(2, 1)).toBe(
      'laporan-benar.xlsx: Tidak ada temuan di 1 tabel yang dikenali.',
    );
  });

  it('refuses several inputs, the input as output, an existing file, and --timpa alone', async () => {
    const file = await writeCapaianWorkbook('laporan-masuk.xlsx', 97);
    const output = path.join(dir, 'laporan-keluar.xlsx');
    const several = await lkj('validate', file, SAMPLE, '--laporan', output);
    expect(several.code).toBe(2);
    expect(several.stdout).toBe('');
    expect(several.stderr).toMatch(
      /^--laporan menulis salinan satu berkas, tetapi 2 berkas disebut: sebut satu berkas masukan saja/,
    );
    expect(existsSync(output)).toBe(false);

    const alias = path.join(dir, 'laporan-nama-lain.xlsx');
    linkSync(file, alias);
    const same = await lkj('validate', file, '--laporan', alias, '--timpa');
    expect(same.code).toBe(2);
    expect(same.stdout).toBe('');
    expect(same.stderr).toBe(
      `Berkas keluaran ${alias} sama dengan berkas masukan ${file} (nama lain untuk berkas yang sama); ` +
        'tulis ke berkas lain dengan --laporan.\n',
    );

    writeFileSync(output, 'lama');
    const existing = await lkj('validate', file, '--laporan', output);
    expect(existing.code).toBe(2);
    expect(existing.stderr).toMatch(/sudah ada; tambahkan --timpa untuk menggantinya/);
    expect(readFileSync(output, 'utf8')).toBe('lama');
    const replaced = await lkj('validate', file, '--laporan', output, '--timpa');
    expect(replaced.code).toBe(1);
    expect((await readXlsx(readFileSync(output))).sheets.map((sheet) => sheet.name)).toEqual([
      'BAB III',
      'Hasil Validasi',
    ]);

    const timpa = await lkj('validate', file, '--timpa');
    expect(timpa.code).toBe(2);
    expect(timpa.stderr).toMatch(/^Opsi --timpa hanya berlaku bersama --laporan\.\n/);
  });

  it('writes no report of a file it cannot read', async () => {
    const bad = path.join(dir, 'laporan-bukan.xlsx');
    writeFileSync(bad, 'ini bukan berkas Excel');
    const output = path.join(dir, 'laporan-bukan-hasil.xlsx');
    const run = await lkj('validate', bad, '--laporan', output);
    expect(run.code).toBe(2);
    expect(run.stderr.endsWith(`\nLaporan ${output} tidak ditulis.\n`)).toBe(true);
    expect(existsSync(output)).toBe(false);
  });
});

describe('lkj demo', () => {
  const evaluasiCopy = path.join(ROOT, 'out', 'klakah-2023-evaluasi.xlsx');

  it('validates the Klakah sample and exits 0 although it holds slips', async () => {
    rmSync(evaluasiCopy, { force: true });
    const run = await lkj('demo');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('samples/klakah-2023.xlsx: 14 tabel dikenali, ');
    expect(run.stdout).toContain('Capaian tertulis 110, seharusnya 117,33 (100 / 85,23 × 100)');
    expect(run.stdout).toContain('Lembar "SDM"');
    // The many angka-teks warnings are counted, not listed.
    expect(run.stdout).toMatch(/^\(\d+ temuan angka-teks tidak ditampilkan\)$/m);
    expect(run.stdout).not.toMatch(/ angka-teks +Angka disimpan/);
  });

  it('writes a copy of the sample with its Evaluasi Penghitungan sheet', async () => {
    // Runs after the test above, which removed and rewrote the copy.
    const model = await readXlsx(readFileSync(evaluasiCopy));
    const names = model.sheets.map((sheet) => sheet.name);
    expect(names).toContain('Evaluasi Penghitungan 2023');
    expect(names).toContain('BAB III');
  });
});

describe('lkj help', () => {
  it('lists every command with its summary, and exits 0 only when help was asked for', async () => {
    const asked = await lkj('--help');
    expect(asked.code).toBe(0);
    for (const name of ['demo', 'evaluasi', 'fungsi', 'inspect', 'validate']) {
      expect(asked.stdout).toMatch(new RegExp(`^  ${name} +[A-Z]`, 'm'));
    }
    const unknown = await lkj('periksa');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Perintah tidak dikenal: periksa');
    expect(unknown.stderr).toContain(asked.stdout);
  });

  it('answers --help for every command without running it', async () => {
    const demo = await lkj('demo', '--help');
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/^Pemakaian: lkj demo\n/);
    const inspect = await lkj('inspect', '-h');
    expect(inspect).toEqual({
      code: 0,
      stdout: 'Pemakaian: lkj inspect BERKAS.xlsx|.xls [--json] [--why]\n',
      stderr: '',
    });
  });
});
