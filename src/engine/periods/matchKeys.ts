/**
 * Keys by which two periods are matched: an entity by its name written the way districts
 * write it differently from year to year («г.Сосновый Бор» / «г. Сосновый Бор»,
 * «Всеволожский муниципальный район» / «Всеволожский район»), an indicator by its name
 * without the number in front and the unit behind, or by its number when the names differ.
 *
 * Example:
 *   entityKey('Всеволожский  муниципальный район') === entityKey('всеволожский район') // → true
 *   entityKey('Кингисеппский р-н') === entityKey('Кингисеппский район')                // → true
 *   indicatorKey('2.1. Доля педагогов с ИППР, %') // → 'доля педагогов с иппр'
 *   numberedId('2.1') // → true;  numberedId('D') // → false (a column letter is no identity)
 */

/** Latin letters that look like Cyrillic ones, typed into Cyrillic names by a keyboard slip. */
const LOOKALIKES: Record<string, string> = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к', m: 'м', t: 'т', h: 'н', b: 'в' };

/** «Пoдпорожский» with a Latin «o» is «Подпорожский»: in a word with Cyrillic letters, lookalikes are read as Cyrillic. */
function cyrillicLookalikes(s: string): string {
  return s.replace(/[а-яё]*[a-z][a-zа-яё]*/g, (word) => (/[а-яё]/.test(word) ? word.replace(/[acepoxykmthb]/g, (ch) => LOOKALIKES[ch]) : word));
}

export function entityKey(name: string): string {
  return cyrillicLookalikes(name.toLowerCase())
    .replace(/ё/g, 'е')
    .replace(/[«»"“”„']/g, '')
    .replace(/(^|[\s(])(г|пгт|п|с)\.\s*/g, '$1$2. ')
    .replace(/(^|\s)муниципальн(ый|ое|ого|ая)(?=\s|$)/g, ' ')
    // Abbreviations districts write one year and spell out the next: «р-н», «р.», «мун. р-н», «г.о.».
    .replace(/(^|\s)(?:р-н|р-он|р\.)(?=\s|$)/g, '$1район')
    .replace(/(^|\s)мун\.(?=\s|$)/g, ' ')
    .replace(/(^|\s)(?:г\.\s?о\.|го)(?=\s|$)/g, '$1городской округ')
    .replace(/[.,;:]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function indicatorKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/^\s*(показатель\s*)?\d+(\.\d+)*\.?\s*/, '')
    .replace(/,?\s*(да\s*\/\s*нет|%|баллы?|чел\.?|ед\.?)\s*$/g, '')
    .replace(/[«»"“”„()]/g, ' ')
    .replace(/[.,;:\s]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function numberedId(id: string): boolean {
  return /^\d+(\.\d+)*$/.test(id);
}
