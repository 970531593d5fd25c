/**
 * Packs the parts of a workbook into a .xlsx (a ZIP archive) with Node's native zlib.
 *
 * Why not JSZip's generateAsync, which reads the input: measured on the 3000 × 60 matrix, its
 * pure-JavaScript deflate (pako) took about 1.9 s of the 4.4 s the package writer needed and
 * most of its garbage; zlib's deflateRawSync does the same in a fraction of that. The format is
 * the plain ZIP of APPNOTE 4.3: a local header and the deflated data per part, then the
 * central directory; names in UTF-8 (flag bit 11); no ZIP64 (a workbook part stays far below
 * 4 GB). CRC-32 comes from zlib.crc32 (Node ≥ 20.15).
 *
 * Example:
 *   const xlsx = zipParts([{ name: '[Content_Types].xml', data: '<?xml …' }, { name: 'xl/workbook.xml', data: bytes }]);
 */

import { crc32, deflateRawSync } from 'zlib';

export interface Part {
  name: string;
  data: Buffer | string;
}

/** 1980-01-01 00:00 in DOS time: the parts carry no meaningful date, and the output is reproducible. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export function zipParts(parts: Part[], level = 6): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const data = typeof part.data === 'string' ? Buffer.from(part.data, 'utf8') : part.data;
    const name = Buffer.from(part.name, 'utf8');
    const crc = crc32(data) >>> 0;
    const packed = deflateRawSync(data, { level });
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    chunks.push(local, name, packed);

    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // made by: 2.0
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt16LE(DOS_TIME, 12);
    entry.writeUInt16LE(DOS_DATE, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt16LE(0, 30); // extra
    entry.writeUInt16LE(0, 32); // comment
    entry.writeUInt16LE(0, 34); // disk
    entry.writeUInt16LE(0, 36); // internal attributes
    entry.writeUInt32LE(0, 38); // external attributes
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0, 4);
  end.writeUInt16LE(0, 6);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(0, 20);
  return Buffer.concat([...chunks, directory, end]);
}
