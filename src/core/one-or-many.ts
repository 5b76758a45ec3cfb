/**
 * One item alone, or several in order: where tens of thousands of groups (names, rows of one
 * year) mostly hold one item, none of them needs a list of its own.
 */
export type OneOrMany<T> = T | T[];

/** The items as a list (a new one-item list for one item). */
export function listOf<T extends object>(items: OneOrMany<T>): T[] {
  return Array.isArray(items) ? items : [items];
}

/** The first item. */
export function firstOf<T extends object>(items: OneOrMany<T>): T {
  return Array.isArray(items) ? items[0] : items;
}
