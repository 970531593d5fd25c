// Prints the cells of a sheet of a workbook: node sheettext.js file.xlsx "Sheet" [maxRows]
const E = require('exceljs');
(async () => {
  const [f, s, max] = process.argv.slice(2);
  const wb = new E.Workbook(); await wb.xlsx.readFile(f);
  if (!s) { console.log(wb.worksheets.map((w) => w.name).join(' | ')); return; }
  const ws = wb.getWorksheet(s);
  ws.eachRow((row, i) => { if (max && i > Number(max)) return; console.log(i, JSON.stringify(row.values.slice(1).map((v) => v && v.formula ? { f: v.formula, r: v.result } : v && v.richText ? v.richText.map((t) => t.text).join('') : v))); });
})();
