/**
 * Lists in Russian prose: items joined by commas with «и» before the last, and names that
 * share a head noun folded into one plural («Кировский, Лужский и Тосненский районы») the way
 * a methodologist writes them. A long list is cut after a few names with «и ещё 4», so that a
 * paragraph of the note stays readable on paper.
 *
 * Example:
 *   joinRu(['А', 'Б', 'В'])                                           // → 'А, Б и В'
 *   joinNamesRu(['Кировский район', 'Лужский район'], nounByKey('district'))
 *                                                                      // → 'Кировский и Лужский районы'
 *   joinNamesRu(['г. Магас', 'Назрановский район'])                    // → 'г. Магас и Назрановский район'
 *   joinRu(['г. Магас и г. Назрань', 'Назрановский район'])             // → 'г. Магас и г. Назрань, Назрановский район'
 */

import type { EntityNoun } from './entityNoun';
import { countRu } from './plural';

/** Names shown in one list at most: past that a paragraph is no longer read (and a cell has a 32,767-character limit). */
export const LIST_LIMIT = 30;

export function joinRu(items: string[], conjunction = 'и', limit = LIST_LIMIT): string {
  const all = items.filter((x) => x.trim() !== '');
  if (all.length > limit) return `${all.slice(0, limit).join(', ')} и ещё ${all.length - limit}`;
  const xs = all;
  if (xs.length === 0) return '';
  if (xs.length === 1) return xs[0];
  // «Сунженский район и г. Карабулак» already holds «и»: a final «и» would make the list
  // ambiguous, so such lists are joined by commas only, as seed 003 writes them.
  if (xs.some((x) => / и /.test(x.replace(/\([^)]*\)/g, '')))) return xs.join(', ');
  return `${xs.slice(0, -1).join(', ')} ${conjunction} ${xs[xs.length - 1]}`;
}

/**
 * Names joined; when every name is «<one word> <noun>» with the same noun in the singular
 * («Кировский район»), the noun is said once in the plural after the list.
 * `limit` cuts the list: «А, Б, В и ещё 2 района».
 */
export function joinNamesRu(names: string[], noun?: EntityNoun, limit = LIST_LIMIT): string {
  // Only the names shown are cleaned; the rest are only counted (a list can hold 3,000 names,
  // and the note asks for a hundred such lists on a large matrix).
  const shown: string[] = [];
  let count = 0;
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    // A name starting with a printable ASCII or Cyrillic character is not blank; only the
    // others need the regex.
    const c = n.charCodeAt(0);
    if (!((c > 32 && c < 127) || (c >= 0x400 && c <= 0x4ff) || /\S/.test(n))) continue;
    count++;
    if (shown.length < limit) shown.push(n.replace(/\s+/g, ' ').trim());
  }
  if (count === 0) return '';
  const rest = count - shown.length;
  if (noun && shown.length > 1 && rest === 0) {
    const head = noun.forms[0];
    const parts = shown.map((n) => {
      const m = new RegExp(`^(\\S+)\\s+${escapeRe(head)}$`, 'i').exec(n);
      return m ? m[1] : null;
    });
    if (parts.every((p) => p !== null)) return `${joinRu(parts as string[])} ${noun.plural}`;
  }
  if (rest > 0) {
    const more = noun ? `ещё ${countRu(rest, noun.forms)}` : `ещё ${rest}`;
    return `${shown.join(', ')}${shown.some((n) => / и /.test(n)) ? ',' : ''} и ${more}`;
  }
  return joinRu(shown);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
