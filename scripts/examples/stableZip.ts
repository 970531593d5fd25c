/**
 * Makes an .xlsx file byte-for-byte reproducible. exceljs (through JSZip) stamps every zip entry
 * with the current time, so two runs of `npm run examples` would give different bytes and git
 * would see a change where nothing changed. This rewrites the DOS time/date of every entry, in
 * the local headers and in the central directory, to one fixed moment. The CRCs cover only the
 * entry data, so the archive stays valid.
 *
 * Example:
 *   const bytes = stableZip(Buffer.from(await workbook.xlsx.writeBuffer()));
 *   // the same workbook model → the same bytes on every run
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** 2024-01-01 00:00:00 in MS-DOS format. */
const DOS_TIME = 0;
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;

function findEndOfCentralDirectory(buf: Buffer): number {
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) return i;
  }
  throw new Error('not a zip archive: no end of central directory');
}

export function stableZip(input: Buffer): Buffer {
  const buf = Buffer.from(input);
  const eocd = findEndOfCentralDirectory(buf);
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (buf.readUInt32LE(p) !== CENTRAL) throw new Error(`bad central directory entry at ${p}`);
    buf.writeUInt16LE(DOS_TIME, p + 12);
    buf.writeUInt16LE(DOS_DATE, p + 14);
    const local = buf.readUInt32LE(p + 42);
    if (buf.readUInt32LE(local) !== LOCAL) throw new Error(`bad local header at ${local}`);
    buf.writeUInt16LE(DOS_TIME, local + 10);
    buf.writeUInt16LE(DOS_DATE, local + 12);
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return buf;
}
