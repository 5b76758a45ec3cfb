/**
 * Issue 8's table through the real `lkj`, in a child process with a 1.5 GB heap: hostile files
 * are refused with their reason while the good files of the same run are still reported, within
 * a time and memory bound; outputs that alias the input, exist already, or are no regular file
 * are refused, and the file system is checked afterwards.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsx } from '../../src/hosts/xlsx/read';
import * as hostile from '../support/hostile-files';
import { xlsFiles } from '../support/xls';

const SAMPLE = 'samples/klakah-2023.xlsx';
const dir = mkdtempSync(join(tmpdir(), 'lkj-hostile-'));

jest.setTimeout(180_000);

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident memory of the process, MB. */
  peakMb: number;
}

function lkj(...args: string[]): Run {
  const rssFile = join(dir, `rss-${Date.now()}`);
  const started = Date.now();
  const run = spawnSync(
    process.execPath,
    ['--max-old-space-size=1536', '-r', './test/support/report-rss.cjs', 'bin/lkj.cjs', ...args],
    { encoding: 'utf8', timeout: 170_000, env: { ...process.env, LKJ_RSS_FILE: rssFile } },
  );
  return {
    status: run.status,
    signal: run.signal,
    stdout: run.stdout,
    stderr: run.stderr,
    ms: Date.now() - started,
    peakMb: Number(readFileSync(rssFile, 'utf8')) / 1024,
  };
}

test.each([
  ['.xlsx', hostile.files],
  ['.xls', xlsFiles],
])(
  'lkj validate good, every hostile %s file, good: each refusal named, both good files reported',
  (extension, table) => {
    const names = Object.keys(table);
    const paths = names.map((name, i) => {
      const file = join(dir, `hostile-${i}${extension}`);
      writeFileSync(file, table[name]().bytes);
      return file;
    });
    const run = lkj('validate', SAMPLE, ...paths, SAMPLE);
    expect(run.signal).toBeNull();
    expect(run.status).toBe(2);
    // Both good files: their summary lines, the second after all the hostile ones.
    expect(run.stdout.match(/^samples\/klakah-2023\.xlsx: \d+ tabel dikenali/gm)).toHaveLength(2);
    names.forEach((name, i) => {
      const line = run.stderr.split('\n').find((l) => l.startsWith(`${paths[i]}: `));
      expect(line).toMatch(table[name]().expected);
    });
    expect(run.stderr).not.toMatch(/Bug|Error|Cannot|undefined|at .*\.js/);
    // Generous bounds for a loaded CI machine: a crash or a runaway read takes minutes and GBs.
    expect(run.ms).toBeLessThan(150_000);
    expect(run.peakMb).toBeLessThan(1536);
  },
);

test('a folder, a pipe and a missing file as input are refused at once, each with why', () => {
  const fifo = join(dir, 'pipa.xlsx');
  execFileSync('mkfifo', [fifo]);
  const run = lkj('validate', dir, fifo, join(dir, 'tidak-ada.xlsx'), SAMPLE);
  expect(run.status).toBe(2);
  expect(run.stderr).toContain(`${dir}: Berkas tidak dapat dibuka (ini sebuah folder`);
  expect(run.stderr).toContain(`${fifo}: Berkas tidak dibaca: ini bukan berkas biasa`);
  expect(run.stderr).toContain('tidak-ada.xlsx: Berkas tidak dapat dibuka (tidak ditemukan)');
  expect(run.stdout).toMatch(/^samples\/klakah-2023\.xlsx: \d+ tabel dikenali/m);
});

describe('lkj evaluasi output safety', () => {
  /** A fresh copy of the sample as input, and what the folder holds before the run. */
  function setUp(name: string) {
    const folder = join(dir, name);
    mkdirSync(folder);
    const input = join(folder, 'masuk.xlsx');
    copyFileSync(SAMPLE, input);
    return { folder, input, before: readFileSync(input), mtime: statSync(input).mtimeMs };
  }

  function expectUnchanged(file: string, before: Buffer, mtime: number) {
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(mtime);
  }

  test('an output that is a hard link to the input is refused; the input is untouched', () => {
    const { folder, input, before, mtime } = setUp('hardlink');
    const hard = join(folder, 'hard.xlsx');
    linkSync(input, hard);
    const run = lkj('evaluasi', input, '-o', hard, '--timpa');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/sama dengan berkas masukan .*nama lain untuk berkas yang sama/);
    expectUnchanged(input, before, mtime);
    expect(readdirSync(folder).sort()).toEqual(['hard.xlsx', 'masuk.xlsx']);
  });

  test('an output that is a symbolic link to the input is refused', () => {
    const { folder, input, before, mtime } = setUp('symlink');
    symlinkSync(input, join(folder, 'link.xlsx'));
    const run = lkj('evaluasi', input, '-o', join(folder, 'link.xlsx'), '--timpa');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/sama dengan berkas masukan/);
    expectUnchanged(input, before, mtime);
  });

  test('an existing unrelated file is kept without --timpa and replaced whole with it', async () => {
    const { folder, input } = setUp('existing');
    const other = join(folder, 'laporan.xlsx');
    writeFileSync(other, 'isi lama yang penting');
    const refused = lkj('evaluasi', input, '-o', other);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/sudah ada; tambahkan --timpa/);
    expect(readFileSync(other, 'utf8')).toBe('isi lama yang penting');

    const replaced = lkj('evaluasi', input, '-o', other, '--timpa');
    expect(replaced.status).toBe(0);
    const model = await readXlsx(readFileSync(other));
    expect(model.sheets.map((sheet) => sheet.name)).toContain('Evaluasi Penghitungan 2023');
    // Written through a temporary file renamed into place: nothing else is left in the folder.
    expect(readdirSync(folder).sort()).toEqual(['laporan.xlsx', 'masuk.xlsx']);
  });

  test('a folder or a pipe as output is refused at once', () => {
    const { folder, input } = setUp('special');
    const fifo = join(folder, 'pipa.xlsx');
    execFileSync('mkfifo', [fifo]);
    const pipe = lkj('evaluasi', input, '-o', fifo, '--timpa');
    expect(pipe.status).toBe(2);
    expect(pipe.stderr).toMatch(/bukan berkas biasa/);
    const folderRun = lkj('evaluasi', input, '-o', folder, '--timpa');
    expect(folderRun.status).toBe(2);
    expect(folderRun.stderr).toMatch(/adalah sebuah folder/);
    expect(readdirSync(folder).sort()).toEqual(['masuk.xlsx', 'pipa.xlsx']);
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  test('an output in a folder without write permission: refused, nothing written', () => {
    const { folder, input } = setUp('readonly');
    const locked = join(folder, 'terkunci');
    mkdirSync(locked, { mode: 0o555 });
    const run = lkj('evaluasi', input, '-o', join(locked, 'hasil.xlsx'));
    if (process.getuid?.() === 0) {
      // root writes anyway: then the copy must be complete.
      expect(run.status).toBe(0);
    } else {
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/Tidak ada izin menulis/);
      expect(readdirSync(locked)).toEqual([]);
    }
  });
});
