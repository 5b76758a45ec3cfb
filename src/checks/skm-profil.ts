import type { ProfilKelompok } from '../facts/profil-skm';
import type { Check } from './check';
import { finding } from './check';
import { agrees, shownNumber } from './compare';
import type { CheckContext } from './context';
import type { Finding } from './finding';
import { answerSources } from './olah-skm-rows';

export const rule: Check = {
  id: 'skm-profil',
  title: 'Profil responden tidak cocok',
  severity: 'error',
  description:
    'Tabel karakteristik responden SKM yang jumlahnya per karakteristik tidak sama dengan jumlah responden, atau persentasenya tidak sama dengan jumlah / total × 100 atau tidak berjumlah 100.',
  check(context) {
    const sources = answerSources(context);
    // Only one survey tells how many respondents every characteristic must add up to.
    const respondents = sources.length === 1 ? sources[0].respondents : undefined;
    return context.facts.profilSkm.flatMap((group) => groupFindings(context, group, respondents));
  },
};

function groupFindings(
  context: CheckContext,
  group: ProfilKelompok,
  respondents: number | undefined,
): Finding[] {
  const counts = group.rows.map((row) => row.jumlah.value);
  const percents = group.rows.map((row) => row.persen.value);
  const found: Finding[] = [];
  const at = (row: number, col: number) => context.at(group.sheet, row, col);
  if (counts.every((count) => count !== null)) {
    const total = counts.reduce((sum: number, count) => sum + count!, 0);
    if (respondents !== undefined && respondents > 0 && total !== respondents) {
      found.push(
        finding(
          rule,
          at(group.row, group.jumlahCol),
          `${group.nama}: jumlahnya ${total}, padahal respondennya ${respondents}`,
          respondents,
          total,
        ),
      );
    }
    for (const row of group.rows) {
      const share = (row.jumlah.value! / total) * 100;
      if (total === 0 || row.persen.value === null || agrees(row.persen, share)) continue;
      found.push(
        finding(
          rule,
          at(row.row, group.persenCol),
          `${group.nama}: persentase tertulis ${row.persen.shown}, seharusnya ${shownNumber(share)} (${row.jumlah.shown} / ${total} × 100)`,
          Math.round(share * 100) / 100,
          row.persen.value,
        ),
      );
    }
  }
  if (percents.every((percent) => percent !== null) && found.length === 0) {
    const sum = percents.reduce((total: number, percent) => total + percent!, 0);
    // Each share rounded to its decimals may move the sum by half a step.
    const slack = group.rows.reduce((total, row) => total + 0.5 * 10 ** -row.persen.decimals, 0);
    if (Math.abs(sum - 100) > slack + 1e-9) {
      found.push(
        finding(
          rule,
          at(group.row, group.persenCol),
          `${group.nama}: persentasenya berjumlah ${shownNumber(sum)}, bukan 100`,
          100,
          Math.round(sum * 100) / 100,
        ),
      );
    }
  }
  return found;
}
