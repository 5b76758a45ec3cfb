/** The first bytes of an OLE compound file ([MS-CFB]): an .xls, or an encrypted .xlsx. */
const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Whether the bytes start as an OLE compound file; a zip (an .xlsx) starts with `PK`. */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.byteLength >= SIGNATURE.length && SIGNATURE.every((byte, i) => bytes[i] === byte);
}
