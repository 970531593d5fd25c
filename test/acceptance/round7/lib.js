// My own reading of METHODOLOGY §3 (cell values) and §4 (shares, fulfilment, groups, deficits).
// Written without looking at the tool's code; used by derive.js.
'use strict';
const { colNum, colLetter } = require('./data.js');

const YES = new Set(['да', '+', '✓', '✔', 'есть', 'имеется', 'выполнено', 'true']);
const NO = new Set(['нет', '-', '−', '–', '—', 'отсутствует', 'не выполнено', 'false']);
const MISSING = new Set(['', '…', '...', 'н/д', 'нет данных', 'x', 'х']);

function norm(s) { return String(s).replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim(); }

// raw spec → what the cell holds: { kind: 'text'|'number'|'bool'|'empty'|'date', value, pct }
function cellOf(spec) {
  if (spec === undefined || spec === null) return { kind: 'empty' };
  if (typeof spec === 'string') return { kind: 'text', value: spec };
  if (typeof spec === 'number') return { kind: 'number', value: spec, pct: false };
  if (typeof spec === 'boolean') return { kind: 'bool', value: spec };
  if ('f' in spec) {
    if (spec.r === undefined) return { kind: 'empty', formulaNoValue: true };
    return cellOf(spec.fmt ? { v: spec.r, fmt: spec.fmt } : spec.r);
  }
  if ('date' in spec) return { kind: 'date', value: spec.date };
  if ('v' in spec) {
    if (typeof spec.v === 'number') return { kind: 'number', value: spec.v, pct: /%/.test(spec.fmt || '') };
    return cellOf(spec.v);
  }
  return { kind: 'empty' };
}

const NUM_RE = /^([-−]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+|[-−]?\d+)(?:[.,](\d+))?/;
function parseNumberText(t) {
  const s = String(t).trim();
  const m = s.match(NUM_RE);
  if (!m) return null;
  const n = Number(m[1].replace(/[ \u00a0\u202f]/g, '').replace('−', '-') + (m[2] ? '.' + m[2] : ''));
  let rest = s.slice(m[0].length);
  const pct = /^\s*%/.test(rest);
  if (pct) rest = rest.replace(/^\s*%/, '');
  return { n, pct, rest: rest.trim() };
}

// → { state: 'value'|'missing'|'error', score (0..1 for binary, percent number for percent, n for count), warn, reason }
function read(spec, kind, colBareIsFraction) {
  const c = cellOf(spec);
  if (c.kind === 'empty') return { state: 'missing', reason: c.formulaNoValue ? 'formula-no-value' : 'empty' };
  if (c.kind === 'date') return { state: 'error', reason: 'date' };
  if (c.kind === 'bool') {
    if (kind === 'binary') return { state: 'value', score: c.value ? 1 : 0 };
    return { state: 'error', reason: 'bool' };
  }
  if (c.kind === 'text') {
    const t = norm(c.value).toLowerCase();
    if (MISSING.has(t)) return { state: 'missing', reason: 'na' };
    if (kind === 'binary') {
      if (YES.has(t)) return { state: 'value', score: 1 };
      if (NO.has(t)) return { state: 'value', score: 0 };
      const first = t.split(/[\s(]/)[0];
      if (YES.has(first)) return { state: 'value', score: 1, warn: 'text-after-yes' };
      if (NO.has(first)) return { state: 'value', score: 0, warn: 'text-after-no' };
      return { state: 'error', reason: 'text' };
    }
    if (NO.has(t)) return { state: 'value', score: 0 }; // прочерк = 0
    const p = parseNumberText(c.value);
    if (!p) return { state: 'error', reason: 'text' };
    const warn = p.rest ? 'text-ignored' : undefined;
    if (kind === 'percent') {
      let v = p.n;
      if (!p.pct && colBareIsFraction) v = p.n * 100;
      if (v < 0) return { state: 'error', reason: 'negative', value: v };
      if (v > 100) return { state: 'error', reason: 'over-100', value: v };
      return { state: 'value', score: v, warn };
    }
    if (p.n < 0) return { state: 'error', reason: 'negative', value: p.n };
    return { state: 'value', score: p.n, warn };
  }
  // number
  if (kind === 'binary') return { state: 'error', reason: 'number-in-binary' };
  if (kind === 'percent') {
    let v = c.value;
    if (c.pct || colBareIsFraction) v = c.value * 100;
    if (v < 0) return { state: 'error', reason: 'negative', value: v };
    if (v > 100 + 1e-9) return { state: 'error', reason: 'over-100', value: v };
    return { state: 'value', score: v, warn: (!c.pct && colBareIsFraction) ? 'bare-fraction' : undefined };
  }
  if (c.value < 0) return { state: 'error', reason: 'negative', value: c.value };
  return { state: 'value', score: c.value };
}

function median(xs) {
  const a = xs.slice().sort((x, y) => x - y);
  if (!a.length) return null;
  const m = Math.floor(a.length / 2);
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2;
}
const mean = (xs) => xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;

// Matrix model → full expected analysis
function analyseMatrix(book, model, cellsOf, opts = {}) {
  const target = opts.target ?? 80; const critical = opts.critical ?? 50;
  const cells = cellsOf(model.sheet);
  const addr = (ent, ind) => model.orientation === 'cols' ? ent.col + ind.row : ind.col + ent.row;
  const inds = [];
  for (const cr of model.criteria) for (const ind of cr.inds) inds.push({ ...ind, criterion: cr.label });
  // per-column bare-fraction inference (§3): percent column without % in any value and all ≤ 1
  for (const ind of inds) {
    if (ind.kind !== 'percent') continue;
    const vals = model.ents.map((e) => cellOf(cells[addr(e, ind)]));
    const bare = vals.filter((c) => c.kind === 'number' && !c.pct);
    const anyPct = vals.some((c) => (c.kind === 'number' && c.pct) || (c.kind === 'text' && /%/.test(c.value)));
    ind.bareFraction = bare.length > 0 && !anyPct && bare.every((c) => Math.abs(c.value) <= 1);
  }
  const ents = model.ents.map((e) => ({ ...e, scores: {}, cellState: {} }));
  for (const e of ents) {
    for (const ind of inds) {
      const a = addr(e, ind);
      const r = read(cells[a], ind.kind, ind.bareFraction);
      e.cellState[ind.id] = { addr: a, ...r };
      if (r.state === 'value') e.scores[ind.id] = ind.kind === 'binary' ? r.score : r.score / 100;
    }
    const all = inds.map((i) => e.scores[i.id]).filter((x) => x !== undefined);
    e.fulfilment = all.length ? mean(all) * 100 : null;
    e.criteria = {};
    for (const cr of model.criteria) {
      const xs = cr.inds.map((i) => e.scores[i.id]).filter((x) => x !== undefined);
      if (cr.label) e.criteria[cr.label] = xs.length ? mean(xs) * 100 : null;
    }
    e.incomplete = inds.some((i) => e.scores[i.id] === undefined);
    const g = (v) => v === null ? null : v >= target ? 1 : v >= critical ? 2 : 3;
    e.group = g(e.fulfilment);
    e.criteriaGroups = Object.fromEntries(Object.entries(e.criteria).map(([k, v]) => [k, g(v)]));
  }
  const F = ents.filter((e) => e.fulfilment !== null);
  for (const e of F) e.rank = 1 + F.filter((o) => o.fulfilment > e.fulfilment + 1e-9).length;
  const fs = F.map((e) => e.fulfilment);
  const region = { mean: mean(fs), median: median(fs) };
  for (const e of F) e.belowMedian = e.fulfilment < region.median - 1e-9;
  const levels = {};
  for (const ind of inds) {
    const xs = ents.map((e) => e.scores[ind.id]).filter((x) => x !== undefined);
    const level = xs.length ? mean(xs) * 100 : null;
    levels[ind.id] = { level, status: level === null ? null : level < critical ? 'critical' : level < target ? 'attention' : 'ok', withData: xs.length, ind };
  }
  // cell-level deficits
  const red = []; const yellow = [];
  for (const e of ents) for (const ind of inds) {
    const s = e.scores[ind.id];
    if (s === undefined) continue;
    const a = e.cellState[ind.id].addr;
    if (ind.kind === 'binary') { if (s === 0) red.push(a); continue; }
    const p = s * 100;
    if (p < critical - 1e-9) red.push(a); else if (p < target - 1e-9) yellow.push(a);
  }
  const critMeans = {};
  for (const cr of model.criteria) {
    if (!cr.label) continue;
    const xs = ents.map((e) => e.criteria[cr.label]).filter((x) => x !== null && x !== undefined);
    critMeans[cr.label] = { mean: mean(xs), median: median(xs) };
  }
  return { ents, inds, region, levels, red, yellow, target, critical, critMeans };
}

function decimalsOf(x) { const s = String(x); const i = s.indexOf('.'); return i < 0 ? 0 : s.length - i - 1; }

// Counts model: pairs → shares
function analysePairs(cells, ents, pairs) {
  const out = [];
  for (const p of pairs) {
    const rows = [];
    for (const e of ents) {
      const rn = read(cells[p.num + e.row], 'count');
      const rb = read(cells[p.base + e.row], 'count');
      const row = { entity: e.name, row: e.row, numCell: p.num + e.row, baseCell: p.base + e.row };
      if (rn.state !== 'value' || rb.state !== 'value') { row.status = 'error'; row.reason = rn.state !== 'value' ? rn.reason : rb.reason; rows.push(row); continue; }
      row.numerator = rn.score; row.base = rb.score;
      if (rb.score === 0) { row.status = 'base0'; rows.push(row); continue; }
      if (rn.score > rb.score) { row.status = 'error'; row.reason = 'num>base'; rows.push(row); continue; }
      row.status = 'ok'; row.share = rn.score / rb.score * 100;
      if (p.declared) {
        const d = cells[p.declared + e.row];
        if (typeof d === 'number') {
          row.declared = d; row.declaredCell = p.declared + e.row;
          row.mismatch = Math.abs(d - row.share) > 0.5 * Math.pow(10, -decimalsOf(d)) + 1e-9;
        }
      }
      rows.push(row);
    }
    const ok = rows.filter((r) => r.status === 'ok');
    const sn = ok.reduce((a, r) => a + r.numerator, 0); const sb = ok.reduce((a, r) => a + r.base, 0);
    out.push({ ...p, rows, region: { numerator: sn, base: sb, share: sn / sb * 100, mean: mean(ok.map((r) => r.share)), median: median(ok.map((r) => r.share)) } });
  }
  return out;
}

module.exports = { read, cellOf, norm, median, mean, analyseMatrix, analysePairs, parseNumberText, colNum, colLetter };
