/**
 * Layout C(a): one evaluation sheet per municipality, filled in on the same template — the
 * tables of seed 004 (ll. 561–567, 657–662, 721–726, 783–794, 866–868, 913–915):
 *
 *   | Оценочный лист: Крымский район                                            |   |   |   |       |
 *   | Позиция оценивания                     | Наличие … | Наличие … | Наличие … | всего |
 *   | Мониторинг                             | -         | -         | -         | 12    |   ← block row
 *   | по осуществлению методической …        | 1         | 1         | 1         | 3     |   ← position row
 *   | …                                      |           |           |           |       |
 *   | Меры, мероприятия                      | -         | -         | -         | 24    |
 *   | Итого                                  |           |           |           | 60    |   ← declared entity total
 *
 * How it reads:
 *   - the label column is the column where block names of the scheme stand on rows whose other
 *     cells are dashes, empty or numbers (the seed's «Мониторинг | - | - | - | 12»);
 *   - a header row («Позиция оценивания | … | всего», possibly repeated per block) tells which
 *     columns hold parameters and which the total; without one, the dashes of a block row do; without
 *     those, the columns right of the label, one per scheme parameter, then the total;
 *   - position rows are matched to the positions of the current block by name (matchNames.ts); a
 *     row the scheme does not know is reported ('unknown-position') and still scored with the
 *     block's parameters — unless all its cells are empty (then it is a note, not a position);
 *   - a text-only row starting in lower case right after a position continues its name (the seed's
 *     «по развитию и/или поддержке методических объединений» / «и/или профессиональных сообществ»);
 *   - the municipality comes from a title row («Оценочный лист: …», «Муниципальное образование: …»),
 *     else from the sheet name.
 *
 * A sheet is taken as an evaluation sheet only when it shows two blocks of the scheme, or one block
 * together with a «Позиция оценивания»/«всего»/«балл» header, and its position rows are mostly
 * positions of the scheme: an indicator matrix of да/нет names municipalities in its label column,
 * never blocks, and a transposed matrix has rows of several values where a block row has dashes.
 *
 * Example:
 *   readTemplateSheet(sheet, DEFAULT_SCHEME, problems)
 *   // → { entity: { name: 'Крымский район', blocks: [{ schemeIndex: 1, positions: [4 rows] }, …] }, first: 1, last: 40 }
 */

import { gridWidth, isEmptyValue, type SheetGrid } from '../grid';
import { ProblemList } from '../problems';
import { bestMatch, similarity } from './matchNames';
import { isDash, readMark } from './marks';
import { addressOf, isLabelText, isTotalLabel, mergedValue, sourceCell, textOf } from './gridCells';
import { schemeWhere, type PointsScheme } from './scheme';
import type { DeclaredCell, ReadBlock, ReadEntity, ReadPosition } from './sheetReading';

const BLOCK_THRESHOLD = 0.6;
const POSITION_THRESHOLD = 0.5;

export interface TemplateReading {
  entity: ReadEntity;
  /** 0-based grid rows of the first header/block row and the last row read. */
  first: number;
  last: number;
  /**
   * The line under the municipality's title that says what is evaluated («Оценка муниципальной
   * системы методической работы, 2024 год»), when the sheet has one: the subject of the note.
   */
  subject: string | null;
}

interface Columns {
  params: number[];
  total: number | null;
  /** Set by a «Позиция оценивания … всего» header row (then block rows do not redefine the columns). */
  fromHeader: boolean;
}

/**
 * Cells right of the label column of a block row: dashes in the parameter columns and at most one
 * number (the declared «всего») after them, as in «Мониторинг | - | - | - | 12». Anything else
 * counts in `other`; a row of several numbers is a data row (an indicator of a transposed matrix).
 */
function blockRowShape(sheet: SheetGrid, r: number, labelCol: number, width: number) {
  const dashes: number[] = [];
  const numbers: number[] = [];
  let other = 0;
  for (let c = labelCol + 1; c < width; c++) {
    const v = mergedValue(sheet, r, c);
    if (isEmptyValue(v)) continue;
    if (isDash(v)) dashes.push(c);
    else if (typeof v === 'number') numbers.push(c);
    else other++;
  }
  if (numbers.length > 1) other += numbers.length - 1;
  if (numbers.length === 1 && dashes.some((c) => c > numbers[0])) other++;
  return { dashes, numbers, other };
}

/**
 * Rows searched for block headings. An evaluation sheet of one municipality is a form of a few
 * dozen to a few hundred rows; a sheet whose first rows hold no block heading is not one, and a
 * 100,000-row counts form need not have every name compared with the block names (it cost a
 * fifth of a second per run).
 */
const LABEL_SCAN_ROWS = 2000;

function findLabelColumn(sheet: SheetGrid, blockNames: string[], width: number): number | null {
  const votes = new Map<number, Set<number>>();
  // Each distinct text is matched once: a wide table repeats «нет» and «да» in every row, and a
  // 3000 × 60 matrix tried as a template matched them a hundred thousand times.
  const matches = new Map<string, ReturnType<typeof bestMatch>>();
  for (let r = 0; r < Math.min(sheet.values.length, LABEL_SCAN_ROWS); r++) {
    for (let c = 0; c < width; c++) {
      const v = mergedValue(sheet, r, c);
      if (!isLabelText(v)) continue;
      const t = textOf(v);
      let m = matches.get(t);
      if (m === undefined) matches.set(t, (m = bestMatch(t, blockNames, BLOCK_THRESHOLD)));
      if (!m) continue;
      if (blockRowShape(sheet, r, c, width).other > 0) continue;
      if (!votes.has(c)) votes.set(c, new Set());
      votes.get(c)!.add(m.index);
      break;
    }
  }
  let best: number | null = null;
  for (const [c, set] of votes) if (best === null || set.size > votes.get(best)!.size) best = c;
  return best;
}

const TITLE_PATTERNS: RegExp[] = [
  /^оценочн\S*\s+лист\S*\s*[:：—–-]\s*(.*)$/i,
  /^оценочн\S*\s+лист\S*\s+((?:муниципальн\S*\s+образовани\S*|мо)\s+.+)$/i,
  /^(?:муниципальн\S*\s+образовани\S*|муниципалитет|муниципальн\S*\s+район|городской\s+округ|мо|территория)\s*[:：—–-]\s*(.*)$/i,
  /^(?:муниципальн\S*\s+образовани\S*|муниципалитет|мо)\s*$/i,
];

/** The municipality named by a title row, with the address of the cell that names it. */
function readTitle(sheet: SheetGrid, r: number, width: number): { name: string; cell: string } | null {
  for (let c = 0; c < width; c++) {
    const t = textOf(mergedValue(sheet, r, c), true);
    if (!t) continue;
    for (const re of TITLE_PATTERNS) {
      const m = re.exec(t);
      if (!m) continue;
      let name = (m[1] ?? '').replace(/^(муниципальн\S*\s+образовани\S*|мо)\s*[:：]?\s*/i, '').replace(/^[«"]|[»"]$/g, '').trim();
      let cell = addressOf(sheet, r, c);
      if (!name) {
        for (let k = c + 1; k < width; k++) {
          const next = textOf(mergedValue(sheet, r, k));
          if (next) {
            name = next;
            cell = addressOf(sheet, r, k);
            break;
          }
        }
      }
      if (name) return { name, cell };
    }
  }
  return null;
}

export function readTemplateSheet(sheet: SheetGrid, scheme: PointsScheme, problems: ProblemList): TemplateReading | null {
  const width = gridWidth(sheet);
  const blockNames = scheme.blocks.map((b) => b.name);
  const labelCol = findLabelColumn(sheet, blockNames, width);
  if (labelCol === null) return null;

  // Problems are kept aside until the sheet is accepted, so that a sheet we do not take stays silent.
  const local = new ProblemList();
  let title: { name: string; cell: string } | null = null;
  let subject: string | null = null;
  let columns: Columns | null = null;
  let headerSeen = false;
  let marker = false;
  const blocks: ReadBlock[] = [];
  let current: ReadBlock | null = null;
  let lastPosition: ReadPosition | null = null;
  let declaredTotal: DeclaredCell | null = null;
  let first = -1;
  let last = -1;
  const countWarned = new Set<number>();

  for (let r = 0; r < sheet.values.length; r++) {
    const labelValue = mergedValue(sheet, r, labelCol);
    const label = textOf(labelValue, true);
    if (!title && blocks.length === 0) {
      const t = readTitle(sheet, r, width);
      if (t) {
        title = t;
        continue;
      }
    }
    if (title && subject === null && !headerSeen && blocks.length === 0) subject = subjectLine(sheet, r, width, blockNames);
    for (let c = 0; c < width; c++) if (/балл/i.test(textOf(mergedValue(sheet, r, c), true))) marker = true;

    // Header row: «Позиция оценивания | Наличие … | … | всего».
    const rightTexts: { c: number; t: string }[] = [];
    let rightNumbers = 0;
    for (let c = labelCol + 1; c < width; c++) {
      const v = mergedValue(sheet, r, c);
      if (typeof v === 'number') rightNumbers++;
      else if (isLabelText(v)) rightTexts.push({ c, t: textOf(v) });
    }
    const totalHeader = rightTexts.find((x) => isTotalLabel(x.t));
    if (/^позици/i.test(label) || (totalHeader && rightNumbers === 0 && rightTexts.length >= 2)) {
      headerSeen = true;
      marker = true;
      columns = {
        params: rightTexts.filter((x) => x !== totalHeader && (!totalHeader || x.c < totalHeader.c)).map((x) => x.c),
        total: totalHeader ? totalHeader.c : null,
        fromHeader: true,
      };
      if (first < 0) first = r;
      continue;
    }
    if (!label) continue;
    if (!isLabelText(labelValue)) continue;

    // Entity total row: «Итого | … | 60».
    if (isTotalLabel(label) && blocks.length > 0) {
      const shape = blockRowShape(sheet, r, labelCol, width);
      const col = columns?.total ?? (shape.numbers.length > 0 ? shape.numbers[shape.numbers.length - 1] : null);
      if (col !== null && typeof mergedValue(sheet, r, col) === 'number') {
        declaredTotal = { ...sourceCell(sheet, r, col), kind: 'max-or-score' };
      }
      last = r;
      continue;
    }

    // Block row.
    const shape = blockRowShape(sheet, r, labelCol, width);
    const blockMatch = shape.other === 0 ? bestMatch(label, blockNames, BLOCK_THRESHOLD) : null;
    const positionScore = current
      ? Math.max(0, ...scheme.blocks[current.schemeIndex].positions.map((p) => similarity(label, p.name)))
      : 0;
    if (blockMatch && blockMatch.score > positionScore) {
      if (!columns?.fromHeader && shape.dashes.length > 0) {
        const afterDashes = shape.numbers.filter((c) => c > shape.dashes[shape.dashes.length - 1]);
        columns = { params: shape.dashes, total: afterDashes.length > 0 ? afterDashes[0] : null, fromHeader: false };
      }
      const totalCol = columns?.total ?? (shape.numbers.length > 0 ? shape.numbers[shape.numbers.length - 1] : null);
      const declared: DeclaredCell | null =
        totalCol !== null && typeof mergedValue(sheet, r, totalCol) === 'number'
          ? { ...sourceCell(sheet, r, totalCol), kind: 'max-or-score' }
          : null;
      const again = blocks.find((b) => b.schemeIndex === blockMatch.index);
      if (again) {
        // The same block once more (a template repeating its header): continue it.
        current = again;
        if (!again.declared) again.declared = declared;
      } else {
        current = { schemeIndex: blockMatch.index, label, labelCell: addressOf(sheet, r, labelCol), declared, positions: [] };
        blocks.push(current);
      }
      lastPosition = null;
      if (first < 0) first = r;
      last = r;
      continue;
    }
    if (!current) continue;

    // Position row.
    const block = scheme.blocks[current.schemeIndex];
    const k = block.parameters.length;
    const paramCols = columns ? columns.params : Array.from({ length: k }, (_, i) => labelCol + 1 + i);
    const totalCol = columns ? columns.total : labelCol + 1 + k;
    if (columns && paramCols.length !== k && !countWarned.has(blocks.length)) {
      countWarned.add(blocks.length);
      local.warning(addressOf(sheet, r, labelCol), sheet.name, 'layout',
        `В блоке «${block.name}» на листе «${sheet.name}» ${paramCols.length} столбц. параметров, а в методике ${k}: параметры сопоставлены по порядку.`);
    }
    const params = Array.from({ length: k }, (_, i) => (paramCols[i] !== undefined ? sourceCell(sheet, r, paramCols[i]) : null));
    const declaredCell = totalCol !== null && totalCol < width && !isEmptyValue(mergedValue(sheet, r, totalCol))
      ? { ...sourceCell(sheet, r, totalCol), kind: 'score' as const }
      : null;
    const allEmpty = params.every((p) => !p || isEmptyValue(p.raw)) && !declaredCell;
    const unreadable = params.filter((p) => p && readMark(p.raw, p.format, false).issue === 'unreadable').length;
    if (unreadable >= 2) continue; // a table of texts (the seed's «Циклограмма …»), not marks
    const match = bestMatch(label, block.positions.map((p) => p.name), POSITION_THRESHOLD);

    const taken = match !== null && current.positions.some((p) => p.schemeIndex === match.index);
    if (allEmpty && (!match || taken) && lastPosition && /^[а-яё]/.test(label)) {
      const joined = `${lastPosition.label} ${label}`;
      const rematch = bestMatch(joined, block.positions.map((p) => p.name), POSITION_THRESHOLD);
      lastPosition.label = joined;
      if (rematch && !current.positions.some((p) => p !== lastPosition && p.schemeIndex === rematch.index)) {
        lastPosition.schemeIndex = rematch.index;
      }
      continue;
    }
    if (allEmpty && !match) continue; // a note under the table
    let schemeIndex = match ? match.index : null;
    if (schemeIndex !== null && current.positions.some((p) => p.schemeIndex === schemeIndex)) schemeIndex = null;
    const position: ReadPosition = { label, schemeIndex, labelCell: addressOf(sheet, r, labelCol), rowCell: addressOf(sheet, r, labelCol), params, declared: declaredCell };
    current.positions.push(position);
    lastPosition = position;
    last = r;
  }

  const distinct = new Set(blocks.map((b) => b.schemeIndex)).size;
  const positions = blocks.reduce((s, b) => s + b.positions.length, 0);
  const known = blocks.reduce((s, b) => s + b.positions.filter((p) => p.schemeIndex !== null).length, 0);
  if (positions === 0 || known === 0 || known < positions - known) return null;
  if (!(distinct >= 2 || (distinct === 1 && (headerSeen || marker || blocks.some((b) => b.declared))))) return null;

  for (const b of blocks) {
    for (const p of b.positions) {
      if (p.schemeIndex === null) {
        local.warning(p.labelCell, sheet.name, 'unknown-position',
          `Позиция «${p.label}» не найдена в блоке «${scheme.blocks[b.schemeIndex].name}» ${schemeWhere(scheme)}: она оценена по параметрам блока.`);
      }
    }
  }
  for (const p of local.items) problems.add(p);
  const name = title?.name ?? sheet.name;
  return {
    entity: {
      name,
      nameCell: title?.cell ?? addressOf(sheet, 0, 0),
      sheet: sheet.name,
      index: sheet.startRow + Math.max(first, 0),
      blocks,
      declared: declaredTotal,
    },
    first: Math.max(first, 0),
    last: Math.max(last, first, 0),
    subject,
  };
}

/** A row holding one text and nothing else, which is neither a block nor the header: a subtitle. */
function subjectLine(sheet: SheetGrid, r: number, width: number, blockNames: string[]): string | null {
  const texts: string[] = [];
  for (let c = 0; c < width; c++) {
    const v = mergedValue(sheet, r, c);
    if (v === null || v === '') continue;
    // A merged subtitle repeats its value across the area: count it once.
    const t = textOf(v, true);
    if (typeof v !== 'string' || !t) return null;
    if (texts[texts.length - 1] !== t) texts.push(t);
  }
  if (texts.length !== 1) return null;
  const t = texts[0];
  if (/^позици/i.test(t) || blockNames.some((b) => b.toLowerCase() === t.toLowerCase())) return null;
  return t.length >= 10 ? t : null;
}
