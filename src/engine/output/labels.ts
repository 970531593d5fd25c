/**
 * Russian words the written sheets show for the engine's English codes.
 *
 * Example:
 *   STATUS_LABELS.critical === 'критический уровень'; KIND_LABELS.binary === 'да/нет'
 */

import type { DeficitKind, IndicatorKind, IndicatorStatus, LayoutKind } from '../analysis';
import type { Severity } from '../problems';

export const STATUS_LABELS: Record<IndicatorStatus, string> = {
  ok: 'норма',
  attention: 'зона внимания',
  critical: 'критический уровень',
};

export const KIND_LABELS: Record<IndicatorKind, string> = {
  binary: 'да/нет',
  percent: 'процент',
  count: 'количество',
  points: 'баллы',
  number: 'число',
};

export const DEFICIT_LABELS: Record<DeficitKind, string> = {
  deficit: 'дефицит',
  attention: 'зона внимания',
  'below-median': 'ниже медианы',
  'group-3': 'группа 3',
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  error: 'ошибка',
  warning: 'предупреждение',
  info: 'сведения',
};

export const LAYOUT_LABELS: Record<LayoutKind, string> = {
  matrix: 'матрица показателей',
  counts: 'количества и доли',
  points: 'оценочный лист в баллах',
  roster: 'список педагогов',
  plan: 'план мероприятий',
};

/** Fill colour of a group in the summary chart: 1 green, 2 yellow, 3 red (Excel's colour-scale tones). */
export const GROUP_COLORS: Record<number, string> = { 1: '63BE7B', 2: 'FFEB84', 3: 'F8696B' };
/** Colour of a point whose entity has no group (no data). */
export const NO_GROUP_COLOR = 'BFBFBF';

/** Label of the region in lists of findings. */
export const REGION_LABEL = 'Регион';

/** «неполные данные» mark of an entity with missing cells. */
export const INCOMPLETE_LABEL = 'неполные данные';
