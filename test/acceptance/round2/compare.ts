/**
 * The checks of the second blind acceptance set: one expectation of expected/<book>.json
 * against what the command did — its exit status, stderr, the output file, and the §8 JSON.
 * Written by the teammate who built the books without reading the engine; ported from their
 * runner as it was (names compared loosely, numbers within 0.01, addresses matched inside
 * ranges).
 *
 * Example:
 *   check({ type: 'entityField', entity: 'Киришский', field: 'group', value: 2 }, { json, status: 0, … })
 *   // → [true, 2, 2]
 */

/* The JSON is checked as data: its shape is what the expectations name. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import * as fs from 'fs';

export interface RunContext {
  json: any;
  status: number | null;
  stdout: string;
  stderr: string;
  outFile: string;
}

const TOL = 0.01;

const norm = (s: unknown): string => String(s ?? '').toLowerCase().replace(/ё/g, 'е').replace(/[«»"'\u00a0]/g, ' ').replace(/\s+/g, ' ').trim();
function parseAddr(a: any): any {
  if (a == null) return null;
  let s = String(a).replace(/\$/g, '');
  const i = s.lastIndexOf('!');
  const sheet = i >= 0 ? s.slice(0, i).replace(/^'+|'+$/g, '').replace(/''/g, "'") : '';
  const cell = (i >= 0 ? s.slice(i + 1) : s).toUpperCase();
  return { sheet: norm(sheet), cell };
}
const colNum = (l: string): number => l.split('').reduce((n: any, c: any) => n * 26 + c.charCodeAt(0) - 64, 0);
function cellRC(c: any): any { const m = /^([A-Z]+)(\d+)$/.exec(c); return m ? { c: colNum(m[1]), r: +m[2] } : null; }
function cellIn(cell: any, ref: any): any { // ref may be a range
  const [a, b] = ref.split(':'); const x = cellRC(cell); const p = cellRC(a); const q = cellRC(b || a);
  if (!x || !p || !q) return false;
  return x.r >= Math.min(p.r, q.r) && x.r <= Math.max(p.r, q.r) && x.c >= Math.min(p.c, q.c) && x.c <= Math.max(p.c, q.c);
}
function addrMatch(actual: any, expected: any): any {
  const A = parseAddr(actual); const E = parseAddr(expected);
  if (!A || !E) return false;
  if (E.sheet && !A.sheet.includes(E.sheet)) return false;
  return cellIn(E.cell, A.cell);
}
function rowMatch(actual: any, sheet: any, row: any): any {
  const A = parseAddr(actual); if (!A) return false;
  if (sheet && !A.sheet.includes(norm(sheet))) return false;
  const [a, b] = A.cell.split(':'); const p = cellRC(a) || (/^\d+$/.test(a) ? { r: +a } : null); const q = cellRC(b || a) || p;
  if (!p) return false;
  return row >= Math.min(p.r, q.r) && row <= Math.max(p.r, q.r);
}
const near = (a: unknown, b: number, tol = TOL): boolean => typeof a === 'number' && Math.abs(a - b) <= tol;
const show = (v: unknown): string => (v === undefined ? 'undefined' : JSON.stringify(v));

function findEntity(j: any, sub: any): any { return (j.entities || []).find((e: any) => norm(e.name).includes(norm(sub))); }

export function check(exp: any, ctx: any): [boolean, unknown, unknown] {
  const j = ctx.json || {};
  switch (exp.type) {
    case 'exitCode': {
      const ok = exp.value === 'nonzero' ? ctx.status !== 0 : ctx.status === exp.value;
      return [ok, exp.value, ctx.status];
    }
    case 'stderrSentence': {
      const s = ctx.stderr.trim();
      const lines = s.split('\n').filter((l: any) => l.trim());
      const cyr = /[А-Яа-яЁё]/.test(s);
      const stack = /\n\s+at\s|Error:|TypeError|ReferenceError|node:internal/.test(s);
      const sentences = (s.match(/[.!?…](\s|$)/g) || []).length;
      const ok = lines.length === 1 && cyr && !stack && sentences <= 1;
      return [ok, 'one Russian sentence, no stack', s.slice(0, 300)];
    }
    case 'noOutputFile': return [!fs.existsSync(ctx.outFile), 'no file', fs.existsSync(ctx.outFile) ? 'file written: ' + ctx.outFile : 'no file'];
    case 'emptyStdout': return [ctx.stdout.trim() === '', '""', ctx.stdout.trim().slice(0, 200)];
    case 'layout': return [j.layout === exp.value, exp.value, j.layout];
    case 'entities': {
      const names = (j.entities || []).map((e: any) => e.name);
      const ok = names.length === exp.names.length && exp.names.every((n: any, i: any) => norm(names[i]).includes(norm(n)));
      return [ok, exp.names, names];
    }
    case 'entitiesSet': {
      const names = (j.entities || []).map((e: any) => e.name);
      const ok = names.length === exp.names.length && exp.names.every((n: any) => names.some((a: any) => norm(a).includes(norm(n))));
      return [ok, exp.names, names];
    }
    case 'noEntity': {
      const names = (j.entities || []).map((e: any) => e.name);
      return [!names.some((a: any) => norm(a).includes(norm(exp.name))), 'no «' + exp.name + '»', names];
    }
    case 'entityField': {
      const e = findEntity(j, exp.entity);
      if (!e) return [false, exp.value, 'entity not found'];
      const v = e[exp.field];
      const ok = typeof exp.value === 'number' ? near(v, exp.value) : (exp.value === false ? !v : v === exp.value);
      return [ok, exp.value, v];
    }
    case 'criterion': {
      const e = findEntity(j, exp.entity);
      if (!e) return [false, exp.value, 'entity not found'];
      const crit = e.criteria || {};
      const key = Object.keys(crit).find((k: any) => norm(k).includes(norm(exp.criterion)));
      if (!key) return [false, exp.value, 'criteria keys: ' + JSON.stringify(Object.keys(crit))];
      return [near(crit[key], exp.value), exp.value, `${crit[key]} («${key.slice(0, 40)}»)`];
    }
    case 'indicator': {
      const list = j.indicators || [];
      const ind = list.find((i: any) => String(i.id) === exp.indicator) || list.find((i: any) => norm(i.name).startsWith(norm(exp.indicator) + ' ') || norm(i.name).startsWith(norm(exp.indicator) + '.'));
      if (!ind) return [false, exp.value, 'indicator not found; ids: ' + JSON.stringify(list.map((i: any) => i.id))];
      const v = ind[exp.field];
      return [typeof exp.value === 'number' ? near(v, exp.value) : v === exp.value, exp.value, v];
    }
    case 'noIndicator':
    case 'noIndicatorLike': {
      const hit = (j.indicators || []).filter((i: any) => norm(i.name).includes(norm(exp.name)));
      return [hit.length === 0, 'none', hit.map((i: any) => `${i.id} ${i.name} (${i.kind})`)];
    }
    case 'share': {
      const cands = (j.shares || []).filter((s: any) => (exp.entity === null ? s.entity == null : norm(s.entity).includes(norm(exp.entity)))
        && norm(s.indicator).includes(norm(exp.indicator)));
      if (!cands.length) return [false, exp.fields, 'share not found'];
      let best: any = null; let bestBad = 1e9;
      for (const s of cands) {
        const bad = Object.entries(exp.fields).filter(([k, v]: any) => !(typeof v === 'number' ? near(s[k], v) : (v === false ? !s[k] : s[k] === v))).length;
        if (bad < bestBad) { bestBad = bad; best = s; }
      }
      const got = Object.fromEntries(Object.keys(exp.fields).map((k: any) => [k, best[k]]));
      return [bestBad === 0, exp.fields, got];
    }
    case 'problem': {
      const hits = (j.problems || []).filter((p: any) => addrMatch(p.cell, exp.cell) && (!exp.severity || p.severity === exp.severity)
        && (!exp.hint || norm(JSON.stringify(p)).includes(norm(exp.hint))));
      const near_ = (j.problems || []).filter((p: any) => addrMatch(p.cell, exp.cell)).map((p: any) => `${p.cell} [${p.severity}] ${p.message}`);
      return [hits.length > 0, `problem at ${exp.cell}${exp.severity ? ' (' + exp.severity + ')' : ''}${exp.hint ? ' naming «' + exp.hint + '»' : ''}`,
        hits.length ? `${hits[0].cell} [${hits[0].severity}] ${hits[0].message}` : (near_.length ? near_ : 'none')];
    }
    case 'noProblem': {
      const hits = (j.problems || []).filter((p: any) => addrMatch(p.cell, exp.cell) && (!exp.severity || p.severity === exp.severity));
      return [hits.length === 0, `no ${exp.severity || ''} problem at ${exp.cell}`, hits.map((p: any) => `${p.cell} [${p.severity}] ${p.message}`)];
    }
    case 'problemRow': {
      const hits = (j.problems || []).filter((p: any) => rowMatch(p.cell, exp.sheet, exp.row));
      return [hits.length > 0, `problem in ${exp.sheet} row ${exp.row}`, hits.length ? hits.map((p: any) => `${p.cell} [${p.severity}] ${p.message}`) : 'none'];
    }
    case 'problemSheet': {
      const hits = (j.problems || []).filter((p: any) => parseAddr(p.cell) && parseAddr(p.cell).sheet.includes(norm(exp.sheet)));
      return [hits.length > 0, `a problem on ${exp.sheet}`, hits.map((p: any) => `${p.cell} [${p.severity}] ${p.message}`)];
    }
    case 'deficit': {
      const hits = (j.deficits || []).filter((d: any) => addrMatch(d.cell, exp.cell));
      const ok = hits.some((d: any) => d.kind === exp.kind && norm(d.entity).includes(norm(exp.entity)));
      return [ok, `${exp.kind} at ${exp.cell}`, hits.length ? hits.map((d: any) => `${d.entity} ${d.cell} ${d.kind} ${d.value}`) : 'none'];
    }
    case 'noDeficit': {
      const hits = (j.deficits || []).filter((d: any) => addrMatch(d.cell, exp.cell));
      return [hits.length === 0, `no deficit at ${exp.cell}`, hits.map((d: any) => `${d.entity} ${d.cell} ${d.kind}`)];
    }
    case 'deficitKind': {
      const hits = (j.deficits || []).filter((d: any) => d.kind === exp.kind && norm(d.entity).includes(norm(exp.entity)));
      return [hits.length > 0, `${exp.kind} for ${exp.entity}`, hits.length ? hits.length + ' found' : (j.deficits || []).filter((d: any) => norm(d.entity).includes(norm(exp.entity))).map((d: any) => d.kind)];
    }
    case 'change': {
      // §8 defines no key for dynamics: search every object mentioning the entity for a numeric field ≈ value
      const found: string[] = [];
      const walk = (o: any, trail: string): void => {
        if (Array.isArray(o)) { o.forEach((x: any, i: any) => walk(x, trail + '[' + i + ']')); return; }
        if (!o || typeof o !== 'object') return;
        if (trail.startsWith('.entities')) return;
        const mentions = Object.values(o).some((v: any) => typeof v === 'string' && norm(v).includes(norm(exp.entity)));
        if (mentions) for (const [k, v] of Object.entries(o)) if (near(v, exp.value, exp.tolerance ?? TOL)) found.push(trail + '.' + k + '=' + v);
        for (const [k, v] of Object.entries(o)) walk(v, trail + '.' + k);
      };
      walk(j, '');
      return [found.length > 0, exp.value, found.length ? found.slice(0, 3) : 'no field with this change; top-level keys: ' + Object.keys(j).join(',')];
    }
    default: return [false, 'unknown expectation type ' + exp.type, null];
  }
}
