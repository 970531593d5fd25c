// Builds the fifth blind acceptance set into books/ next to this script. Usage: node make.js
'use strict';
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const D = require('./data');
const OUT = path.join(__dirname, 'books');

function put(ws, addr, v) {
  const c = ws.getCell(addr);
  if (v && typeof v === 'object' && 'v' in v) { c.value = v.v; c.numFmt = v.fmt; } else if (v !== '' && v !== undefined && v !== null) c.value = v;
  return c;
}
const col = n => { let s = ''; n++; while (n) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; };
const bold = c => { c.font = { bold: true }; c.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' }; };

// ── e01: one evaluation sheet per municipality + a blank template ──
function pointsSheet(wb, spec, opts = {}) {
  const ws = wb.addWorksheet(spec.sheet);
  ws.getColumn(1).width = 70; [2, 3, 4].forEach(i => (ws.getColumn(i).width = 22)); ws.getColumn(5).width = 10;
  put(ws, 'A1', 'Оценочный лист муниципальной системы методической работы'); ws.mergeCells('A1:E1'); bold(ws.getCell('A1'));
  put(ws, 'A2', 'Муниципальное образование: ' + (spec.title || '________________________'));
  let r = 4; let typedTotal = 0;
  const blocks = opts.blocks || D.BLOCKS;
  for (const b of blocks) {
    const positions = (b.key === 'mery' && spec.extraMery) ? [...b.positions, D.MERY_EXTRA] : (opts.positionsFor ? opts.positionsFor(b) : b.positions);
    put(ws, `A${r}`, 'Позиция оценивания'); b.params.forEach((p, i) => put(ws, `${col(i + 1)}${r}`, p)); put(ws, `E${r}`, 'всего');
    for (let i = 0; i < 5; i++) bold(ws.getCell(`${col(i)}${r}`));
    r++;
    put(ws, `A${r}`, b.name); ['B', 'C', 'D'].forEach(c => put(ws, `${c}${r}`, '-'));
    put(ws, `E${r}`, opts.declared ? opts.declared(b, positions) : (b.key === 'mery' && spec.extraMery ? 24 : b.declared));
    ws.getCell(`A${r}`).font = { bold: true };
    r++;
    positions.forEach((p, pi) => {
      put(ws, `A${r}`, p); ws.getCell(`A${r}`).alignment = { wrapText: true };
      const vals = spec.values ? spec.values[b.key][pi] : ['', '', ''];
      vals.forEach((v, i) => put(ws, `${col(i + 1)}${r}`, v));
      if (spec.values) {
        const naive = v => (v === 1 || v === '1' || v === '+' || v === 'да') ? 1 : 0;
        const w = opts.weights ? opts.weights(b) : [1, 1, 1];
        let t = b.kind === 'ind' ? naive(vals[0]) + naive(vals[1]) - naive(vals[2]) : vals.reduce((a, v, i) => a + naive(v) * w[i], 0);
        if (spec.typed && spec.typed[b.key] && spec.typed[b.key][pi] !== undefined) t = spec.typed[b.key][pi];
        put(ws, `E${r}`, t); typedTotal += t;
      }
      r++;
    });
    if (spec.gapAfterBlocks) r++;
  }
  put(ws, `A${r}`, 'Итого баллов'); ws.getCell(`A${r}`).font = { bold: true };
  if (spec.values) put(ws, `E${r}`, spec.total !== undefined ? spec.total : typedTotal);
  return ws;
}
async function e01() {
  const wb = new ExcelJS.Workbook();
  pointsSheet(wb, { sheet: 'Шаблон' });
  for (const s of D.E01_SHEETS) pointsSheet(wb, s);
  await wb.xlsx.writeFile(path.join(OUT, 'e01_points_sheets.xlsx'));
}

// ── e02: plan / report on execution ──
async function e02() {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('План 2024');
  [6, 60, 16, 30, 50].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  put(ws, 'A1', 'ПЛАН мероприятий («дорожная карта») по развитию муниципальной методической службы Тосненского района на 2024 год'); ws.mergeCells('A1:E1'); bold(ws.getCell('A1'));
  put(ws, 'A2', '(отчёт о выполнении по состоянию на 25.12.2024)'); ws.mergeCells('A2:E2');
  ['№ п/п', 'Мероприятие', 'Сроки', 'Ответственный', 'Результат (отметка о выполнении)'].forEach((h, i) => { put(ws, `${col(i)}4`, h); bold(ws.getCell(`${col(i)}4`)); });
  let r = 5;
  for (const x of D.E02_ROWS) {
    if (x.kind === 'section') { put(ws, `A${r}`, x.text); ws.mergeCells(`A${r}:E${r}`); ws.getCell(`A${r}`).font = { bold: true, italic: true }; }
    else if (x.kind === 'item') { put(ws, `A${r}`, x.no); put(ws, `B${r}`, x.what); put(ws, `C${r}`, x.when); put(ws, `D${r}`, x.who); put(ws, `E${r}`, x.result); }
    else if (x.kind === 'cont') { put(ws, `D${r}`, x.who); }
    else if (x.kind === 'note') { put(ws, `A${r}`, x.text); }
    x.row = r; r++;
  }
  await wb.xlsx.writeFile(path.join(OUT, 'e02_plan.xlsx'));
}

// ── e03: folder of district files ──
async function e03() {
  const dir = path.join(OUT, 'e03_folder'); fs.rmSync(dir, { recursive: true, force: true }); fs.mkdirSync(dir, { recursive: true });
  for (const f of D.E03_FILES) {
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet(f.sheet);
    [6, 26, 18, 30, 24, 30, 24].forEach((w, i) => (ws.getColumn(i + 1).width = w));
    let r = 1;
    put(ws, `A${r}`, 'Сведения о педагогических работниках муниципального района по состоянию на 01.09.2024'); ws.mergeCells(`A${r}:G${r}`); r++;
    if (f.extraTitle) { put(ws, `A${r}`, `(форма заполнена: ${f.name}, отдел образования)`); ws.mergeCells(`A${r}:G${r}`); r++; }
    const H = ['№ п/п', 'Муниципальный район', 'Общее количество педагогических работников, чел.',
      'Количество педагогических работников в возрасте до 35 лет со стажем работы не более 3-х лет',
      'Доля педагогических работников в возрасте до 35 лет со стажем работы не более 3-х лет, %',
      'Количество педагогических работников, прошедших повышение квалификации за отчетный период',
      'Доля педагогических работников, прошедших повышение квалификации за отчетный период, %'];
    H.forEach((h, i) => { put(ws, `${col(i)}${r}`, h); bold(ws.getCell(`${col(i)}${r}`)); }); r++;
    put(ws, `A${r}`, 1); put(ws, `B${r}`, f.name); put(ws, `C${r}`, f.base); put(ws, `D${r}`, f.young); put(ws, `E${r}`, f.youngDecl); put(ws, `F${r}`, f.kpk); put(ws, `G${r}`, f.kpkDecl);
    f.row = r; r += 2;
    put(ws, `A${r}`, 'Исполнитель: специалист отдела образования, тел. 2-11-00');
    await wb.xlsx.writeFile(path.join(dir, f.file));
  }
}

// ── e04: teacher diagnostics roster ──
async function e04() {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('Диагностика');
  put(ws, 'A1', 'Результаты диагностики профессиональных компетенций педагогов, 2024/2025 учебный год'); ws.mergeCells('A1:L1'); bold(ws.getCell('A1'));
  const H = ['№', 'Код педагога', 'ОО', 'Муниципалитет', 'Предмет', 'Возраст, лет', 'Педагогический стаж, лет', 'Наставник'];
  H.forEach((h, i) => { put(ws, `${col(i)}3`, h); ws.mergeCells(`${col(i)}3:${col(i)}4`); bold(ws.getCell(`${col(i)}3`)); });
  put(ws, 'I3', 'Результаты диагностики, %'); ws.mergeCells('I3:L3'); bold(ws.getCell('I3'));
  D.AREAS.forEach((a, i) => { put(ws, `${col(8 + i)}4`, a); bold(ws.getCell(`${col(8 + i)}4`)); });
  D.E04_TEACHERS.forEach((t, i) => {
    const r = 5 + i;
    put(ws, `A${r}`, i + 1); put(ws, `B${r}`, t.code); put(ws, `C${r}`, t.school); put(ws, `D${r}`, t.mun); put(ws, `E${r}`, t.subject);
    put(ws, `F${r}`, t.age); put(ws, `G${r}`, t.exp); put(ws, `H${r}`, t.mentor);
    t.res.forEach((v, a) => put(ws, `${col(8 + a)}${r}`, v));
  });
  await wb.xlsx.writeFile(path.join(OUT, 'e04_roster.xlsx'));
}

// ── e05: matrix for --target 70 --critical 40 ──
async function e05() {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('Мониторинг');
  put(ws, 'A1', 'Мониторинг муниципальных методических служб, 2024 г.'); ws.mergeCells('A1:L1'); bold(ws.getCell('A1'));
  put(ws, 'A3', '№ п/п'); ws.mergeCells('A3:A4'); put(ws, 'B3', 'Муниципальное образование'); ws.mergeCells('B3:B4');
  put(ws, 'C3', 'Критерий 1. Организация методической работы'); ws.mergeCells('C3:G3');
  put(ws, 'H3', 'Критерий 2. Кадровые условия'); ws.mergeCells('H3:L3');
  D.E05_IND.forEach((n, i) => put(ws, `${col(2 + i)}4`, n));
  for (let c = 0; c < 12; c++) { bold(ws.getCell(`${col(c)}3`)); bold(ws.getCell(`${col(c)}4`)); }
  D.E05_ROWS.forEach((x, i) => {
    const r = 5 + i; put(ws, `A${r}`, i + 1); put(ws, `B${r}`, x.name);
    x.b.forEach((v, j) => put(ws, `${col(2 + j)}${r}`, v ? 'да' : 'нет'));
    x.p.forEach((v, j) => put(ws, `${col(7 + j)}${r}`, D.e05PercentCell(v, i, j)));
  });
  await wb.xlsx.writeFile(path.join(OUT, 'e05_thresholds.xlsx'));
}

// ── matrix helper for e06/e07 ──
function matrixSheet(wb, spec, title) {
  const ws = wb.addWorksheet(spec.sheet);
  put(ws, 'A1', title || spec.title); ws.mergeCells(`A1:${col(1 + spec.ind.length)}1`); bold(ws.getCell('A1'));
  put(ws, 'A3', '№ п/п'); ws.mergeCells('A3:A4'); put(ws, 'B3', 'Муниципальное образование'); ws.mergeCells('B3:B4');
  let c = 2;
  for (const [label, n] of spec.crit) { put(ws, `${col(c)}3`, label); if (n > 1) ws.mergeCells(`${col(c)}3:${col(c + n - 1)}3`); c += n; }
  spec.ind.forEach((n, i) => put(ws, `${col(2 + i)}4`, n));
  for (let k = 0; k < 2 + spec.ind.length; k++) { bold(ws.getCell(`${col(k)}3`)); bold(ws.getCell(`${col(k)}4`)); }
  spec.rows.forEach((row, i) => {
    const r = 5 + i; put(ws, `A${r}`, i + 1); put(ws, `B${r}`, row[0]);
    row.slice(1).forEach((v, j) => put(ws, `${col(2 + j)}${r}`, typeof v === 'number' ? { v, fmt: '0%' } : v));
  });
  ws.getColumn(2).width = 34;
  return ws;
}
async function e06() {
  const wb = new ExcelJS.Workbook();
  matrixSheet(wb, D.E06_CUR); matrixSheet(wb, D.E06_PREV);
  await wb.xlsx.writeFile(path.join(OUT, 'e06_periods.xlsx'));
}
async function e07() {
  const wb = new ExcelJS.Workbook();
  const ws = matrixSheet(wb, D.E07, 'Мониторинг деятельности РМС Республики Ингушетия, 2024 г.');
  put(ws, 'B12', 'Итого по республике');
  put(ws, 'A14', 'Примечание: данные представлены муниципальными методическими службами.');
  // the user's own conditional format (light blue for long names) — must survive every run
  ws.addConditionalFormatting({ ref: 'B5:B10', rules: [{ type: 'expression', priority: 1, formulae: ['LEN($B5)>25'], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFBDD7EE' } } } }] });
  await wb.xlsx.writeFile(path.join(OUT, 'e07_rerun.xlsx'));
}

// ── e08: untidy matrix with a 3-row header ──
async function e08() {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('Свод');
  put(ws, 'A1', 'Мониторинг деятельности муниципальных методических служб Ленинградской области'); ws.mergeCells('A1:N1'); bold(ws.getCell('A1'));
  put(ws, 'A2', 'по состоянию на 01.06.2024'); ws.mergeCells('A2:N2');
  put(ws, 'A3', '№ п/п'); ws.mergeCells('A3:A5'); put(ws, 'B3', 'Муниципальное образование'); ws.mergeCells('B3:B5');
  put(ws, 'C3', 'Критерий 1. Поддержка молодых педагогов и наставничество'); ws.mergeCells('C3:H3');
  put(ws, 'I3', 'Критерий 2. Профессиональные сообщества педагогов'); ws.mergeCells('I3:M3');
  put(ws, 'N3', 'Численность педагогических работников, чел.'); ws.mergeCells('N3:N5');
  put(ws, 'C4', 'Нормативная база'); ws.mergeCells('C4:E4'); put(ws, 'F4', 'Охват'); ws.mergeCells('F4:H4');
  put(ws, 'I4', 'Методические объединения'); ws.mergeCells('I4:K4'); put(ws, 'L4', 'Сетевые сообщества'); ws.mergeCells('L4:M4');
  D.E08_IND.forEach((x, i) => put(ws, `${col(2 + i)}5`, x.name));
  for (let k = 0; k < 14; k++) { put(ws, `${col(k)}6`, k + 1); for (const r of [3, 4, 5]) bold(ws.getCell(`${col(k)}${r}`)); }
  let r = 7;
  for (const x of D.E08_ROWS) {
    if (x.blank) { r++; continue; }
    put(ws, `A${r}`, x.no); put(ws, `B${r}`, x.name);
    x.v.forEach((v, j) => put(ws, `${col(2 + j)}${r}`, v));
    put(ws, `N${r}`, x.n); x.row = r; r++;
  }
  put(ws, `B${r}`, 'Итого по области'); put(ws, `N${r}`, 10210); r++;          // true sum is 10 209
  put(ws, `B${r}`, 'Среднее значение'); put(ws, `N${r}`, 1020.9); r += 2;
  put(ws, `A${r}`, 'Примечание: показатели 1.4 и 1.5 рассчитаны от числа молодых педагогов (до 35 лет, стаж до 3 лет).'); r++;
  put(ws, `A${r}`, '* данные на 01.05.2024');
  ws.getColumn(2).width = 30;
  await wb.xlsx.writeFile(path.join(OUT, 'e08_matrix_untidy.xlsx'));
}

// ── e09: points with a «Методика» sheet that changes weights ──
async function e09() {
  const wb = new ExcelJS.Workbook();
  const blocks = [
    { ...D.BLOCKS[4], positions: D.E09_MERY },
    D.BLOCKS[5], D.BLOCKS[6],
  ];
  const W = { mery: [1, 1, 1], ur: [2, 1, 1], ae: [2, 1, 1] };
  for (const s of D.E09_SHEETS) pointsSheet(wb, { ...s, title: s.sheet }, { blocks, weights: b => W[b.key], declared: (b, ps) => ps.length * W[b.key].reduce((a, x) => a + x, 0) });
  const m = wb.addWorksheet('Методика');
  ['Блок', 'Позиция', 'Параметр', 'Баллы'].forEach((h, i) => { put(m, `${col(i)}1`, h); bold(m.getCell(`${col(i)}1`)); });
  D.E09_METHOD.forEach((row, i) => row.forEach((v, j) => put(m, `${col(j)}${i + 2}`, v)));
  [30, 60, 50, 8].forEach((w, i) => (m.getColumn(i + 1).width = w));
  await wb.xlsx.writeFile(path.join(OUT, 'e09_points_metodika.xlsx'));
}



// ── wave 2 ──
const rich = t => ({ richText: [{ text: t.slice(0, 1), font: { bold: true, color: { argb: 'FF1F4E79' } } }, { text: t.slice(1) }] });
const val = v => (typeof v === 'string' && v.startsWith('rich:')) ? rich(v.slice(5)) : v;
async function e10() {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('Свод');
  put(ws, 'A1', 'Сведения о молодых педагогах и наставничестве, 2024 год'); ws.mergeCells('A1:H1'); bold(ws.getCell('A1'));
  ['№', 'Муниципальное образование', 'Общее количество педагогических работников', 'Количество молодых педагогов (до 35 лет, стаж до 3 лет)', 'Доля молодых педагогов, %',
    '1.1 Наличие программы наставничества', '1.2 Доля молодых педагогов, закреплённых за наставниками, %', '1.3 Наличие школы молодого педагога'].forEach((h, i) => { put(ws, `${col(i)}3`, h); bold(ws.getCell(`${col(i)}3`)); });
  D.E10_ROWS.forEach((x, i) => { const r = 4 + i;
    put(ws, `A${r}`, i + 1); put(ws, `B${r}`, x.name); put(ws, `C${r}`, x.all); put(ws, `D${r}`, x.young);
    ws.getCell(`E${r}`).value = { formula: `D${r}/C${r}`, result: x.young / x.all }; ws.getCell(`E${r}`).numFmt = '0.0%';
    ws.getCell(`F${r}`).value = val(x.f);
    ws.getCell(`G${r}`).value = x.g; ws.getCell(`G${r}`).numFmt = '0%';
    ws.getCell(`H${r}`).value = x.h; });
  const sc = D.E10_ROWS.reduce((a, x) => a + x.all, 0), sd = D.E10_ROWS.reduce((a, x) => a + x.young, 0);
  put(ws, 'B10', 'Итого'); ws.getCell('C10').value = { formula: 'SUM(C4:C9)', result: sc }; ws.getCell('D10').value = { formula: 'SUM(D4:D9)', result: sd };
  ws.getCell('E10').value = { formula: 'D10/C10', result: sd / sc }; ws.getCell('E10').numFmt = '0.0%';
  await wb.xlsx.writeFile(path.join(OUT, 'e10_excel_native.xlsx'));
}
async function e11() {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('Отчёт');
  put(ws, 'A1', 'Отчёт о выполнении плана работы ИМЦ Лужского района за 2024 год'); ws.mergeCells('A1:E1'); bold(ws.getCell('A1'));
  ['№ п/п', 'Наименование мероприятия', 'Срок исполнения', 'Ответственные исполнители', 'Результат выполнения'].forEach((h, i) => { put(ws, `${col(i)}3`, h); bold(ws.getCell(`${col(i)}3`)); });
  D.E11_ITEMS.forEach((x, i) => { const r = 4 + i;
    put(ws, `A${r}`, i + 1); put(ws, `B${r}`, x.what);
    if (x.when instanceof Date) { ws.getCell(`C${r}`).value = x.when; ws.getCell(`C${r}`).numFmt = 'dd.mm.yyyy'; } else put(ws, `C${r}`, x.when);
    put(ws, `D${r}`, x.who);
    if (x.result && typeof x.result === 'object') ws.getCell(`E${r}`).value = x.result; else if (x.result) ws.getCell(`E${r}`).value = val(x.result); });
  [6, 60, 16, 26, 40].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  await wb.xlsx.writeFile(path.join(OUT, 'e11_plan_dates_links.xlsx'));
}
async function e12() {
  const src = path.join(OUT, 'e03_folder'), dir = path.join(OUT, 'e12_folder_junk');
  fs.rmSync(dir, { recursive: true, force: true }); fs.mkdirSync(path.join(dir, 'архив'), { recursive: true });
  for (const f of fs.readdirSync(src)) fs.copyFileSync(path.join(src, f), path.join(dir, f));
  // an Excel owner («lock») file left next to an open workbook: 165 bytes, user name in it, not a workbook
  const lock = Buffer.alloc(165, 0); lock.write('\u0007Методист', 0, 'utf16le'); fs.writeFileSync(path.join(dir, '~$03_Всеволожский.xlsx'), lock);
  fs.writeFileSync(path.join(dir, 'Сопроводительное письмо.txt'), 'Направляем формы районов за 2024 год.\n');
  // last year's file of one district kept in a sub-folder
  const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(path.join(src, '04_Гатчинский.xlsx'));
  const ws = wb.worksheets[0]; ws.getCell('C3').value = 1450; ws.getCell('D3').value = 90; ws.getCell('E3').value = 6.2; ws.getCell('A1').value = 'Сведения о педагогических работниках муниципального района по состоянию на 01.09.2023';
  await wb.xlsx.writeFile(path.join(dir, 'архив', '04_Гатчинский_2023.xlsx'));
}

(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  await e01(); await e02(); await e03(); await e04(); await e05(); await e06(); await e07(); await e08(); await e09();
  await e10(); await e11(); await e12();   // wave 2 (e12 copies the e03 folder)
  console.log('books written to', OUT, fs.readdirSync(OUT).join(', '));
})();
