// Independent computation of METHODOLOGY §3/§4 for books/d08_wide_matrix.xlsx, read from the cells.
// Written before running the tool. Outputs expected/d08.json.
const ExcelJS = require('exceljs'); const fs = require('fs');
function parse(c) { // returns {v: 0..1 | null, err: bool}
  const v = c.value;
  if (v === null || v === undefined || v === '') return { v: null };
  if (typeof v === 'number') return { v: /%/.test(c.numFmt || '') ? v : v / 100 };
  const s = String(v).trim().toLowerCase();
  if (['да', '+', '✓', '✔', 'есть', 'имеется', 'выполнено'].includes(s)) return { v: 1 };
  if (['нет', '-', '−', '–', '—', 'отсутствует', 'не выполнено'].includes(s)) return { v: 0 };
  if (['…', '...', 'н/д', 'нет данных', 'x', 'х'].includes(s)) return { v: null };
  const m = s.match(/^(\d+(?:[.,]\d+)?)\s*%$/); if (m) return { v: parseFloat(m[1].replace(',', '.')) / 100 };
  return { v: null, err: true };
}
(async () => {
  const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(__dirname + '/books/d08_wide_matrix.xlsx');
  const ws = wb.getWorksheet('Матрица'); const K = 12, J = 10, N = 40;
  const ents = [], errs = [], missing = [];
  const lvlAcc = {}; // id -> [scores]
  for (let i = 1; i <= N; i++) {
    const r = ws.getRow(3 + i); const name = r.getCell(2).value; const crit = {}; let all = []; let inc = false;
    for (let k = 1; k <= K; k++) { const sc = [];
      for (let j = 1; j <= J; j++) { const cell = r.getCell(3 + (k - 1) * J + j - 1); const p = parse(cell);
        if (p.err) errs.push(cell.address); if (p.v === null) { inc = true; if (!p.err) missing.push(cell.address); continue; }
        sc.push(p.v); all.push(p.v); (lvlAcc[`${k}.${j}`] = lvlAcc[`${k}.${j}`] || []).push(p.v); }
      crit[`Критерий ${k}`] = sc.reduce((a, b) => a + b, 0) / sc.length * 100; }
    const f = all.reduce((a, b) => a + b, 0) / all.length * 100;
    ents.push({ name, fulfilment: f, criteria: crit, group: f >= 80 ? 1 : f >= 50 ? 2 : 3, incomplete: inc, n: all.length });
  }
  for (const e of ents) e.rank = 1 + ents.filter(o => o.fulfilment > e.fulfilment + 1e-9).length;
  const ex = [];
  ex.push({ type: 'layout', layout: 'matrix', why: '40 rows of municipalities x 120 indicator columns under 12 merged criteria: METHODOLOGY §2A.' });
  ex.push({ type: 'entities_order', names: ents.map(e => e.name), why: 'The 40 rows B4:B43 in order; «Итого по региону» (B44) is a total row, not an entity (§2A).' });
  for (const e of ents) ex.push({ type: 'entity', name: e.name, fulfilment: e.fulfilment, criteria: e.criteria, group: e.group, rank: e.rank, incomplete: e.incomplete,
    why: `compute_d08.js: §4 indicator scores (да/+ → 1, нет/— → 0, percent-format number → value, «75 %» → 0.75; н/д, x, … and unreadable text missing), criterion = mean over its non-missing cells ×100, overall = mean over all ${e.n} scored cells (by indicator count), group by 80/50, rank by fulfilment with ties shared.` });
  for (const id of Object.keys(lvlAcc)) { const a = lvlAcc[id]; const lv = a.reduce((x, y) => x + y, 0) / a.length * 100; const j = +id.split('.')[1];
    ex.push({ type: 'indicator', id, level: lv, status: lv >= 80 ? 'ok' : lv >= 50 ? 'attention' : 'critical', kind: j <= 5 ? 'binary' : 'percent',
      why: `compute_d08.js: ${j <= 5 ? 'share of «да» among ' + a.length + ' entities with data' : 'mean of ' + a.length + ' percents'} (§4 indicator level); status by 80/50.` }); }
  for (const a of errs) ex.push({ type: 'problem', cells: [`'Матрица'!${a}`], severity: 'error', why: 'Planted unreadable text in a data column: §3 «anything else … an error reported with its address».' });
  for (const a of missing) ex.push({ type: 'problem', cells: [`'Матрица'!${a}`], why: 'Planted missing value (н/д, x, …): §3 «missing … and reported».' });
  const fs_ = ents.map(e => e.fulfilment); const srt = [...fs_].sort((a, b) => a - b); const mean = fs_.reduce((a, b) => a + b, 0) / N, med = (srt[19] + srt[20]) / 2;
  ex.push({ type: 'region', mean, median: med, advisory: true, why: `Mean of the 40 overall fulfilments = ${mean.toFixed(4)}; median = mean of the 20th and 21st sorted values = ${med.toFixed(4)} (§7 region mean/median).` });
  for (let k = 1; k <= K; k++) { const v = ents.map(e => e.criteria['Критерий ' + k]); const sv = [...v].sort((a, b) => a - b);
    ex.push({ type: 'criterion_stats', criterion: String(k), mean: v.reduce((a, b) => a + b, 0) / N, median: (sv[19] + sv[20]) / 2, advisory: true, why: 'Mean and median over 40 municipalities of criterion ' + k + ' fulfilment (compute_d08.js).' }); }
  let nd = 0, na = 0; for (let i = 1; i <= N; i++) for (let k = 1; k <= K; k++) for (let j = 1; j <= J; j++) { const p = parse(ws.getRow(3 + i).getCell(3 + (k - 1) * J + j - 1)); if (p.v === null) continue; if (p.v < 0.5) nd++; else if (p.v < 0.8) na++; }
  ex.push({ type: 'deficit_count', kind: 'deficit', count: nd, rows: [4, 43], why: `§4 cell level: «нет» or score < 50 % → deficit: ${nd} cells in C4:DR43 (counted by compute_d08.js).` });
  ex.push({ type: 'deficit_count', kind: 'attention', count: na, rows: [4, 43], why: `§4: 50 % ≤ score < 80 % → attention: ${na} cells.` });
  ex.push({ type: 'cluster_order', why: '§6: clusters numbered from the weakest to the strongest profile — members of cluster 1 have a lower mean overall fulfilment than members of cluster k.' });
  ex.push({ type: 'deficit', cell: 'Матрица!' + ws.getRow(43).getCell(3 + 5 * J + 3).address, kind: 'deficit', why: 'Planted «—» for Муниципальный район 40, indicator 6.4: a dash is «нет» (§3) → cell-level deficit (§4).' });
  fs.writeFileSync(__dirname + '/expected/d08.json', JSON.stringify({ input: 'books/d08_wide_matrix.xlsx', args: [], expectations: ex }, null, 1));
  console.log('d08 expectations', ex.length, 'errs', errs, 'missing', missing);
  console.log(ents.map(e => e.name.slice(-2) + ':' + e.fulfilment.toFixed(2) + '/' + e.group + '/' + e.rank).join(' '));
})();
