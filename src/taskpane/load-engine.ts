/** The engine as a separate chunk, from the pane's own origin; loaded once. */
let engine: Promise<typeof import('./session')> | undefined;

export function loadEngine(): Promise<typeof import('./session')> {
  engine ??= import(/* webpackChunkName: "engine" */ './session');
  return engine;
}
