/**
 * The period a table speaks of, read from its title or sheet name the way Russian forms state
 * it: «в 2019 – 2020 учебном году», «2019/2020 уч. г.», «по состоянию на 01.09.2020»,
 * «за 2023 год», or a bare year in a sheet name («Мониторинг 2024»). Returned as a phrase that
 * stands after «Период:» or in a heading, not as the title's own case form.
 *
 * Example:
 *   periodOfText('АНАЛИЗ … в 2019 – 2020 учебном году')  // → '2019/2020 учебный год'
 *   periodOfText('Сведения (по состоянию на 01.09.2020)') // → 'по состоянию на 01.09.2020'
 *   periodOfText('Мониторинг 2024')                       // → '2024 год'
 *   periodOfText('2023/2024')                             // → '2023/2024 учебный год'
 *   periodOfText('2023-2024')                             // → '2023–2024 годы'
 *   periodOfText('Лист1')                                 // → null
 */

const YEAR = '(?:19|20)\\d{2}';

export function periodOfText(text: string | null | undefined): string | null {
  if (!text) return null;
  const t = text.replace(/\s+/g, ' ');
  let m = new RegExp(`(${YEAR})\\s*[-–—/]\\s*(${YEAR}|\\d{2})\\s*(уч(?:ебн\\S*|\\.)?\\s*(?:г(?:од\\S*|\\.)?)?)?`, 'i').exec(t);
  if (m) {
    const second = m[2].length === 2 ? `${m[1].slice(0, 2)}${m[2]}` : m[2];
    // Two consecutive years are a school year when the text says so or writes them with «/».
    if (Number(second) === Number(m[1]) + 1 && (m[3] || /\//.test(m[0]))) return `${m[1]}/${second} учебный год`;
    return `${m[1]}–${second} годы`;
  }
  m = /на\s+(\d{1,2}\.\d{1,2}\.(?:19|20)\d{2})/i.exec(t);
  if (m) return `по состоянию на ${m[1]}`;
  m = new RegExp(`(?:^|\\D)(${YEAR})(?:\\D|$)`).exec(t);
  if (m) return `${m[1]} год`;
  return null;
}

/** The first period found among several texts (titles first, then sheet names). */
export function periodOf(texts: (string | null | undefined)[]): string | null {
  for (const t of texts) {
    const p = periodOfText(t);
    if (p) return p;
  }
  return null;
}
