/**
 * The «Рекомендации» sheet: a methodologist's own wording of the recommendations, read from
 * a table with forgiving headers and applied over the built-in catalogue (catalogue.ts).
 *
 * Columns (found by header words in the first 10 rows, any order, any case):
 *   Тема        — a built-in theme («наставничество», «молодые педагоги», …), a new theme of
 *                 one's own, «*» (any problem zone whose theme is not recognised), or empty
 *                 (a recommendation for a group as a whole);
 *   Группа      — 1, 2, 3 («группа 2» is read too), or empty / «все» for any group;
 *   Рекомендация — the text (required);
 *   Действие    — optional: «заменить» (the default) or «дополнить»;
 *   Ключевые слова — optional, for a new theme: word stems by which indicator names are
 *                 recognised, separated by commas or semicolons (by default, the theme itself).
 *
 * Rule: the rows with the same (Тема, Группа) replace every built-in entry with that key, unless
 * the row says «дополнить» — then the built-in entries stay and the row is added. A new theme is
 * matched before the built-in ones, so a narrower wording of one's own wins. A row that cannot
 * be used (no text, a group that does not exist, neither theme nor group) is reported with its
 * address and skipped.
 *
 * Example (sheet rows):
 *   Тема           | Группа | Рекомендация
 *   наставничество |        | Организовать муниципальный клуб наставников …   → replaces the built-in text
 *   (empty)        | 3      | Провести выездной методический день …          → replaces group 3's text
 */

import type { CellValue, SheetGrid, WorkbookGrid } from '../grid';
import { cellAddress } from '../address';
import type { ProblemList } from '../problems';
import type { Recommendation, RecommendationCatalogue } from './catalogue';
import { builtInCatalogue } from './catalogue';
import { normaliseForMatch } from './themes';
import type { Theme } from './themes';

export const RECOMMENDATIONS_SHEET = 'Рекомендации';

type Column = 'theme' | 'group' | 'text' | 'action' | 'keywords';

const HEADER_WORDS: [Column, RegExp][] = [
  ['keywords', /ключев|слова|признак/],
  ['action', /действ|режим|способ/],
  ['text', /рекоменд|текст|формулиров|мер[аы]?$/],
  ['group', /групп/],
  ['theme', /тем[аы]|направлен|показател/],
];

function str(v: CellValue): string {
  if (v === null || v === undefined) return '';
  return String(v).replace(/\s+/g, ' ').trim();
}

/** True for «Рекомендации», «рекомендации», «Рекомендации (2)». */
export function isRecommendationsSheetName(name: string): boolean {
  return name.replace(/\s*\(\d+\)$/, '').trim().toLowerCase() === RECOMMENDATIONS_SHEET.toLowerCase();
}

function findHeader(sheet: SheetGrid): { row: number; cols: Partial<Record<Column, number>> } | null {
  for (let r = 0; r < Math.min(10, sheet.values.length); r++) {
    const cols: Partial<Record<Column, number>> = {};
    (sheet.values[r] ?? []).forEach((v, c) => {
      const t = str(v).toLowerCase().replace(/ё/g, 'е');
      if (t === '') return;
      for (const [col, re] of HEADER_WORDS) {
        if (cols[col] === undefined && re.test(t)) {
          cols[col] = c;
          return;
        }
      }
    });
    if (cols.text !== undefined && (cols.theme !== undefined || cols.group !== undefined)) return { row: r, cols };
  }
  return null;
}

function parseGroup(v: string, groups: number): number | null | 'bad' {
  const t = v.toLowerCase();
  if (t === '' || /^(вс[еёя]|любая|любые|-|—)$/.test(t)) return null;
  const m = /^(?:группа\s*)?(\d+)(?:\s*группа)?\.?$/.exec(t);
  if (!m) return 'bad';
  const g = Number(m[1]);
  return g >= 1 && g <= groups ? g : 'bad';
}

function parseAction(v: string): 'replace' | 'extend' | null {
  const t = v.toLowerCase();
  if (t === '' || t.startsWith('замен')) return 'replace';
  if (t.startsWith('дополн') || t.startsWith('добав')) return 'extend';
  return null;
}

/**
 * Applies the sheet to the built-in catalogue. `groups` is the number of group bands in force,
 * to check the «Группа» column.
 */
export function readRecommendationsSheet(sheet: SheetGrid, problems: ProblemList, groups = 3): RecommendationCatalogue {
  const catalogue = builtInCatalogue();
  const header = findHeader(sheet);
  const at = (r: number, c: number) => cellAddress(sheet.name, sheet.startRow + r, sheet.startCol + c);
  if (!header) {
    problems.warning(null, sheet.name, 'recommendations-sheet',
      `На листе «${sheet.name}» не найдены столбцы «Тема», «Группа» и «Рекомендация»; используются встроенные рекомендации.`);
    return catalogue;
  }
  const { cols } = header;
  const rows: { key: string; action: 'replace' | 'extend'; rec: Recommendation }[] = [];
  const ownThemes: Theme[] = [];
  const themeNames = new Map(catalogue.themes.map((t) => [normaliseForMatch(t.name), t.name]));

  for (let r = header.row + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    const get = (c: number | undefined) => (c === undefined ? '' : str(row[c] ?? null));
    const themeRaw = get(cols.theme);
    const groupRaw = get(cols.group);
    const text = get(cols.text);
    const actionRaw = get(cols.action);
    const keywords = get(cols.keywords);
    if (themeRaw === '' && groupRaw === '' && text === '' && actionRaw === '') continue;

    if (text === '') {
      problems.warning(at(r, cols.text!), sheet.name, 'recommendations-sheet',
        `Строка ${sheet.startRow + r + 1} листа «${sheet.name}»: не указан текст рекомендации; строка пропущена.`);
      continue;
    }
    const group = parseGroup(groupRaw, groups);
    if (group === 'bad') {
      problems.error(at(r, cols.group!), sheet.name, 'recommendations-sheet',
        `Группа «${groupRaw}» не существует (группы с 1 по ${groups}); рекомендация в строке ${sheet.startRow + r + 1} не учтена.`);
      continue;
    }
    if (themeRaw === '' && group === null) {
      problems.warning(at(r, cols.theme ?? cols.text!), sheet.name, 'recommendations-sheet',
        `Строка ${sheet.startRow + r + 1} листа «${sheet.name}»: не указаны ни тема, ни группа; рекомендация не учтена.`);
      continue;
    }
    let action = parseAction(actionRaw);
    if (action === null) {
      problems.warning(at(r, cols.action!), sheet.name, 'recommendations-sheet',
        `Действие «${actionRaw}» не распознано (нужно «заменить» или «дополнить»); рекомендация заменяет встроенную.`);
      action = 'replace';
    }

    let theme: string | null = null;
    if (themeRaw !== '') {
      const key = normaliseForMatch(themeRaw);
      if (themeRaw === '*' || /^ (прочее|остальные|другие|любая) $/.test(key)) theme = '*';
      else if (themeNames.has(key)) theme = themeNames.get(key)!;
      else {
        theme = themeRaw;
        const stems = (keywords !== '' ? keywords.split(/[;,]/) : [themeRaw])
          .map((s) => normaliseForMatch(s).trim())
          .filter((s) => s !== '');
        const known = ownThemes.find((t) => normaliseForMatch(t.name) === key);
        if (known) known.stems.push(...stems.filter((s) => !known.stems.includes(s)));
        else ownThemes.push({ name: theme, stems });
        themeNames.set(key, theme);
      }
    }
    rows.push({
      key: `${theme ?? ''}|${group ?? ''}`,
      action,
      rec: { theme, group, text, source: at(r, cols.text!) },
    });
  }

  const replaced = new Set(rows.filter((x) => x.action === 'replace').map((x) => x.key));
  const keyOf = (e: Recommendation) => `${e.theme ?? ''}|${e.group ?? ''}`;
  const kept = catalogue.entries.filter((e) => !replaced.has(keyOf(e)));
  return {
    themes: [...ownThemes, ...catalogue.themes],
    entries: [...rows.map((x) => x.rec), ...kept],
    sheet: sheet.name,
  };
}

/**
 * The hook analyzeWorkbook calls: the catalogue in force for this workbook — the built-in one,
 * changed by a «Рекомендации» sheet when the workbook has one.
 */
export function readWorkbookRecommendations(workbook: WorkbookGrid, problems: ProblemList, groups = 3): RecommendationCatalogue {
  const sheet = workbook.sheets.find((s) => isRecommendationsSheetName(s.name));
  return sheet ? readRecommendationsSheet(sheet, problems, groups) : builtInCatalogue();
}
