/**
 * The checks of the blind acceptance set: one expectation of expected/<book>.json against the
 * §8 JSON of the command. The expectations were derived by hand from the cells of each book
 * (each has a `why`); names are compared without case, «ё», quotes, stars and extra spaces,
 * numbers within 0.01.
 *
 * Example:
 *   check(json, { type: 'entity', name: 'Малгобекский район', field: 'fulfilment', value: 85.8125 })
 *   // → [true, '85.8125']
 */

/* The JSON is checked as data: its shape is what the expectations name. */
/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;
export type Expectation = Record<string, any> & { type: string; advisory?: boolean };

const TOLERANCE = 0.01;

const norm = (s: unknown) =>
  String(s ?? '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[«»"“”'*]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const normCell = (s: unknown) => String(s ?? '').replace(/'/g, '').replace(/\$/g, '').trim();
const sheetOf = (c: unknown) => {
  const i = normCell(c).lastIndexOf('!');
  return i < 0 ? '' : normCell(c).slice(0, i);
};
const refOf = (c: unknown) => normCell(c).slice(normCell(c).lastIndexOf('!') + 1);
const colOf = (c: unknown) => (refOf(c).match(/^[A-Z]+/) || [''])[0];
const rowOf = (c: unknown) => Number((refOf(c).match(/\d+$/) || ['0'])[0]);
const show = (v: unknown) => (v === undefined ? 'undefined' : JSON.stringify(v));

const nameMatch = (actual: unknown, expected: unknown) => norm(actual) === norm(expected);
function findByName(list: Json[], name: string, get = (x: Json) => x.name): Json {
  return list.find((x) => nameMatch(get(x), name)) || list.find((x) => norm(get(x)).includes(norm(name)));
}
function eqVal(actual: unknown, expected: unknown): boolean {
  if (typeof expected === 'number') return typeof actual === 'number' && Math.abs(actual - expected) <= TOLERANCE;
  return actual === expected;
}

/** [passed, what the command gave]. */
export function check(j: Json, e: Expectation): [boolean, string] {
  const ents: Json[] = j.entities || [];
  const inds: Json[] = j.indicators || [];
  const shares: Json[] = j.shares || [];
  const probs: Json[] = j.problems || [];
  const defs: Json[] = j.deficits || [];
  const probsAt = (cells: string[]) => probs.filter((p) => cells.map(normCell).includes(normCell(p.cell)));
  switch (e.type) {
    case 'layout':
      return [j.layout === e.value, show(j.layout)];
    case 'entities': {
      const names = ents.map((x) => x.name);
      const ok = names.length === e.names.length && e.names.every((n: string, i: number) => nameMatch(names[i], n) || norm(names[i]).includes(norm(n)));
      return [ok, show(names)];
    }
    case 'notEntity': {
      const hit = ents.find((x) => norm(x.name).includes(norm(e.name)));
      return [!hit, hit ? `entity ${show(hit.name)} present` : 'absent'];
    }
    case 'entity': {
      const x = findByName(ents, e.name);
      if (!x) return [false, `entity ${show(e.name)} not found`];
      return [eqVal(x[e.field], e.value), show(x[e.field])];
    }
    case 'criterion': {
      const x = findByName(ents, e.name);
      if (!x) return [false, `entity ${show(e.name)} not found`];
      const keys = Object.keys(x.criteria || {});
      const k = keys.find((key) => norm(key) === norm(e.criterion)) || keys.find((key) => norm(key).includes(norm(e.criterion)));
      if (!k) return [false, `no criterion like ${show(e.criterion)} among ${show(keys)}`];
      return [eqVal(x.criteria[k], e.value), `${show(x.criteria[k])} (key ${show(k)})`];
    }
    case 'indicator': {
      let c = inds;
      if (e.criterion) c = c.filter((i) => norm(i.criterion).includes(norm(e.criterion)));
      let x: Json;
      if (e.id) x = c.find((i) => String(i.id) === e.id) || c.find((i) => norm(i.name).startsWith(`${norm(e.id)} `) || norm(i.name).startsWith(`${norm(e.id)}.`));
      if (!x && e.nameIncludes) x = c.find((i) => norm(i.name).includes(norm(e.nameIncludes)));
      if (!x) return [false, `indicator ${show(e.id || e.nameIncludes)} not found`];
      return [eqVal(x[e.field], e.value), `${show(x[e.field])} (indicator ${show(x.id)})`];
    }
    case 'share': {
      const c = shares.filter(
        (s) =>
          norm(s.indicator).includes(norm(e.numeratorIncludes)) &&
          (e.entity === null ? s.entity === null : s.entity !== null && (nameMatch(s.entity, e.entity) || norm(s.entity).includes(norm(e.entity)))),
      );
      if (!c.length) return [false, `no share for ${show(e.entity)} / ${show(e.numeratorIncludes)}`];
      return [eqVal(c[0][e.field], e.value), `${show(c[0][e.field])} (base cell ${c[0].baseCell || '-'})`];
    }
    case 'mismatch':
    case 'noMismatch': {
      const s = shares.find((x) => normCell(x.declaredCell) === normCell(e.cell) && x.mismatch === true);
      const p = probsAt([e.cell]).filter((x) => x.severity !== 'info');
      const flagged = !!(s || p.length);
      const what = s ? `share mismatch flagged (declared ${s.declared}, computed ${s.share})` : p.length ? `problem: ${p[0].code} ${p[0].message}` : 'not flagged';
      return [e.type === 'mismatch' ? flagged : !flagged, what];
    }
    case 'problem': {
      const any = probsAt(e.cells);
      const p = any.filter((x) => !e.severity || e.severity === 'any' || x.severity === e.severity);
      return [p.length > 0, any.length ? any.map((x) => `${x.severity}:${x.code} ${String(x.message).slice(0, 120)}`).join(' | ') : `no problem at ${e.cells.join(',')}`];
    }
    case 'problemInRow': {
      const p = probs.filter((x) => sheetOf(x.cell) === e.sheet && rowOf(x.cell) === e.row);
      return [p.length > 0, p.length ? p.map((x) => `${x.cell} ${x.severity}:${x.code}`).join(' | ') : 'none'];
    }
    case 'noProblemInRow': {
      const p = probs.filter((x) => sheetOf(x.cell) === e.sheet && rowOf(x.cell) === e.row && x.severity !== 'info' && (!e.cols || e.cols.includes(colOf(x.cell))));
      return [p.length === 0, p.length ? p.map((x) => `${x.cell} ${x.severity}:${x.code} ${String(x.message).slice(0, 100)}`).join(' | ') : 'none'];
    }
    case 'problemInColumn': {
      const p = probs.filter((x) => sheetOf(x.cell) === e.sheet && colOf(x.cell) === e.col);
      return [p.length > 0, p.length ? p.slice(0, 3).map((x) => `${x.cell} ${x.severity}:${x.code}`).join(' | ') : 'none'];
    }
    case 'deficit': {
      const d = defs.filter((x) => normCell(x.cell) === normCell(e.cell));
      return [d.some((x) => x.kind === e.kind), d.length ? d.map((x) => x.kind).join(',') : 'no deficit at cell'];
    }
    case 'noDeficit': {
      const d = defs.filter((x) => normCell(x.cell) === normCell(e.cell) && (!e.kinds || e.kinds.includes(x.kind)));
      return [d.length === 0, d.length ? d.map((x) => x.kind).join(',') : 'none'];
    }
    case 'roster': {
      let v: Json = j.roster;
      for (const k of String(e.path).split('.')) v = v == null ? undefined : v[k];
      return [eqVal(v, e.value), show(v)];
    }
    case 'deficitMap': {
      const m: Json[] = (j.roster && j.roster.deficitMap) || [];
      const c = m.filter(
        (r) => norm(r.area).includes(norm(e.area)) && (e.unit === '@region' ? r.level === 'region' || /регион/i.test(r.unit) : nameMatch(r.unit, e.unit) && r.level !== 'school'),
      );
      if (!c.length) return [false, `no deficitMap row ${e.unit}/${e.area}`];
      return [eqVal(c[0].share, e.value), show(c[0].share)];
    }
    default:
      return [false, `unknown expectation type ${e.type}`];
  }
}

/** «entity name=Малгобекский район field=fulfilment = 85.8125» — the test's name. */
export function describeExpectation(e: Expectation): string {
  const bits = [e.type];
  for (const k of ['name', 'entity', 'id', 'nameIncludes', 'criterion', 'numeratorIncludes', 'field', 'path', 'unit', 'area', 'cell', 'cells', 'sheet', 'row', 'col']) {
    if (e[k] !== undefined) bits.push(`${k}=${Array.isArray(e[k]) ? e[k].join('|') : e[k]}`);
  }
  const expected = e.value !== undefined ? ` = ${JSON.stringify(e.value)}` : e.kind ? ` = ${e.kind}` : '';
  return bits.join(' ') + expected;
}
