/**
 * Decides how a data column is read: yes/no, percent, count, base of a count, points or a
 * plain number — from its header first (the header is what the district was asked to fill
 * in) and from what the cells hold when the header says nothing.
 *
 * Order of evidence:
 *   1. «балл» in the header → points; the maximum from the header («(макс. 3)», «0–3 балла»,
 *      «из 5») or, failing that, the largest value in the column;
 *   2. да/нет words in at least half of the cells (and at least one «да») → binary;
 *   3. «%», «доля», «процент» → percent;
 *   4. «Всего …», «Общее количество …», «Общая численность …» → base;
 *   5. «Количество», «Число», «Численность», «из них» → count;
 *   6. a header «(да/нет)» or «Наличие …» with dashes/«нет» only → binary;
 *   7. mostly explicit percents (format or '%') → percent; whole numbers of one length, eight
 *      digits or more, all different → registry codes (text); otherwise a number.
 * A column with no data at all is 'empty'; one with more text than data is 'text' (a
 * description such as «Сайт», not an indicator), and so is a column of codes («Код МО», «ОКТМО»,
 * «ИНН»: numbers, but identifiers) and a column of remarks («Примечание», «Комментарий»), whatever
 * its cells say.
 *
 * Example:
 *   classifyColumn('2.1 Доля педагогов с ИППР, %', tally)       → { kind: 'percent' }
 *   classifyColumn('Общее количество площадок', tally)           → { kind: 'base' }
 *   classifyColumn('Оценка (макс. 3 балла)', tally)              → { kind: 'points', max: 3 }
 */

import * as kinds from './columnCells';
import { dataCount, type ColumnCells } from './columnCells';

// Module-level copies: an imported binding is a property read on every use in the hot loops.
const K_NO = kinds.K_NO;
const K_NUMBER = kinds.K_NUMBER;
const K_PERCENT = kinds.K_PERCENT;
const K_TEXT = kinds.K_TEXT;
const K_YES = kinds.K_YES;


export type ColumnKind = 'binary' | 'percent' | 'count' | 'base' | 'points' | 'number' | 'text' | 'empty';

export interface KindDecision {
  kind: ColumnKind;
  /** Points: maximum of the column. */
  max?: number;
  /** Points: where the maximum came from. */
  maxFromHeader?: boolean;
}

const POINTS = /балл/i;
const PERCENT = /%|(^|[^а-яё])(дол[яиеюь]|процент[а-яё]*)([^а-яё]|$)/i;
const BASE = /(^|[,(/]\s*|\s-\s)(всего|общее\s+(количество|число|кол-во)|общая\s+численность|общее\s+кол-во)([^а-яё]|$)/i;
const COUNT = /(количеств|(^|[^а-яё])числ[оа]([^а-яё]|$)|численност|кол-во|из\s+них|из\s+которых|в\s+том\s+числе|в\s+т\.\s?ч\.)/i;
const COUNT_LEADING = /^(количеств|числ[оа]\s|численност|кол-во)/i;
const BINARY = /(да\s*\/\s*нет|^наличие|^(\d+(\.\d+)*\.?\s+)?наличие)/i;

/** Codes and registry numbers of the entity («Код МО», «ОКТМО», «ИНН»): identifiers, not indicators. */
// No \b: in JavaScript it knows only Latin letters, and «Код МО» is all Cyrillic.
const IDENTIFIER = /^(код|октмо|окато|инн|огрн|кпп|оквэд|id)(?![а-яёa-z])/i;

export function isIdentifierHeader(text: string): boolean {
  return IDENTIFIER.test(text.trim());
}

/**
 * A column of remarks («Примечание», «Комментарий», «Пояснения», «Особые отметки»): free text,
 * even when some remarks are a bare «нет» or «да, с 2023 г.» (blind set 8: such a column was
 * read as a yes/no indicator and moved every district's result).
 */
const REMARKS = /^(примечани|прим\.|комментари|пояснени|замечани|особые\s+отметк|дополнительн\S*\s+(сведени|информаци)|иное$|другое$)/i;

export function isRemarksHeader(text: string): boolean {
  return REMARKS.test(text.trim());
}

export function isPercentHeader(text: string): boolean {
  return PERCENT.test(text);
}

export function isBaseHeader(text: string): boolean {
  return BASE.test(text.trim());
}

export function isCountHeader(text: string): boolean {
  return COUNT.test(text);
}

/** «(макс. 3)», «0–3 балла», «до 5 баллов», «из 5»; null when the header gives no maximum. */
export function pointsMaxFromHeader(text: string): number | null {
  const patterns = [
    /макс[а-яё.]*\s*[-–:=]?\s*(\d+(?:[.,]\d+)?)/i,
    /\d+\s*[-–—]\s*(\d+(?:[.,]\d+)?)\s*балл/i,
    /до\s*(\d+(?:[.,]\d+)?)\s*балл/i,
    /из\s*(\d+(?:[.,]\d+)?)/i,
    /max\s*[-–:=]?\s*(\d+(?:[.,]\d+)?)/i,
  ];
  for (const p of patterns) {
    const m = p.exec(text);
    if (m) {
      const v = Number(m[1].replace(',', '.'));
      if (v > 0) return v;
    }
  }
  return null;
}

/**
 * @param own the header text of the column itself (without its criterion/grouping row)
 * @param cells the parsed cells
 */
export function classifyColumn(own: string, cells: ColumnCells): KindDecision {
  const t = cells.tally;
  const data = dataCount(t);
  if (isIdentifierHeader(own) || isRemarksHeader(own)) return { kind: 'text' };
  if (data === 0) return { kind: t[K_TEXT] > 0 ? 'text' : 'empty' };
  if (t[K_TEXT] > data) return { kind: 'text' };
  const yesNo = t[K_YES] + t[K_NO];

  if (POINTS.test(own)) {
    const fromHeader = pointsMaxFromHeader(own);
    if (fromHeader !== null) return { kind: 'points', max: fromHeader, maxFromHeader: true };
    let max = -Infinity;
    for (let i = 0; i < cells.kinds.length; i++) {
      const k = cells.kinds[i];
      if ((k === K_NUMBER || k === K_PERCENT) && cells.values[i] > max) max = cells.values[i];
    }
    return { kind: 'points', max: max > 0 ? max : undefined, maxFromHeader: false };
  }
  if (t[K_YES] > 0 && yesNo * 2 >= data) return { kind: 'binary' };
  const percent = PERCENT.test(own);
  const countLeading = COUNT_LEADING.test(own) && !own.includes('%');
  if (percent && !countLeading) return { kind: 'percent' };
  if (BASE.test(own)) return { kind: 'base' };
  if (COUNT.test(own)) return { kind: 'count' };
  if (BINARY.test(own) && yesNo * 2 >= data) return { kind: 'binary' };
  const nums = t[K_PERCENT] + t[K_NUMBER];
  if (t[K_PERCENT] > 0 && t[K_PERCENT] * 2 >= nums) return { kind: 'percent' };
  if (yesNo * 2 > data) return { kind: 'binary' };
  if (looksLikeCodes(cells)) return { kind: 'text' };
  return { kind: 'number' };
}

/**
 * A column whose header says nothing (a «Код ОКТМО» under someone's merged heading) but whose
 * cells are registry codes: whole numbers of one length, eight digits or more (ОКТМО has 8 or
 * 11, ИНН 10 or 12, ОГРН 13), all different. No count in a monitoring table looks like that;
 * sums of money have lengths that vary. Blind set 7, debatable 6.
 */
function looksLikeCodes(cells: ColumnCells): boolean {
  let digits = 0;
  let n = 0;
  const seen = new Set<number>();
  for (let i = 0; i < cells.kinds.length; i++) {
    const k = cells.kinds[i];
    if (k === K_PERCENT) return false;
    if (k !== K_NUMBER) continue;
    const v = cells.values[i];
    if (!Number.isInteger(v) || v < 1e7) return false;
    const d = String(v).length;
    if (digits === 0) digits = d;
    else if (d !== digits) return false;
    if (seen.has(v)) return false;
    seen.add(v);
    n++;
  }
  return n >= 3;
}
