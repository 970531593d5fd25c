/**
 * The stages of «Распознать» / «Рассчитать» as the progress bar shows them: a Russian label
 * and a share of the way done (the worker reports stages, not percentages).
 *
 * Example:
 *   progressOf('analyzing') // → { stage: 'analyzing', value: 0.45, text: 'Распознавание таблицы и расчёт…' }
 */

import type { EngineStage } from './engineProtocol';

export type PaneStage = 'reading' | EngineStage | 'writing' | 'saving' | 'done';

export interface Progress {
  stage: PaneStage;
  /** 0…1 */
  value: number;
  text: string;
}

const STAGES: Record<PaneStage, [number, string]> = {
  reading: [0.05, 'Чтение листов…'],
  receiving: [0.25, 'Передача данных вычислителю…'],
  analyzing: [0.45, 'Распознавание таблицы и расчёт…'],
  planning: [0.6, 'Подготовка листов с результатами…'],
  sending: [0.7, 'Получение результатов…'],
  writing: [0.8, 'Запись результатов в книгу…'],
  saving: [0.95, 'Сохранение настроек…'],
  done: [1, 'Готово.'],
};

export function progressOf(stage: PaneStage): Progress {
  const [value, text] = STAGES[stage];
  return { stage, value, text };
}
