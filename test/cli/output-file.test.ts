/**
 * Writing an output through a temporary file: a write that fails half way (a full disk, given
 * here by a file handle that writes part of the bytes and then fails with ENOSPC, as the kernel
 * does) leaves the old file as it was and no partial file.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeOutputFile, type WriteIo } from '../../src/cli/output-file';

const dir = mkdtempSync(join(tmpdir(), 'lkj-output-'));

/** A disk with room for `room` bytes: the handle writes that much, then fails like Linux. */
function diskWithRoom(room: number): WriteIo {
  return {
    open: (async (...args: Parameters<typeof open>) => {
      const handle = await open(...args);
      return Object.assign(Object.create(handle) as FileHandle, {
        writeFile: async (data: Uint8Array) => {
          await handle.write(data.subarray(0, room));
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
            code: 'ENOSPC',
          });
        },
        close: () => handle.close(),
      });
    }) as typeof open,
  };
}

test('a full disk leaves the old file intact and no partial file', async () => {
  const output = join(dir, 'hasil.xlsx');
  writeFileSync(output, 'isi lama');
  const problem = await writeOutputFile(
    { output, inputs: [], replace: true },
    new Uint8Array(50_000).fill(65),
    diskWithRoom(12_000),
  );
  expect(problem).toBe(
    `Disk penuh: ${output} tidak dapat ditulis. Berkas yang sudah ada tidak diubah.`,
  );
  expect(readFileSync(output, 'utf8')).toBe('isi lama');
  expect(readdirSync(dir)).toEqual(['hasil.xlsx']);
});

test('a full disk with no file there before leaves nothing', async () => {
  const folder = mkdtempSync(join(dir, 'kosong-'));
  const output = join(folder, 'baru.xlsx');
  const problem = await writeOutputFile(
    { output, inputs: [], replace: false },
    new Uint8Array(10_000),
    diskWithRoom(100),
  );
  expect(problem).toMatch(/^Disk penuh/);
  expect(readdirSync(folder)).toEqual([]);
});

test('a complete write replaces the file only with --timpa, and leaves no temporary file', async () => {
  const folder = mkdtempSync(join(dir, 'utuh-'));
  const output = join(folder, 'hasil.xlsx');
  expect(await writeOutputFile({ output, inputs: [], replace: false }, Buffer.from('satu'))).toBe(
    undefined,
  );
  expect(await writeOutputFile({ output, inputs: [], replace: false }, Buffer.from('dua'))).toMatch(
    /sudah ada; tambahkan --timpa/,
  );
  expect(readFileSync(output, 'utf8')).toBe('satu');
  expect(await writeOutputFile({ output, inputs: [], replace: true }, Buffer.from('dua'))).toBe(
    undefined,
  );
  expect(readFileSync(output, 'utf8')).toBe('dua');
  expect(readdirSync(folder)).toEqual(['hasil.xlsx']);
});

test('an output in a folder that does not exist is refused by name', async () => {
  const output = join(dir, 'tidak-ada', 'hasil.xlsx');
  expect(await writeOutputFile({ output, inputs: [], replace: true }, Buffer.from('x'))).toBe(
    `Folder untuk berkas keluaran tidak ada: ${output}`,
  );
});
