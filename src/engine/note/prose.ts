/**
 * Small pieces of the note's prose shared by its sections: an indicator's name cleaned for a
 * sentence (no leading number, no «, да/нет» or «, %» tail), shortened long texts, and the
 * best and weakest entities by a value as Сводная displays it (so two entities shown with the
 * same «100,0 %» are both «лучшие»).
 *
 * Example:
 *   indicatorTitle({ id: '2.7', name: '2.7. Наличие мероприятий по …, да/нет' }) // → 'Наличие мероприятий по …'
 *   extremes([{ name: 'А', value: 100 }, { name: 'Б', value: 99.99 }, { name: 'В', value: 50 }])
 *   // → { best: { value: 100, names: ['А', 'Б'] }, worst: { value: 50, names: ['В'] } }
 */

import { displayPercent } from '../text/percent';

/**
 * The indicator's name as a committee reads it. A name that begins in lower case («всего,
 * чел.», «из них в форме стажировки») continues the group header above it, and alone it says
 * nothing: the group comes first, «Прошли КПК в 2023/2024 уч. г.: всего, чел.».
 */
export function indicatorTitle(ind: { id: string; name: string; source?: { header: string } }): string {
  let t = ind.name.replace(/\s+/g, ' ').trim();
  const parts = ind.source?.header.split(' / ').map((x) => x.trim()).filter((x) => x !== '') ?? [];
  if (/^[а-яё]/.test(t) && parts.length > 1 && parts[parts.length - 1] === t) {
    const group = parts.slice(0, -1).filter((x) => !/^(из\s+них|в\s+том\s+числе)\s*:?$/i.test(x));
    if (group.length > 0) t = `${group.join(', ').replace(/[,;:\s]+$/, '')}: ${t}`;
  }
  t = t.replace(/^(показатель\s*)?\d+(\.\d+)*\.?\s+/i, '');
  t = t.replace(/,?\s*(да\s*\/\s*нет|%|в\s*%|баллы?|чел\.?|ед\.?|шт\.?)\s*$/i, '');
  t = t.replace(/[,;:\s]+$/, '').replace(/(\S{4,})\.$/, '$1');
  return t === '' ? ind.name : t;
}

/**
 * A criterion as a sentence names it: «Критерий 1. Системность …» as written; a bare label in
 * quotes after «критерий» (or «блок» for the blocks of an evaluation sheet), so that a label
 * with a comma («Меры, мероприятия») does not break a list.
 */
export function criterionRef(label: string, layout: string, capital = true): string {
  if (/^критери/i.test(label.trim())) return label;
  const word = layout === 'points' ? 'блок' : 'критерий';
  return `${capital ? word.charAt(0).toUpperCase() + word.slice(1) : word} «${label}»`;
}

/**
 * «2.7 „…“»: the number (when it is a real number, not a column letter) and the name in quotes;
 * «показатель 2.7» when the header holds nothing but the number.
 */
export function indicatorRef(ind: { id: string; name: string; source?: { header: string } }, max = 120): string {
  const bare = indicatorTitle(ind).replace(/[.\s]+$/, '');
  if (bare === '' || bare === ind.id) return `показатель ${ind.id}`;
  const title = `«${shorten(indicatorTitle(ind), max)}»`;
  return /^\d+(\.\d+)*$/.test(ind.id) ? `${ind.id} ${title}` : title;
}

/** First letter in upper case, for a phrase that starts a sentence or a list item. */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Cut at a word boundary with «…» when longer than max characters. */
export function shorten(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const sp = cut.lastIndexOf(' ');
  return `${(sp > max * 0.6 ? cut.slice(0, sp) : cut).replace(/[,;:.\s]+$/, '')}…`;
}

export interface Named {
  name: string;
  value: number | null;
}

export interface Extremes {
  best: { value: number; names: string[] } | null;
  worst: { value: number; names: string[] } | null;
  /** Every entity shows the same value. */
  allEqual: boolean;
}

/**
 * Values with their names, taken by index: a list of 100,000 shares need not become 100,000
 * objects for the note to find its best and worst, and a name is asked for only near the ends.
 */
export interface NamedList {
  readonly length: number;
  value(i: number): number | null;
  name(i: number): string;
}

export function extremes(items: Named[]): Extremes {
  return extremesOf({ length: items.length, value: (i) => items[i].value, name: (i) => items[i].name });
}

export function extremesOf(items: NamedList): Extremes {
  // No object per item, and the display rounding only near the ends: a counts form has
  // 100,000 entities per indicator, and displayPercent (two toPrecision calls) over all of them
  // was most of the note's time. Rounding to the shown 0.1 never reorders values, so the
  // largest shown value is that of the largest value, and only values within a few tenths of
  // it can show the same.
  let max = -Infinity;
  let min = Infinity;
  for (let i = 0; i < items.length; i++) {
    const v = items.value(i);
    if (v === null || !Number.isFinite(v)) continue;
    if (v > max) max = v;
    if (v < min) min = v;
  }
  if (max === -Infinity) return { best: null, worst: null, allEqual: false };
  const shownMax = displayPercent(max);
  const shownMin = displayPercent(min);
  const best: { value: number; names: string[] } = { value: NaN, names: [] };
  const worst: { value: number; names: string[] } = { value: NaN, names: [] };
  for (let i = 0; i < items.length; i++) {
    const v = items.value(i);
    if (v === null || !Number.isFinite(v)) continue;
    // The extreme itself shows as itself: only the values just short of it need rounding.
    if (v >= max - NEAR && (v === max || displayPercent(v) === shownMax)) {
      if (best.names.length === 0) best.value = v;
      best.names.push(items.name(i));
    }
    if (v <= min + NEAR && (v === min || displayPercent(v) === shownMin)) {
      if (worst.names.length === 0) worst.value = v;
      worst.names.push(items.name(i));
    }
  }
  return { best, worst, allEqual: shownMax === shownMin };
}

/** Values further apart than this (percentage points) never show the same at one decimal. */
const NEAR = 0.2;
