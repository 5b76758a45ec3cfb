/** A workbook that cannot be read; the message is for the user, in Bahasa Indonesia. */
export class WorkbookReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookReadError';
  }
}

/** What went wrong underneath, for the parenthesis after a WorkbookReadError's message. */
export function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
