/**
 * `lkj skm MASUK.xlsx -o KELUAR.xlsx [--bobot 1/9|0,111] [--populasi N] [--tahun YYYY]`: writes a
 * copy of the workbook with a new sheet "Pengolahan SKM TAHUN" processing the survey's raw
 * answers with live formulas. The input, and its answers sheet, are never written to. Exit code:
 * 0 written, 1 no survey answers found, 2 bad usage or unreadable input.
 */
import { formatAngka } from '../../core/angka';
import { TANPA_JAWABAN, skmGenerator, type BobotPilihan, type SkmPlan } from '../../skm';
import { generatorCommand } from '../generator-command';
import { COPY_NOTE, parseSheetCopyArgs, TAHUN_USAGE, type SheetCopyArgs } from '../sheet-copy';

const USAGE =
  'Pemakaian: lkj skm MASUK.xlsx|.xls -o KELUAR.xlsx [--timpa] [--tahun YYYY] [--bobot 1/9|0,111] [--populasi N]\n' +
  '  -o, --output  berkas hasil (salinan); tidak boleh berkas masukan; berkas yang sudah ada\n' +
  '                tidak diganti tanpa --timpa\n' +
  '  --timpa       boleh mengganti berkas keluaran yang sudah ada\n' +
  TAHUN_USAGE +
  '  --bobot       bobot tiap unsur: 1/9 (bawaan, aturan PermenPAN-RB 14/2017) atau 0,111\n' +
  '  --populasi N  jumlah populasi penerima layanan untuk sampel minimum Krejcie dan Morgan\n' +
  '                (bawaan: sel "Jumlah Populasi" di workbook, bila ada)\n' +
  '\n' +
  'Mencari tabel jawaban responden SKM (satu baris per responden, kolom U1–U9 atau nama\n' +
  'unsurnya) di sheet mana pun dan menambahkan lembar baru "Pengolahan SKM TAHUN": Σ nilai, jumlah\n' +
  'jawaban terisi, NRR, NRR tertimbang, IKM, nilai konversi, mutu dan kinerja per unsur dan unit,\n' +
  'karakteristik responden, peringkat unsur dengan Rencana Tindak Lanjut (sel kuning), sampel\n' +
  'minimum, dan hasil per Jenis Layanan / Triwulan bila kolomnya ada. Semua berupa rumus Excel biasa\n' +
  'yang merujuk sel jawaban; sheet jawaban tidak diubah. Grafik hanya dibuat di Excel (panel add-in).\n' +
  COPY_NOTE;

interface SkmArgs extends SheetCopyArgs {
  bobot?: BobotPilihan;
  populasi?: number;
}

export const command = generatorCommand(skmGenerator, {
  summary:
    'Mengolah jawaban Survei Kepuasan Masyarakat menjadi IKM (rumus hidup) dalam salinan .xlsx',
  usage: USAGE,
  parse: parseArgs,
  settings: (args) => ({
    options: {
      ...(args.bobot ? { bobot: args.bobot } : {}),
      ...(args.populasi !== undefined ? { populasi: args.populasi } : {}),
    },
  }),
  missing: (facts) => (facts.surveys.length === 0 ? TANPA_JAWABAN : undefined),
  nothing: (plan) => plan.missing,
  written: (plan, spec, args) => summary(plan, spec.name, args.output),
});

/** `1/9`, `0,111` (also `0.111`). */
function readBobot(text: string): BobotPilihan | undefined {
  const plain = text.trim().replace('.', ',');
  return plain === '1/9' || plain === '0,111' ? plain : undefined;
}

function parseArgs(args: string[]): SkmArgs | string {
  let bobot: BobotPilihan | undefined;
  let populasi: number | undefined;
  const parsed = parseSheetCopyArgs(args, (arg, take) => {
    if (arg === '--bobot') {
      const value = take() ?? '';
      bobot = readBobot(value);
      return bobot ? true : `--bobot harus 1/9 atau 0,111: ${value || '(kosong)'}`;
    }
    if (arg === '--populasi') {
      const value = take() ?? '';
      const n = /^\d+$/.test(value.replace(/\./g, '')) ? Number(value.replace(/\./g, '')) : NaN;
      if (!Number.isInteger(n) || n < 1)
        return `--populasi harus bilangan bulat ≥ 1 (misalnya 1250): ${value || '(kosong)'}`;
      populasi = n;
      return true;
    }
    return false;
  });
  if (typeof parsed === 'string') return parsed;
  return {
    ...parsed,
    ...(bobot ? { bobot } : {}),
    ...(populasi !== undefined ? { populasi } : {}),
  };
}

const shown = (value: number | undefined, decimals = 2) =>
  value === undefined ? '(kosong)' : formatAngka(value, decimals);

function summary(plan: SkmPlan, sheetName: string, output: string): string {
  const survey = plan.survey!;
  const lines = [
    `Lembar "${sheetName}" ditulis ke ${output} (tahun ${plan.year}, bobot ${survey.bobot.teks}).`,
    `Jawaban: sheet "${survey.sheet}", ${survey.respondents} responden.`,
  ];
  for (const unsur of survey.unsur) {
    lines.push(
      `  U${unsur.nomor} ${unsur.nama}: Σ ${unsur.jumlah}, terisi ${unsur.terisi}, NRR ${shown(unsur.nrr, 4)}, konversi ${shown(unsur.konversi)} ${unsur.mutu?.huruf ?? ''}`.trimEnd(),
    );
  }
  lines.push(
    `IKM ${shown(survey.ikm)}${survey.mutu ? ` — mutu ${survey.mutu.huruf} (${survey.mutu.kinerja})` : ''}`,
  );
  if (survey.mutuOther && survey.mutu && survey.mutuOther.huruf !== survey.mutu.huruf) {
    lines.push(
      `Dengan bobot ${survey.other.teks} IKM menjadi ${shown(survey.ikmOther)}, mutu ${survey.mutuOther.huruf}.`,
    );
  }
  if (survey.sampelMinimum !== undefined && survey.population) {
    lines.push(
      `Sampel minimum untuk N = ${survey.population.value}: ${survey.sampelMinimum} responden` +
        (survey.respondents < survey.sampelMinimum
          ? ` — kurang ${survey.sampelMinimum - survey.respondents}.`
          : ' — terpenuhi.'),
    );
  }
  for (const note of plan.notes) lines.push(`Catatan: ${note}`);
  lines.push(
    'Catatan: grafik nilai konversi per unsur hanya dibuat di Excel (panel add-in), tidak di salinan ini.',
  );
  return `${lines.join('\n')}\n`;
}
