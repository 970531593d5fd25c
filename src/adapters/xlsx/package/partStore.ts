/**
 * The parts of a workbook package while the result is being added to it: the input's parts
 * as they were stored, the parts changed as text, and the new parts already deflated.
 *
 * A part is inflated only when it is read (`text`); one never read is copied to the output
 * as its stored bytes. A large new part is deflated as soon as it is written (`seal`), so the
 * store holds a few megabytes of deflated sheets rather than the hundreds of megabytes of
 * their XML text. Reading a sealed part back inflates it (a chart's drawing is added to a
 * result sheet after it is written).
 *
 * Example:
 *   const store = PartStore.read(inputBytes);
 *   store.set('xl/workbook.xml', store.text('xl/workbook.xml').replace('</sheets>', '…</sheets>'));
 *   store.seal('xl/worksheets/sheet9.xml', sheetXmlText);
 *   const chunks = store.toChunks();   // '[Content_Types].xml' first, as Excel writes it
 */

import { inflateEntry, inflateEntryPieces, readZipEntries, type ZipEntry } from './zipArchive';
import { keptPart, packPart, zipPacked, type PackedPart } from './zipParts';
import { DeflateSink } from './deflateSink';

type Stored = { kind: 'kept'; entry: ZipEntry } | { kind: 'text'; text: string } | { kind: 'sealed'; part: PackedPart };

const CONTENT_TYPES = '[Content_Types].xml';

export class PartStore {
  private readonly parts = new Map<string, Stored>();

  static read(bytes: Buffer): PartStore {
    const store = new PartStore();
    for (const entry of readZipEntries(bytes)) store.parts.set(entry.name, { kind: 'kept', entry });
    return store;
  }

  has(name: string): boolean {
    return this.parts.has(name);
  }

  names(): string[] {
    return [...this.parts.keys()];
  }

  /** The part as text; null when there is no such part. */
  textOrNull(name: string): string | null {
    const p = this.parts.get(name);
    if (!p) return null;
    if (p.kind === 'text') return p.text;
    if (p.kind === 'kept') return inflateEntry(p.entry).toString('utf8');
    return inflateEntry({ name, method: p.part.method, crc: p.part.crc, size: p.part.size, packed: p.part.packed }).toString('utf8');
  }

  text(name: string): string {
    const t = this.textOrNull(name);
    if (t === null) throw new Error(`PartStore: no part ${name}`);
    return t;
  }

  /** A small part changed or added as text; deflated when the archive is made. */
  set(name: string, text: string): void {
    this.parts.set(name, { kind: 'text', text });
  }

  /** Removes a part from the package (a result sheet of an earlier run being replaced). */
  delete(name: string): void {
    this.parts.delete(name);
  }

  /** A large part, deflated now. */
  seal(name: string, content: string | Buffer): void {
    this.parts.set(name, { kind: 'sealed', part: packPart(name, content) });
  }

  /** A large part written piece by piece into a sink that deflates as it goes. */
  sealWith(name: string, fill: (sink: DeflateSink) => void): void {
    const sink = new DeflateSink();
    fill(sink);
    const { crc, size, packed } = sink.finish();
    this.parts.set(name, { kind: 'sealed', part: { name, method: 8, crc, size, packed } });
  }

  /** The part's bytes, inflated (for a change made on bytes rather than on text). */
  bytes(name: string): Buffer {
    const p = this.parts.get(name);
    if (!p) throw new Error(`PartStore: no part ${name}`);
    if (p.kind === 'text') return Buffer.from(p.text, 'utf8');
    if (p.kind === 'kept') return inflateEntry(p.entry);
    return inflateEntry({ name, method: p.part.method, crc: p.part.crc, size: p.part.size, packed: p.part.packed });
  }

  /** The part's bytes, inflated a piece at a time (reading a large sheet). */
  async *pieces(name: string): AsyncGenerator<Buffer> {
    const p = this.parts.get(name);
    if (!p) throw new Error(`PartStore: no part ${name}`);
    if (p.kind === 'text') yield Buffer.from(p.text, 'utf8');
    else if (p.kind === 'kept') yield* inflateEntryPieces(p.entry);
    else yield* inflateEntryPieces({ name, method: p.part.method, crc: p.part.crc, size: p.part.size, packed: p.part.packed });
  }

  toChunks(): Buffer[] {
    const names = this.names();
    names.sort((a, b) => (a === CONTENT_TYPES ? -1 : b === CONTENT_TYPES ? 1 : 0));
    const packed = names.map((name) => {
      const p = this.parts.get(name)!;
      return p.kind === 'kept' ? keptPart(p.entry) : p.kind === 'sealed' ? p.part : packPart(name, p.text);
    });
    return zipPacked(packed);
  }
}
