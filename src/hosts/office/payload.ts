/**
 * How much one batch (the work between two `context.sync()` calls) may carry. Excel on the web
 * refuses a request or a response over 5 MB; the reader and the writer both cut their work into
 * batches by these estimates.
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

/** True for the errors Office.js raises when a batch's request or response is too large. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
}
