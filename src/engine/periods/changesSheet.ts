/**
 * The «Динамика» sheet (issue 5, point 2): per table, the entities with their overall result,
 * group and rank in both periods, the change in p.p. and a mark (рост / снижение / без
 * изменений), the entities present in one period only; the indicators' regional levels in both
 * periods; and every value that changed, with its cell. Percentages are fractions with the
 * `0.0%` format and changes are p.p. with one decimal, like Сводная.
 *
 * Example (rows 4–5):
 *   № | Муниципальное образование | Общее выполнение: пред. | … : тек. | Изменение, п.п. | Группа: пред. | … | Динамика
 *   1 | Кировский район           | 60,0%                   | 72,5%    | 12,5            | 2             | … | рост (+12,5 п.п.)
 */

import { assembleSheet } from '../output/assembleSheet';
import type { Analysis } from '../analysis';
import type { OutCell, OutputSheet, OutTable } from '../output/plan';
import { Widths, header, number, percent, tableName, text, uniqueHeaders, NAME_WIDTH, NARROW_WIDTH, NUMBER_WIDTH } from '../output/cells';
import type { PeriodChanges, TableChanges, ValueChange } from './types';
import { CHANGE_STYLES, ONLY_CURRENT_LABEL, ONLY_PREVIOUS_LABEL, changeLabel } from './statusLabels';

type Row = (OutCell | null)[];

const PP_FORMAT = '+0.0;-0.0;0.0';

function mark(status: TableChanges['entities'][number]['status'], change: number | null, percentKind = true): OutCell {
  if (status === null) return { value: null };
  return text(changeLabel(status, change, percentKind), CHANGE_STYLES[status]);
}

function shownValue(v: ValueChange, which: 'previous' | 'current'): OutCell {
  const x = v[which];
  // A value that appeared or went («н/д» last year, 60 % now) says so instead of a blank cell.
  if (x === null) return text('нет данных', 'note');
  if (v.kind === 'percent') return percent(x);
  if (v.kind === 'binary') return text(x >= 1 ? 'да' : 'нет');
  return number(x);
}

export function buildChangesSheet(analysis: Analysis, changes: PeriodChanges, name: string): OutputSheet {
  const rows: Row[] = [];
  const widths = new Widths();
  const tables: OutTable[] = [];
  let freeze: OutputSheet['freeze'];
  widths.wantAll([NARROW_WIDTH, NAME_WIDTH]);

  rows.push([text('Изменения по сравнению с предыдущим периодом', 'title')]);
  rows.push([text(
    `Предыдущий период: ${changes.previousLabel} (${changes.previousSheets.map((s) => `«${s}»`).join(', ')}); текущий: ${changes.currentLabel} (${changes.currentSheets.map((s) => `«${s}»`).join(', ')}).`,
    'subtitle',
  )]);
  if (changes.tables.length === 0) {
    rows.push([text('Таблицы двух периодов не удалось сопоставить: нет общих муниципалитетов или показателей.', 'note')]);
  }

  changes.tables.forEach((tc, k) => {
    const t = analysis.tables[tc.table];
    rows.push([]);
    rows.push([text(tc.title ?? `Таблица ${tc.table + 1}`, 'subtitle')]);
    const labels = uniqueHeaders([
      '№',
      t?.entityLabel || 'Наименование',
      'Общее выполнение: предыдущий период',
      'Общее выполнение: текущий период',
      'Изменение, п.п.',
      'Группа: предыдущий период',
      'Группа: текущий период',
      'Место: предыдущий период',
      'Место: текущий период',
      'Динамика',
    ]);
    const headerRow = rows.length;
    rows.push(labels.map(header));
    widths.wantAll([NUMBER_WIDTH, NUMBER_WIDTH, NUMBER_WIDTH, NUMBER_WIDTH, NUMBER_WIDTH, NUMBER_WIDTH, NUMBER_WIDTH, 22], 2);
    let n = 0;
    for (const e of tc.entities) {
      rows.push([
        number(++n),
        text(e.entity, undefined, { link: e.cell }),
        percent(e.previous.fulfilment),
        percent(e.current.fulfilment),
        number(e.fulfilmentChange, PP_FORMAT),
        number(e.previous.group),
        number(e.current.group),
        number(e.previous.rank),
        number(e.current.rank),
        mark(e.status, e.fulfilmentChange),
      ]);
    }
    tc.onlyCurrent.entities.forEach((nm, i) => {
      const e = tc.onlyCurrent.results[i];
      rows.push([number(++n), text(nm, undefined, e ? { link: e.cell } : {}), { value: null }, percent(e?.fulfilment), { value: null },
        { value: null }, number(e?.group), { value: null }, number(e?.rank), text(ONLY_CURRENT_LABEL, 'attention')]);
    });
    // A district that is gone keeps its previous figures, as a new one shows its current ones.
    tc.onlyPrevious.entities.forEach((nm, i) => {
      const e = tc.onlyPrevious.results[i];
      rows.push([number(++n), text(nm, undefined, e ? { link: e.cell } : {}), percent(e?.fulfilment), { value: null }, { value: null },
        number(e?.group), { value: null }, number(e?.rank), { value: null }, text(ONLY_PREVIOUS_LABEL, 'attention')]);
    });
    if (n === 0) rows.push([null, text('Нет строк для сравнения.', 'note')]);
    else {
      tables.push({ name: tableName(name, k + 1), headerRow, lastRow: rows.length - 1, columns: labels.length, style: 'TableStyleLight9' });
      if (!freeze) freeze = { rows: headerRow + 1, columns: 2 };
    }
    rows.push([null, text(`По региону (среднее): ${changeLabel(tc.region.status ?? 'unchanged', tc.region.change)}`, 'total'),
      percent(tc.region.previous, 'total'), percent(tc.region.current, 'total'), number(tc.region.change, PP_FORMAT, 'total')]);

    if (tc.indicators.length > 0 || tc.onlyCurrent.indicators.length > 0 || tc.onlyPrevious.indicators.length > 0) {
      rows.push([]);
      rows.push([text('Уровень показателей по региону', 'subtitle')]);
      rows.push(['Код', 'Показатель', 'Уровень: предыдущий период', 'Уровень: текущий период', 'Изменение, п.п.', 'Динамика'].map(header));
      for (const c of tc.indicators) {
        rows.push([text(c.id), text(c.name, undefined, { wrap: true }), percent(c.previousLevel), percent(c.currentLevel), number(c.change, PP_FORMAT), mark(c.status, c.change)]);
      }
      for (const nm of tc.onlyCurrent.indicators) rows.push([null, text(nm, undefined, { wrap: true }), null, null, null, text(ONLY_CURRENT_LABEL, 'attention')]);
      for (const nm of tc.onlyPrevious.indicators) rows.push([null, text(nm, undefined, { wrap: true }), null, null, null, text(ONLY_PREVIOUS_LABEL, 'attention')]);
    }

    const changed = tc.values.filter((v) => v.change === null ? v.previous !== v.current : v.change !== 0);
    if (changed.length > 0) {
      rows.push([]);
      rows.push([text('Изменившиеся значения', 'subtitle')]);
      rows.push(['Код', 'Наименование', 'Показатель', 'Было', 'Стало', 'Изменение (п.п. для процентов)', 'Динамика', 'Ячейка'].map(header));
      widths.want(7, 16);
      for (const v of changed) {
        rows.push([
          text(v.indicator),
          text(v.entity),
          text(v.indicatorName, undefined, { wrap: true }),
          shownValue(v, 'previous'),
          shownValue(v, 'current'),
          // «нет → да» is a change of state, not of a quantity: its Динамика says «рост»; a
          // «+1» under «п.п.» would read as one percentage point (third blind acceptance set).
          v.kind === 'binary' ? { value: null } : number(v.change, v.kind === 'percent' ? PP_FORMAT : undefined),
          v.status ? mark(v.status, v.change, v.kind === 'percent') : v.previous === null ? text('появилось значение', 'note') : v.current === null ? text('значения нет', 'note') : { value: null },
          v.cell ? { value: v.cell, link: v.cell } : { value: null },
        ]);
      }
    }
  });

  return assembleSheet({ name, kind: 'changes', rows, widths, freeze, tables });
}
