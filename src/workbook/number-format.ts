/** What a cell's number format does to the number shown (DOMAIN section 3). */

export interface NumberFormatEffect {
  /** The number is shown times 100 with a percent sign. */
  readonly percent: boolean;
  /** Fixed decimals shown; undefined when the format fixes none and the number shows as General. */
  readonly decimals?: number;
}

const GENERAL: NumberFormatEffect = { percent: false };
const effects = new Map<string, NumberFormatEffect>();

/** The effect of a format such as `0.00%` or `#,##0.0`; cached, since a workbook reuses few formats. */
export function numberFormatEffect(numFmt: string | undefined): NumberFormatEffect {
  if (!numFmt) return GENERAL;
  let effect = effects.get(numFmt);
  if (!effect) {
    const format = visibleFormat(numFmt);
    // A format without digit placeholders (`@`, a date, only text) leaves a number as General.
    effect =
      /general/i.test(format) || !/[0#?]/.test(format)
        ? GENERAL
        : { percent: format.includes('%'), decimals: /\.([0#?]+)/.exec(format)?.[1].length ?? 0 };
    effects.set(numFmt, effect);
  }
  return effect;
}

/** The positive section of a number format without quoted text, escaped characters and [tags]. */
function visibleFormat(numFmt: string): string {
  return numFmt
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}
