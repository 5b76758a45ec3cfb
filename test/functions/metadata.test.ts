/**
 * The functions.json Excel reads is generated from functions.ts's JSDoc by the build. Check the
 * built file: every function, its Indonesian description and its parameters.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REGISTRY } from '../../src/functions/registry';

const root = join(__dirname, '..', '..');
const built = join(root, 'dist', 'functions.json');
const sources = [join(root, 'src', 'functions', 'functions.ts'), join(root, 'webpack.config.js')];

interface Metadata {
  allowErrorForDataTypeAny?: unknown;
  allowCustomDataForDataTypeAny?: unknown;
  functions: {
    id: string;
    name: string;
    description?: string;
    parameters: {
      name: string;
      description?: string;
      optional?: boolean;
      dimensionality?: string;
    }[];
    result: { dimensionality?: string };
  }[];
}

let metadata: Metadata;

beforeAll(() => {
  // `npm test` builds first; run alone, the test builds when dist is missing or stale.
  const stale = () => sources.some((source) => statSync(built).mtimeMs < statSync(source).mtimeMs);
  if (!existsSync(built) || stale()) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0)
      throw new Error(`npm run build gagal:\n${build.stdout}\n${build.stderr}`);
  }
  metadata = JSON.parse(readFileSync(built, 'utf8')) as Metadata;
}, 240_000);

test('lets Excel call a function when a cell of a range argument holds an error', () => {
  // The generator cannot write this; webpack.config.js adds it. Without it one #DIV/0! in
  // E6:E40 replaces the whole column of LKJ.CAPAIAN results.
  expect(metadata.allowErrorForDataTypeAny).toBe(true);
  // Data types stay off: Excel passes their basic values (see docs/excel-limits.md).
  expect(metadata.allowCustomDataForDataTypeAny).toBe(false);
});

test('lists exactly the registered functions', () => {
  expect(metadata.functions.map((fn) => fn.id).sort()).toEqual(Object.keys(REGISTRY).sort());
  for (const fn of metadata.functions) expect(fn.name).toBe(fn.id);
});

const DESCRIPTIONS: Record<string, string> = {
  CAPAIAN: 'Capaian kinerja (%): realisasi / target × 100',
  PREDIKAT: 'Predikat capaian menurut skala',
  PERSEN: 'Persentase: pembilang / penyebut × 100',
  SERAPAN: 'Serapan anggaran (%): realisasi anggaran / pagu × 100',
  EFISIENSI: 'Efisiensi: capaian kinerja − serapan anggaran',
  ANGKA: 'Angka yang dimaksud oleh teks angka Indonesia',
  NRR: 'Nilai rata-rata (NRR) satu unsur SKM',
  IKM: 'Indeks Kepuasan Masyarakat dari jawaban SKM',
  MUTUIKM: 'Mutu pelayanan dari nilai IKM',
  TERBILANG: 'Bilangan bulat dalam kata-kata bahasa Indonesia',
  NIP: 'Memeriksa NIP PNS',
  AKUMULASI: 'Realisasi setahun (atau s.d. triwulan ini) dari nilai triwulan menurut jenis',
};

test.each(Object.entries(REGISTRY))('%s: Indonesian description and parameters', (id, entry) => {
  const fn = metadata.functions.find((candidate) => candidate.id === id)!;
  expect(fn.description?.startsWith(DESCRIPTIONS[id])).toBe(true);
  expect(fn.parameters.map((param) => param.name)).toEqual(entry.params.map((param) => param.name));
  fn.parameters.forEach((param, i) => {
    expect(param.description).toEqual(expect.stringMatching(/\S{3}/));
    expect(param.optional ?? false).toBe(entry.params[i].optional);
    // Ranges must be `matrix`: a scalar parameter would refuse E6:E40.
    expect(param.dimensionality).toBe('matrix');
  });
  // A range in gives a range out, except NRR, IKM and AKUMULASI, which make one value of a whole
  // range (an unsur's answers, a survey, the quarters).
  const single = ['NRR', 'IKM', 'AKUMULASI'].includes(id);
  expect(fn.result.dimensionality).toBe(single ? undefined : 'matrix');
});

test('parameter help names the accepted values', () => {
  const capaian = metadata.functions.find((fn) => fn.id === 'CAPAIAN')!;
  expect(capaian.parameters[2].description).toContain('"naik" (bawaan');
  const nip = metadata.functions.find((fn) => fn.id === 'NIP')!;
  expect(nip.parameters[1].description).toContain('"kelamin"');
  const akumulasi = metadata.functions.find((fn) => fn.id === 'AKUMULASI')!;
  expect(akumulasi.parameters[1].description).toContain('"kumulatif" (bawaan)');
  const ikm = metadata.functions.find((fn) => fn.id === 'IKM')!;
  expect(ikm.parameters[1].description).toContain('1/9 (bawaan');
});

test('the functions bundle carries no React or Fluent UI', () => {
  const bundle = readFileSync(join(root, 'dist', 'functions.js'), 'utf8');
  expect(bundle).toContain('CustomFunctions.associate');
  expect(bundle).not.toMatch(/react\.(transitional\.)?element|fluentui|__SECRET_INTERNALS/);
});
