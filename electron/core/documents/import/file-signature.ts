import { assertNever } from '../../../../shared/result';

/**
 * Recognises common binary formats by their first bytes, so that a file with the wrong extension (a
 * PDF renamed .txt, a .doc renamed .docx) gets an error that says what it really is instead of
 * being decoded into garbage or reported as merely "damaged".
 */
export type BinaryKind = 'zip' | 'pdf' | 'old-office' | 'rtf' | 'picture';

const SIGNATURES: readonly { kind: BinaryKind; bytes: readonly number[] }[] = [
  { kind: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'zip', bytes: [0x50, 0x4b, 0x05, 0x06] }, // an empty zip: only the end record
  { kind: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { kind: 'old-office', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] }, // OLE: .doc, or an encrypted .docx
  { kind: 'rtf', bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] }, // {\rtf
  { kind: 'picture', bytes: [0x89, 0x50, 0x4e, 0x47] }, // PNG
  { kind: 'picture', bytes: [0xff, 0xd8, 0xff] }, // JPEG
  { kind: 'picture', bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
];

export function detectBinaryKind(bytes: Uint8Array): BinaryKind | null {
  for (const { kind, bytes: signature } of SIGNATURES) {
    if (signature.every((b, i) => bytes[i] === b)) return kind;
  }
  return null;
}

/** How a sociologist would name the format, for "it looks like …" messages. */
export function describeBinaryKind(kind: BinaryKind): string {
  switch (kind) {
    case 'zip':
      return 'a compressed archive or an Office document (such as .docx)';
    case 'pdf':
      return 'a PDF';
    case 'old-office':
      return 'an old-format (97–2003) or password-protected Office document';
    case 'rtf':
      return 'a Rich Text (.rtf) document';
    case 'picture':
      return 'a picture';
    default:
      return assertNever(kind);
  }
}
