/**
 * The same indicator and year stated in several tables: which statements disagree with the one
 * the facts' precedence table takes (PRECEDENCE in facts/indicator-facts), so that the validator
 * calls wrong exactly what the generators do not use. Shared by target-berbeda and
 * realisasi-berbeda.
 */
import type { Field, IndicatorFact, Statement } from '../facts/indicator-facts';
import { shortTitle } from '../facts/source-notes';
import { finding, type Check } from './check';
import { actualOf, agrees } from './compare';
import type { CheckContext } from './context';
import { quoted } from './indicators';
import type { Finding } from './finding';
import type { CellNumber } from '../workbook/cell-number';

interface Conflict {
  /** The first (by precedence) of the statements that agree with each other but not the reference. */
  statement: Statement;
  /** How many more cells state the same disagreeing value. */
  alike: number;
  reference: Statement;
  /** How many statements agree with the reference (itself included). */
  agreeing: number;
}

/** A finding of `check` on each value that disagrees with the one the precedence takes. */
export function conflictFindings(
  context: CheckContext,
  check: Pick<Check, 'id' | 'severity'>,
  field: Field,
): Finding[] {
  return conflictsOf(context, field).map((conflict) => {
    const { statement, reference } = conflict;
    return finding(
      check,
      context.at(statement.mention.table.sheet, statement.mention.row, statement.col),
      describeConflict(context, field === 'target' ? 'Target' : 'Realisasi', conflict),
      reference.reading.value ?? undefined,
      actualOf(statement.reading),
    );
  });
}

function conflictsOf(context: CheckContext, field: Field): Conflict[] {
  const conflicts: Conflict[] = [];
  const { facts } = context;
  // Tables without a year of their own are about the report year; with none, about no year.
  const unstated = facts.year === undefined ? [undefined] : [];
  for (const indicator of facts.indicators.model.indicators) {
    // Named in one table only (most of tens of thousands): nothing to compare, no set made.
    const { mentions } = indicator;
    if (mentions.every((mention) => mention.table === mentions[0].table)) continue;
    const fact = facts.indicators.of(indicator);
    for (const year of [...fact.years, ...unstated]) {
      const statements = fact
        .statements(field, year)
        .filter((s) => s.source !== 'pk-sebelum' && s.reading.value !== null);
      const forms = statements.filter((s) => s.source === 'renja');
      conflicts.push(
        ...conflictsAmong(
          fact,
          field,
          year,
          statements.filter((s) => s.source !== 'renja'),
        ),
      );
      // Renja forms of one sheet are one moment: Tabel 2.2 below a form restates its rows, and a
      // stale link there (a quarter read from another workbook as 0) shows only against the form.
      // Forms on other sheets are other quarters (a sheet per triwulan) or a generated copy,
      // whose year may rightly differ.
      for (const sheet of new Set(forms.map((s) => s.mention.table.sheet))) {
        const onSheet = forms.filter((s) => s.mention.table.sheet === sheet);
        conflicts.push(...conflictsAmong(fact, field, year, onSheet));
      }
    }
  }
  return conflicts;
}

/** The values a statement accepts: its own, and for a revised target the one before revision. */
function valuesOf(statement: Statement): CellNumber[] {
  const sebelum = statement.sebelum?.reading;
  return sebelum && sebelum.value !== null ? [statement.reading, sebelum] : [statement.reading];
}

function conflictsAmong(
  fact: IndicatorFact,
  field: Field,
  year: number | undefined,
  statements: Statement[],
): Conflict[] {
  if (statements.every((s) => s.mention.table === statements[0]?.mention.table)) return [];
  const compatible = (a: Statement, b: Statement): boolean =>
    valuesOf(a).some((x) => valuesOf(b).some((y) => valuesAgree(x, y)));
  const reference = referenceOf(fact, field, year, statements);
  const agreeing = statements.filter((s) => compatible(s, reference)).length;
  const disagreeing = outsideRenstraFirst(statements).filter(
    (s) => s.mention.table !== reference.mention.table && !compatible(s, reference),
  );
  // One finding per value: the cells repeating one wrong value are one slip copied.
  const conflicts: Conflict[] = [];
  for (const statement of disagreeing) {
    const group = conflicts.find((c) => compatible(c.statement, statement));
    if (group) group.alike++;
    else conflicts.push({ statement, alike: 0, reference, agreeing });
  }
  return conflicts;
}

/** Two stated numbers agree when either, within its own decimals, matches the other. */
function valuesAgree(a: CellNumber, b: CellNumber): boolean {
  if (a.value === null || b.value === null) return false;
  return agrees(a, b.value) || agrees(b, a.value);
}

/**
 * The statement the others are measured against: the first by precedence outside a Renstra
 * table; where the facts take a realisasi computed from its components, the first statement that
 * agrees with it.
 */
function referenceOf(
  fact: IndicatorFact,
  field: Field,
  year: number | undefined,
  statements: Statement[],
): Statement {
  const ranked = outsideRenstraFirst(statements);
  const value = fact.value(field, year);
  if (value?.source === 'komponen') {
    const backed = ranked.find((s) => agrees(s.reading, value.value));
    if (backed) return backed;
  }
  return ranked[0];
}

/** Statements in precedence order, those of Renstra tables (about the period's end) last. */
function outsideRenstraFirst(statements: Statement[]): Statement[] {
  return [...statements.filter((s) => !s.renstra), ...statements.filter((s) => s.renstra)];
}

/**
 * `Target 85,23 untuk "LPPdes" tahun 2023 berbeda dengan 95,23 (sebelum perubahan 85,23) di
 * Lampiran PK (PK!D24) dan 2 tabel lain`.
 */
function describeConflict(
  context: CheckContext,
  what: string,
  { statement, alike, reference, agreeing }: Conflict,
): string {
  const [value, sebelum] = valuesOf(reference);
  const revision = sebelum ? ` (sebelum perubahan ${sebelum.shown})` : '';
  const others = agreeing > 1 ? ` dan ${agreeing - 1} tabel lain` : '';
  const year = statement.year === undefined ? '' : ` tahun ${statement.year}`;
  const copies =
    alike > 0 ? `; ${statement.reading.shown} juga tertulis di ${alike} tabel lain` : '';
  return (
    `${what} ${statement.reading.shown} untuk ${quoted(statement.mention.name)}${year} ` +
    `berbeda dengan ${value.shown}${revision} di ${placeOf(context, reference)}${others}${copies}`
  );
}

/** Where a statement is: the table's title, when it has one, and the cell. */
function placeOf(context: CheckContext, statement: Statement): string {
  const { table, row } = statement.mention;
  const { sheet, cell } = context.at(table.sheet, row, statement.col);
  const title = table.title;
  if (!title) return `${sheet}!${cell}`;
  return `${shortTitle(title)} (${sheet}!${cell})`;
}
