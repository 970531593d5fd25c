/**
 * The shares section of «Сводная» for a counts table (METHODOLOGY §4, §7): one row per entity,
 * and per count/base pair three columns — «<pair>: число», «<pair>: база», «<pair>: доля» — plus
 * «<pair>: расхождение» when the form declares that share itself. One row per entity, not per
 * entity × pair: a 100,000-row form with four pairs is 100,000 rows, not 400,000, and a reader
 * sees a district's shares side by side.
 *
 * The entity rows are an Excel table (unique header texts, short: the pair's id and its
 * numerator header without remarks in parentheses). Below it, outside the table so that sorting
 * or filtering it cannot break them, three regional rows: the pooled share (Σ numerators /
 * Σ bases), the mean and the median of the entities' shares.
 *
 * Live formulas: an entity's число / база / доля refer to the source cells («='Форма'!D7»,
 * «='Форма'!D7/'Форма'!C7») when both hold plain numbers, so editing the form updates the
 * summary; the pooled row sums the rows above («=SUM(D8:D25)», «=D26/E26»), and the mean and
 * median rows take the share column («=AVERAGE(E8:E25)», «=MEDIAN(E8:E25)»), only when every one
 * of them is live and counted in the region — otherwise a SUM would take in a row the region
 * leaves out, and the computed values are written instead.
 *
 * Example (pair D = young teachers of C, declared share in F):
 *   № | Муниципальный район | D. из них молодых педагогов: число | …: база | …: доля | …: расхождение
 *   1 | Бокситогорский район | ='Форма ММС'!D6 | ='Форма ММС'!C6 | ='Форма ММС'!D6/'Форма ММС'!C6 |
 *   …
 *     | Регион: сумма числителей / сумма баз | =SUM(C7:C24) | =SUM(D7:D24) | =C25/D25 |
 */

import type { ShareResult, TableAnalysis } from '../analysis';
import type { RowBlocks } from './rowBlocks';
import { sharesByIndicator } from '../compute/sharesByIndicator';
import { EntityShare } from '../compute/entityShare';
import { columnLetter } from '../address';
import type { OutCell, OutTable } from './plan';
import { Widths, formula, header, number, percent, text, uniqueHeaders, NAME_WIDTH, NARROW_WIDTH, NUMBER_WIDTH, PERCENT_FORMAT } from './cells';
import { REGION_LABEL } from './labels';
import { withoutUnit } from '../layouts/shareName';

type Row = (OutCell | null)[];

/** Longest pair label in a header, before «: число»; longer ones are cut at a word. */
// 60, not fewer: «Количество педагогических…» and «Количество образовательных…» must stay
// apart by their words, not only by the column letter (second blind acceptance set).
const LABEL_LENGTH = 60;

const SHARE_COLUMN_SUFFIXES = { numerator: 'число', base: 'база', share: 'доля', mismatch: 'расхождение' } as const;

interface PairBlock {
  id: string;
  label: string;
  entities: ShareResult[];
  region: ShareResult | null;
  declared: boolean;
  /** First column of the block (0-based). */
  col: number;
}

/** «D. из них молодых педагогов» from id 'D' and «из них молодых педагогов (до 35 лет, стаж до 3 лет)». */
export function pairLabel(id: string, headerText: string): string {
  let h = withoutUnit(headerText.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').replace(/\s+([,.;:])/g, '$1').trim());
  h = h.replace(/[,.;:\s]+$/, '');
  if (h.length > LABEL_LENGTH) {
    const cut = h.slice(0, LABEL_LENGTH);
    const space = cut.lastIndexOf(' ');
    h = `${(space > LABEL_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[,.;:\s]+$/, '')}…`;
  }
  if (id === '') return h;
  return h === '' ? id : `${id}. ${h}`;
}

/**
 * The row's число, база and доля can be formulas on its source cells. The cheap tests first: an
 * address is made when asked for, and a share computeShares made for a row (EntityShare) has
 * both addresses always — asking would make 200,000 address strings on a 100,000-row form.
 */
function isLive(s: ShareResult): boolean {
  return s.plain && s.share !== null && s.numerator !== null && s.base !== null && (s instanceof EntityShare || (!!s.numeratorCell && !!s.baseCell));
}

// Indexed loops in functions of their own: over the 300,000 share rows of a 100,000-row form,
// for…of in writeShares made an iterator result per row (40 MB of garbage).
function someExcluded(shares: readonly ShareResult[]): boolean {
  for (let i = 0; i < shares.length; i++) if (shares[i].excluded) return true;
  return false;
}

/** Every row is there, live and counted: the regional row can sum the column. */
function everyLive(shares: readonly ShareResult[]): boolean {
  for (let i = 0; i < shares.length; i++) {
    const s = shares[i];
    if (!s || !isLive(s) || s.excluded) return false;
  }
  return true;
}

/** The pairs of a table in the order of its shares, each with its entity rows and regional row. */
function pairBlocks(t: TableAnalysis): PairBlock[] {
  // The pair's name is its indicator's: the declared share's header when the form has one.
  const names = new Map(t.indicators.map((i) => [i.id, i.name]));
  return sharesByIndicator(t).map((g) => ({
    id: g.indicatorId,
    label: pairLabel(g.indicatorId, names.get(g.indicatorId) ?? g.indicator),
    entities: g.entities,
    region: g.region,
    declared: g.declared,
    col: 0,
  }));
}

/**
 * Appends the section's header, entity rows and regional rows to `rows`; returns the Excel
 * table over the header and entity rows (null when there are no entity rows). The entity rows
 * are made when a writer asks for them (rowBlocks.ts): a counts form of 100,000 rows would
 * otherwise be 1.3 million cells held at once.
 */
export function writeShares(t: TableAnalysis, rows: RowBlocks, widths: Widths, name: string): OutTable | null {
  const blocks = pairBlocks(t);
  if (blocks.length === 0) return null;
  // Entity rows are index-aligned across pairs: every pair has one share row per entity, in
  // the order of the entities (names may repeat, so the index, not the name, is the key).
  let n = 0;
  for (const b of blocks) if (b.entities.length > n) n = b.entities.length;
  const anyExcluded = blocks.some((b) => someExcluded(b.entities));
  // Per pair: every entity row is live and counted, so the regional row can sum the column.
  const allLive = blocks.map(() => true);

  const labels = ['№', t.entityLabel && t.entityLabel.trim() !== '' ? t.entityLabel : 'Наименование'];
  const colWidths = [NARROW_WIDTH, NAME_WIDTH];
  for (const b of blocks) {
    b.col = labels.length;
    labels.push(`${b.label}: ${SHARE_COLUMN_SUFFIXES.numerator}`, `${b.label}: ${SHARE_COLUMN_SUFFIXES.base}`, `${b.label}: ${SHARE_COLUMN_SUFFIXES.share}`);
    colWidths.push(NUMBER_WIDTH, NUMBER_WIDTH, NUMBER_WIDTH);
    if (b.declared) {
      labels.push(`${b.label}: ${SHARE_COLUMN_SUFFIXES.mismatch}`);
      colWidths.push(NUMBER_WIDTH);
    }
  }
  const noteCol = anyExcluded ? labels.length : -1;
  if (anyExcluded) {
    labels.push('Примечание');
    colWidths.push(28);
  }
  const headerRow = rows.length;
  rows.push(uniqueHeaders(labels).map(header));
  widths.wantAll(colWidths);
  if (n === 0) {
    rows.push([null, text('Строки с данными не найдены.', 'note')]);
    return null;
  }

  const first = rows.length + 1; // 1-based Excel row of the first entity row
  for (let k = 0; k < blocks.length; k++) allLive[k] = blocks[k].entities.length === n && everyLive(blocks[k].entities);
  rows.pushMade(n, labels.length, (i) => entityShareRow(t, blocks, i, labels.length, noteCol));
  const lastRow = rows.length - 1;
  const last = rows.length; // 1-based Excel row of the last entity row

  // Regional rows, below the table.
  const pooledRow: Row = new Array(labels.length).fill(null);
  const meanRow: Row = new Array(labels.length).fill(null);
  const medianRow: Row = new Array(labels.length).fill(null);
  pooledRow[1] = text(`${REGION_LABEL}: сумма числителей / сумма баз`, 'total', { wrap: true });
  meanRow[1] = text(`${REGION_LABEL}: среднее долей`, 'total');
  medianRow[1] = text(`${REGION_LABEL}: медиана долей`, 'total');
  const r = rows.length + 1; // 1-based Excel row of the pooled row
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k];
    const s = b.region;
    if (!s) continue;
    const live = b.entities.length === n && allLive[k] && s.share !== null;
    const numCol = columnLetter(b.col);
    const baseCol = columnLetter(b.col + 1);
    pooledRow[b.col] = live ? formula(`=SUM(${numCol}${first}:${numCol}${last})`, s.numerator, undefined, 'total') : number(s.numerator, undefined, 'total');
    pooledRow[b.col + 1] = live ? formula(`=SUM(${baseCol}${first}:${baseCol}${last})`, s.base, undefined, 'total') : number(s.base, undefined, 'total');
    pooledRow[b.col + 2] = live
      ? formula(`=${numCol}${r}/${baseCol}${r}`, s.share !== null ? s.share / 100 : null, PERCENT_FORMAT, 'total')
      : percent(s.share, 'total');
    if (b.declared) pooledRow[b.col + 3] = s.mismatch ? text('да', 'deficit', s.declaredCell ? { link: s.declaredCell } : {}) : { value: null, style: 'total' };
    // The mean and median of the row shares follow the share column too, on the same condition:
    // with a row left out, the column holds a share the regional figures do not count.
    const shareCol = columnLetter(b.col + 2);
    const column = `${shareCol}${first}:${shareCol}${last}`;
    const cached = (x: number | null) => (x !== null ? x / 100 : null);
    meanRow[b.col + 2] = live && s.mean !== null ? formula(`=AVERAGE(${column})`, cached(s.mean), PERCENT_FORMAT, 'total') : percent(s.mean, 'total');
    medianRow[b.col + 2] = live && s.median !== null ? formula(`=MEDIAN(${column})`, cached(s.median), PERCENT_FORMAT, 'total') : percent(s.median, 'total');
  }
  rows.push(pooledRow, meanRow, medianRow);

  return { name, headerRow, lastRow, columns: labels.length, style: 'TableStyleLight9' };
}

/** One empty cell for every entity row with nothing to note: a row taken is never changed (rowBlocks.ts). */
const NO_NOTE: OutCell = { value: null };

/** The i-th entity row of the shares section: its number, name, and per pair число, база, доля (and расхождение). */
function entityShareRow(t: TableAnalysis, blocks: PairBlock[], i: number, width: number, noteCol: number): Row {
  const row: Row = new Array(width).fill(null);
  row[0] = { value: i + 1 };
  let entityName: string | null = null;
  let excludedIn: string[] | null = null;
  for (const b of blocks) {
    const s = b.entities[i];
    if (!s) continue;
    if (entityName === null) entityName = s.entity;
    // Object literals of one shape, not spreads of helper cells: 100,000 rows × 3 cells per
    // pair. Each address is asked for once (it is made on request, analysis/entityShare.ts).
    if (isLive(s)) {
      const numCell = s.numeratorCell!;
      const baseCell = s.baseCell!;
      row[b.col] = { value: s.numerator, formula: `=${numCell}`, link: numCell };
      row[b.col + 1] = { value: s.base, formula: `=${baseCell}`, link: baseCell };
      row[b.col + 2] = { value: s.share! / 100, formula: `=${numCell}/${baseCell}`, format: PERCENT_FORMAT };
    } else {
      row[b.col] = number(s.numerator);
      row[b.col + 1] = number(s.base);
      row[b.col + 2] = percent(s.share);
    }
    if (b.declared) row[b.col + 3] = s.mismatch ? text('да', 'deficit', s.declaredCell ? { link: s.declaredCell } : {}) : { value: null };
    if (s.excluded) (excludedIn ??= []).push(b.id || b.label);
  }
  const entity = t.entities[i];
  row[1] = entity && entity.name === entityName ? { value: entityName, link: entity.nameCell } : { value: entityName };
  if (noteCol >= 0) row[noteCol] = excludedIn ? { value: `не учтено в итогах по региону: ${excludedIn.join(', ')}`, style: 'note' } : NO_NOTE;
  return row;
}
