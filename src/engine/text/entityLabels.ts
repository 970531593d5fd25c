/**
 * How the note names a table's entities. A name entered only once is the name itself. A name
 * entered on several rows ("Бежецкий район" typed twice) is the same name with its row, so that
 * the note never lists «Бежецкий район (64,2 %)» in group 2 and «Бежецкий район (40,0 %)» in
 * group 3 without saying which row is which. Both rows stay in the analysis as the user typed
 * them (buildTable warns once); the note only tells them apart.
 *
 * Example:
 *   const labels = entityLabels(table);      // «Бежецкий район» on rows 7 and 16
 *   labels.of(table.entities[3])             // → 'Бежецкий район (строка 7)'
 *   labels.ofCell('Бежецкий район', "'Мониторинг'!F16") // → 'Бежецкий район (строка 16)'
 *   labels.ofCell('Кировский район', null)   // → 'Кировский район'
 *   labels.distinct                          // → 10 (of 11 rows)
 */

import { firstOfSameName } from './sameNames';
import type { EntityResult, TableAnalysis } from '../analysis';
import { parseLocalAddress, splitAddress, columnLetter } from '../address';
import { joinRu } from './list';

export interface DuplicateName {
  name: string;
  /** How many times the name is entered. */
  times: number;
  /** Where, as the note writes it: «строки 7 и 16». */
  where: string;
}

export interface EntityLabels {
  of(e: EntityResult): string;
  /** The label with a figure in the same brackets: «Бежецкий район (строка 7; 40,0 %)», «Кировский район (92,0 %)». */
  withValue(e: EntityResult, value: string): string;
  /** The label of the entity named `name` whose row (column) holds `cell`; the name alone when it is not repeated. */
  ofCell(name: string, cell: string | null): string;
  /** Number of different names. */
  distinct: number;
  duplicates: DuplicateName[];
}

interface Place {
  sheet: string;
  /** 0-based sheet row, or column when the table is transposed. */
  line: number;
}

function placeOf(address: string, transposed: boolean): Place | null {
  const { sheet, local } = splitAddress(address);
  const at = parseLocalAddress(local);
  return at ? { sheet, line: transposed ? at.col : at.row } : null;
}

/** «7», «F», or «Кировский» when the rows of one name are on different sheets. */
function placeText(p: Place, bySheet: boolean, transposed: boolean): string {
  if (bySheet) return `«${p.sheet}»`;
  return transposed ? columnLetter(p.line) : String(p.line + 1);
}

/** The kind of place: [one, several], as in «строка 7», «строки 7 и 16». */
function placeNouns(bySheet: boolean, transposed: boolean): [string, string] {
  return bySheet ? ['лист', 'листы'] : transposed ? ['столбец', 'столбцы'] : ['строка', 'строки'];
}

// Built once per table: the note's context and its problem zones both ask, and a 100,000-row
// form's names are a map of 100,000. Checked against the length, so an edited list is rebuilt.
const cache = new WeakMap<readonly EntityResult[], { length: number; transposed: boolean; labels: EntityLabels }>();

export function entityLabels(t: Pick<TableAnalysis, 'entities' | 'transposed'>): EntityLabels {
  const hit = cache.get(t.entities);
  if (hit && hit.length === t.entities.length && hit.transposed === t.transposed) return hit.labels;
  const labels = buildLabels(t);
  cache.set(t.entities, { length: t.entities.length, transposed: t.transposed, labels });
  return labels;
}

function buildLabels(t: Pick<TableAnalysis, 'entities' | 'transposed'>): EntityLabels {
  // Lists only for the names that repeat, found without a map of every name (firstOfSameName):
  // an array per name, then a map of 100,000 names, were most of the time on a 100,000-row form.
  const entities = t.entities;
  const sameAs = firstOfSameName(entities.map((e) => e.name), { exact: true });
  let distinct = 0;
  const repeated = new Map<string, EntityResult[]>();
  for (let i = 0; i < entities.length; i++) {
    if (sameAs[i] < 0) {
      distinct++;
      continue;
    }
    const e = entities[i];
    const list = repeated.get(e.name);
    if (list) list.push(e);
    else repeated.set(e.name, [entities[sameAs[i]], e]);
  }
  const labelOf = new Map<EntityResult, string>();
  const placeOfEntity = new Map<EntityResult, string>();
  // Key "sheet\u0000line" → label, for findings that carry only the name and a cell.
  const labelAt = new Map<string, string>();
  const duplicates: DuplicateName[] = [];
  for (const [name, list] of repeated) {
    const places = list.map((e) => placeOf(e.nameCell, t.transposed));
    const sheets = new Set(places.map((p) => p?.sheet));
    const bySheet = sheets.size === list.length;
    const [one, several] = placeNouns(bySheet, t.transposed);
    const texts: string[] = [];
    list.forEach((e, i) => {
      const p = places[i];
      if (!p) return;
      const at = placeText(p, bySheet, t.transposed);
      texts.push(at);
      const where = `${one} ${at}`;
      placeOfEntity.set(e, where);
      const label = `${name} (${where})`;
      labelOf.set(e, label);
      // Entities on sheets of their own (a points template per municipality) are found by sheet.
      labelAt.set(bySheet ? `${p.sheet}\u0000*` : `${p.sheet}\u0000${p.line}`, label);
    });
    duplicates.push({ name, times: list.length, where: `${several} ${joinRu(texts)}` });
  }
  return {
    of: (e) => labelOf.get(e) ?? e.name,
    withValue: (e, value) => {
      const where = placeOfEntity.get(e);
      return where ? `${e.name} (${where}; ${value})` : `${e.name} (${value})`;
    },
    ofCell: (name, cell) => {
      if (labelAt.size === 0 || cell === null || !repeated.has(name)) return name;
      const p = placeOf(cell, t.transposed);
      return (p && (labelAt.get(`${p.sheet}\u0000${p.line}`) ?? labelAt.get(`${p.sheet}\u0000*`))) ?? name;
    },
    distinct,
    duplicates,
  };
}
