/**
 * Starts the .xlsx worker. A module of its own because `import.meta` (which webpack reads to
 * build the worker as a file of its own) is only loaded where there are workers, never in jest.
 */
export function startXlsxWorker(): Worker {
  return new Worker(new URL('./xlsx-worker.ts', import.meta.url));
}
