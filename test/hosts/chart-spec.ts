/** A ChartSpec in one line, for tests: source as [top, left, bottom, right], anchor as [row, col]. */
import type { ChartSpec } from '../../src/sheetgen/sheet-spec';

export function chartSpec(
  type: ChartSpec['type'],
  title: string,
  [top, left, bottom, right]: [number, number, number, number],
  [row, col]: [number, number],
): ChartSpec {
  return { type, title, source: { top, left, bottom, right }, anchor: { row, col } };
}
