/** The signature block under a generated sheet: the workbook's (see facts/signature) laid out. */
import type { Signature } from '../facts/signature';
import type { SheetBuilder } from './builder';

/** A line left to write on. */
export const BLANK_LINE = '……………………………………';

export interface SignatureLine {
  text: string;
  bold?: boolean;
}

/** The block's lines; the ones the workbook does not give are dotted lines to write on. */
export function signatureLines(signature: Signature): SignatureLine[] {
  const jabatan = signature.jabatan.length > 0 ? signature.jabatan : [BLANK_LINE];
  return [
    { text: signature.placeDate ?? `${BLANK_LINE}, ${BLANK_LINE}` },
    ...jabatan.map((text) => ({ text, bold: true })),
    { text: '' },
    { text: '' },
    { text: '' },
    { text: signature.name ?? `(${BLANK_LINE})`, bold: true },
    ...(signature.pangkat === undefined ? [] : [{ text: signature.pangkat }]),
    { text: signature.nip ?? `NIP. ${BLANK_LINE}` },
  ];
}

/** The lines from `top` down, each across `left`…`right` (the blank ones left to sign in). */
export function signatureBlock(
  b: SheetBuilder,
  top: number,
  left: number,
  right: number,
  lines: SignatureLine[],
): void {
  lines.forEach((line, i) => {
    if (line.text !== '')
      b.put(top + i, left, line.text, line.bold === undefined ? {} : { bold: line.bold });
    b.merge(top + i, left, top + i, right);
  });
}
