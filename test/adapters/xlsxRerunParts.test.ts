import { strict as assert } from 'assert';
import { zipParts } from '../../src/adapters/xlsx/package/zipParts';
import { PartStore } from '../../src/adapters/xlsx/package/partStore';
import { ownedSheetNames, sheetsOfReferences, withOwnershipRecord } from '../../src/adapters/xlsx/package/ownership';
import { removeSheets } from '../../src/adapters/xlsx/package/removeSheets';
import { highlightDxfIds, withoutOwnHighlights } from '../../src/adapters/xlsx/package/removeOwnHighlights';

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const rels = (items: [string, string, string][]) =>
  `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`).join('')}</Relationships>`;

describe('The ownership record of a result workbook', () => {
  const bare = `${HEAD}<workbook ${NS}><sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>`;

  it('goes into a new <definedNames> before <calcPr>, where the schema puts it: one hidden name per sheet, each a plain reference', () => {
    const xml = withOwnershipRecord(bare, ['Сводная', 'Справка']);
    assert.match(
      xml,
      /<\/sheets><definedNames><definedName name="_metodMonitor_sheet1" hidden="1">'Сводная'!\$A\$1<\/definedName><definedName name="_metodMonitor_sheet2" hidden="1">'Справка'!\$A\$1<\/definedName><\/definedNames><calcPr/,
    );
    assert.deepEqual(ownedSheetNames(xml), ['Сводная', 'Справка']);
  });

  it('joins the user’s defined names and replaces an earlier record rather than adding a second', () => {
    const withNames = bare.replace('</sheets>', '</sheets><definedNames><definedName name="Итого">Лист1!$B$2</definedName></definedNames>');
    const once = withOwnershipRecord(withNames, ['Сводная', 'Справка', 'Дефициты']);
    const twice = withOwnershipRecord(once, ['Сводная', 'Дефициты']);
    assert.equal(twice.split('_metodMonitor_sheet').length - 1, 2);
    assert.match(twice, /<definedName name="Итого">Лист1!\$B\$2<\/definedName>/);
    assert.deepEqual(ownedSheetNames(twice), ['Сводная', 'Дефициты']);
    assert.equal(ownedSheetNames(withOwnershipRecord(twice, [])), null, 'an empty record is removed');
  });

  it('quotes a name with an apostrophe and reads it back; skips a reference Excel turned into #REF!', () => {
    const xml = withOwnershipRecord(bare, ["Итог 'черновик'", 'Проверка данных']);
    assert.deepEqual(ownedSheetNames(xml), ["Итог 'черновик'", 'Проверка данных']);
    assert.deepEqual(sheetsOfReferences("'Сводная'!$A$1,#REF!$A$1,Лист2!$A$1"), ['Сводная', 'Лист2']);
    assert.deepEqual(ownedSheetNames(xml.replace("'Проверка данных'!$A$1", '#REF!$A$1')), ["Итог 'черновик'"]);
  });

  it('does not take Excel’s sheet-local copy of a name (made when the user copies a result sheet) for the record', () => {
    const xml = withOwnershipRecord(bare, ['Сводная']).replace(
      '</definedNames>',
      `<definedName name="_metodMonitor_sheet1" localSheetId="1" hidden="1">'Сводная (2)'!$A$1</definedName></definedNames>`,
    );
    assert.deepEqual(ownedSheetNames(xml), ['Сводная']);
    const again = withOwnershipRecord(xml, ['Сводная', 'Справка']);
    assert.match(again, /localSheetId="1" hidden="1">'Сводная \(2\)'!\$A\$1/, 'the local copy is left as Excel made it');
    assert.deepEqual(ownedSheetNames(again), ['Сводная', 'Справка']);
  });

  it('is absent from a workbook the command did not write', () => {
    assert.equal(ownedSheetNames(bare), null);
  });
});

describe('Removing result sheets from a package', () => {
  function pkg(): PartStore {
    const types =
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>` +
      ['xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml', 'xl/tables/table1.xml', 'xl/drawings/drawing1.xml', 'xl/drawings/drawing2.xml', 'xl/charts/chart1.xml', 'xl/calcChain.xml']
        .map((p) => `<Override PartName="/${p}" ContentType="x"/>`)
        .join('') +
      '</Types>';
    const workbook =
      `${HEAD}<workbook ${NS}><bookViews><workbookView activeTab="2" firstSheet="0"/></bookViews><sheets>` +
      '<sheet name="Данные" sheetId="1" r:id="rId1"/><sheet name="Сводная" sheetId="2" r:id="rId2"/><sheet name="Заметки" sheetId="3" r:id="rId3"/></sheets>' +
      '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">Сводная!$A$3:$D$9</definedName>' +
      '<definedName name="_xlnm.Print_Area" localSheetId="2">Заметки!$A$1:$C$5</definedName>' +
      '<definedName name="_xlnm.Print_Area" localSheetId="0">Данные!$A$1:$F$9</definedName></definedNames></workbook>';
    const sheet = (extra = '') => `${HEAD}<worksheet ${NS}><sheetData/>${extra}</worksheet>`;
    return PartStore.read(
        zipParts([
          { name: '[Content_Types].xml', data: types },
          { name: 'xl/workbook.xml', data: workbook },
          { name: 'xl/_rels/workbook.xml.rels', data: rels([['rId1', 'worksheet', 'worksheets/sheet1.xml'], ['rId2', 'worksheet', 'worksheets/sheet2.xml'], ['rId3', 'worksheet', 'worksheets/sheet3.xml'], ['rId9', 'calcChain', 'calcChain.xml']]) },
          { name: 'xl/worksheets/sheet1.xml', data: sheet('<drawing r:id="rId1"/>') },
          { name: 'xl/worksheets/_rels/sheet1.xml.rels', data: rels([['rId1', 'drawing', '../drawings/drawing1.xml']]) },
          { name: 'xl/drawings/drawing1.xml', data: '<xdr:wsDr/>' },
          { name: 'xl/drawings/_rels/drawing1.xml.rels', data: rels([['rId1', 'image', '../media/image1.png']]) },
          { name: 'xl/worksheets/sheet2.xml', data: sheet('<drawing r:id="rId2"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts>') },
          { name: 'xl/worksheets/_rels/sheet2.xml.rels', data: rels([['rId1', 'table', '../tables/table1.xml'], ['rId2', 'drawing', '../drawings/drawing2.xml']]) },
          { name: 'xl/tables/table1.xml', data: '<table/>' },
          { name: 'xl/drawings/drawing2.xml', data: '<xdr:wsDr/>' },
          { name: 'xl/drawings/_rels/drawing2.xml.rels', data: rels([['rId1', 'chart', '../charts/chart1.xml'], ['rId2', 'image', '../media/image1.png']]) },
          { name: 'xl/charts/chart1.xml', data: '<c:chartSpace/>' },
          { name: 'xl/media/image1.png', data: Buffer.from([137, 80, 78, 71]) },
          { name: 'xl/worksheets/sheet3.xml', data: sheet() },
          { name: 'xl/calcChain.xml', data: '<calcChain/>' },
        ]),
    );
  }

  it('removes the sheet with its table, drawing and chart, but keeps an image the user’s drawing shows too', () => {
    const store = pkg();
    assert.equal(removeSheets(store, ['Сводная']), 1);
    for (const gone of ['xl/worksheets/sheet2.xml', 'xl/worksheets/_rels/sheet2.xml.rels', 'xl/tables/table1.xml', 'xl/drawings/drawing2.xml', 'xl/drawings/_rels/drawing2.xml.rels', 'xl/charts/chart1.xml']) {
      assert.equal(store.has(gone), false, gone);
    }
    for (const kept of ['xl/worksheets/sheet1.xml', 'xl/drawings/drawing1.xml', 'xl/media/image1.png', 'xl/worksheets/sheet3.xml']) assert.ok(store.has(kept), kept);
    const types = store.text('[Content_Types].xml');
    assert.doesNotMatch(types, /sheet2\.xml|table1\.xml|drawing2\.xml|chart1\.xml/);
    assert.match(types, /sheet1\.xml/);
  });

  it('drops the sheet’s local names, moves the later ones down, and keeps the active tab on the same sheet', () => {
    const store = pkg();
    removeSheets(store, ['Сводная']);
    const wb = store.text('xl/workbook.xml');
    assert.doesNotMatch(wb, /Сводная/);
    assert.doesNotMatch(wb, /_FilterDatabase/);
    assert.match(wb, /<definedName name="_xlnm.Print_Area" localSheetId="1">Заметки!/);
    assert.match(wb, /<definedName name="_xlnm.Print_Area" localSheetId="0">Данные!/);
    assert.match(wb, /activeTab="1"/);
    assert.doesNotMatch(store.text('xl/_rels/workbook.xml.rels'), /sheet2\.xml/);
  });

  it('drops the calculation chain (a cache Excel rebuilds) and removes nothing when no name matches', () => {
    const store = pkg();
    assert.equal(removeSheets(store, ['Нет такого']), 0);
    assert.ok(store.has('xl/calcChain.xml'));
    removeSheets(store, ['сводная']);
    assert.equal(store.has('xl/calcChain.xml'), false, 'names compare without case, as Excel compares them');
    assert.doesNotMatch(store.text('xl/_rels/workbook.xml.rels'), /calcChain/);
    assert.doesNotMatch(store.text('[Content_Types].xml'), /calcChain/);
  });
});

describe('Removing the highlights of an earlier run', () => {
  const styles =
    '<styleSheet><dxfs count="3">' +
    '<dxf><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>' + // the user's: red fill, no font colour
    '<dxf><font><color rgb="FF9C0006"/></font><fill><patternFill patternType="solid"><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>' +
    '<dxf><font><color rgb="FF9C5700"/></font><fill><patternFill><bgColor rgb="FFFFEB9C"/></patternFill></fill></dxf>' +
    '</dxfs></styleSheet>';

  it('knows its formats by their colours, whatever their index', () => {
    assert.deepEqual([...highlightDxfIds(styles)], [1, 2]);
  });

  it('removes only rules of its exact shape and keeps the user’s, even in the same block', () => {
    const sheet = Buffer.from(
      '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' +
        '<conditionalFormatting sqref="B2:B9"><cfRule type="expression" dxfId="1" priority="3"><formula>TRUE</formula></cfRule></conditionalFormatting>' +
        '<conditionalFormatting sqref="C2"><cfRule type="expression" dxfId="0" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting>' +
        '<conditionalFormatting sqref="D2"><cfRule type="cellIs" dxfId="1" priority="2" operator="lessThan"><formula>50</formula></cfRule><cfRule type="expression" dxfId="2" priority="4"><formula>1</formula></cfRule></conditionalFormatting>' +
        '<conditionalFormatting sqref="E2"><cfRule type="colorScale" priority="5"><colorScale><cfvo type="min"/><cfvo type="max"/><color rgb="FFF8696B"/><color rgb="FF63BE7B"/></colorScale></cfRule></conditionalFormatting>' +
        '<pageMargins left="0.7"/></worksheet>',
    );
    const out = withoutOwnHighlights(sheet, highlightDxfIds(styles))!.toString();
    assert.doesNotMatch(out, /sqref="B2:B9"/, 'its own block goes');
    assert.match(out, /sqref="C2"><cfRule type="expression" dxfId="0"/, 'the user’s =TRUE rule with another format stays');
    assert.match(out, /sqref="D2"><cfRule type="cellIs" dxfId="1"[^>]*><formula>50<\/formula><\/cfRule><\/conditionalFormatting>/, 'the user’s rule stays, the command’s beside it goes');
    assert.match(out, /<colorScale><cfvo type="min"\/>/);
    assert.match(out, /<row r="1"><c r="A1"><v>1<\/v><\/c><\/row>/);
  });

  it('leaves a sheet without such rules alone', () => {
    assert.equal(withoutOwnHighlights(Buffer.from('<worksheet><sheetData/></worksheet>'), new Set([1])), null);
  });
});
