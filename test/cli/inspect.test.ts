import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { command } from '../../src/cli/commands/inspect';
import { answersFor, olahSkmXlsx, RESPONDENTS_GASPUL, SUMS_GASPUL } from '../support/skm-olah-xlsx';
import { klakahWorkbook } from '../workbook/klakah-fixture';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await command.run(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(path.join(tmpdir(), 'lkj-inspect-'));

test('prints each table with the meaning of every column, in Indonesian', async () => {
  const file = path.join(dir, 'klakah.xlsx');
  writeFileSync(file, await klakahWorkbook());
  const { code, stdout, stderr } = await run([file]);
  expect(code).toBe(0);
  expect(stderr).toBe('');
  expect(stdout).toContain('Tabel dikenali: 7');
  expect(stdout).toContain('Lembar "BAB III": 3 tabel');
  expect(stdout).toContain('1. Capaian kinerja — A3:G9');
  expect(stdout).toContain(
    'Judul: Tabel 3.1 Indikator dan target tujuan Kecamatan Klakah Tahun 2023',
  );
  expect(stdout).toMatch(/E\s+target, tahun 2023 — "Tahun 2023 \/ Target"/);
  expect(stdout).toContain('Baris bagian (bukan data): 3');
  expect(stdout).toMatch(/G\s+\(7\)\s+efisiensi — "Efisiensi Sumberdaya"/);
  expect(stdout).toContain('7=5-6  →  G = E − F');
});

test('the real Renja form shows its equations over sheet columns', async () => {
  const file = path.resolve(
    __dirname,
    '../../../shared/reference/real-workbooks/evaluasi-renja-tw4-2025.xlsx',
  );
  const { code, stdout } = await run([file]);
  expect(code).toBe(0);
  expect(stdout).toContain('Evaluasi Renja (Permendagri 86/2017) — A6:AG113');
  expect(stdout).toContain('15 = 14 / 6 x 100  →  AF = AD / J × 100');
});

test('a Renja form lists its summary and predikat rows apart from its data rows', async () => {
  const file = path.resolve(
    __dirname,
    '../../../shared/reference/real-workbooks/evaluasi-renja-e81-2018.xlsx',
  );
  const { code, stdout } = await run([file]);
  expect(code).toBe(0);
  expect(stdout).toContain(
    'Baris ringkasan (diperiksa sebagai ringkasan): 38 (rata-rata), 39 (persentase), ' +
      '40 (persentase), 45 (rata-rata), 46 (persentase), 47 (persentase), 48 (rata-rata)',
  );
  expect(stdout).toContain('Baris predikat: 41, 49');
});

test('--json prints the detected tables', async () => {
  const file = path.join(dir, 'klakah-json.xlsx');
  writeFileSync(file, await klakahWorkbook());
  const { code, stdout } = await run([file, '--json']);
  expect(code).toBe(0);
  const tables = JSON.parse(stdout) as { kind: string }[];
  expect(tables.map((t) => t.kind)).toContain('multi-tahun');
});

test('--why names the rule behind each kind and role, and says what each rule used does', async () => {
  const file = path.join(dir, 'klakah-why.xlsx');
  writeFileSync(file, await klakahWorkbook());
  const { code, stdout } = await run([file, '--why']);
  expect(code).toBe(0);
  expect(stdout).toContain(
    '  1. Capaian kinerja — A3:G9\n     Jenis tabel: capaian (aturan tabel-capaian-indikator)',
  );
  expect(stdout).toMatch(
    /E\s+target, tahun 2023 — "Tahun 2023 \/ Target"\n\s+↳ "Tahun 2023 \/ Target" → target \(aturan kata-judul\)/,
  );
  expect(stdout).toContain(
    '↳ "Anggaran / Realisasi" → realisasi-anggaran (aturan realisasi-bawah-anggaran)',
  );
  expect(stdout).toContain('Aturan deteksi yang dipakai:');
  expect(stdout).toContain('  tabel-sdm: Kolom nama/NIP bersama pangkat, golongan atau jabatan');
  expect((await run([file])).stdout).not.toContain('aturan');
});

test('--why shows the rules that changed a role after the header was read', async () => {
  const file = path.resolve(
    __dirname,
    '../../../shared/reference/real-workbooks/lkpj-capaian-form.xlsx',
  );
  const { stdout } = await run([file, '--why']);
  expect(stdout).toMatch(/J\s+\(11\)\s+serapan anggaran \(%\) — "PERSENTASE\s+\[ % \]"/);
  expect(stdout).toContain('↳ lain → serapan (aturan persen-samping-realisasi)');
  expect(stdout).toMatch(/A\s+\(1\)\s+lain — "idCapai"\n\s+↳ tidak ada aturan yang berlaku/);
});

test('a sheet without recognised tables says it is not checked', async () => {
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  workbook.addWorksheet('Catatan').getCell('A1').value = 'Hanya catatan';
  const file = path.join(dir, 'catatan.xlsx');
  writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
  const { code, stdout } = await run([file]);
  expect(code).toBe(0);
  expect(stdout).toContain(
    'Lembar "Catatan": tidak ada tabel yang dikenali, jadi lembar ini tidak diperiksa.',
  );
});

test('an unreadable file exits 2 with the message on stderr', async () => {
  const file = path.join(dir, 'bukan.xlsx');
  writeFileSync(file, 'ini teks biasa');
  const { code, stdout, stderr } = await run([file]);
  expect(code).toBe(2);
  expect(stdout).toBe('');
  expect(stderr).toContain('bukan berkas Excel .xlsx yang sah');
});

test('a missing file or missing argument exits 2', async () => {
  expect((await run([path.join(dir, 'tidak-ada.xlsx')])).stderr).toContain(
    'Berkas tidak dapat dibuka',
  );
  const usage = await run([]);
  expect(usage.code).toBe(2);
  expect(usage.stderr).toContain('Pemakaian: lkj inspect');
});

test('--why says which names typed two ways were taken as one indicator, and which not and why', async () => {
  const file = path.resolve(__dirname, '../../samples/klakah-2023.xlsx');
  const { code, stdout } = await run([file, '--why']);
  expect(code).toBe(0);
  expect(stdout).toContain(
    'dianggap satu indikator: "Prsentase fasilitasi koordinasi Ketentraman dan Ketertiban Umum" ' +
      '(PK 2023!C20) / "Persentase Fasilitasi Koordinasi Ketenteraman dan Ketertiban Umum" ' +
      '(Anggaran!D46); ejaan berbeda: prsentase/persentase, ketentraman/ketenteraman',
  );
  expect(stdout).toMatch(
    /dianggap satu indikator: "Persentase desa yang 19enyusun .*19enyusun\/menyusun/,
  );
  expect(stdout).toContain(
    'tetap dua indikator: "Persentase Desa yang menetapkan RKPdes Tepat waktu" (PK 2023!C22) / ' +
      '"Persentase Desa yang menetapkan LPPdes Tepat waktu" (PK 2023!C24); bukan salah ketik ("rkpdes" / "lppdes")',
  );
  // Without --why nothing of it.
  expect((await run([file])).stdout).not.toContain('dianggap satu indikator');
});

test('--why shows an SKM processing table, its processing rows and the rule that found it', async () => {
  const file = path.join(dir, 'olah-skm.xlsx');
  writeFileSync(
    file,
    await olahSkmXlsx({ answers: answersFor(SUMS_GASPUL, RESPONDENTS_GASPUL), applied: 1 / 9 }),
  );
  const { code, stdout } = await run([file, '--why']);
  expect(code).toBe(0);
  expect(stdout).toContain('Pengolahan SKM (NRR, NRR tertimbang, IKM) — A3:J36');
  expect(stdout).toContain('Jenis tabel: olah-skm (aturan tabel-olah-skm)');
  expect(stdout).toContain(
    'Baris pengolahan: 33 (Σ nilai), 34 (NRR), 35 (NRR tertimbang), 36 (IKM)',
  );
  expect(stdout).toContain('Baris data: 29 (baris 4–32)');
  expect(stdout).toMatch(/tabel-olah-skm: Baris berlabel NRR \/ Unsur/);
});
