// The checks of the fourth blind acceptance set, as written by the teammate who built the books
// without reading the engine (ported from their runner unchanged but for the repository path):
// check(expectation, json, ctx) → [] when it holds, else what was found instead.
const { execFileSync, spawnSync } = require('child_process'); const fs = require('fs'); const path = require('path'); const crypto = require('crypto');
const ExcelJS = require('exceljs');
const TOL = 0.01;
const ROOT = path.join(__dirname, '..', '..', '..');
const norm = s => String(s ?? '').replace(/\s+/g, ' ').trim();
const low = s => norm(s).toLowerCase();
const HOMO = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х' };
const fuzzy = s => low(String(s ?? '').replace(/[A-Za-z]/g, ch => /[А-яЁё]/.test(String(s)) ? (HOMO[ch] || ch) : ch)).replace(/ё/g, 'е');
const cellN = s => String(s ?? '').replace(/'/g, '').replace(/\$/g, '');
const numEq = (a, b) => (b === null ? a === null || a === undefined : typeof a === 'number' && Math.abs(a - b) <= TOL);
const sha = f => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');
function critKey(obj, want) { if (!obj) return undefined; const ks = Object.keys(obj);
  const k = ks.find(k => k === want) || (/^\d+$/.test(want) ? ks.find(k => new RegExp(`^(критерий\\s*)?${want}(\\.|\\s|$)`, 'i').test(norm(k))) : ks.find(k => low(k).includes(low(want))));
  return k; }
function findEntity(j, name) { return (j.entities || []).find(e => norm(e.name) === norm(name)) || (j.entities || []).find(e => fuzzy(e.name) === fuzzy(name)); }
function cmpFields(obj, exp, fields) { const bad = [];
  for (const f of fields) { if (!(f in exp)) continue; const w = exp[f], g = obj ? obj[f] : undefined;
    if (typeof w === 'number' || w === null) { if (!numEq(g, w)) bad.push(`${f}: expected ${w}, got ${JSON.stringify(g)}`); }
    else if (typeof w === 'boolean' || typeof w === 'string') { if (g !== w) bad.push(`${f}: expected ${w}, got ${JSON.stringify(g)}`); } }
  return bad; }
function findIndicator(j, e) { const L = j.indicators || [];
  if (e.id) return L.find(i => String(i.id) === e.id);
  return L.find(i => low(i.name).includes(low(e.name))) || L.find(i => low(e.name).includes(low(i.name)) && low(i.name).length > 5); }
async function check(e, j, ctx) {
  switch (e.type) {
    case 'layout': return j.layout === e.layout || (j.tables || []).some(t => t.layout === e.layout) ? [] : [`layout ${JSON.stringify(j.layout)}`];
    case 'entities_order': { const got = (j.entities || []).map(x => norm(x.name)); return JSON.stringify(got) === JSON.stringify(e.names.map(norm)) ? [] : [`got ${JSON.stringify(got)}`]; }
    case 'entities_count': return (j.entities || []).length === e.count ? [] : [`got ${(j.entities || []).length}`];
    case 'indicator_count': return (j.indicators || []).length === e.count ? [] : [`got ${(j.indicators || []).length}: ${(j.indicators || []).map(i => i.id + ' ' + norm(i.name).slice(0, 30)).join(' | ')}`];
    case 'entity_absent': return findEntity(j, e.name) ? ['present'] : [];
    case 'entity': { const x = findEntity(j, e.name); if (!x) return [`entity not found; have ${(j.entities || []).map(q => q.name).join(' | ')}`];
      const bad = cmpFields(x, e, ['fulfilment', 'group', 'rank', 'incomplete', 'points', 'maxPoints']);
      for (const c in e.criteria || {}) { const k = critKey(x.criteria, c); if (k === undefined) bad.push(`criterion ${c} missing (keys ${Object.keys(x.criteria || {}).join(', ')})`); else if (!numEq(x.criteria[k], e.criteria[c])) bad.push(`criterion ${c}: expected ${e.criteria[c]}, got ${x.criteria[k]}`); }
      return bad; }
    case 'entity_criterion_group': { const x = findEntity(j, e.name); const g = x && (x.criteriaGroups || x.criterionGroups || x.groups); if (!g) { const secs = (j.note && (j.note.sections || j.note)) || []; const texts = (Array.isArray(secs) ? secs : []).flatMap(s => (s.paragraphs || []).map(p => p.text || ''));
        const line = texts.find(t => new RegExp(`Критерий «(Критерий\\s*)?${e.criterion}\\.`).test(t) && /группа \d —/.test(t)); if (!line) return ['no per-criterion groups in JSON or note'];
        const seg = line.split(/;\s*/).find(x => x.includes(e.name)); const m = seg && seg.match(/группа (\d)/); return m && +m[1] === e.group ? [] : [`note: ${line}`]; } const k = critKey(g, e.criterion); return k && g[k] === e.group ? [] : [`got ${JSON.stringify(g)}`]; }
    case 'indicator': { const x = findIndicator(j, e); if (!x) return [`indicator not found; have ${(j.indicators || []).map(i => i.id + ':' + norm(i.name).slice(0, 25)).join(' | ')}`]; return cmpFields(x, e, ['level', 'status', 'kind']).map(s => s + ` [${x.id} ${norm(x.name).slice(0, 40)}]`); }
    case 'share': { const L = (j.shares || []).filter(s => (e.entity === null ? s.entity === null || s.entity === undefined : norm(s.entity) === norm(e.entity)) && low(s.indicator).includes(low(e.indicator)));
      if (!L.length) return [`share not found; have indicators ${[...new Set((j.shares || []).map(s => norm(s.indicator).slice(0, 50)))].join(' | ')}`];
      return cmpFields(L[0], e, ['numerator', 'base', 'share', 'mean', 'median', 'declared', 'mismatch']); }
    case 'problem': { const P = (j.problems || []).filter(p => e.cells.map(cellN).includes(cellN(p.cell)));
      if (!P.length) return ['no problem at ' + e.cells.join(' / ')]; if (e.severity && !P.some(p => p.severity === e.severity)) return [`severity ${P.map(p => p.severity).join(',')}: ${P[0].message}`]; return []; }
    case 'no_problem': { const P = (j.problems || []).filter(p => e.cells.map(cellN).includes(cellN(p.cell)) && (!e.severity || p.severity === e.severity)); return P.length ? P.map(p => `${p.cell} ${p.severity}: ${p.message}`) : []; }
    case 'problem_text': { const r = new RegExp(e.re, 'i'), r2 = e.re2 ? new RegExp(e.re2, 'i') : null; return (j.problems || []).some(p => r.test(p.message) && (!r2 || r2.test(p.message))) ? [] : ['no such problem message']; }
    case 'no_problem_text': { const r = new RegExp(e.re, 'i'), r2 = e.re2 ? new RegExp(e.re2, 'i') : /только|сравнить не с чем|нет данных/i; const P = (j.problems || []).filter(p => r.test(p.message) && r2.test(p.message)); return P.map(p => p.message); }
    case 'deficit': { const D = (j.deficits || []).filter(d => cellN(d.cell) === cellN(e.cell)); if (!D.length) return ['no deficit at ' + e.cell]; return D.some(d => d.kind === e.kind) ? [] : [`kinds ${D.map(d => d.kind).join(',')}`]; }
    case 'no_deficit': { const D = (j.deficits || []).filter(d => cellN(d.cell) === cellN(e.cell)); return D.length ? [`deficit ${D.map(d => d.kind)}`] : []; }
    case 'names_trimmed': { const B = (j.entities || []).filter(x => x.name !== String(x.name).trim()); return B.length ? B.map(x => JSON.stringify(x.name)) : []; }
    case 'change_entity': { const T = (j.changes && j.changes.tables) || []; let x; for (const t of T) for (const q of t.entities || []) if (fuzzy(q.entity) === fuzzy(e.entity)) x = x || q;
      if (!x) return [`no change row; have ${T.flatMap(t => (t.entities || []).map(q => q.entity + '←' + q.previousName)).join(' | ')}`];
      const bad = []; if (e.matched && !(x.previous && x.previousName)) bad.push('not matched to previous: ' + JSON.stringify(x).slice(0, 200));
      if ('previousFulfilment' in e && !numEq(x.previous && x.previous.fulfilment, e.previousFulfilment)) bad.push(`previous ${JSON.stringify(x.previous)}`);
      if ('currentFulfilment' in e && !numEq(x.current && x.current.fulfilment, e.currentFulfilment)) bad.push(`current ${JSON.stringify(x.current)}`);
      if ('fulfilmentChange' in e && !numEq(x.fulfilmentChange, e.fulfilmentChange)) bad.push(`change ${x.fulfilmentChange}`); return bad; }
    case 'region': { const r = (j.tables || [])[0] && j.tables[0].region; return r ? cmpFields(r, e, ['mean', 'median']) : ['no tables[0].region']; }
    case 'criterion_stats': { const C = ((j.tables || [])[0] || {}).criteria || []; const c = C.find(c => String(c.id) === e.criterion); return c ? cmpFields(c, e, ['mean', 'median']) : ['criterion not found']; }
    case 'deficit_count': { const cells = new Set((j.deficits || []).filter(d => d.kind === e.kind && d.cell).map(d => cellN(d.cell)).filter(c => { const m = c.match(/!([A-Z]+)(\d+)$/); return m && !['A', 'B'].includes(m[1]) && +m[2] >= e.rows[0] && +m[2] <= e.rows[1]; })); return cells.size === e.count ? [] : [`got ${cells.size}`]; }
    case 'cluster_order': { const c = j.clusters; if (!c || !c.assignments) return ['no clusters']; const by = {}; for (const a of c.assignments) { const x = findEntity(j, a.name); if (x) (by[a.cluster] = by[a.cluster] || []).push(x.fulfilment); }
      const ks = Object.keys(by).map(Number).sort((a, b) => a - b); const m = k => by[k].reduce((a, b) => a + b, 0) / by[k].length; const ms = ks.map(m); return ms.every((v, i) => i === 0 || v >= ms[i - 1]) ? [] : [`cluster means ${ks.map((k, i) => k + ':' + ms[i].toFixed(1)).join(' ')}`]; }
    case 'rerun_on_result': { const out2 = ctx.out.replace('.xlsx', '-rerun.xlsx'); try { fs.unlinkSync(out2); } catch {}
      const r = spawnSync('node', ['--import', 'tsx', 'src/cli/analyze.ts', ctx.out, '--json', '--out', out2], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
      let j2; try { j2 = JSON.parse(r.stdout); } catch { return ['rerun: no JSON ' + (r.stderr || '').slice(0, 200)]; }
      const bad = []; if ((j2.entities || []).length !== e.entities) bad.push(`rerun entities ${(j2.entities || []).length}: ${(j2.entities || []).map(x => x.name).slice(0, 8).join(' | ')}; sheets read ${JSON.stringify(j2.sheets)}`);
      const w2 = new ExcelJS.Workbook(); await w2.xlsx.readFile(out2); const n1 = ctx.outWb.worksheets.map(w => w.name), n2 = w2.worksheets.map(w => w.name);
      if (JSON.stringify(n1) !== JSON.stringify(n2)) bad.push(`sheets first ${n1.join(', ')} / rerun ${n2.join(', ')}`);
      if (e.cfSheet) { const c1 = (ctx.outWb.getWorksheet(e.cfSheet).conditionalFormattings || []).length, c2 = (w2.getWorksheet(e.cfSheet).conditionalFormattings || []).length; if (c1 !== c2) bad.push(`conditional formats on ${e.cfSheet}: ${c1} after first run, ${c2} after re-run`); }
      const ws = w2.getWorksheet(e.sheet); if (e.sheet) for (const a in e.cells) { const v = ws && ws.getCell(a).value; if (v !== e.cells[a]) bad.push(`${e.sheet}!${a}: ${JSON.stringify(v)}`); } return bad; }
    default: { // result workbook checks
      if (e.type === 'input_unchanged') return ctx.hashBefore === sha(ctx.input) ? [] : ['input file changed'];
      const wb = ctx.outWb; if (!wb) return ['no result workbook ' + ctx.out];
      const names = wb.worksheets.map(w => w.name);
      if (e.type === 'result_sheet_exists') return names.includes(e.sheet) ? [] : [`sheets: ${names.join(', ')}`];
      if (e.type === 'result_sheet_text') { const w = wb.worksheets.find(x => x.name.startsWith(e.prefix) && x.name !== e.not); if (!w) return ['no sheet']; const all = []; w.eachRow(r => r.eachCell(c => all.push(cellN(typeof c.value === 'object' && c.value && 'text' in c.value ? c.value.text : c.value)))); return e.texts.filter(t => !all.some(a => a.includes(cellN(t)))).map(t => 'missing ' + t); }
      if (e.type === 'result_cf_cells') { const ws2 = wb.getWorksheet(e.sheet); const exp = r => r.split(/\s+/).flatMap(p => { const [a, b] = p.split(':'); if (!b) return [a]; const ca = a.match(/([A-Z]+)(\d+)/), cb = b.match(/([A-Z]+)(\d+)/); const out = []; for (let c = ca[1].charCodeAt(0); c <= cb[1].charCodeAt(0); c++) for (let r2 = +ca[2]; r2 <= +cb[2]; r2++) out.push(String.fromCharCode(c) + r2); return out; });
        const sets = (ws2.conditionalFormattings || []).filter(c => c.ref !== e.userRef).map(c => exp(c.ref).sort().join(',')); return e.sets.every(s2 => sets.includes([...s2].sort().join(','))) ? [] : [`tool CF sets ${JSON.stringify(sets)}`]; }
      if (e.type === 'result_sheet_prefix') return names.some(n => n.startsWith(e.prefix) && n !== e.not) ? [] : [`sheets: ${names.join(', ')}`];
      const ws = wb.getWorksheet(e.sheet); if (!ws) return [`no sheet ${e.sheet}; sheets: ${names.join(', ')}`];
      if (e.type === 'result_sheet_cells') { const bad = []; for (const a in e.cells) { let v = ws.getCell(a).value; if (v && typeof v === 'object' && 'result' in v) v = v.result; if (typeof e.cells[a] === 'number' ? !numEq(v, e.cells[a]) : v !== e.cells[a]) bad.push(`${a}: ${JSON.stringify(v)}`); } if (e.sheet === 'Сводная' || e.sheet === 'Дефициты') { if (ws.actualRowCount !== Object.keys(e.cells).map(a => +a.replace(/\D/g, '')).reduce((m, r) => Math.max(m, r), 0)) bad.push(`rows now ${ws.actualRowCount}`); } return bad; }
      if (e.type === 'result_notes') { const bad = []; for (const a in e.notes) { const n = ws.getCell(a).note; const t = typeof n === 'string' ? n : n && n.texts ? n.texts.map(x => x.text).join('') : null; if (norm(t) !== norm(e.notes[a])) bad.push(`${a}: ${JSON.stringify(t)}`); } return bad; }
      if (e.type === 'result_view') { const v = (ws.views || [])[0] || {}; return v.xSplit === e.xSplit && v.ySplit === e.ySplit ? [] : [`views ${JSON.stringify(ws.views)}`]; }
      if (e.type === 'result_autofilter') { const a = ws.autoFilter; const s = typeof a === 'string' ? a : a ? `${a.from && (a.from.address || a.from)}:${a.to && (a.to.address || a.to)}` : ''; return cellN(s) === e.ref ? [] : [`autoFilter ${JSON.stringify(a)}`]; }
      if (e.type === 'result_cf') { const C = ws.conditionalFormattings || []; return C.some(c => c.ref === e.ref && (c.rules || []).some(r => r.operator === e.operator && (r.formulae || []).map(String).includes(e.formula))) ? [] : [`cf: ${JSON.stringify(C).slice(0, 300)}`]; }
      return ['unknown type ' + e.type]; }
  }
}
module.exports = { check, sha };
