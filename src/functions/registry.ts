/**
 * NAME → the very function Excel calls (functions.ts), with its parameters: what `lkj fungsi`
 * evaluates, so the command line and Excel share one code path.
 */
import { FUNCTIONS, type FunctionName } from './definitions';
import * as excel from './functions';
import type { Param, Result } from './wrap';

export interface RegisteredFunction {
  readonly params: readonly Param<unknown>[];
  run(...args: unknown[]): Result;
}

const entryPoints = excel as unknown as Record<string, (...args: unknown[]) => Result>;

export const REGISTRY = Object.fromEntries(
  Object.entries(FUNCTIONS).map(([name, definition]) => [
    name,
    { params: definition.params, run: entryPoints[name.toLowerCase()] },
  ]),
) as Record<FunctionName, RegisteredFunction>;

export function findFunction(name: string): RegisteredFunction | undefined {
  const key = name
    .trim()
    .toUpperCase()
    .replace(/^LKJ\./, '');
  return Object.hasOwn(REGISTRY, key) ? REGISTRY[key as FunctionName] : undefined;
}
