/**
 * Russian names of what the engine recognised: table layouts and indicator kinds.
 *
 * Example:
 *   layoutName('counts')   // → 'количество и доли'
 *   indicatorKindName('binary') // → 'да/нет'
 */

import type { IndicatorKind, LayoutKind } from '../engine/analysis';

const LAYOUTS: Record<LayoutKind, string> = {
  matrix: 'матрица показателей',
  counts: 'количество и доли',
  points: 'оценочный лист в баллах',
  roster: 'перечень',
  plan: 'план мероприятий',
};

const KINDS: Record<IndicatorKind, string> = {
  binary: 'да/нет',
  percent: 'процент',
  count: 'количество',
  points: 'баллы',
  number: 'число',
};

export function layoutName(kind: LayoutKind): string {
  return LAYOUTS[kind] ?? kind;
}

export function indicatorKindName(kind: IndicatorKind): string {
  return KINDS[kind] ?? kind;
}
