/**
 * manifest.xml validates offline against Microsoft's manifest schemas (copied to
 * /work/shared/schemas/office-manifest, i.e. ../shared relative to the repository) and reads
 * with office-addin-manifest; the icons it names exist as PNG files.
 */

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { validateXML } from 'xmllint-wasm';
import { OfficeAddinManifest } from 'office-addin-manifest';

const ROOT = join(__dirname, '..', '..');
const MANIFEST = join(ROOT, 'manifest.xml');
const SCHEMAS = join(ROOT, '..', 'shared', 'schemas', 'office-manifest');

async function validate(xml: string) {
  const xsds = readdirSync(SCHEMAS)
    .filter((f) => f.endsWith('.xsd'))
    .map((fileName) => ({ fileName, contents: readFileSync(join(SCHEMAS, fileName), 'utf8') }));
  const main = xsds.find((x) => x.fileName === 'OfficeAppManifestV1_1.xsd')!;
  return validateXML({ xml: [{ fileName: 'manifest.xml', contents: xml }], schema: [main], preload: xsds.filter((x) => x !== main) });
}

describe('The add-in manifest', () => {
  it('validates against OfficeAppManifestV1_1.xsd and the schemas it imports', async function () {
    if (!existsSync(SCHEMAS)) {
      console.warn(`      ⚠ Пропущено: нет схем манифеста в ${SCHEMAS} (нужна папка ../shared рядом с репозиторием).`);
      this.skip();
    }
    const result = await validate(readFileSync(MANIFEST, 'utf8'));
    assert.equal(result.valid, true, result.rawOutput);
  });

  it('is rejected by the same schemas when broken (the check is real)', async function () {
    if (!existsSync(SCHEMAS)) this.skip();
    const broken = readFileSync(MANIFEST, 'utf8').replace('<Version>0.1.0.0</Version>', '<Version>x</Version>');
    const result = await validate(broken);
    assert.equal(result.valid, false);
  });

  it('reads with office-addin-manifest: Russian name, ru-RU, ReadWriteDocument, Workbook', async () => {
    const info = await OfficeAddinManifest.readManifestFile(MANIFEST);
    assert.equal(info.displayName, 'Методический монитор');
    assert.equal(info.defaultLocale, 'ru-RU');
    assert.equal(info.permissions, 'ReadWriteDocument');
    assert.deepEqual(info.hosts, ['Workbook']);
    assert.equal(info.defaultSettings?.sourceLocation, 'https://localhost:3000/taskpane.html');
  });

  it('asks for ExcelApi 1.13, puts «Мониторинг» on the Home tab and names existing icons', () => {
    const xml = readFileSync(MANIFEST, 'utf8');
    assert.match(xml, /<Set Name="ExcelApi" MinVersion="1\.13"\/>/);
    assert.match(xml, /<OfficeTab id="TabHome">/);
    assert.match(xml, /<Action xsi:type="ShowTaskpane">/);
    assert.match(xml, /DefaultValue="Мониторинг"/);
    assert.match(xml, /<Override Locale="en-US"/);
    for (const size of [16, 32, 64, 80]) {
      assert.ok(xml.includes(`assets/icon-${size}.png`), `icon-${size} in manifest`);
      const png = readFileSync(join(ROOT, 'assets', `icon-${size}.png`));
      assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47]);
      assert.equal(png.readUInt32BE(16), size);
    }
  });
});
