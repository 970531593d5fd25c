/**
 * Deflates a part while it is being written, four megabytes of UTF-8 at a time, so a large sheet
 * never exists as one string or one buffer: only its deflated bytes accumulate.
 *
 * How: each slice is deflated on its own with a sync flush (its blocks end on a byte
 * boundary, none marked final) and the last with a finish; raw deflate has no header, so the
 * slices' outputs joined are one valid stream (RFC 1951: a stream is a sequence of blocks, the
 * last one final). A slice does not refer back into the previous one, which costs a fraction
 * of a percent of size at this slice length. Node's zlib has no synchronous streaming API;
 * the asynchronous one would make every sheet writer async for no gain in a CLI. The CRC-32
 * is carried across slices (zlib.crc32 with the previous value).
 *
 * Measured on the 3000 × 60 matrix (Дефициты: 77 000 rows, 60 MB of XML): writing the
 * sheets as one string, encoding it and deflating it took 0.9 + 0.45 + 0.6 s per write and
 * most of the writer's garbage; see README «Скорость».
 *
 * Example:
 *   const sink = new DeflateSink();
 *   sink.write('<?xml …'); sink.write('<row …>…</row>');
 *   const { crc, size, packed } = sink.finish();
 */

import { constants, crc32, deflateRawSync } from 'zlib';

/** Bytes of text encoded before a slice is deflated. */
const SLICE_BYTES = 1 << 22;

export class DeflateSink {
  /**
   * One buffer, reused for every slice: a new buffer per slice (Buffer.from) lived outside the
   * V8 heap until a garbage collection came round to it, and on the 77,000-row Дефициты those
   * waiting slices were about 60 MB of the writer's peak memory.
   */
  private readonly buffer = Buffer.allocUnsafe(SLICE_BYTES);
  private used = 0;
  private readonly packed: Buffer[] = [];
  private crc = 0;
  private size = 0;

  constructor(private readonly level = 6) {}

  write(text: string): void {
    // At most 3 bytes per UTF-16 unit (a surrogate pair, two units, is 4 bytes).
    const most = text.length * 3;
    if (this.used + most > this.buffer.length) this.flush(false);
    if (most > this.buffer.length) {
      this.deflate(Buffer.from(text, 'utf8'), false);
      return;
    }
    this.used += this.buffer.write(text, this.used, 'utf8');
  }

  writeBytes(bytes: Buffer): void {
    this.flush(false);
    this.deflate(bytes, false);
  }

  finish(): { crc: number; size: number; packed: Buffer } {
    this.flush(true);
    return { crc: this.crc >>> 0, size: this.size, packed: Buffer.concat(this.packed) };
  }

  private flush(last: boolean): void {
    if (this.used === 0 && !last) return;
    const data = this.buffer.subarray(0, this.used);
    this.used = 0;
    this.deflate(data, last);
  }

  private deflate(data: Buffer, last: boolean): void {
    this.crc = crc32(data, this.crc);
    this.size += data.length;
    // deflateRawSync has consumed `data` when it returns: the buffer may be refilled.
    this.packed.push(deflateRawSync(data, { level: this.level, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }));
  }
}
