import { nilaiKonversi } from '../core/skm';
import type { SkmNumber, SkmRowName } from '../facts/olah-skm';
import type { Check } from './check';
import { finding } from './check';
import { actualOf, expectedNumber, shownNumber } from './compare';
import type { CheckContext } from './context';
import type { Finding } from './finding';
import { agreesAny, olahSkmHitung, shownNrr, type OlahSkmHitung } from './olah-skm-rows';

export const rule: Check = {
  id: 'nrr-salah',
  title: 'NRR salah hitung',
  severity: 'error',
  description:
    'Tabel pengolahan SKM: Σ nilai, NRR (Σ / jawaban terisi; juga di tabel NO | UNSUR PELAYANAN | NILAI RATA-RATA), NRR tertimbang (NRR × bobot), nilai konversi (NRR × 25) atau jumlah barisnya tidak sama dengan hasil hitung ulang, dengan toleransi sesuai desimal yang tertulis.',
  check(context) {
    return olahSkmHitung(context).flatMap((hitung) => [
      ...unsurFindings(context, hitung),
      ...totalFindings(context, hitung),
    ]);
  },
};

function wrong(
  context: CheckContext,
  hitung: OlahSkmHitung,
  cell: SkmNumber,
  what: string,
  expected: number,
  how: string,
): Finding {
  const decimals = Math.max(2, cell.reading.decimals);
  return finding(
    rule,
    context.at(hitung.olah.sheet, cell.row, cell.col),
    `${what} tertulis ${cell.reading.shown}, seharusnya ${shownNumber(expected, decimals)} (${how})`,
    expectedNumber(expected, decimals),
    actualOf(cell.reading),
  );
}

function unsurFindings(context: CheckContext, hitung: OlahSkmHitung): Finding[] {
  const { weight } = hitung;
  return hitung.unsur.flatMap((u) => {
    const { label, stated } = u.unsur;
    const found: Finding[] = [];
    if (u.fromAnswers && stated.jumlah && !agreesAny(stated.jumlah.reading, [u.jumlah])) {
      found.push(
        wrong(
          context,
          hitung,
          stated.jumlah,
          `Σ nilai ${label}`,
          u.jumlah,
          `jumlah ${u.terisi} jawaban terisi`,
        ),
      );
    }
    // A stated Σ with a typo may still be what the NRR divides: that slip is the Σ's alone.
    const statedSum = stated.jumlah?.reading.value;
    const divided = statedSum == null ? [] : [statedSum / u.terisi];
    if (u.nrr !== undefined && stated.nrr && !agreesAny(stated.nrr.reading, [u.nrr, ...divided])) {
      const sum = u.jumlah;
      const all = u.terisi + u.blank.length;
      const byAll =
        u.blank.length > 0 && agreesAny(stated.nrr.reading, [sum / all])
          ? `; yang tertulis membagi dengan seluruh ${all} responden, termasuk ${u.blank.length} jawaban kosong`
          : '';
      found.push(
        wrong(
          context,
          hitung,
          stated.nrr,
          `NRR ${label}`,
          u.nrr,
          `${shownNumber(sum)} / ${u.terisi} jawaban terisi${byAll}`,
        ),
      );
    }
    const [nrr] = u.nrrBasis;
    const weighed = u.nrrBasis.map((value) => value * weight.nilai);
    if (
      !hitung.unknownWeight &&
      nrr !== undefined &&
      stated.tertimbang &&
      !agreesAny(stated.tertimbang.reading, weighed)
    ) {
      found.push(
        wrong(
          context,
          hitung,
          stated.tertimbang,
          `NRR tertimbang ${label}`,
          weighed[0],
          `NRR ${shownNrr(nrr)} × ${weight.teks}`,
        ),
      );
    }
    const side = u.unsur.rataRata;
    if (nrr !== undefined && side && !agreesAny(side.reading, u.nrrBasis)) {
      found.push(
        wrong(
          context,
          hitung,
          side,
          `Nilai rata-rata ${label} di tabel unsur`,
          nrr,
          'NRR unsur itu',
        ),
      );
    }
    const converted = u.nrrBasis.map(nilaiKonversi);
    if (
      nrr !== undefined &&
      stated.konversi &&
      !agreesAny(stated.konversi.reading, converted, context.toleransi)
    ) {
      found.push(
        wrong(
          context,
          hitung,
          stated.konversi,
          `Nilai konversi ${label}`,
          converted[0],
          `NRR ${shownNrr(nrr)} × 25`,
        ),
      );
    }
    return found;
  });
}

const TOTAL_LABEL: Record<SkmRowName, string> = {
  jumlah: 'Σ nilai',
  nrr: 'NRR',
  tertimbang: 'NRR tertimbang',
  konversi: 'nilai konversi',
};

/** The totals right of the unsur columns: the sum of the row as stated, or as recomputed. */
function totalFindings(context: CheckContext, hitung: OlahSkmHitung): Finding[] {
  const sum = (values: (number | null | undefined)[]) =>
    values.every((value) => value != null)
      ? [values.reduce((total: number, value) => total + value!, 0)]
      : [];
  const { unsur, weight } = hitung;
  const stated = (name: SkmRowName) => unsur.map((u) => u.unsur.stated[name]?.reading.value);
  const candidates: Record<SkmRowName, number[]> = {
    jumlah: [
      ...sum(stated('jumlah')),
      ...sum(unsur.map((u) => (u.fromAnswers ? u.jumlah : undefined))),
    ],
    nrr: [...sum(stated('nrr')), ...sum(unsur.map((u) => u.nrr))],
    tertimbang: hitung.unknownWeight
      ? []
      : [
          ...sum(stated('tertimbang')),
          ...sum(unsur.map((u) => u.nrrBasis[0] && u.nrrBasis[0] * weight.nilai)),
        ],
    konversi: [
      ...sum(stated('konversi')),
      ...sum(unsur.map((u) => u.nrrBasis[0] && nilaiKonversi(u.nrrBasis[0]))),
    ],
  };
  return (Object.keys(TOTAL_LABEL) as SkmRowName[]).flatMap((name) => {
    const cell = hitung.olah.totals[name];
    const values = candidates[name];
    if (!cell || values.length === 0 || agreesAny(cell.reading, values)) return [];
    return [
      wrong(
        context,
        hitung,
        cell,
        `Jumlah ${TOTAL_LABEL[name]}`,
        values[0],
        `jumlah ${unsur.length} unsur`,
      ),
    ];
  });
}
