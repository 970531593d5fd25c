// The checks of the seventh blind acceptance set, as written by the teammate who built the books
// without reading the engine (run.js of their folder), ported with these changes only:
//   - the repository path and the libraries are found from this folder, outputs go to the temp
//     folder (an input under /tmp/ in expected/*.json is the earlier run's result there);
//   - runCase(id, spec) is the body of their main() loop, exported with check() for the mocha test;
//   - the numbers a note may quote include the mean of the comparable districts across periods
//     (changes.tables[].comparable), which the engine added after this set's debatable point 2.
// Runs the tool on every expected/<run>.json and checks each expectation.
// Usage: node run.js [runId…]   → prints PASS/FAIL lines, writes results.json
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const os = require('os');
const ExcelJS = require('exceljs');

const MAIN = path.join(__dirname, '..', '..', '..');
const HERE = __dirname;

// ------------------------------------------------------------------ small helpers
const nrm = (s) => String(s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
function parseAddr(a) {
  if (!a) return null;
  const m = String(a).match(/^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)$/);
  if (!m) return null;
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), col: m[3], row: Number(m[4]) };
}
const canon = (a) => { const p = parseAddr(a); return p ? `${p.sheet}!${p.col}${p.row}` : String(a); };
function colNum(s) { let n = 0; for (const ch of s) n = n * 26 + ch.charCodeAt(0) - 64; return n; }
function colLetter(n) { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }
function expandRef(ref) {
  const out = [];
  for (const part of String(ref).split(/\s+/).filter(Boolean)) {
    const [a, b] = part.replace(/\$/g, '').split(':');
    const pa = a.match(/^([A-Z]+)(\d+)$/); const pb = (b || a).match(/^([A-Z]+)(\d+)$/);
    for (let c = colNum(pa[1]); c <= colNum(pb[1]); c++) for (let r = Number(pa[2]); r <= Number(pb[2]); r++) out.push(colLetter(c) + r);
  }
  return out;
}
function cellText(v) {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if (v.richText) return v.richText.map((t) => t.text).join('');
    if ('result' in v || 'formula' in v || 'sharedFormula' in v) return cellText(v.result);
    if (v.text) return String(v.text);
    if (v.error) return String(v.error);
  }
  return String(v);
}
function cellNum(v) {
  if (v && typeof v === 'object' && !(v instanceof Date) && ('result' in v || 'formula' in v)) v = v.result;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') { const m = nrm(v).replace(/ /g, '').replace(',', '.').match(/^-?\d+(\.\d+)?/); return m ? Number(m[0]) : NaN; }
  return NaN;
}
const close = (a, b, tol = 1e-6) => (a === null || b === null || a === undefined || b === undefined) ? a === b : Math.abs(a - b) <= tol;
const fmt = (x) => typeof x === 'number' ? +x.toFixed(4) : JSON.stringify(x);
const ru1 = (x, d = 1) => x.toFixed(d).replace('.', ',');

function entsOnSheet(json, sheet) { return (json.entities || []).filter((e) => !sheet || e.sheet === sheet || (parseAddr(e.cell) || {}).sheet === sheet); }
function findEnt(json, name, sheet) { return entsOnSheet(json, sheet).filter((e) => nrm(e.name) === nrm(name)); }
function indicatorsAt(json, sheet, key, headerRowMin) {
  return (json.indicators || []).filter((i) => {
    const p = parseAddr(i.cell); if (!p) return false;
    if (sheet && p.sheet !== sheet) return false;
    if (headerRowMin && p.row < headerRowMin) return false;
    if (!headerRowMin && key.col && p.row > 20 && sheet === 'Форма 1') return false; // f01: table-1 header only
    return key.col ? p.col === key.col : p.row === key.row;
  });
}
function toolRules(outWs, inWs) {
  const inSig = new Set((inWs.conditionalFormattings || []).flatMap((cf) => cf.rules.map((r) => cf.ref + '|' + ruleSig(r))));
  const res = [];
  for (const cf of outWs.conditionalFormattings || []) for (const r of cf.rules) {
    if (inSig.has(cf.ref + '|' + ruleSig(r))) continue;
    res.push({ ref: cf.ref, rule: r });
  }
  return res;
}
function ruleSig(r) {
  const fill = r.style && r.style.fill ? (r.style.fill.bgColor || r.style.fill.fgColor || {}).argb : '';
  return [r.type, r.operator || '', (r.formulae || []).join(';'), fill || '', (r.cfvo || []).map((c) => c.type + (c.value ?? '')).join(','),
    JSON.stringify(r.color || '')].join('|');
}
function colourClass(r) {
  const fill = r.style && r.style.fill ? (r.style.fill.bgColor || r.style.fill.fgColor || {}).argb : null;
  if (!fill) return 'other';
  const h = fill.slice(-6); const R = parseInt(h.slice(0, 2), 16), G = parseInt(h.slice(2, 4), 16), Bc = parseInt(h.slice(4, 6), 16);
  if (R > 200 && G < 215 && Bc < 215 && R - G > 40) return 'red';
  if (R > 200 && G > 200 && Bc < 190) return 'yellow';
  return 'other';
}
let ALIAS = {};
const AN = (n) => ALIAS[n] || n;
function noteParagraphs(wb) {
  const ws = wb.getWorksheet(AN('Справка')); if (!ws) return null;
  const out = [];
  ws.eachRow((row) => { const t = row.values.slice(1).map(cellText).filter((x) => x !== '').join(' '); if (t) out.push(nrm(t)); });
  return out;
}
function sheetRows(wb, name) {
  const ws = wb.getWorksheet(AN(name)); if (!ws) return null;
  const rows = [];
  ws.eachRow((row, i) => { rows.push({ i, v: row.values.slice(1) }); });
  return rows;
}

// ------------------------------------------------------------------ Russian plurals
function pluralCat(n) { const a = n % 10, b = n % 100; if (a === 1 && b !== 11) return 'one'; if (a >= 2 && a <= 4 && (b < 12 || b > 14)) return 'few'; return 'many'; }
const NOUNS = [
  { stem: 'образовани', sg: ['е', 'я', 'ю', 'ем', 'и'], nomSg: 'е', genSg: 'я', pl: ['й', 'ям', 'ями', 'ях'] },
  { stem: 'район', sg: ['', 'а', 'у', 'ом', 'е'], nomSg: '', genSg: 'а', pl: ['ов', 'ам', 'ами', 'ах'] },
  { stem: 'муниципалитет', sg: ['', 'а', 'у', 'ом', 'е'], nomSg: '', genSg: 'а', pl: ['ов', 'ам', 'ами', 'ах'] },
  { stem: 'округ', sg: ['', 'а', 'у', 'ом', 'е'], nomSg: '', genSg: 'а', pl: ['ов', 'ам', 'ами', 'ах'] },
  { stem: 'показател', sg: ['ь', 'я', 'ю', 'ем', 'е'], nomSg: 'ь', genSg: 'я', pl: ['ей', 'ям', 'ями', 'ях'] },
  { stem: 'критери', sg: ['й', 'я', 'ю', 'ем', 'и'], nomSg: 'й', genSg: 'я', pl: ['ев', 'ям', 'ями', 'ях'] },
  { stem: 'объект', sg: ['', 'а', 'у', 'ом', 'е'], nomSg: '', genSg: 'а', pl: ['ов', 'ам', 'ами', 'ах'] },
  { stem: 'школ', sg: ['а', 'ы', 'е', 'у', 'ой'], nomSg: 'а', genSg: 'ы', pl: ['', 'ам', 'ами', 'ах'] },
  { stem: 'педагог', sg: ['', 'а', 'у', 'ом', 'е'], nomSg: '', genSg: 'а', pl: ['ов', 'ам', 'ами', 'ах'] },
];
function pluralErrors(text) {
  const errs = [];
  const re = /(^|[^\d.,])(\d+)\s+((?:муниципальн|городск|сельск)[а-яё]*\s+)?(образовани[а-яё]*|район[а-яё]*|муниципалитет[а-яё]*|округ[а-яё]*|показател[а-яё]*|критери[а-яё]*|объект[а-яё]*|школ[а-яё]*|педагог[а-яё]*)/gi;
  let m;
  while ((m = re.exec(text))) {
    const n = Number(m[2]); const adj = (m[3] || '').trim().toLowerCase(); const noun = m[4].toLowerCase();
    const N = NOUNS.find((x) => noun.startsWith(x.stem)); if (!N) continue;
    const end = noun.slice(N.stem.length);
    if (N.stem === 'район' && /^(ы|н)/.test(end)) continue; // «районы», «районный»
    if (N.stem === 'педагог' && /^и/.test(end)) continue;      // «педагогических»
    if (N.stem === 'показател' && end === 'и') continue;       // nom. pl. «показатели» after a number is rare but not our target
    const isSg = N.sg.includes(end); const isPl = N.pl.includes(end);
    if (!isSg && !isPl) continue;
    const cat = pluralCat(n);
    let bad = false;
    if (cat === 'one' && isPl) bad = true;
    if (cat === 'few' && isSg && end !== N.genSg) bad = true;
    if (cat === 'many' && isSg && !isPl) bad = true;
    if (adj) {
      const aEnd = adj.match(/(ое|ого|ому|ым|ом|ый|ая|ой|ую|ые|ых|ыми|ий|ие|их|ими)$/);
      const a = aEnd ? aEnd[1] : '';
      if (cat === 'one' && ['ые', 'ых', 'ыми', 'ие', 'их', 'ими'].includes(a)) bad = true;
      if (cat !== 'one' && ['ое', 'ого', 'ому', 'ый', 'ий', 'ая', 'ую'].includes(a)) bad = true;
      if (cat === 'few' && end === N.genSg && ['ые', 'ие'].includes(a) && N.stem !== 'школ') bad = true; // «2 муниципальные образования»
    }
    if (bad) errs.push(m[0].replace(/^[^\d]/, '').trim());
  }
  return errs;
}

// ------------------------------------------------------------------ number candidates for note checks
function candidates(json) {
  const c = [];
  const add = (x) => { if (typeof x === 'number' && isFinite(x)) c.push(x); };
  for (const e of json.entities || []) { add(e.fulfilment); for (const v of Object.values(e.criteria || {})) add(v); if (e.maxPoints) add(e.points / e.maxPoints * 100); }
  for (const t of json.tables || []) { if (t.region) { add(t.region.mean); add(t.region.median); } for (const cr of t.criteria || []) { add(cr.mean); add(cr.median); } }
  for (const i of json.indicators || []) add(i.level);
  for (const s of json.shares || []) { add(s.share); add(s.mean); add(s.median); add(s.declared); }
  if (json.thresholds) { add(json.thresholds.target); add(json.thresholds.critical); for (const b of json.thresholds.bands || []) { add(b.min); if (b.min) add(b.min - 1); } }
  const cls = json.clusters ? (Array.isArray(json.clusters) ? json.clusters : [json.clusters]) : [];
  for (const cl of cls) {
    for (const row of cl.centres || []) for (const v of row) add(v);
    const by = {};
    for (const a of cl.assignments || []) { const e = (json.entities || []).find((x) => x.name === a.name && (!a.cell || x.cell === a.cell)); if (e && e.fulfilment !== null) (by[a.cluster] = by[a.cluster] || []).push(e.fulfilment); }
    for (const xs of Object.values(by)) add(xs.reduce((p, q2) => p + q2, 0) / xs.length);
  }
  const ch = json.changes || {};
  for (const t of ch.tables || []) { if (t.region) { add(t.region.previous); add(t.region.current); add(t.region.change); }
    if (t.comparable) { add(t.comparable.previous); add(t.comparable.current); add(t.comparable.change); }
    for (const e of t.entities || []) { add((e.previous || {}).fulfilment); add((e.current || {}).fulfilment); add(e.fulfilmentChange); for (const c of e.criteria || []) { add(c.previous); add(c.current); add(c.change); } } }
  const ro = json.roster ? (Array.isArray(json.roster) ? json.roster : [json.roster]) : [];
  for (const r of ro) { const y = r.youngTeachers || {}; add(y.share); add(y.mentoredShare); for (const d of r.deficitMap || []) add(d.share); }
  for (const cl of cls) { const cnt = {}; const asg = (cl.assignments || []).filter((a) => a.cluster !== null && a.cluster !== undefined); for (const a of asg) cnt[a.cluster] = (cnt[a.cluster] || 0) + 1; const tot = asg.length; for (const v of Object.values(cnt)) add(v / tot * 100); }
  add(100); add(0);
  const n = (json.entities || []).length; const ni = (json.indicators || []).length;
  for (const d of [n, ni]) for (let k = 0; k <= d; k++) if (d) add(k / d * 100);
  return c;
}

// ------------------------------------------------------------------ the checks
function check(x, json, ctx) {
  const S = x.sheet;
  const fail = (msg) => ({ ok: false, msg });
  const pass = (msg) => ({ ok: true, msg: msg || '' });
  switch (x.type) {
    case 'exit_ok': {
      if (ctx.code !== 0) return fail(`exit ${ctx.code}; stderr: ${ctx.stderr.slice(0, 300)}`);
      if (!json) return fail('stdout is not JSON: ' + ctx.stdout.slice(0, 200));
      return pass();
    }
    case 'sheets_analysed': {
      const got = (json.sheets || []).slice().sort(); const exp = x.sheets.slice().sort();
      return JSON.stringify(got) === JSON.stringify(exp) ? pass() : fail('sheets = ' + JSON.stringify(json.sheets));
    }
    case 'entity_count': { const n = entsOnSheet(json, S).length; return n === x.count ? pass() : fail(`found ${n} entities: ${entsOnSheet(json, S).map((e) => e.name).join('; ')}`); }
    case 'entity_rows': {
      const es = entsOnSheet(json, S).filter((e) => { const p = parseAddr(e.cell); return p && p.row >= x.rowMin && p.row <= x.rowMax; });
      return es.length === x.count ? pass() : fail(`${es.length} entities with name cell in rows ${x.rowMin}–${x.rowMax}; all entities: ${json.entities.map((e) => e.name + '@' + e.cell).join('; ')}`);
    }
    case 'entity_names': {
      const got = new Set(entsOnSheet(json, S).map((e) => nrm(e.name))); const exp = new Set(x.names.map(nrm));
      const missing = [...exp].filter((n) => !got.has(n)); const extra = [...got].filter((n) => !exp.has(n));
      return !missing.length && !extra.length ? pass() : fail(`missing: ${missing.join('; ') || '—'}; extra: ${extra.join('; ') || '—'}`);
    }
    case 'entity_names_include': {
      const got = new Set((json.entities || []).map((e) => nrm(e.name)));
      const missing = x.names.filter((n) => !got.has(nrm(n)));
      return missing.length ? fail('missing: ' + missing.join('; ')) : pass();
    }
    case 'entity_absent': {
      const re = new RegExp(x.pattern, 'i'); const bad = (json.entities || []).filter((e) => re.test(nrm(e.name)));
      return bad.length ? fail('entities: ' + bad.map((e) => e.name).join('; ')) : pass();
    }
    case 'entities_values': {
      const bad = [];
      for (const [name, v] of Object.entries(x.values)) {
        const es = findEnt(json, name, S);
        if (es.length !== 1) { bad.push(`${name}: ${es.length} matches`); continue; }
        const got = es[0][x.field];
        const ok = typeof v === 'number' && typeof got === 'number' ? Math.abs(v - got) <= (x.tol ?? 1e-9) : got === v;
        if (!ok) bad.push(`${name}: ${fmt(got)} (exp ${fmt(v)})`);
      }
      return bad.length ? fail(bad.join('; ')) : pass();
    }
    case 'entity_field': {
      const es = findEnt(json, x.name, S); if (es.length !== 1) return fail(`${es.length} entities named ${x.name}`);
      const got = es[0][x.field];
      const ok = typeof x.value === 'number' && typeof got === 'number' ? Math.abs(x.value - got) <= (x.tol ?? 1e-9) : got === x.value;
      return ok ? pass() : fail(`${x.field} = ${fmt(got)}`);
    }
    case 'entities_range': {
      const bad = entsOnSheet(json, S).filter((e) => e[x.field] !== null && (e[x.field] < x.min - 1e-9 || e[x.field] > x.max + 1e-9));
      return bad.length ? fail(bad.map((e) => `${e.name}: ${fmt(e[x.field])}`).join('; ')) : pass();
    }
    case 'entities_criteria': {
      const bad = [];
      for (const [name, crit] of Object.entries(x.values)) {
        const es = findEnt(json, name, S); if (es.length !== 1) { bad.push(`${name}: ${es.length} matches`); continue; }
        const got = es[0].criteria || {};
        for (const [label, v] of Object.entries(crit)) {
          const k = Object.keys(got).find((kk) => nrm(kk) === nrm(label));
          if (k === undefined) { bad.push(`${name}: no criterion «${label}» (has ${Object.keys(got).join(' | ')})`); continue; }
          if (!close(got[k], v, x.tol)) bad.push(`${name} / ${label.slice(0, 20)}: ${fmt(got[k])} (exp ${fmt(v)})`);
        }
      }
      return bad.length ? fail(bad.slice(0, 8).join('; ') + (bad.length > 8 ? ` … (${bad.length})` : '')) : pass();
    }
    case 'entity_criterion': {
      const es = findEnt(json, x.name, S); if (es.length !== 1) return fail('no entity');
      const re = new RegExp(x.criterionRe); const k = Object.keys(es[0].criteria || {}).find((kk) => re.test(kk));
      if (!k) return fail('no criterion matching ' + x.criterionRe);
      return close(es[0].criteria[k], x.value, x.tol) ? pass() : fail(`${k}: ${fmt(es[0].criteria[k])}`);
    }
    case 'region': {
      const t = (json.tables || []).find((tt) => (tt.sheets || []).includes(S));
      if (!t || !t.region) return fail('no table for sheet');
      return close(t.region[x.field], x.value, x.tol) ? pass() : fail(`${x.field} = ${fmt(t.region[x.field])}`);
    }
    case 'indicator_levels': case 'indicator_statuses': {
      const bad = [];
      for (const v of x.values) {
        const is = indicatorsAt(json, S, v, x.headerRowMin);
        if (is.length !== 1) { bad.push(`${v.id}: ${is.length} indicators at ${v.col || 'row ' + v.row}`); continue; }
        if (x.type === 'indicator_levels') { if (!close(is[0].level, v.level, x.tol ?? 1e-6)) bad.push(`${v.id}: level ${fmt(is[0].level)} (exp ${fmt(v.level)})`); }
        else if (is[0].status !== v.status) bad.push(`${v.id}: ${is[0].status} (exp ${v.status})`);
      }
      return bad.length ? fail(bad.join('; ')) : pass();
    }
    case 'indicator_exists': {
      const is = indicatorsAt(json, S, { col: x.col }); if (is.length !== 1) return fail(`${is.length} indicators in column ${x.col}`);
      return !x.kind || is[0].kind === x.kind ? pass() : fail('kind = ' + is[0].kind);
    }
    case 'indicator_absent': { const is = indicatorsAt(json, S, { col: x.col }); return is.length ? fail('indicator: ' + is.map((i) => i.name).join('; ')) : pass(); }
    case 'indicator_name_clean': {
      const is = indicatorsAt(json, S, { col: x.col }); if (is.length !== 1) return fail('no indicator');
      return /\n/.test(is[0].name) ? fail('name = ' + JSON.stringify(is[0].name)) : pass();
    }
    case 'deficit_cells': {
      const got = new Set((json.deficits || []).filter((d) => d.cell && d.kind === x.kind && (!d.scope || d.scope === 'cell') && (parseAddr(d.cell) || {}).sheet === S)
        .map((d) => { const p = parseAddr(d.cell); return p.col + p.row; }).filter((a) => !(x.ignore || []).includes(a)));
      const exp = new Set(x.cells);
      const missing = [...exp].filter((a) => !got.has(a)); const extra = [...got].filter((a) => !exp.has(a));
      return !missing.length && !extra.length ? pass(`${exp.size} cells`) : fail(`missing: ${missing.join(' ') || '—'}; extra: ${extra.join(' ') || '—'}`);
    }
    case 'entity_deficits': {
      const tIdx = (json.tables || []).map((t, i) => ((t.sheets || []).includes(S || ctx.mainSheet) ? i : -1)).filter((i) => i >= 0);
      const got = new Set((json.deficits || []).filter((d) => (!tIdx.length || d.table === undefined || tIdx.includes(d.table)) && d.kind === x.kind && (!x.scope || x.scope !== 'overall' || !d.criterion) && (x.scope !== 'criterion' || d.criterion)).map((d) => nrm(d.entity)));
      const exp = new Set(x.names.map(nrm));
      const missing = [...exp].filter((a) => !got.has(a)); const extra = [...got].filter((a) => !exp.has(a));
      if (x.scope === 'criterion') return !missing.length ? pass() : fail('missing: ' + missing.join('; '));
      return !missing.length && !extra.length ? pass() : fail(`missing: ${missing.join('; ') || '—'}; extra: ${extra.join('; ') || '—'}`);
    }
    case 'highlights_exact': case 'rerun_cf': {
      const wb = x.type === 'rerun_cf' ? ctx.rerunWb : ctx.resultWb;
      if (!wb) return fail('no result workbook' + (x.type === 'rerun_cf' ? ' of the second run: ' + (ctx.rerunErr || '') : ''));
      const ws = wb.getWorksheet(S); const inWs = (ctx.baseWb || ctx.inputWb).getWorksheet(S);
      if (!ws) return fail('source sheet missing in result');
      const rules = toolRules(ws, inWs);
      const red = new Set(); const yellow = new Set(); const other = [];
      for (const { ref, rule } of rules) {
        const cls = colourClass(rule); const cells = expandRef(ref);
        if (cls === 'red') cells.forEach((c) => red.has(c) ? other.push('dup red ' + c) : red.add(c));
        else if (cls === 'yellow') cells.forEach((c) => yellow.has(c) ? other.push('dup yellow ' + c) : yellow.add(c));
        else other.push(`${ref}:${rule.type}`);
      }
      const ign = x.ignore || [];
      const diff = (got, exp) => { const g = [...got].filter((a) => !ign.includes(a)); return { missing: exp.filter((a) => !got.has(a)), extra: g.filter((a) => !exp.includes(a)) }; };
      const dr = diff(red, x.red); const dy = diff(yellow, x.yellow);
      const msgs = [];
      if (dr.missing.length || dr.extra.length) msgs.push(`red missing: ${dr.missing.join(' ') || '—'}; red extra: ${dr.extra.join(' ') || '—'}`);
      if (dy.missing.length || dy.extra.length) msgs.push(`yellow missing: ${dy.missing.join(' ') || '—'}; yellow extra: ${dy.extra.join(' ') || '—'}`);
      if (other.length) msgs.push('other new rules: ' + other.join(', '));
      if (x.type === 'rerun_cf') {
        const miss = userRulesMissing(inWs, ws); if (miss.length) msgs.push('user rules lost: ' + miss.join(', '));
      }
      return msgs.length ? fail(msgs.join(' | ')) : pass(`${red.size} red, ${yellow.size} yellow`);
    }
    case 'no_highlights': {
      const bad = [];
      for (const s of x.sheets) {
        const ws = ctx.resultWb.getWorksheet(s); const inWs = ctx.inputWb.getWorksheet(s);
        if (!ws) { bad.push(s + ' missing'); continue; }
        const r = toolRules(ws, inWs); if (r.length) bad.push(`${s}: ${r.map((z) => z.ref).join(', ')}`);
      }
      return bad.length ? fail(bad.join('; ')) : pass();
    }
    case 'user_cf_intact': {
      const miss = userRulesMissing(ctx.inputWb.getWorksheet(S), ctx.resultWb.getWorksheet(S));
      return miss.length ? fail('lost or changed: ' + miss.join(', ')) : pass();
    }
    case 'static_fill_kept': {
      const c = ctx.resultWb.getWorksheet(S).getCell(x.cell); const f = c.fill && (c.fill.fgColor || {}).argb;
      return f === x.argb ? pass() : fail('fill = ' + JSON.stringify(c.fill));
    }
    case 'share_set': {
      const bad = []; let n = 0;
      for (const [cell, v] of Object.entries(x.values)) {
        const s = (json.shares || []).filter((z) => z.entity !== null && canon(z.numeratorCell) === canon(cell));
        if (s.length !== 1) { bad.push(`${cell}: ${s.length} shares`); continue; }
        const bc = parseAddr(s[0].baseCell);
        if (x.base && bc && bc.col !== x.base) { bad.push(`${cell}: base ${s[0].baseCell} (exp column ${x.base})`); continue; }
        if (!close(s[0].share, v, x.tol)) bad.push(`${cell}: ${fmt(s[0].share)} (exp ${fmt(v)})`);
        n++;
      }
      return bad.length ? fail(bad.slice(0, 6).join('; ') + (bad.length > 6 ? ` … (${bad.length} bad)` : '')) : pass(`${n} shares`);
    }
    case 'share_exists': {
      const miss = x.numeratorCells.filter((c) => !(json.shares || []).some((z) => canon(z.numeratorCell) === canon(c)));
      return miss.length ? fail('no share for ' + miss.join(' ')) : pass();
    }
    case 'share_field': {
      const s = (json.shares || []).filter((z) => canon(z.numeratorCell) === canon(x.numeratorCell));
      if (!s.length) return x.value === null ? pass('no share row at all') : fail('no share row');
      if (s.length > 1) return fail(s.length + ' share rows');
      const got = s[0][x.field];
      const ok = typeof x.value === 'number' ? close(got, x.value, 1e-6) : (x.value === null ? (got === null || got === undefined) : got === x.value);
      if (!ok) return fail(`${x.field} = ${fmt(got)}`);
      if (x.alsoExcluded && s[0].excluded === false) return fail('excluded = false');
      return pass();
    }
    case 'region_share': {
      const e = (json.shares || []).find((z) => canon(z.numeratorCell) === canon(x.anyNumeratorCell));
      if (!e) return fail('no share at ' + x.anyNumeratorCell);
      const r = (json.shares || []).filter((z) => z.entity === null && z.indicatorId === e.indicatorId && z.table === e.table && nrm(z.indicator) === nrm(e.indicator));
      if (r.length !== 1) return fail(r.length + ' region rows');
      const bad = [];
      for (const f of ['numerator', 'base', 'share', 'mean', 'median']) if (!close(r[0][f], x[f], x.tol)) bad.push(`${f} ${fmt(r[0][f])} (exp ${fmt(x[f])})`);
      return bad.length ? fail(bad.join('; ')) : pass();
    }
    case 'mismatch_set': {
      const got = (json.shares || []).filter((z) => z.mismatch && z.declaredCell && (parseAddr(z.declaredCell) || {}).sheet === S && z.entity !== null)
        .map((z) => canon(z.declaredCell)).filter((a) => { const p = parseAddr(a); return p.row >= x.rowMin && p.row <= x.rowMax; });
      const exp = x.expected.map(canon); const allow = (x.allowExtra || []).map(canon);
      const missing = exp.filter((a) => !got.includes(a)); const extra = got.filter((a) => !exp.includes(a) && !allow.includes(a));
      return !missing.length && !extra.length ? pass() : fail(`missing: ${missing.join(' ') || '—'}; extra: ${extra.join(' ') || '—'}`);
    }
    case 'pairs_present': case 'pairs_absent': {
      const pairs = (json.tables || []).flatMap((t) => t.pairs || []).filter((p) => p.sheet === S || (parseAddr(p.numerator && p.numerator.cell) || {}).sheet === S);
      const L = (c) => (parseAddr(c) || {}).col; const R = (c) => (parseAddr(c) || {}).row;
      const inRange = (p) => !x.headerRowMax || R(p.numerator.cell) <= x.headerRowMax;
      const bad = [];
      for (const want of x.pairs) {
        const hit = pairs.find((p) => inRange(p) && L(p.numerator.cell) === want.num && L(p.base.cell) === want.base);
        if (x.type === 'pairs_absent') { if (hit) bad.push(`${want.num}/${want.base} still present`); continue; }
        if (!hit) { const alt = pairs.filter((p) => inRange(p) && L(p.numerator.cell) === want.num); bad.push(`${want.num}/${want.base} missing (has ${alt.map((p) => L(p.numerator.cell) + '/' + L(p.base.cell)).join(',') || 'none'})`); continue; }
        if (want.declared && L(hit.declared && hit.declared.cell) !== want.declared) bad.push(`${want.num}/${want.base}: declared ${hit.declared ? L(hit.declared.cell) : 'none'} (exp ${want.declared})`);
        if (want.manual !== undefined && !!hit.manual !== want.manual) bad.push(`${want.num}/${want.base}: manual=${hit.manual}`);
        if (!hit.reason) bad.push(`${want.num}/${want.base}: no reason`);
      }
      return bad.length ? fail(bad.join('; ')) : pass();
    }
    case 'stderr_pairs': {
      const s = ctx.stderr; const bad = [];
      if (!/--pair/.test(s)) bad.push('no --pair hint');
      for (const l of x.letters) if (!new RegExp(`(^|[^A-Za-z])${l}\\s*[«"]`).test(s)) bad.push('letter ' + l + ' not shown');
      return bad.length ? fail(bad.join('; ')) : pass();
    }
    case 'tables_separate': {
      const a = (json.shares || []).find((z) => canon(z.numeratorCell) === canon(x.a)); const b = (json.shares || []).find((z) => canon(z.numeratorCell) === canon(x.b));
      if (!a || !b) return fail(`share rows: ${!!a}, ${!!b}`);
      return a.table !== b.table ? pass() : fail('same table index ' + a.table);
    }
    case 'problem_at': {
      const ps = (json.problems || []).filter((p) => canon(p.cell) === canon(x.cell));
      if (!ps.length) return fail('no problem at ' + x.cell);
      if (x.severity && !ps.some((p) => x.severity.includes(p.severity))) return fail('severity ' + ps.map((p) => p.severity).join(',') + ': ' + ps[0].message);
      if (x.notRe && ps.some((p) => new RegExp(x.notRe, 'i').test(p.message))) return fail('message: ' + ps.map((p) => p.message).join(' / '));
      return pass(ps.map((p) => p.severity + ': ' + p.message).join(' / ').slice(0, 250));
    }
    case 'problem_any': {
      const ps = (json.problems || []).filter((p) => x.cells.map(canon).includes(canon(p.cell)) && (!x.severity || x.severity.includes(p.severity)));
      if (ps.length) return pass(ps.map((p) => p.cell + ': ' + p.message).join(' / ').slice(0, 250));
      if (x.or) { const re = new RegExp(x.or.re, 'i'); const alt = (json.problems || []).filter((p) => re.test(p.message) && (!x.severity || x.severity.includes(p.severity)) && (parseAddr(p.cell) || {}).sheet === (parseAddr(x.cells[0]) || {}).sheet); if (alt.length) return pass('via message: ' + alt[0].cell + ' ' + alt[0].message.slice(0, 200)); }
      return fail('none at ' + x.cells.join(' '));
    }
    case 'no_problem_at': {
      const ps = (json.problems || []).filter((p) => x.cells.map(canon).includes(canon(p.cell)) && (!x.severity || x.severity.includes(p.severity)));
      return ps.length ? fail(ps.map((p) => `${p.cell} ${p.severity}: ${p.message}`).join(' / ')) : pass();
    }
    case 'problem_mentions': {
      const re = new RegExp(x.re, 'i'); const ps = (json.problems || []).filter((p) => re.test(p.message));
      return ps.length ? pass(ps[0].message.slice(0, 200)) : fail('no problem message matches /' + x.re + '/');
    }
    case 'problem_absent_re': {
      const re = new RegExp(x.re, 'i'); const ps = (json.problems || []).filter((p) => re.test(p.message));
      return ps.length ? fail(ps.map((p) => p.cell + ': ' + p.message).join(' / ')) : pass();
    }
    case 'source_view_preserved': {
      const ws = ctx.resultWb.getWorksheet(S); const bad = [];
      for (const r of x.hiddenRows) if (!ws.getRow(r).hidden) bad.push('row ' + r + ' not hidden');
      for (const c of x.hiddenCols) if (!ws.getColumn(c).hidden) bad.push('col ' + c + ' not hidden');
      const af = ws.autoFilter; const afs = typeof af === 'string' ? af : af && af.from ? `${af.from}:${af.to}` : JSON.stringify(af);
      if (!afs || !afs.includes(x.autoFilter.split(':')[0])) bad.push('autoFilter = ' + JSON.stringify(af));
      if (!/filterColumn/.test(ctx.resultSheetXml[S] || '')) bad.push('filter criteria (filterColumn) lost');
      for (const a of x.notes) if (!ws.getCell(a).note) bad.push('comment lost at ' + a);
      const inWs = ctx.inputWb.getWorksheet(S);
      inWs.eachRow({ includeEmpty: false }, (row, i) => row.eachCell((c, j) => { if (cellText(c.value) !== cellText(ws.getRow(i).getCell(j).value)) bad.push(`value changed at ${c.address}`); }));
      return bad.length ? fail(bad.slice(0, 8).join('; ')) : pass();
    }
    case 'tie_rank': {
      const es = x.names.map((n) => findEnt(json, n, S)[0]);
      if (es.some((e) => !e)) return fail('entity missing');
      const ranks = es.map((e) => e.rank);
      if (new Set(ranks).size !== 1) return fail('ranks ' + x.names.map((n, i) => `${n}=${ranks[i]} (${fmt(es[i].fulfilment)})`).join(', '));
      if (x.rank && ranks[0] !== x.rank) return fail('shared rank ' + ranks[0] + ' (exp ' + x.rank + ')');
      if (x.next) { const nx = findEnt(json, x.next.name, S)[0]; if (!nx || nx.rank !== x.next.rank) return fail(`next ${x.next.name} rank ${nx && nx.rank}`); }
      if (x.nextAfter) { const nx = findEnt(json, x.nextAfter, S)[0]; if (!nx || nx.rank !== ranks[0] + x.names.length) return fail(`${x.nextAfter} rank ${nx && nx.rank}, exp ${ranks[0] + x.names.length}`); }
      return pass('rank ' + ranks[0]);
    }
    case 'thresholds': {
      const t = json.thresholds || {}; return t.target === x.target && t.critical === x.critical ? pass() : fail(JSON.stringify(t));
    }
    case 'result_sheets': {
      const names = ctx.resultWb.worksheets.map((w) => w.name);
      const miss = x.present.filter((n) => !names.includes(n)); const extra = x.absent.filter((n) => names.includes(n));
      return !miss.length && !extra.length ? pass(names.join(', ')) : fail(`missing ${miss.join(', ') || '—'}; should be absent: ${extra.join(', ') || '—'} (sheets: ${names.join(', ')})`);
    }
    case 'deficits_sheet_thresholds': {
      const rows = sheetRows(ctx.resultWb, 'Дефициты'); if (!rows) return fail('no Дефициты sheet');
      const head = rows.slice(0, 3).map((r) => r.v.map(cellText).join(' ')).join(' ');
      const bad = [];
      if (!new RegExp(`${x.target}\\s?%`).test(head) || !new RegExp(`${x.critical}\\s?%`).test(head)) bad.push('heading: ' + head.slice(0, 150));
      const hdr = rows.find((r) => r.v.some((v) => cellText(v) === 'Порог'));
      if (!hdr) return fail('no «Порог» column');
      const ti = hdr.v.findIndex((v) => cellText(v) === 'Порог'); const ki = hdr.v.findIndex((v) => cellText(v) === 'Вид');
      for (const r of rows.filter((r) => r.i > hdr.i)) {
        const kind = cellText(r.v[ki]); const th = cellNum(r.v[ti]);
        if (kind === 'дефицит' && Math.abs(th - x.critical / 100) > 1e-9 && Math.abs(th - x.critical) > 1e-9) bad.push(`row ${r.i} дефицит threshold ${th}`);
        if (kind === 'зона внимания' && Math.abs(th - x.target / 100) > 1e-9 && Math.abs(th - x.target) > 1e-9) bad.push(`row ${r.i} зона внимания threshold ${th}`);
      }
      return bad.length ? fail(bad.slice(0, 5).join('; ')) : pass();
    }
    case 'svodnaya_band_labels': {
      const rows = sheetRows(ctx.resultWb, 'Сводная'); if (!rows) return fail('no Сводная');
      const txt = rows.map((r) => r.v.map(cellText).join(' ')).join(' ');
      const miss = x.labels.filter((l) => !txt.includes(l)); return miss.length ? fail('missing labels ' + miss.join(', ') + ' in: ' + (txt.match(/Группы[^.]*\./) || [''])[0]) : pass();
    }
    case 'json_note_empty': {
      const n = json.note; return !n || (Array.isArray(n.sections) && !n.sections.length) ? pass() : fail('json.note present with ' + (n.sections || []).length + ' sections');
    }
    case 'deficits_sheet_matches_json': {
      const rows = sheetRows(ctx.resultWb, 'Дефициты');
      if (!rows) return (json.deficits || []).length ? fail('no Дефициты sheet') : pass('no sheet, no deficits');
      const hdr = rows.find((r) => r.v.some((v) => cellText(v) === 'Ячейка'));
      if (!hdr) return fail('no header with «Ячейка»');
      const ci = hdr.v.findIndex((v) => cellText(v) === 'Ячейка');
      const data = rows.filter((r) => r.i > hdr.i && r.v.some((v) => cellText(v) !== '') && !(cellText(r.v[ci]) === '' && r.v.some((v) => /не найдено/.test(cellText(v)))));
      const sheetCells = data.map((r) => cellText(r.v[ci])).filter(Boolean).map(canon).sort();
      const jsonCells = (json.deficits || []).map((d) => d.cell).filter(Boolean).map(canon).sort();
      const bad = [];
      if (data.length !== (json.deficits || []).length) bad.push(`${data.length} rows vs ${(json.deficits || []).length} JSON deficits`);
      if (JSON.stringify(sheetCells) !== JSON.stringify(jsonCells)) bad.push('cell lists differ');
      return bad.length ? fail(bad.join('; ')) : pass(`${data.length} rows`);
    }
    case 'svodnaya_matches_json': {
      const rows = sheetRows(ctx.resultWb, 'Сводная'); if (!rows) return fail('no Сводная');
      const hdrs = rows.filter((r) => r.v.some((v) => /Общее выполнение/.test(cellText(v))));
      if (!hdrs.length) return fail('no «Общее выполнение» header');
      const bad = []; let checked = 0; let formulasNoValue = 0;
      const tablesWithF = [...new Set((json.entities || []).filter((e) => e.fulfilment !== null).map((e) => e.table ?? 0))].sort((a, b) => a - b);
      for (const e of json.entities || []) {
        if (e.fulfilment === null) continue;
        const k = tablesWithF.indexOf(e.table ?? 0); const hdr = hdrs[k] || hdrs[0]; const next = hdrs[k + 1] ? hdrs[k + 1].i : Infinity;
        const fi = hdr.v.findIndex((v) => /Общее выполнение/.test(cellText(v)));
        const gi = hdr.v.findIndex((v) => cellText(v) === 'Группа'); const ri = hdr.v.findIndex((v) => /Место/.test(cellText(v)));
        const same = (json.entities || []).filter((o) => o.name === e.name && (o.table ?? 0) === (e.table ?? 0) && o.fulfilment !== null); const kth = same.indexOf(e); const r = rows.filter((rr) => rr.i > hdr.i && rr.i < next && rr.v.some((v) => nrm(cellText(v)) === nrm(e.name)))[Math.max(0, kth)];
        if (!r) { bad.push('no row for ' + e.name); continue; }
        const fv = r.v[fi];
        if (fv && typeof fv === 'object' && 'formula' in fv && fv.result === undefined) { formulasNoValue++; continue; }
        const f = cellNum(fv);
        if (!(Math.abs(f * 100 - e.fulfilment) < 1e-6 || Math.abs(f - e.fulfilment) < 1e-6)) bad.push(`${e.name}: ${f} vs ${fmt(e.fulfilment)}`);
        if (gi >= 0 && cellNum(r.v[gi]) !== e.group) bad.push(`${e.name}: group ${cellText(r.v[gi])} vs ${e.group}`);
        if (ri >= 0 && cellNum(r.v[ri]) !== e.rank) bad.push(`${e.name}: rank ${cellText(r.v[ri])} vs ${e.rank}`);
        checked++;
      }
      return bad.length ? fail(bad.slice(0, 6).join('; ')) : pass(`${checked} rows` + (formulasNoValue ? `, ${formulasNoValue} formulas without cached values` : ''));
    }
    case 'addresses_valid': return checkAddresses(json, ctx);
    // ----------------------------------------------------------------- note
    case 'note_plurals': case 'note_numbers_traceable': case 'note_coverage': case 'note_groups': case 'note_best_worst':
    case 'note_problem_zones': case 'note_not_same_best_worst': case 'note_not_contains': {
      const paras = noteParagraphs(ctx.resultWb); if (!paras) return fail('no «Справка» sheet');
      return checkNote(x, json, paras);
    }

    case 'entity_dups': {
      const es = findEnt(json, x.name, S);
      if (es.length !== x.fulfilments.length) return fail(`${es.length} entities named ${x.name}: ${es.map((e) => e.cell + ' ' + fmt(e.fulfilment)).join('; ')}`);
      const got = es.map((e) => e.fulfilment).sort((a, b) => a - b); const exp = x.fulfilments.slice().sort((a, b) => a - b);
      return got.every((g, i) => close(g, exp[i], 1e-6)) ? pass(got.map(fmt).join(', ')) : fail('fulfilments ' + got.map(fmt).join(', '));
    }
    case 'entity_name_trimmed': {
      const es = entsOnSheet(json, S).filter((e) => nrm(e.name) === nrm(x.name));
      if (!es.length) return fail('no entity');
      return es.every((e) => e.name === e.name.trim()) ? pass() : fail('name = ' + JSON.stringify(es[0].name));
    }
    case 'entity_name_col': {
      const bad = entsOnSheet(json, S).filter((e) => (parseAddr(e.cell) || {}).col !== x.col);
      return bad.length ? fail(bad.slice(0, 4).map((e) => e.name + '@' + e.cell).join('; ')) : pass();
    }
    case 'indicator_criterion': {
      const is = indicatorsAt(json, S, { col: x.col }); if (is.length !== 1) return fail(`${is.length} indicators in column ${x.col}`);
      return new RegExp(x.re).test(is[0].criterion || '') ? pass(is[0].criterion) : fail('criterion = ' + JSON.stringify(is[0].criterion));
    }
    case 'sheet_unchanged': {
      const base = ctx.baseWb || ctx.inputWb; const a = base.getWorksheet(x.sheet); const b = ctx.resultWb.getWorksheet(x.sheet);
      if (!a) return fail('no such sheet in the input'); if (!b) return fail('sheet missing in the result');
      const bad = [];
      a.eachRow({ includeEmpty: false }, (row, i) => row.eachCell((c, j) => { const o = b.getRow(i).getCell(j);
        if (cellText(c.value) !== cellText(o.value)) bad.push(`${c.address}: «${cellText(c.value)}» → «${cellText(o.value)}»`);
        if (c.value && typeof c.value === 'object' && c.value.formula && !(o.value && o.value.formula === c.value.formula)) bad.push(`${c.address}: formula lost`); }));
      let extra = 0; b.eachRow({ includeEmpty: false }, (row, i) => row.eachCell((c) => { if (cellText(c.value) !== '' && cellText(a.getCell(c.address).value) === '') extra++; }));
      if (extra) bad.push(extra + ' cells added');
      return bad.length ? fail(bad.slice(0, 6).join('; ')) : pass();
    }
    case 'sheets_analysed_include': { const miss = x.sheets.filter((s) => !(json.sheets || []).includes(s)); return miss.length ? fail('sheets = ' + JSON.stringify(json.sheets)) : pass(JSON.stringify(json.sheets)); }
    case 'layout': return (json.layout === x.value || (json.tables || []).some((t) => t.layout === x.value)) ? pass() : fail('layout = ' + json.layout);
    case 'change_entity': {
      const ts = ((json.changes || {}).tables || []); const all = ts.flatMap((t) => t.entities || []);
      const c = all.filter((e) => nrm(e.entity) === nrm(x.entity));
      if (c.length !== 1) return fail(`${c.length} change rows for ${x.entity}; rows: ${all.map((e) => e.entity + '←' + (e.previousName || '—')).join('; ')}`);
      const e = c[0]; const bad = [];
      if (nrm(e.previousName || '') !== nrm(x.prevName)) bad.push(`previousName ${JSON.stringify(e.previousName)}`);
      if (!close((e.previous || {}).fulfilment, x.previous, 1e-6)) bad.push(`previous ${fmt((e.previous || {}).fulfilment)} (exp ${fmt(x.previous)})`);
      if (!close((e.current || {}).fulfilment, x.current, 1e-6)) bad.push(`current ${fmt((e.current || {}).fulfilment)} (exp ${fmt(x.current)})`);
      if (!close(e.fulfilmentChange, x.change, 1e-6)) bad.push(`change ${fmt(e.fulfilmentChange)} (exp ${x.change})`);
      if (e.status !== x.status) bad.push(`status ${e.status} (exp ${x.status})`);
      if ((e.previous || {}).group !== x.prevGroup || (e.current || {}).group !== x.curGroup) bad.push(`groups ${(e.previous || {}).group}→${(e.current || {}).group} (exp ${x.prevGroup}→${x.curGroup})`);
      if ((e.previous || {}).rank !== x.prevRank || (e.current || {}).rank !== x.curRank) bad.push(`ranks ${(e.previous || {}).rank}→${(e.current || {}).rank} (exp ${x.prevRank}→${x.curRank})`);
      return bad.length ? fail(bad.join('; ')) : pass();
    }
    case 'change_absent': {
      const all = ((json.changes || {}).tables || []).flatMap((t) => t.entities || []);
      const bad = all.filter((e) => x.entities.some((n) => nrm(n) === nrm(e.entity)) && e.previous && e.previous.fulfilment !== undefined && e.previous.fulfilment !== null);
      return bad.length ? fail(bad.map((e) => `${e.entity} compared with ${e.previousName}`).join('; ')) : pass();
    }
    case 'only_one_period_listed': {
      const dyn = sheetRows(ctx.resultWb, 'Динамика'); const dtxt = dyn ? dyn.map((r) => r.v.map(cellText).join(' ')).join('\n') : '';
      const ptxt = (json.problems || []).map((p) => p.message).join('\n'); const ntxt = (noteParagraphs(ctx.resultWb) || []).join('\n');
      const bad = [];
      for (const n of x.names) { const w = []; if (!dtxt.includes(n)) w.push('Динамика'); if (!ptxt.includes(n)) w.push('Проверка данных'); if (!ntxt.includes(n)) w.push('Справка'); if (w.length) bad.push(`${n} not in ${w.join(', ')}`); }
      return bad.length ? fail(bad.join('; ')) : pass();
    }
    case 'change_region': {
      const t = ((json.changes || {}).tables || [])[0]; if (!t || !t.region) return fail('no region change');
      return close(t.region.previous, x.previous, 1e-6) && close(t.region.current, x.current, 1e-6) ? pass() : fail(`region ${fmt(t.region.previous)} → ${fmt(t.region.current)}`);
    }
    case 'note_mentions': { const t = (noteParagraphs(ctx.resultWb) || []).join('\n'); return new RegExp(x.re, 'i').test(t) ? pass() : fail('note has no /' + x.re + '/'); }
    case 'svodnaya_has_text': { const rows = sheetRows(ctx.resultWb, 'Сводная') || []; const t = rows.map((r) => r.v.map(cellText).join(' ')).join('\n'); return new RegExp(x.re, 'i').test(t) ? pass() : fail('no /' + x.re + '/ in Сводная'); }
    case 'young': {
      const y = ((json.roster || {}).youngTeachers) || (Array.isArray(json.roster) ? (json.roster[0] || {}).youngTeachers : null);
      if (!y) return fail('no roster.youngTeachers');
      const got = y[x.field]; return close(got, x.value, x.tol ?? 1e-9) ? pass() : fail(`${x.field} = ${fmt(got)} (exp ${fmt(x.value)})`);
    }
    case 'deficit_map': case 'deficit_map_school': {
      const dm = ((json.roster || {}).deficitMap) || []; const bad = [];
      for (const w of x.entries) {
        const hits = dm.filter((d) => nrm(d.area) === nrm(w.area) && (x.type === 'deficit_map' ? (nrm(d.unit) === nrm(w.unit) && (w.unit === 'Регион' ? d.level === 'region' : d.level === 'municipality' || !d.school)) : (nrm(d.school || '') === nrm(w.school) && nrm(d.municipality || '') === nrm(w.municipality))));
        if (hits.length !== 1) { bad.push(`${w.unit || w.municipality + '/' + w.school} × ${w.area}: ${hits.length} rows`); continue; }
        if (!close(hits[0].share, w.share, 1e-6)) bad.push(`${w.unit || w.municipality + '/' + w.school} × ${w.area}: ${fmt(hits[0].share)} (exp ${fmt(w.share)})`);
      }
      return bad.length ? fail(bad.join('; ')) : pass();
    }
    case 'problem_msg': {
      const ps = (json.problems || []).filter((p) => canon(p.cell) === canon(x.cell)); if (!ps.length) return fail('no problem at ' + x.cell);
      return ps.some((p) => new RegExp(x.re, 'i').test(p.message)) ? pass(ps[0].message.slice(0, 200)) : fail('message: ' + ps.map((p) => p.message).join(' / ').slice(0, 300));
    }
    case 'no_indicator_scores': {
      const scored = (json.entities || []).filter((e) => e.fulfilment !== null && e.fulfilment !== undefined);
      const defs = (json.deficits || []).filter((d) => ['deficit', 'attention', 'group-3', 'below-median'].includes(d.kind));
      return scored.length || defs.length ? fail(`${scored.length} entities with fulfilment (${scored.slice(0, 3).map((e) => e.name + ' ' + fmt(e.fulfilment)).join(', ')}), ${defs.length} deficits`) : pass();
    }
    case 'criterion_mean': {
      const t = (json.tables || []).find((tt) => (tt.sheets || []).includes(S)); if (!t) return fail('no table');
      const c = (t.criteria || []).find((cc) => nrm(cc.label) === nrm(x.label)); if (!c) return fail('no criterion ' + x.label);
      return close(c.mean, x.value, x.tol) ? pass() : fail('mean = ' + fmt(c.mean));
    }
    case 'problems_cover': {
      const got = new Set((json.problems || []).map((p) => canon(p.cell))); const miss = x.cells.filter((c) => !got.has(canon(c)));
      return miss.length ? fail(`${miss.length} of ${x.cells.length} not reported: ${miss.slice(0, 6).join(' ')}`) : pass(`${x.cells.length} cells`);
    }
    case 'clusters_present': {
      const cl = json.clusters; const one = Array.isArray(cl) ? cl[0] : cl;
      if (!one || !one.k || !(one.assignments || []).length) return fail('no clusters');
      const c = one.centres || []; const m = c.map((r) => r.reduce((a, b) => a + b, 0) / r.length);
      return m.every((v, i) => i === 0 || v >= m[i - 1] - 1e-9) ? pass(`k=${one.k}`) : fail('clusters not ordered weakest→strongest: ' + m.map(fmt).join(', '));
    }
    case 'points_levels': {
      const bad = [];
      for (const v of x.values) {
        const is = (json.indicators || []).filter((i) => nrm(i.criterion || '') === nrm(v.block) && nrm(i.name || '').includes(nrm(v.pos).slice(0, 40)));
        if (is.length !== 1) { bad.push(`${v.block} / ${v.pos.slice(0, 30)}: ${is.length} indicators`); continue; }
        if (!close(is[0].level, v.level, x.tol)) bad.push(`${v.block} / ${v.pos.slice(0, 30)}: ${fmt(is[0].level)} (exp ${fmt(v.level)})`);
      }
      return bad.length ? fail(bad.join('; ')) : pass();
    }
    default: return fail('unknown expectation type ' + x.type);
  }
}

function userRulesMissing(inWs, outWs) {
  const outSig = new Set((outWs.conditionalFormattings || []).flatMap((cf) => cf.rules.map((r) => cf.ref + '|' + ruleSig(r))));
  const miss = [];
  for (const cf of inWs.conditionalFormattings || []) for (const r of cf.rules) if (!outSig.has(cf.ref + '|' + ruleSig(r))) miss.push(`${cf.ref} ${r.type}`);
  return miss;
}

function checkAddresses(json, ctx) {
  const bad = []; let verified = 0; let skipped = 0;
  const get = (a) => { const p = parseAddr(a); if (!p) return { err: 'unparsable ' + a }; const ws = ctx.inputWb.getWorksheet(p.sheet); if (!ws) return { err: 'no sheet ' + p.sheet + ' in the input' }; return { p, v: ws.getCell(p.col + p.row).value }; };
  const entRow = (name) => { const es = (json.entities || []).filter((e) => nrm(e.name) === nrm(name)); return es.map((e) => parseAddr(e.cell)).filter(Boolean); };
  for (const d of json.deficits || []) {
    if (!d.cell) continue;
    const g = get(d.cell); if (g.err) { bad.push('deficit ' + g.err); continue; }
    const txt = nrm(cellText(g.v)); const num = cellNum(g.v);
    let ok;
    if (typeof d.value === 'string') ok = nrm(d.value) === txt || txt.startsWith(nrm(d.value)) || nrm(d.value).startsWith(txt) && txt !== '';
    else if (typeof d.value === 'number') ok = [num, num * 100].some((n) => Math.abs(n - d.value) < 1e-6) || Math.abs(cellNum(txt) - d.value) < 1e-6;
    else { skipped++; continue; }
    if (!ok) bad.push(`deficit ${d.cell}: value ${JSON.stringify(d.value)} but the cell holds ${JSON.stringify(txt)}`);
    // the cell belongs to the entity named
    const er = entRow(d.entity).filter((e) => e.sheet === g.p.sheet);
    if (er.length && json.layout !== 'points' && !er.some((e) => e.row === g.p.row || e.col === g.p.col)) bad.push(`deficit ${d.cell}: entity ${d.entity} is at ${er.map((e) => e.col + e.row).join(',')}`);
    verified++;
  }
  for (const pr of json.problems || []) {
    if (!pr.cell) continue;
    const g = get(pr.cell); if (g.err) { bad.push('problem ' + g.err + ' — ' + pr.message.slice(0, 80)); continue; }
    const txt = nrm(cellText(g.v)); const num = cellNum(g.v); const m = pr.message;
    let mm; let checked = false;
    if ((mm = m.match(/^Значение «([^»]*)»/))) { checked = true; if (nrm(mm[1]) !== txt && !txt.startsWith(nrm(mm[1]))) bad.push(`problem ${pr.cell}: message quotes «${mm[1]}», the cell holds «${txt}»`); }
    else if ((mm = m.match(/Указана доля «([^»]*)»/))) { checked = true; if (Math.abs(cellNum(mm[1]) - num) > 1e-9 && Math.abs(cellNum(mm[1]) - num * 100) > 1e-9) bad.push(`problem ${pr.cell}: quotes ${mm[1]}, cell ${txt}`); }
    else if ((mm = m.match(/Числитель ([-\d\s\u00a0]+) больше знаменателя/))) { checked = true; if (cellNum(mm[1]) !== num) bad.push(`problem ${pr.cell}: numerator ${mm[1]}, cell ${txt}`); }
    else if (/равен 0/.test(m)) { checked = true; if (num !== 0) bad.push(`problem ${pr.cell}: says 0, cell ${txt}`); }
    else if ((mm = m.match(/указано ([-\d\s\u00a0,]+)/))) { checked = true; if (Math.abs(cellNum(mm[1]) - num) > 1e-9) bad.push(`problem ${pr.cell}: says ${mm[1]}, cell ${txt}`); }
    // entity named in parentheses must own the row
    for (const e of json.entities || []) {
      const esc = e.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); if (new RegExp('(\\(' + esc + '(?!\\d))|(' + esc + '[);])').test(m)) {
        const ep = parseAddr(e.cell);
        if (ep && ep.sheet === g.p.sheet && ep.row !== g.p.row && ep.col !== g.p.col && ((json.entities || []).filter((x) => x.name === e.name).length === 1)) {
          if (!/строк/.test(m)) bad.push(`problem ${pr.cell} names ${e.name} whose row is ${ep.row}`);
        }
        checked = true;
      }
    }
    if (checked) verified++; else skipped++;
  }
  return bad.length ? { ok: false, msg: bad.slice(0, 8).join(' | ') + (bad.length > 8 ? ` … (${bad.length})` : '') } : { ok: true, msg: `${verified} verified, ${skipped} not verifiable` };
}

function checkNote(x, json, paras) {
  const text = paras.join('\n');
  const fail = (m) => ({ ok: false, msg: m }); const pass = (m) => ({ ok: true, msg: m || '' });
  switch (x.type) {
    case 'note_plurals': { const e = pluralErrors(text); return e.length ? fail('wrong forms: ' + [...new Set(e)].join(' | ')) : pass(); }
    case 'note_numbers_traceable': {
      const cands = candidates(json); const bad = [];
      const re = /(\d+(?:,\d+)?)\s?%/g; let m; let n = 0;
      while ((m = re.exec(text))) {
        const s = m[1]; const d = (s.split(',')[1] || '').length; const v = Number(s.replace(',', '.'));
        n++;
        if (!cands.some((c) => Math.abs(Number(c.toFixed(d)) - v) < 1e-9 || Math.abs(c - v) <= 0.5 * Math.pow(10, -d) + 1e-9)) {
          const ctxs = text.slice(Math.max(0, m.index - 60), m.index + 10).replace(/\n/g, ' ');
          bad.push(`${s} % («…${ctxs}»)`);
        }
      }
      return bad.length ? fail(`${bad.length} of ${n} untraceable: ` + bad.slice(0, 4).join('; ')) : pass(`${n} percentages`);
    }
    case 'note_coverage': {
      const p = paras.find((t) => /Охват/.test(t)) || paras.slice(0, 8).join(' ');
      const m = p.match(/(\d+)\s+[а-яё]/i);
      return m && Number(m[1]) === x.count ? pass(p.slice(0, 120)) : fail('coverage paragraph: ' + p.slice(0, 160));
    }
    case 'note_groups': {
      const bad = [];
      for (const [g, members] of Object.entries(x.groups)) {
        const p = paras.find((t) => new RegExp(`Группа ${g} \\(`).test(t));
        if (!p) { bad.push(`no paragraph for group ${g}`); continue; }
        const named = x.all.filter((n) => new RegExp(`(^|[^а-яёА-ЯЁ])${n.replace(/[.()]/g, '\\$&')}([^а-яёА-ЯЁ0-9-]|$)`).test(p));
        const miss = members.filter((n) => !named.includes(n)); const extra = named.filter((n) => !members.includes(n));
        if (miss.length || extra.length) bad.push(`group ${g}: missing ${miss.join(', ') || '—'}, extra ${extra.join(', ') || '—'}`);
        const mc = p.match(new RegExp(`Группа ${g} \\([^)]*\\)\\s*[—-]\\s*(\\d+)`));
        if (mc && Number(mc[1]) !== members.length) bad.push(`group ${g}: says ${mc[1]}, members ${members.length}`);
        if (!members.length && !/нет/.test(p)) bad.push(`group ${g} empty but paragraph: ${p.slice(0, 80)}`);
      }
      return bad.length ? fail(bad.join('; ')) : pass();
    }
    case 'note_best_worst': {
      const bad = [];
      for (const [k, kw] of [['best', 'высок|лучш'], ['worst', 'низк|слаб|наименьш']]) {
        const want = x[k]; const shown = ru1(want.value);
        const p = paras.find((t) => new RegExp(kw, 'i').test(t) && want.names.every((n) => t.includes(n)) && t.includes(shown));
        if (!p) bad.push(`${k}: no paragraph with ${want.names.join(', ')} and ${shown} %`);
      }
      return bad.length ? fail(bad.join('; ')) : pass();
    }
    case 'note_problem_zones': {
      const start = paras.findIndex((t) => /^\d+(\.\d+)*\.\s*Проблемн/i.test(t));
      if (start < 0) return fail('no «Проблемные зоны» section');
      let end = paras.findIndex((t, i) => i > start && /^\d+(\.\d+)*\.\s/.test(t)); if (end < 0) end = paras.length;
      const sec = paras.slice(start, end).join('\n'); const bad = [];
      const has = (ind) => x.codes ? new RegExp(`(^|[^\\d.])${ind.id.replace('.', '\\.')}([^\\d]|$)`).test(sec) : sec.includes(ind.name);
      for (const p of x.problems) if (!has(p)) bad.push(`missing ${p.id} (${p.status})`);
      for (const o of x.ok) if (has(o)) bad.push(`ok indicator ${o.id} listed as a problem`);
      if (!x.problems.length && !/нет/.test(sec)) bad.push('no problems but the section does not say so');
      return bad.length ? fail(bad.join('; ')) : pass();
    }
    case 'note_not_contains': {
      const re = new RegExp(x.re, 'i'); const p = paras.filter((t) => re.test(t));
      return p.length ? fail(p.map((t) => '«' + t.slice(0, 160) + '»').join(' ')) : pass();
    }
    case 'note_not_same_best_worst': {
      const hi = paras.find((t) => /высок/i.test(t)); const lo = paras.find((t) => /низк/i.test(t) && /результат/.test(t));
      if (hi && lo) { const n = (json.entities[0] || {}).name; if (n && hi.includes(n) && lo.includes(n)) return fail(`«${hi}» / «${lo}»`); }
      return pass();
    }
  }
  return fail('?');
}

// ------------------------------------------------------------------ running
async function loadWb(p) { const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(p); return wb; }
function runTool(inputs, args, out) {
  const r = spawnSync('node', ['--import', 'tsx', 'src/cli/analyze.ts', ...inputs, ...args, '--json', '--out', out], { cwd: MAIN, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout || '', stderr: r.stderr || '' };
}
async function sheetXmls(file) {
  const JSZip = require('jszip');
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const wbx = await zip.file('xl/workbook.xml').async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels').async('string');
  const out = {};
  for (const m of wbx.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const rm = rels.match(new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`)) || rels.match(new RegExp(`Target="([^"]+)"[^>]*Id="${m[2]}"`));
    if (!rm) continue;
    const t = rm[1].replace(/^\/?(xl\/)?/, 'xl/');
    const f = zip.file(t); if (f) out[m[1].replace(/&amp;/g, '&').replace(/&quot;/g, '"')] = await f.async('string');
  }
  return out;
}

/** One run of the tool and what its checks need. */
async function runCase(id, exp) {
  const tmp = (name) => path.join(os.tmpdir(), name);
  const input = exp.input.startsWith('/tmp/') ? tmp(path.basename(exp.input)) : path.resolve(HERE, exp.input);
  ALIAS = exp.alias || {};
  const out = tmp(`blind7-out-${id}.xlsx`); try { fs.unlinkSync(out); } catch (e) { /* none */ }
  const r = runTool([input], exp.args, out);
  let json = null; try { json = JSON.parse(r.stdout); } catch (e) { /* not JSON */ }
  const tryLoad = async (p) => { try { return await loadWb(p); } catch (e) { console.log('!! cannot read ' + p + ': ' + e.message); return null; } };
  const mainSheet = (exp.expectations.find((x) => x.sheet) || {}).sheet;
  const ctx = { ...r, mainSheet, baseWb: exp.sheetUnchangedBase ? await loadWb(path.resolve(HERE, exp.sheetUnchangedBase)) : null, inputWb: await loadWb(input), resultWb: fs.existsSync(out) ? await tryLoad(out) : null, resultSheetXml: fs.existsSync(out) ? await sheetXmls(out) : {} };
  if (exp.expectations.some((x) => x.type === 'rerun_cf') && fs.existsSync(out)) {
    const out2 = tmp(`blind7-out-${id}-rerun.xlsx`); try { fs.unlinkSync(out2); } catch (e) { /* none */ }
    const r2 = runTool([out], exp.args, out2);
    ctx.rerunWb = fs.existsSync(out2) ? await tryLoad(out2) : null; ctx.rerunErr = (ctx.rerunWb === null && fs.existsSync(out2) ? 'the second result workbook is not readable XML (exceljs/saxes parse error); ' : '') + r2.stderr.slice(0, 200);
  }
  return { r, json, ctx };
}

async function main() {
  const only = process.argv.slice(2);
  const files = fs.readdirSync(path.join(HERE, 'expected')).filter((f) => f.endsWith('.json')).sort();
  const results = []; let P = 0, F = 0, AP = 0, AF = 0;
  for (const f of files) {
    const id = f.replace(/\.json$/, ''); if (only.length && !only.includes(id)) continue;
    const exp = JSON.parse(fs.readFileSync(path.join(HERE, 'expected', f), 'utf8'));
    const { r, json, ctx } = await runCase(id, exp);
    console.log(`\n=== ${id} (${exp.input} ${exp.args.join(' ')}) exit ${r.code}`);
    for (const x of exp.expectations) {
      let res;
      try { res = (json || x.type === 'exit_ok') ? check(x, json, ctx) : { ok: false, msg: 'no JSON' }; } catch (e) { res = { ok: false, msg: 'check crashed: ' + e.message }; }
      if (res.ok && !ctx.resultWb && /sheet|highlight|svod|note|cf|fill|view/.test(x.type)) res = { ok: false, msg: 'no result workbook' };
      const tag = res.ok ? 'PASS' : 'FAIL';
      if (res.ok) { x.advisory ? AP++ : P++; } else { x.advisory ? AF++ : F++; }
      console.log(`${tag}${x.advisory ? ' (advisory)' : ''} #${x.n} ${x.type}${x.name ? ' ' + x.name : ''}${x.cell ? ' ' + x.cell : ''}${x.field ? ' ' + x.field : ''}${x.kind ? ' ' + x.kind : ''}${res.ok ? (res.msg ? ' — ' + res.msg : '') : ' — ' + res.msg}`);
      results.push({ run: id, n: x.n, type: x.type, advisory: x.advisory, ok: res.ok, msg: res.msg });
    }
  }
  console.log(`\nTOTAL ${P + F + AP + AF}: PASS ${P + AP} (${AP} advisory), FAIL ${F} firm + ${AF} advisory`);
  if (!only.length) fs.writeFileSync(path.join(HERE, 'results.json'), JSON.stringify(results, null, 1));
}
if (require.main === module) main().catch((e) => { console.error(e); process.exit(1); });

module.exports = { check, runCase };
