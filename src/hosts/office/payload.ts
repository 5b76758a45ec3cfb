/**
 * How much one batch (the work between two `context.sync()` calls) may carry. Excel on the web
 * refuses a request or a response over 5 MB; the reader and the writer both cut their work into
 * batches by these estimates, and ask again in smaller parts when Excel refuses one anyway.
 */

/** Bytes one batch may send or ask for: under the 5 MB limit, with room for overhead. */
export const PAYLOAD_BUDGET = 4 * 1024 * 1024;

/**
 * Estimated JSON size of one cell in the cell arrays of a batch (values, valueTypes, numberFormat,
 * formulas), apart from long text. Generous for numbers and short labels.
 */
export const BYTES_PER_CELL = 64;

/**
 * Estimated JSON size of one queued Office.js operation (a range fetched by address, a step to its
 * `format` or `font`, a property set, a method call): its ids, type and name, apart from the text
 * it carries.
 */
export const BYTES_PER_ACTION = 200;

/**
 * How many refused batches one read or write splits on `GeneralException`. Excel on the web may
 * report an oversized batch with that code instead of the two documented ones, but the code also
 * covers failures that splitting cannot cure: those must end after a few tries, not after one sync
 * per row.
 */
export const MAX_GENERAL_SPLITS = 8;

/** True for the errors Office.js raises when a batch's request or response is too large. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = codeOf(error);
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
}

/** The Office.js error code of a failed batch, if it has one. */
export function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Decides whether a refused batch is asked again in smaller parts: always for the documented size
 * errors, and for `GeneralException` while this read's or write's allowance lasts.
 */
export function splitAllowance(): (error: unknown) => boolean {
  let generalLeft = MAX_GENERAL_SPLITS;
  return (error) => {
    if (isPayloadTooLarge(error)) return true;
    if (codeOf(error) !== 'GeneralException' || generalLeft === 0) return false;
    generalLeft -= 1;
    return true;
  };
}
