import { excelSerial, readNip, type NipReading } from '../../src/core/nip';
import {
  normalizeGolongan,
  pangkatForGolongan,
  pangkatMatchesGolongan,
} from '../../src/core/pangkat';

describe('readNip', () => {
  test('a valid NIP, with spaces and prefix', () => {
    expect(readNip('NIP. 19810804 200901 1 003')).toEqual({
      valid: true,
      digits: '198108042009011003',
      birthDate: { year: 1981, month: 8, day: 4 },
      tmt: { year: 2009, month: 1 },
      sex: 'Laki-laki',
    });
    expect(readNip('19720929 200701 2 910')).toMatchObject({ valid: true, sex: 'Perempuan' });
  });

  // DOMAIN section 8 (the SDM table and signature blocks) and the other impossible parts.
  test.each([
    ['19810804 200901 2 90', 'NIP berisi 17 digit, seharusnya 18'],
    ['517003231998031911', 'tanggal lahir 5170-03-23 (digit 1–8) tidak mungkin'],
    ['19810231 200901 1 003', 'tanggal lahir 1981-02-31'],
    ['19811304 200901 1 003', 'tanggal lahir 1981-13-04'],
    ['19810804 200913 1 003', 'TMT CPNS 2009-13'],
    ['19810804 199901 1 003', 'TMT CPNS 1999-01 kurang dari 18 tahun setelah lahir 1981-08-04'],
    ['19810804 200901 3 003', 'digit jenis kelamin (ke-15) bernilai 3'],
    ['1981O804 200901 1 003', 'NIP hanya boleh berisi angka'],
    ['', 'NIP berisi 0 digit'],
  ])('%p is invalid: %p', (nip, reason) => {
    const reading = readNip(nip);
    expect(reading.valid).toBe(false);
    expect(reading.reason).toContain(reason);
    expect(reading.birthDate).toBeUndefined();
  });

  test('a leap day is a birth date', () => {
    expect(readNip('19800229 200001 1 001').valid).toBe(true);
    expect(readNip('19810229 200101 1 001').valid).toBe(false);
  });
});

describe('readNip: the Nomor Induk PPPK (DOMAIN §7)', () => {
  test.each<[string, string, boolean, Partial<NipReading>]>([
    [
      'digits 13–14 over 12 are a contract code',
      '19900215 202121 2 004',
      false,
      { valid: true, pppk: { year: 2021, code: 21 }, sex: 'Perempuan' },
    ],
    [
      'confirmed PPPK with a code that looks like a month',
      '19900215 202401 1 004',
      true,
      { valid: true, pppk: { year: 2024, code: 1 } },
    ],
    [
      'a PNS NIP stays a PNS NIP',
      '19810804 200901 1 003',
      false,
      { valid: true, tmt: { year: 2009, month: 1 } },
    ],
    [
      'negative: a PPPK birth date is still checked',
      '19900230 202121 2 004',
      false,
      { valid: false, reason: 'tanggal lahir 1990-02-30 (digit 1–8) tidak mungkin' },
    ],
    [
      'negative: a PPPK sex digit is still checked',
      '19900215 202121 5 004',
      false,
      { valid: false, reason: 'digit jenis kelamin (ke-15) bernilai 5; harus 1 atau 2' },
    ],
    [
      'negative: before PPPK existed a code over 12 is a wrong TMT CPNS',
      '19810804 200913 1 003',
      false,
      { valid: false, reason: 'TMT CPNS 2009-13 (digit 9–14) tidak mungkin' },
    ],
    [
      'negative: a confirmed PPPK with an impossible year of appointment',
      '19900215 119912 1 004',
      true,
      { valid: false, reason: 'tahun pengangkatan PPPK 1199 (digit 9–12) tidak mungkin' },
    ],
  ])('%s', (_name, nip, pppk, expected) => {
    const reading = readNip(nip, pppk);
    expect(reading).toMatchObject(expected);
    // An NI PPPK carries no TMT CPNS; a PNS NIP no PPPK appointment.
    if (reading.valid) expect(reading.tmt === undefined).toBe(expected.pppk !== undefined);
  });
});

test.each([
  [1900, 1, 1, 1],
  [1900, 2, 28, 59],
  [1900, 3, 1, 61],
  [1981, 8, 4, 29802],
  [2009, 1, 1, 39814],
  [2023, 12, 31, 45291],
])('excelSerial(%p, %p, %p) is %p', (year, month, day, serial) => {
  expect(excelSerial(year, month, day)).toBe(serial);
});

describe('pangkat and golongan', () => {
  test.each([
    ['II/a', 'Pengatur Muda'],
    ['II/b', 'Pengatur Muda Tingkat I'],
    ['III/C', 'Penata'],
    ['iii / d', 'Penata Tingkat I'],
    ['IV/e', 'Pembina Utama'],
    ['I/a', 'Juru Muda'],
    ['I/d', 'Juru Tingkat I'],
  ])('%p is %p', (golongan, pangkat) => {
    expect(pangkatForGolongan(golongan)).toBe(pangkat);
  });

  test.each(['V/a', 'IV/f', 'III', ''])('%p is no golongan', (golongan) => {
    expect(pangkatForGolongan(golongan)).toBeUndefined();
    expect(normalizeGolongan(golongan)).toBeUndefined();
  });

  test.each<[string, string, boolean]>([
    ['Penata Tk. I', 'III/d', true],
    ['Penata Tk.I', 'III/D', true],
    ['penata tingkat 1', 'III/d', true],
    ['Penata Tingkat I (III/d)', 'III/d', true],
    ['Penata Muda Tk. I', 'III/b', true],
    ['Pengatur Muda', 'II/b', false], // the Klakah SDM table
    ['Pengatur Muda', 'II/a', true],
    ['Pembina Utama', 'IV/c', false],
    ['Pembina Utama Muda', 'IV/c', true],
    ['Penata', 'III/d', false],
    ['Penata', 'X/z', false],
  ])('%p with %p: %p', (pangkat, golongan, matches) => {
    expect(pangkatMatchesGolongan(pangkat, golongan)).toBe(matches);
  });
});
