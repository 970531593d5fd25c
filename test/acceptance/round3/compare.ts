/**
 * The checks of the third blind acceptance set: one expectation of expected/<name>.json against
 * what the command did — exit status, stderr, the §8 JSON and the result workbook (opened with
 * exceljs). Written by the teammate who built the books without reading the engine; ported from
 * their runner as it was.
 *
 * Example:
 *   await check({ type: 'entity', name: 'Крымский район', field: 'fulfilment', value: 82.4 }, ctx)
 *   // → [true, 82.39…]
 */

/* The JSON and the workbook are checked as data: their shape is what the expectations name. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';

/** The set's folder: inputs and paths in the expectations are relative to it. */
const ROOT = __dirname;

const norm = (s: unknown): string => String(s == null ? '' : s).replace(/[\s\u00A0\u202F]+/g, ' ').trim().toLowerCase().replace(/ё/g, 'е');
const get = (o: any, p: string): any => p.split('.').reduce((a: any, k: any) => (a == null ? undefined : a[k]), o);
const colOf = (cell: any): string | null => { const m = /!\$?([A-Z]+)\$?\d+$/.exec(cell || ''); return m ? m[1] : null; };
const rowOf = (cell: any): number | null => { const m = /!\$?[A-Z]+\$?(\d+)$/.exec(cell || ''); return m ? Number(m[1]) : null; };
const sheetOf = (cell: any): string | null => {
  const i = (cell || '').lastIndexOf('!'); if (i < 0) return null;
  let s = cell.slice(0, i); if (s.startsWith("'")) s = s.slice(1, -1).replace(/''/g, "'"); return s;
};

function matchValue(exp: any, act: any, tol?: any): any {
  tol = tol == null ? 0.01 : tol;
  if (exp && typeof exp === 'object' && !Array.isArray(exp)) {
    if (exp.oneOf) return exp.oneOf.some((v: any) => matchValue(v, act, tol));
    if (exp.regex) return act != null && new RegExp(exp.regex, 'i').test(String(act));
    if (exp.range) return typeof act === 'number' && act >= exp.range[0] - tol && act <= exp.range[1] + tol;
    if ('notNull' in exp) return exp.notNull ? act != null : act == null;
  }
  if (typeof exp === 'number') return typeof act === 'number' && Math.abs(exp - act) <= tol;
  if (typeof exp === 'string') return typeof act === 'string' && norm(act) === norm(exp);
  return JSON.stringify(exp) === JSON.stringify(act);
}
const show = (v: unknown): string => { const s = JSON.stringify(v); return s && s.length > 300 ? s.slice(0, 300) + '…' : s; };

function findEntity(j: any, name: any): any { return (j.entities || []).find((e: any) => norm(e.name) === norm(name)); }
function criterionValue(ent: any, label: any): any {
  const keys = Object.keys(ent.criteria || {});
  let k = keys.find((x: any) => norm(x) === norm(label));
  if (!k) k = keys.find((x: any) => norm(x).startsWith(norm(label)));
  if (!k) k = keys.find((x: any) => norm(x).includes(norm(label)));
  return k === undefined ? { missing: true, keys } : ent.criteria[k];
}
function findIndicator(j: any, e: any): any {
  const list = j.indicators || [];
  if (e.id) { const f = list.find((i: any) => String(i.id) === String(e.id)); if (f) return f; }
  if (e.name) return list.find((i: any) => norm(i.name).includes(norm(e.name)));
  return undefined;
}
function findShare(j: any, e: any): any {
  return (j.shares || []).find((s: any) => {
    const entOk = e.entity === null ? s.entity === null : s.entity != null && norm(s.entity) === norm(e.entity);
    if (!entOk) return false;
    if (e.numCol && (s.indicatorId === e.numCol || colOf(s.numeratorCell) === e.numCol)) return true;
    if (e.header && norm(s.indicator) === norm(e.header)) return true;
    return false;
  });
}
function sevOk(p: any, sev: any): any { return !sev || sev.split('|').includes(p.severity); }
function problemsAt(j: any, cell: any, sev: any): any {
  return (j.problems || []).filter((p: any) => sevOk(p, sev) && (p.cell === cell || (!cell.includes('!') && (p.cell || '').endsWith('!' + cell)) || (p.message || '').includes(cell)));
}

export async function check(e: any, ctx: any): Promise<[boolean, unknown]> {
  const j = ctx.json;
  const need = () => { if (!j) throw new Error('no JSON on stdout'); };
  switch (e.type) {
    case 'exit': {
      const ok = e.code === 'nonzero' ? ctx.status !== 0 : ctx.status === e.code;
      return [ok, ctx.status];
    }
    case 'stderr-one-russian-sentence': {
      const lines = ctx.stderr.split('\n').map((s: any) => s.trim()).filter(Boolean);
      const ok = lines.length === 1 && /[А-Яа-яЁё]{3}/.test(lines[0]) && !/\bat \S+ \(|Error:|TypeError|^\s*at /.test(ctx.stderr);
      return [ok, ctx.stderr.trim()];
    }
    case 'stdout-empty': return [ctx.stdout.trim() === '', ctx.stdout.slice(0, 200)];
    case 'no-file': {
      const ex = e.paths.map((p: any) => path.resolve(ROOT, p)).filter((p: any) => fs.existsSync(p));
      return [ex.length === 0, ex];
    }
    case 'layout': need(); return [matchValue(e.value, j.layout), j.layout];
    case 'sheets-include': need(); return [(j.sheets || []).includes(e.value), j.sheets];
    case 'entities': {
      need();
      const ents = j.entities || [];
      const t = ents.length ? ents[0].table : undefined;
      const names = ents.filter((x: any) => x.table === t).map((x: any) => x.name);
      const ok = names.length === e.names.length && names.every((n: any, i: any) => norm(n) === norm(e.names[i]));
      return [ok, names];
    }
    case 'no-entity-matching': {
      need();
      const bad = (j.entities || []).filter((x: any) => new RegExp(e.pattern, 'i').test(x.name)).map((x: any) => x.name);
      return [bad.length === 0, bad];
    }
    case 'entity-count-by-name': {
      need();
      const n = (j.entities || []).filter((x: any) => norm(x.name) === norm(e.name) && (e.scoredOnly ? x.fulfilment != null : true)).length;
      return [n === e.value, n];
    }
    case 'entity': {
      need();
      const ent = findEntity(j, e.name);
      if (!ent) return [false, 'entity not found'];
      const act = e.field.startsWith('criterion:') ? criterionValue(ent, e.field.slice(10)) : get(ent, e.field);
      return [matchValue(e.value, act, e.tol), act];
    }
    case 'indicator': {
      need();
      const ind = findIndicator(j, e);
      if (!ind) return [false, 'indicator not found: ' + (j.indicators || []).map((i: any) => i.id + ' ' + String(i.name).slice(0, 30)).join('; ')];
      const act = get(ind, e.field);
      return [matchValue(e.value, act, e.tol), act];
    }
    case 'share': {
      need();
      const s = findShare(j, e);
      if (!s) return [false, 'share not found; have: ' + (j.shares || []).map((x: any) => (x.entity || 'регион') + '/' + x.indicator).slice(0, 12).join('; ')];
      const act = get(s, e.field);
      return [matchValue(e.value, act, e.tol), act];
    }
    case 'no-shares': need(); return [(j.shares || []).length === 0, (j.shares || []).map((s: any) => (s.entity || 'регион') + ': ' + s.indicator + ' / base ' + s.base)];
    case 'problem': {
      need();
      let ps = problemsAt(j, e.cell, e.severity);
      if (e.messageRegex) ps = ps.filter((p: any) => new RegExp(e.messageRegex, 'i').test(p.message));
      const near = (j.problems || []).filter((p: any) => sheetOf(p.cell) === sheetOf(e.cell) && rowOf(p.cell) === rowOf(e.cell));
      return [ps.length > 0, ps.length ? ps.map((p: any) => p.severity + ': ' + p.message) : ('none; same row: ' + show(near.map((p: any) => p.cell + ' ' + p.severity + ': ' + p.message)))];
    }
    case 'problem-row': {
      need();
      const ps = (j.problems || []).filter((p: any) => sevOk(p, e.severity) && sheetOf(p.cell) === e.sheet && rowOf(p.cell) === e.row);
      return [ps.length > 0, ps.map((p: any) => p.cell + ' ' + p.severity + ': ' + p.message)];
    }
    case 'no-problem': {
      need();
      const ps = problemsAt(j, e.cell, e.severity || 'error|warning');
      return [ps.length === 0, ps.map((p: any) => p.severity + ': ' + p.message)];
    }
    case 'no-problem-rows': {
      need();
      const ps = (j.problems || []).filter((p: any) => sevOk(p, e.severity || 'error|warning') && sheetOf(p.cell) === e.sheet && (rowOf(p.cell) ?? -1) >= e.from && (rowOf(p.cell) ?? Infinity) <= e.to);
      return [ps.length === 0, ps.map((p: any) => p.cell + ' ' + p.severity + ': ' + p.message)];
    }
    case 'deficit': {
      need();
      const ds = (j.deficits || []).filter((d: any) => d.cell === e.cell);
      return [ds.some((d: any) => d.kind === e.kind), ds.map((d: any) => d.kind)];
    }
    case 'no-deficit': {
      need();
      const ds = (j.deficits || []).filter((d: any) => d.cell === e.cell && (!e.kind || d.kind === e.kind));
      return [ds.length === 0, ds.map((d: any) => d.kind)];
    }
    case 'change-entity': {
      need();
      const t = get(j, 'changes.tables.0');
      if (!t) return [false, 'no changes'];
      const c = (t.entities || []).find((x: any) => norm(x.entity) === norm(e.entity));
      if (!c) return [false, 'entity not in changes: ' + (t.entities || []).map((x: any) => x.entity).join('; ')];
      const act = get(c, e.field);
      return [matchValue(e.value, act, e.tol), act];
    }
    case 'change-indicator': {
      need();
      const t = get(j, 'changes.tables.0');
      if (!t) return [false, 'no changes'];
      const c = (t.indicators || []).find((x: any) => String(x.id) === String(e.id));
      if (!c) return [false, 'indicator not in changes: ' + (t.indicators || []).map((x: any) => x.id).join('; ')];
      const act = get(c, e.field);
      return [matchValue(e.value, act, e.tol), act];
    }
    case 'change-value': {
      need();
      const t = get(j, 'changes.tables.0');
      if (!t) return [false, 'no changes'];
      const c = (t.values || []).find((x: any) => norm(x.entity) === norm(e.entity) && String(x.indicator) === String(e.indicator));
      if (!c) return [false, 'value not in changes'];
      const act = get(c, e.field);
      return [matchValue(e.value, act, e.tol), act];
    }
    case 'change-region': {
      need();
      const act = get(j, 'changes.tables.0.region.' + e.field);
      return [matchValue(e.value, act, e.tol), act];
    }
    case 'change-only': {
      need();
      const t = get(j, 'changes.tables.0');
      if (!t) return [false, 'no changes'];
      const list = get(t, (e.side === 'current' ? 'onlyCurrent' : 'onlyPrevious') + '.entities') || [];
      const ok = list.length === e.entities.length && e.entities.every((n: any) => list.some((x: any) => norm(x) === norm(n)));
      return [ok, list];
    }
    case 'roster': need(); { const act = get(j.roster || {}, e.path); return [matchValue(e.value, act, e.tol), act]; }
    case 'deficit-map': {
      need();
      const m = get(j, 'roster.deficitMap') || [];
      const r = m.find((x: any) => (e.level ? x.level === e.level : true) && norm(x.unit).includes(norm(e.unit)) && norm(x.area) === norm(e.area));
      if (!r) return [false, 'row not found; units: ' + [...new Set(m.map((x: any) => x.unit))].join('; ')];
      return [matchValue(e.value, r.share, e.tol), r.share];
    }
    case 'points': {
      need();
      const rows: any[] = [].concat(...(j.tables || []).map((t: any) => t.points || []));
      const r = rows.find((x: any) => norm(x.entity) === norm(e.entity));
      const ent = findEntity(j, e.entity);
      let act;
      if (r) act = r[e.field];
      else if (ent) act = ({ total: ent.points, max: ent.maxPoints, percent: ent.fulfilment } as Record<string, unknown>)[e.field];
      else return [false, 'not found'];
      return [matchValue(e.value, act, e.tol), act];
    }
    case 'out-sheets': {
      const f = ctx.outFile;
      if (!fs.existsSync(f)) return [false, 'no result workbook'];
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(f);
      const have = wb.worksheets.map((w: any) => w.name);
      return [e.names.every((n: any) => have.includes(n)), have];
    }
    default:
      return [false, 'unknown expectation type ' + e.type];
  }
}

