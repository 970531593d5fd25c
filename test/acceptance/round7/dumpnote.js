// Prints «Справка» (or another sheet) of a result workbook: node dumpnote.js file.xlsx [sheet]
const E = require('exceljs');
(async () => { const wb = new E.Workbook(); await wb.xlsx.readFile(process.argv[2]); const ws = wb.getWorksheet(process.argv[3] || 'Справка');
  ws.eachRow((r, i) => console.log(i, r.values.slice(1).map((v) => (v && typeof v === 'object' ? (v.richText ? v.richText.map((t) => t.text).join('') : v.result ?? JSON.stringify(v)) : v)).join(' | '))); })();
