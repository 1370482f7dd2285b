/**
 * Windows-1252 decoding, written out because Node's `TextDecoder('windows-1252')` decodes
 * ISO-8859-1 instead (a regression since Node 20.18.3 and 22.13.0: nodejs/node#60888, #56542): it
 * turns 0x80–0x9F (€ ’ “ ” … – — œ, the bytes of French and English typography in old Windows
 * files) into invisible control characters.
 */
const BYTES_0X80_TO_0X9F: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/**
 * Every byte maps to one UTF-16 code unit: ASCII and 0xA0–0xFF to the same code point (Latin-1),
 * 0x80–0x9F through the table. The five bytes Windows-1252 leaves undefined stay C1 controls, as
 * in the Encoding Standard; normalization removes them.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    units[i] = byte >= 0x80 && byte < 0xa0 ? (BYTES_0X80_TO_0X9F[byte - 0x80] ?? byte) : byte;
  }
  return new TextDecoder('utf-16le').decode(units);
}
