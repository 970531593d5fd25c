/**
 * Reads the entries of a ZIP archive (an .xlsx package) from its central directory, and
 * inflates one entry with Node's native zlib.
 *
 * Why not JSZip: on the 100,000-row counts workbook its pure-JavaScript inflate (pako) and
 * the copies it makes took about a second of the read and the write; zlib's inflateRawSync
 * does the same in a fraction of that, and an entry the writer keeps as it is need not be
 * inflated at all (its deflated bytes are copied — see partStore.ts). The format is the plain
 * ZIP of APPNOTE 4.3 that Excel, LibreOffice and exceljs write: stored or deflated entries,
 * no encryption, no ZIP64 (an .xlsx part stays far below 4 GB); anything else is refused with
 * an error the reader turns into a Russian sentence.
 *
 * Example:
 *   const entries = readZipEntries(bytes);          // [{ name: '[Content_Types].xml', method: 8, … }, …]
 *   const xml = inflateEntry(entries[0]).toString('utf8');
 */

import { createInflateRaw, inflateRawSync } from 'zlib';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  /** Uncompressed size. */
  size: number;
  /** The entry's data as stored in the archive (a view into the archive's bytes). */
  packed: Buffer;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export class ZipFormatError extends Error {}

function endOfDirectory(bytes: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65,535.
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (bytes.readUInt32LE(i) === END_OF_DIRECTORY) return i;
  }
  throw new ZipFormatError('not a ZIP archive: no end of central directory');
}

export function readZipEntries(bytes: Buffer): ZipEntry[] {
  const end = endOfDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) throw new ZipFormatError('ZIP64 archives are not supported');
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new ZipFormatError('damaged central directory');
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const crc = bytes.readUInt32LE(at + 16);
    const packedSize = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString(flags & 0x0800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (flags & 0x0001) throw new ZipFormatError(`encrypted entry ${name}`);
    if (packedSize === 0xffffffff || size === 0xffffffff || local === 0xffffffff) throw new ZipFormatError('ZIP64 archives are not supported');
    if (method !== 0 && method !== 8) throw new ZipFormatError(`unsupported compression ${method} in ${name}`);
    if (name.endsWith('/')) continue; // a folder entry
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_HEADER) throw new ZipFormatError(`damaged local header of ${name}`);
    const dataAt = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    if (dataAt + packedSize > bytes.length) throw new ZipFormatError(`truncated entry ${name}`);
    entries.push({ name, method, crc, size, packed: bytes.subarray(dataAt, dataAt + packedSize) });
  }
  return entries;
}

export function inflateEntry(entry: ZipEntry): Buffer {
  if (entry.method === 0) return entry.packed;
  try {
    return inflateRawSync(entry.packed);
  } catch {
    throw new ZipFormatError(`damaged data of ${entry.name}`);
  }
}

/**
 * The entry's data inflated piece by piece (pieces of about `pieceBytes`), so a large part —
 * a 100,000-row sheet is 79 MB of XML — never exists as one buffer. Node's zlib streams only
 * asynchronously; the pieces come in order.
 */
export async function* inflateEntryPieces(entry: ZipEntry, pieceBytes = 1 << 20): AsyncGenerator<Buffer> {
  if (entry.method === 0) {
    for (let at = 0; at < entry.packed.length; at += pieceBytes) yield entry.packed.subarray(at, at + pieceBytes);
    return;
  }
  const inflate = createInflateRaw({ chunkSize: pieceBytes });
  inflate.end(entry.packed);
  try {
    for await (const piece of inflate) yield piece as Buffer;
  } catch {
    throw new ZipFormatError(`damaged data of ${entry.name}`);
  } finally {
    inflate.destroy();
  }
}
