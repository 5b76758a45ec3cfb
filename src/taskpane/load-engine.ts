/** The engine as a separate chunk, from the pane's own origin; loaded once. */
let engine: Promise<typeof import('./engine')> | undefined;

export function loadEngine(): Promise<typeof import('./engine')> {
  engine ??= import(/* webpackChunkName: "engine" */ './engine');
  return engine;
}
