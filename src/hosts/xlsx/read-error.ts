/** A workbook that cannot be read; the message is for the user, in Bahasa Indonesia. */
export class WorkbookReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookReadError';
  }
}
