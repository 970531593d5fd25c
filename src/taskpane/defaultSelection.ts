/**
 * Which sheets the picker ticks when the pane opens: the active sheet, unless it is one of
 * the add-in's result sheets; then the sheets of the last run that still exist; then the first
 * sheet with data.
 *
 * Example:
 *   defaultSelection([{ name: 'Лист1', active: true, owned: false, … }], null) // → ['Лист1']
 *   defaultSelection([{ name: 'Лист1', active: false, … }, { name: 'Сводная', active: true, owned: true, … }],
 *                    { sheets: ['Лист1'], options: {} }) // → ['Лист1']
 */

import type { SheetInfo, StoredSettings } from '../adapters/office/types';

export function defaultSelection(sheets: SheetInfo[], stored: StoredSettings | null): string[] {
  const choosable = sheets.filter((s) => !s.owned);
  const active = choosable.find((s) => s.active);
  if (active) return [active.name];
  const remembered = (stored?.sheets ?? []).filter((n) => choosable.some((s) => s.name === n));
  if (remembered.length > 0) return remembered;
  const first = choosable.find((s) => s.visible) ?? choosable[0];
  return first ? [first.name] : [];
}
