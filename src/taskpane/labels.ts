/**
 * Russian names of what the engine recognised: table layouts (the engine's own labels, as
 * Сводная and the command line say them) and indicator kinds.
 *
 * Example:
 *   layoutName('counts')   // → 'количества и доли'
 *   indicatorKindName('binary') // → 'да/нет'
 */

import type { IndicatorKind, LayoutKind } from '../engine/analysis';
import { LAYOUT_LABELS } from '../engine/output/labels';

const KINDS: Record<IndicatorKind, string> = {
  binary: 'да/нет',
  percent: 'процент',
  count: 'количество',
  points: 'баллы',
  number: 'число',
};

export function layoutName(kind: LayoutKind): string {
  return LAYOUT_LABELS[kind] ?? kind;
}

export function indicatorKindName(kind: IndicatorKind): string {
  return KINDS[kind] ?? kind;
}
