/** The Excel errors a core rule can ask for; the functions wrapper turns them into real Excel errors. */
export type ExcelErrorCode = '#VALUE!' | '#DIV/0!' | '#N/A' | '#NUM!';

/** Bad input to a core rule. `message` is Bahasa Indonesia and says what is wrong. */
export class LkjError extends Error {
  constructor(
    readonly code: ExcelErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LkjError';
  }
}
