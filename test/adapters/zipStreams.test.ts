import { strict as assert } from 'assert';
import { crc32 } from 'zlib';
import JSZip from 'jszip';
import { DeflateSink } from '../../src/adapters/xlsx/package/deflateSink';
import { readZipEntries, inflateEntry, inflateEntryPieces, ZipFormatError } from '../../src/adapters/xlsx/package/zipArchive';
import { PartStore } from '../../src/adapters/xlsx/package/partStore';

/** Text of a few megabytes with Cyrillic (two bytes a letter in UTF-8), in pieces of uneven size. */
function pieces(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 60_000; i++) out.push(`<row r="${i + 1}"><c t="inlineStr"><is><t>Муниципальный район ${i % 97}</t></is></c></row>`);
  return out;
}

describe('The deflating sink and the ZIP reader (package level, no JSZip in the program)', () => {
  it('deflates text slice by slice into one stream that inflates to exactly the text, with its CRC-32 and size', async () => {
    const sink = new DeflateSink();
    const text = pieces();
    for (const p of text) sink.write(p);
    const whole = Buffer.from(text.join(''), 'utf8');
    const part = sink.finish();
    assert.ok(whole.length > 3 * (1 << 20), 'the text spans several slices');
    assert.equal(part.size, whole.length);
    assert.equal(part.crc, crc32(whole) >>> 0);
    const store = PartStore.read(await new JSZip().file('x', 'x').generateAsync({ type: 'nodebuffer' }));
    store.sealWith('big.xml', (s) => text.forEach((p) => s.write(p)));
    const bytes = Buffer.concat(store.toChunks());
    // An independent reader (JSZip) checks the stream and its CRC.
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    assert.ok((await zip.file('big.xml')!.async('nodebuffer')).equals(whole));
    assert.equal(await zip.file('x')!.async('string'), 'x');
  });

  it('reads the entries JSZip writes, stored and deflated, and leaves an entry never read as its stored bytes', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('xl/stored.bin', Buffer.from([1, 2, 3]), { compression: 'STORE' });
    zip.file('xl/деф.xml', 'ы'.repeat(10_000), { compression: 'DEFLATE' });
    const bytes = await zip.generateAsync({ type: 'nodebuffer' });
    const entries = readZipEntries(bytes);
    assert.deepEqual(entries.map((e) => [e.name, e.method]), [['[Content_Types].xml', 0], ['xl/stored.bin', 0], ['xl/деф.xml', 8]]);
    assert.equal(inflateEntry(entries[2]).toString('utf8'), 'ы'.repeat(10_000));
    const store = PartStore.read(bytes);
    store.set('[Content_Types].xml', '<Types a="1"/>');
    const again = readZipEntries(Buffer.concat(store.toChunks()));
    const kept = again.find((e) => e.name === 'xl/деф.xml')!;
    assert.ok(kept.packed.equals(entries[2].packed), 'copied without inflating and deflating again');
    assert.equal(inflateEntry(again.find((e) => e.name === '[Content_Types].xml')!).toString(), '<Types a="1"/>');
  });

  it('inflates an entry piece by piece into exactly its bytes, and calls damaged data damaged', async () => {
    const text = pieces().join('');
    const zip = new JSZip();
    zip.file('big.xml', text, { compression: 'DEFLATE' });
    const [entry] = readZipEntries(await zip.generateAsync({ type: 'nodebuffer' }));
    const got: Buffer[] = [];
    for await (const piece of inflateEntryPieces(entry, 1 << 20)) got.push(piece);
    assert.ok(got.length >= 3 && got.every((p) => p.length <= 1 << 20), got.map((p) => p.length).join(', '));
    assert.equal(Buffer.concat(got).toString('utf8'), text);
    const damaged = { ...entry, packed: Buffer.from(entry.packed).fill(0xff, 100, 400) };
    await assert.rejects(async () => {
      for await (const _piece of inflateEntryPieces(damaged)) void _piece;
    }, (e: Error) => e instanceof ZipFormatError && /big\.xml/.test(e.message));
  });

  it('refuses what is not a ZIP archive, and a truncated one', () => {
    assert.throws(() => readZipEntries(Buffer.from('это не архив, а текст')), ZipFormatError);
    const good = Buffer.concat(PartStoreChunks());
    const cut = good.subarray(0, good.length - 30);
    assert.throws(() => readZipEntries(cut), ZipFormatError);
  });
});

function PartStoreChunks(): Buffer[] {
  const store = new PartStore();
  store.set('a.xml', '<a/>');
  return store.toChunks();
}
