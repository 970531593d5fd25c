// The checks of the fifth blind acceptance set, as written by the teammate who built the books
// without reading the engine (ported from their runner unchanged but for the repository path and
// the exports): check(expectation, json, ctx) → [] when it holds, else what was found instead.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const ExcelJS = require('exceljs');
const D = require('./data');

const TOL = 0.01;
const norm = s => String(s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
const low = s => norm(s).toLowerCase().replace(/ё/g, 'е');
const cellN = s => String(s ?? '').replace(/'/g, '').replace(/\$/g, '').replace(/^.*\]/, '').replace(/^.*[\\/]/, '').toLowerCase();
const numEq = (a, b) => (b === null ? a === null || a === undefined : typeof a === 'number' && Math.abs(a - b) <= TOL);
const sha = p => { const st = fs.statSync(p); if (st.isDirectory()) return fs.readdirSync(p).sort().map(f => f + ':' + sha(path.join(p, f))).join(';'); return crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex'); };
const colOf = c => (cellN(c).match(/!([a-z]+)\d+$/) || [])[1];
const rowOf = c => +((cellN(c).match(/!([a-z]+)(\d+)$/) || [])[2]);

function runTool(inputs, args, out) {
  try { fs.unlinkSync(out); } catch { }
  const t0 = Date.now();
  const r = spawnSync('node', ['--import', 'tsx', 'src/cli/analyze.ts', ...inputs, ...args, '--json', '--out', out], { cwd: path.join(__dirname, '..', '..', '..'), encoding: 'utf8', maxBuffer: 1 << 28, timeout: 600000 });
  let j = null; try { j = JSON.parse(r.stdout); } catch { }
  return { j, status: r.status, stderr: r.stderr || '', stdout: r.stdout || '', secs: (Date.now() - t0) / 1000 };
}
async function readWb(p) { if (!fs.existsSync(p)) return null; const wb = new ExcelJS.Workbook(); try { await wb.xlsx.readFile(p); return wb; } catch (e) { return { error: e.message }; } }

function findEntity(j, e) {
  const L = j.entities || [];
  if (e.re) return L.find(x => new RegExp(e.re).test(norm(x.name)));
  const w = low(e.name);
  let x = L.find(q => low(q.name) === w); if (x || e.exact) return x;
  const stem = w.split(' ')[0].replace(/[^а-яa-z-]/g, '');
  const c = L.filter(q => low(q.name).includes(stem)); return c.length === 1 ? c[0] : undefined;
}
function critKey(obj, want) {
  if (!obj) return undefined; const ks = Object.keys(obj);
  return ks.find(k => k === want) || ks.find(k => new RegExp(`^(критерий\\s*)?${want.replace(/^Критерий\s*/, '').replace('.', '\\.')}(\\.|\\s|$)`, 'i').test(norm(k))) || ks.find(k => low(k).includes(low(want)));
}
function cmp(obj, exp, fields) {
  const bad = [];
  for (const k of fields) { if (!(k in exp)) continue; const w = exp[k], g = obj ? obj[k] : undefined;
    if (typeof w === 'number' || w === null) { if (!numEq(g, w)) bad.push(`${k}: expected ${w}, got ${JSON.stringify(g)}`); }
    else if (g !== w) bad.push(`${k}: expected ${JSON.stringify(w)}, got ${JSON.stringify(g)}`); }
  return bad;
}
function pointsOf(j, entity) {
  for (const t of j.tables || []) for (const p of t.points || []) if (low(p.entity) === low(entity) || low(p.entity).includes(low(entity).split(' ')[0])) return p;
  return null;
}
function findBlock(p, name) { return (p.blocks || []).find(b => low(b.name) === low(name)) || (p.blocks || []).find(b => low(b.name).startsWith(low(name).slice(0, 12))); }
const changeTables = j => (j.changes && j.changes.tables) || [];
function onlyLists(j, side) {
  const key = side === 'current' ? 'onlyCurrent' : 'onlyPrevious';
  const out = { entities: [], indicators: [] };
  for (const t of changeTables(j)) { const o = t[key] || {}; out.entities.push(...(o.entities || [])); out.indicators.push(...(o.indicators || [])); }
  const u = j.changes && j.changes[side === 'current' ? 'unmatchedCurrent' : 'unmatchedPrevious']; if (Array.isArray(u)) out.entities.push(...u);
  return out;
}
function sheetText(ws) { const all = []; ws.eachRow(r => r.eachCell(c => { let v = c.value; if (v && typeof v === 'object') v = v.richText ? v.richText.map(x => x.text).join('') : v.text || v.result || JSON.stringify(v); all.push(String(v)); })); return all.join('\n'); }
function expandRef(ref) {
  const cells = [];
  for (const part of String(ref).split(/\s+/)) { if (!part) continue; const [a, b] = part.replace(/\$/g, '').split(':');
    const pa = a.match(/([A-Z]+)(\d+)/), pb = (b || a).match(/([A-Z]+)(\d+)/);
    const cn = s => s.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0), cl = n => { let s = ''; while (n) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; };
    for (let c = cn(pa[1]); c <= cn(pb[1]); c++) for (let r = +pa[2]; r <= +pb[2]; r++) cells.push(cl(c) + r); }
  return cells;
}
const isToolRule = r => r && r.type === 'expression' && (r.formulae || []).some(f => /^(TRUE|1|ИСТИНА|TRUE\(\))$/i.test(String(f).trim()));
function colorOf(r) { const a = (r.style && r.style.fill && (r.style.fill.bgColor || r.style.fill.fgColor) || {}).argb || ''; const h = a.slice(-6); if (!h) return '?'; const G = parseInt(h.slice(2, 4), 16), B = parseInt(h.slice(4, 6), 16); return B < G - 0x20 ? 'yellow' : 'red'; }
function toolCf(ws) { const L = []; for (const cf of ws.conditionalFormattings || []) for (const r of cf.rules || []) if (isToolRule(r)) L.push({ ref: cf.ref, rule: r }); return L; }

async function check(e, j, ctx) {
  switch (e.type) {
    case 'layout': return j.layout === e.layout || (j.tables || []).some(t => t.layout === e.layout) ? [] : [`layout ${JSON.stringify(j.layout)}`];
    case 'entities_count': return (j.entities || []).length === e.count ? [] : [`got ${(j.entities || []).length}: ${(j.entities || []).map(x => norm(x.name).slice(0, 40)).join(' | ').slice(0, 600)}`];
    case 'indicator_count': return (j.indicators || []).length === e.count ? [] : [`got ${(j.indicators || []).length}: ${(j.indicators || []).map(i => i.id + ' ' + norm(i.name).slice(0, 30)).join(' | ')}`];
    case 'entity_absent': { const r = new RegExp(e.re, 'i'); const x = (j.entities || []).filter(q => r.test(norm(q.name))); return x.length ? [`present: ${x.map(q => q.name).join(' | ')}`] : []; }
    case 'entity_not_scored': { const r = new RegExp(e.re); const x = (j.entities || []).filter(q => r.test(norm(q.name)) || r.test(q.sheet || ''));
      return x.filter(q => typeof q.fulfilment === 'number' || typeof q.points === 'number').map(q => `entity ${JSON.stringify(q.name)} (sheet ${q.sheet}) scored: fulfilment ${q.fulfilment}, points ${q.points}/${q.maxPoints}, rank ${q.rank}, group ${q.group}`); }
    case 'entity': case 'run1_entity': {
      const jj = e.type === 'run1_entity' ? ctx.j1 : j; if (!jj) return ['no first-run JSON'];
      const x = findEntity(jj, e); if (!x) return [`entity not found; have ${(jj.entities || []).map(q => q.name).join(' | ').slice(0, 500)}`];
      const bad = cmp(x, e, ['fulfilment', 'group', 'rank', 'incomplete', 'points', 'maxPoints']);
      if (e.exact && norm(x.name) !== norm(e.name)) bad.push(`name ${JSON.stringify(x.name)}`);
      for (const c in e.criteria || {}) { const k = critKey(x.criteria, c); if (k === undefined) bad.push(`criterion ${c} missing (keys ${Object.keys(x.criteria || {}).join(' | ')})`); else if (!numEq(x.criteria[k], e.criteria[c])) bad.push(`criterion ${c}: expected ${e.criteria[c]}, got ${x.criteria[k]}`); }
      return bad; }
    case 'block': case 'position': {
      const p = pointsOf(j, e.entity);
      if (!p) { if (e.type === 'position') return ['no tables[].points entry for ' + e.entity];
        const x = findEntity(j, { name: e.entity }); const k = x && critKey(x.criteria, e.block); const want = e.total / e.max * 100;
        return x && k && numEq(x.criteria[k], want) ? [] : [`no points detail; criteria ${JSON.stringify(x && x.criteria)}`]; }
      const b = findBlock(p, e.block); if (!b) return [`block ${e.block} not found; have ${(p.blocks || []).map(b => b.name).join(' | ')}`];
      if (e.type === 'block') return cmp(b, e, ['total', 'max']);
      const q = (b.positions || [])[e.index]; if (!q) return [`position ${e.index} missing`];
      return cmp(q, e, ['total']).map(s => s + ` (params ${JSON.stringify((q.parameters || []).map(p => [p.raw, p.points]))})`); }
    case 'region': { const r = (j.tables || [])[0] && j.tables[0].region; return r ? cmp(r, e, ['mean', 'median']) : ['no tables[0].region']; }
    case 'indicator': {
      const L = j.indicators || []; const x = e.id ? L.find(i => String(i.id) === e.id) : L.find(i => new RegExp(e.re).test(norm(i.name)));
      if (!x) return [`indicator not found; have ${L.map(i => i.id + ':' + norm(i.name).slice(0, 30)).join(' | ')}`];
      return cmp(x, e, ['level', 'status', 'kind']).map(s => s + ` [${x.id} ${norm(x.name).slice(0, 50)}]`); }
    case 'share': {
      const L = (j.shares || []).filter(s => (e.entity === null ? s.entity === null || s.entity === undefined : low(s.entity) === low(e.entity)) && low(s.indicator).includes(low(e.indicator)));
      if (!L.length) return [`share not found; entities ${[...new Set((j.shares || []).map(s => s.entity))].join(' | ')}; indicators ${[...new Set((j.shares || []).map(s => norm(s.indicator).slice(0, 60)))].join(' | ')}`];
      return cmp(L[0], e, ['numerator', 'base', 'share', 'mean', 'median', 'declared', 'mismatch']); }
    case 'problem': { const P = (j.problems || []).filter(p => e.cells.map(cellN).includes(cellN(p.cell)));
      if (!P.length) return ['no problem at ' + e.cells.join(' / ')];
      if (e.severity && !P.some(p => p.severity === e.severity)) return [`severity ${P.map(p => p.severity).join(',')}: ${P[0].message}`]; return []; }
    case 'problem_mentions': { const P = (j.problems || []).filter(p => e.cells.map(cellN).includes(cellN(p.cell))); const r = new RegExp(e.re, 'i');
      return P.some(p => r.test(p.message) || r.test(String(p.cell)) || r.test(String(p.file || '')) || r.test(String(p.sheet || ''))) ? [] : [P.length ? `cell ${P[0].cell}: ${P[0].message}` : 'no problem at cell']; }
    case 'no_problem': { const P = (j.problems || []).filter(p => e.cells.map(cellN).includes(cellN(p.cell)) && (!e.severity || p.severity === e.severity)); return P.map(p => `${p.cell} ${p.severity}: ${p.message}`); }
    case 'problem_text': { const r = new RegExp(e.re, 'i'); return (j.problems || []).some(p => r.test(p.message)) ? [] : ['no such problem message']; }
    case 'problem_in_column': { const P = (j.problems || []).filter(p => p.cell && colOf(p.cell) === e.col.toLowerCase() && (!e.severity || p.severity === e.severity)); return P.length ? [] : [`no ${e.severity || ''} problem in column ${e.col}; problems in that column: ${(j.problems || []).filter(p => p.cell && colOf(p.cell) === e.col.toLowerCase()).map(p => p.cell + ' ' + p.severity + ' ' + p.message).join(' | ').slice(0, 400)}`]; }
    case 'deficit': { const L = (j.deficits || []).filter(d => cellN(d.cell) === cellN(e.cell)); if (!L.length) return ['no deficit at ' + e.cell]; return L.some(d => d.kind === e.kind) ? [] : [`kinds ${L.map(d => d.kind).join(',')}`]; }
    case 'no_deficit': { const L = (j.deficits || []).filter(d => cellN(d.cell) === cellN(e.cell)); return L.length ? [`deficit(s) ${L.map(d => d.kind + ' ' + JSON.stringify(d.value)).join(', ')}`] : []; }
    case 'deficit_entity': { const L = (j.deficits || []).filter(d => low(d.entity) === low(e.entity) && d.kind === e.kind); return L.length ? [] : [`no ${e.kind} for ${e.entity}; kinds for it: ${(j.deficits || []).filter(d => low(d.entity) === low(e.entity)).map(d => d.kind).join(',')}`]; }
    case 'no_deficit_entity': { const L = (j.deficits || []).filter(d => low(d.entity) === low(e.entity) && d.kind === e.kind); return L.length ? [`${e.kind} present`] : []; }
    case 'thresholds': return cmp(j.thresholds || {}, e, ['target', 'critical']);
    case 'band_label': { const b = ((j.thresholds || {}).bands || []).find(b => b.group === e.group); return b && new RegExp(e.re).test(b.label) ? [] : [`band ${JSON.stringify(b)}`]; }
    case 'young': { const y = j.roster && j.roster.youngTeachers; return y ? cmp(y, e, ['count', 'base', 'share', 'mentored', 'mentoredShare']) : ['no roster.youngTeachers']; }
    case 'deficit_map': { const L = (j.roster && j.roster.deficitMap) || [];
      const x = e.municipality ? L.find(d => low(d.area) === low(e.area) && low(d.school || '') === low(e.unit) && low(d.municipality || '') === low(e.municipality))
        : L.find(d => low(d.area) === low(e.area) && (low(d.unit) === low(e.unit) || (e.unit === 'Регион' && d.level === 'region')));
      return x ? cmp(x, e, ['share']) : [`no entry; units ${[...new Set(L.map(d => d.unit))].join(' | ').slice(0, 400)}`]; }
    case 'cluster_order': { const c = j.clusters; if (!c || !c.centres) return ['no clusters']; const m = c.centres.map(r => r.reduce((a, b) => a + b, 0) / r.length); return m.every((v, i) => i === 0 || v >= m[i - 1]) ? [] : [`centre means ${m.map(x => x.toFixed(1)).join(' ')}`]; }
    case 'change_entity': { let x; for (const t of changeTables(j)) for (const q of t.entities || []) if (low(q.entity) === low(e.entity)) x = x || q;
      if (!x) return [`no change row; have ${changeTables(j).flatMap(t => (t.entities || []).map(q => q.entity + '←' + q.previousName)).join(' | ')}`];
      const bad = [];
      if ('previousFulfilment' in e && !numEq(x.previous && x.previous.fulfilment, e.previousFulfilment)) bad.push(`previous ${JSON.stringify(x.previous)} (matched to ${JSON.stringify(x.previousName)})`);
      if ('currentFulfilment' in e && !numEq(x.current && x.current.fulfilment, e.currentFulfilment)) bad.push(`current ${JSON.stringify(x.current)}`);
      if ('fulfilmentChange' in e && !numEq(x.fulfilmentChange, e.fulfilmentChange)) bad.push(`change ${x.fulfilmentChange}`);
      return bad; }
    case 'only_period': { const L = onlyLists(j, e.side).entities.map(x => typeof x === 'string' ? x : x.name || x.entity || JSON.stringify(x)); return L.some(x => new RegExp(e.re).test(x)) ? [] : [`only-${e.side}: ${JSON.stringify(L)}`]; }
    case 'not_only_period': { const L = [...onlyLists(j, 'current').entities, ...onlyLists(j, 'previous').entities].map(x => typeof x === 'string' ? x : JSON.stringify(x)); const B = L.filter(x => new RegExp(e.re).test(x)); return B.length ? [`listed as only in one period: ${B.join(' | ')}`] : []; }
    case 'change_indicator': { let x; for (const t of changeTables(j)) for (const q of t.indicators || []) if (String(q.id) === e.id) x = x || q; if (!x) return ['indicator not in changes']; return cmp(x, e, ['previousLevel', 'currentLevel']); }
    case 'only_period_indicator': { const L = onlyLists(j, e.side).indicators.map(x => typeof x === 'string' ? x : JSON.stringify(x)); return L.some(x => new RegExp(e.re, 'i').test(x)) ? [] : [`only-${e.side} indicators: ${JSON.stringify(L)}`]; }
    case 'change_region': { const r = changeTables(j)[0] && changeTables(j)[0].region; return r ? cmp(r, e, ['previous', 'current']) : ['no changes.tables[0].region']; }
    case 'input_unchanged': return ctx.hashBefore === sha(ctx.input) ? [] : ['input changed'];
    case 'deficit_threshold': { const L = (j.deficits || []).filter(d => cellN(d.cell) === cellN(e.cell)); if (!L.length) return ['no deficit at ' + e.cell]; return L.some(d => numEq(d.threshold, e.threshold)) ? [] : [`threshold ${L.map(d => d.kind + ':' + d.threshold).join(', ')}`]; }
  }
  if (e.type === 'exit_ok') return ctx.status === 0 && j ? [] : [`exit ${ctx.status}: ${ctx.stderr.slice(0, 300)}`];
  // result workbook checks
  const wb = ctx.outWb; if (!wb) return ['no result workbook ' + ctx.out]; if (wb.error) return ['result workbook unreadable by exceljs: ' + wb.error];
  const names = wb.worksheets.map(w => w.name);
  switch (e.type) {
    case 'result_sheet_exists': return names.includes(e.sheet) ? [] : [`sheets: ${names.join(', ')}`];
    case 'result_sheet_text': { const w = wb.worksheets.find(x => x.name.startsWith(e.prefix)); if (!w) return ['no sheet ' + e.prefix]; const t = sheetText(w); return new RegExp(e.re).test(t) ? [] : [`text does not match /${e.re}/: ${t.replace(/\s+/g, ' ').slice(0, 300)}`]; }
    case 'no_duplicate_sheets': { const B = names.filter(n => /\(\d+\)\s*$/.test(n)); return B.length ? [`sheets: ${names.join(', ')}`] : []; }
    case 'sheet_once': return e.sheets.filter(s => names.filter(n => n === s).length !== 1).map(s => `${s}: ${names.filter(n => n === s).length} times; sheets ${names.join(', ')}`);
    case 'user_sheet_kept': { const ws = wb.getWorksheet(e.sheet); if (!ws) return [`no sheet ${e.sheet}; sheets ${names.join(', ')}`]; const bad = []; for (const a in e.cells) { const v = ws.getCell(a).value; if (v !== e.cells[a]) bad.push(`${a}: ${JSON.stringify(v)}`); } return bad; }
    case 'sheet_order_user_first': return names[0] === e.sheet ? [] : [`first sheet ${names[0]}`];
    case 'cf_not_doubled': { const ws2 = wb.getWorksheet(e.sheet), ws1 = ctx.out1Wb && ctx.out1Wb.getWorksheet(e.sheet); if (!ws2) return ['no sheet'];
      const t2 = toolCf(ws2), t1 = ws1 ? toolCf(ws1) : []; const seen = {}; const bad = [];
      for (const x of t2) for (const c of expandRef(x.ref)) seen[c] = (seen[c] || 0) + 1;
      const dup = Object.keys(seen).filter(c => seen[c] > 1); if (dup.length) bad.push(`cells under 2+ tool highlight rules: ${dup.slice(0, 12).join(',')}`);
      if (t2.length > t1.length) bad.push(`tool highlight rules: ${t1.length} after the first run, ${t2.length} after the re-run (${t2.map(x => x.ref).join(' | ')})`);
      if (!t2.length) bad.push('no tool highlight rules at all after the re-run');
      return bad; }
    case 'cf_not_on': { const ws2 = wb.getWorksheet(e.sheet); const cov = new Set(toolCf(ws2).flatMap(x => expandRef(x.ref))); return e.cells.filter(c => cov.has(c)).map(c => `${c} still highlighted`); }
    case 'cf_color': { const ws2 = wb.getWorksheet(e.sheet); if (!ws2) return ['no sheet ' + e.sheet];
      const cols = toolCf(ws2).filter(x => expandRef(x.ref).includes(e.cell)).map(x => colorOf(x.rule));
      const got = cols.length ? cols.join('+') : 'none'; return got === e.color ? [] : [`${e.cell}: ${got}`]; }
    case 'note_not_match': { const w = wb.worksheets.find(x => x.name.startsWith(e.prefix)); if (!w) return ['no sheet']; const m = sheetText(w).match(new RegExp(e.re)); return m ? [`found: …${m[0].slice(-160)}`] : []; }
    case 'summary_features': { const bad = []; const ws = wb.getWorksheet('Сводная'); if (!ws) return ['no Сводная'];
      const v = (ws.views || [])[0] || {}; if (v.state !== 'frozen' || !(v.ySplit >= 1)) bad.push(`no frozen header: views ${JSON.stringify(ws.views)}`);
      const zip = await require('jszip').loadAsync(fs.readFileSync(ctx.out)); const names = Object.keys(zip.files);
      const rels = names.filter(n => /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/.test(n));
      const wbx = await zip.file('xl/workbook.xml').async('string'); const wbr = await zip.file('xl/_rels/workbook.xml.rels').async('string');
      const sid = (wbx.match(/<sheet [^>]*name="Сводная"[^>]*r:id="([^"]+)"/) || [])[1]; const target = sid && (wbr.match(new RegExp(`Id="${sid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${sid}"`)) || []).slice(1).find(Boolean);
      const relName = target && 'xl/worksheets/_rels/' + target.split('/').pop() + '.rels'; const rel = relName && zip.file(relName) ? await zip.file(relName).async('string') : '';
      if (!/relationships\/table"/.test(rel)) bad.push('Сводная has no Excel table (no table relationship in ' + relName + ')');
      if (!/relationships\/drawing"/.test(rel)) bad.push('Сводная has no drawing (chart)');
      const charts = names.filter(n => /^xl\/charts\/[^/]+\.xml$/.test(n));
      if (!charts.length) bad.push('no chart part'); else { const cx = await zip.file(charts[0]).async('string'); const colours = new Set((cx.match(/srgbClr val="([0-9A-Fa-f]{6})"/g) || []));
        if ((cx.match(/<c:dPt>/g) || []).length < 2 && (cx.match(/<c:ser>/g) || []).length < 2) bad.push('chart not coloured by group (no data points / series)'); if (colours.size < 2) bad.push('chart has fewer than 2 colours'); }
      return bad; }
    case 'rerun_again': { const out3 = ctx.out.replace('.xlsx', '-run3.xlsx'); const r3 = runTool([ctx.out], [], out3); if (!r3.j) return ['third run: no JSON ' + r3.stderr.slice(0, 200)];
      const bad = []; const x = findEntity(r3.j, { name: e.entity }); if (!x || !numEq(x.fulfilment, e.fulfilment)) bad.push(`third run ${e.entity}: ${x && x.fulfilment}`);
      if ((r3.j.entities || []).length !== e.entities) bad.push(`third run entities ${(r3.j.entities || []).length}`);
      const w3 = await readWb(out3); const n3 = w3.worksheets.map(w => w.name); if (n3.some(n => /\(\d+\)\s*$/.test(n))) bad.push('third run sheets: ' + n3.join(', '));
      if (!n3.includes(e.userSheet)) bad.push('user sheet lost on third run');
      const c2 = toolCf(wb.getWorksheet(e.sheet)).length, c3 = toolCf(w3.getWorksheet(e.sheet)).length; if (c3 > c2) bad.push(`tool highlight rules ${c2} → ${c3}`);
      return bad; }
    case 'cf_user_kept': { const ws2 = wb.getWorksheet(e.sheet); const U = (ws2.conditionalFormattings || []).filter(cf => cf.ref === e.ref && (cf.rules || []).some(r => (r.formulae || []).some(f => /LEN/.test(f)))); return U.length === 1 ? [] : [`user rule found ${U.length} times; CF: ${JSON.stringify((ws2.conditionalFormattings || []).map(c => c.ref + ':' + (c.rules || []).map(r => (r.formulae || []).join()).join('/')))}`]; }
  }
  return ['unknown expectation type ' + e.type];
}


module.exports = { check, runTool, readWb, sha, D };
