/**
 * The «Дефициты» sheet (METHODOLOGY §7): one row per finding — entity (or «Регион»),
 * criterion, indicator id and name, value, threshold, kind, and the source cell — as an
 * Excel table, the most serious first (дефицит, группа 3, зона внимания, ниже медианы),
 * then by entity (the region first, then alphabetically).
 *
 * Example row:
 *   № 1 | Кировский | Критерий 2 | 2.7 | Наличие ИОМ | нет | 50,0 % | дефицит | Лист1!L7
 */

import type { Analysis, Deficit, DeficitKind, TableAnalysis } from '../analysis';
import type { OutCell, OutputSheet } from './plan';
import {
  Widths,
  addressCell,
  header,
  number,
  percent,
  raw,
  text,
  tableName,
  uniqueHeaders,
  NAME_WIDTH,
  NARROW_WIDTH,
  NUMBER_WIDTH,
} from './cells';
import { DEFICIT_LABELS, REGION_LABEL } from './labels';
import { formatPercentBound } from '../options';

/** Order of seriousness: lower comes first. */
export const DEFICIT_ORDER: Record<DeficitKind, number> = {
  deficit: 0,
  'group-3': 1,
  attention: 2,
  'below-median': 3,
};

const collator = new Intl.Collator('ru', { sensitivity: 'base', numeric: true });

/** Findings of every table, sorted: the most serious kind first, then by entity (region first). */
export function sortedDeficits(analysis: Analysis): { d: Deficit; t: TableAnalysis }[] {
  const all = analysis.tables.flatMap((t) => t.deficits.map((d) => ({ d, t })));
  return all
    .map((x, i) => ({ ...x, i }))
    .sort((a, b) => {
      const k = DEFICIT_ORDER[a.d.kind] - DEFICIT_ORDER[b.d.kind];
      if (k !== 0) return k;
      if (a.d.entity === null && b.d.entity !== null) return -1;
      if (b.d.entity === null && a.d.entity !== null) return 1;
      const e = collator.compare(a.d.entity ?? '', b.d.entity ?? '');
      return e !== 0 ? e : a.i - b.i;
    })
    .map(({ d, t }) => ({ d, t }));
}

/** The value as the user sees it: a cell's raw content, or a percent for region/criterion findings. */
function valueCell(d: Deficit, t: TableAnalysis): OutCell {
  if (d.scope === 'cell') {
    const ind = d.indicator ? t.indicators.find((x) => x.id === d.indicator) : undefined;
    if (ind?.kind === 'percent' && typeof d.value === 'number') {
      const entity = d.entity !== null ? t.entities.find((e) => e.name === d.entity) : undefined;
      const scored = entity && d.indicator ? entity.cells[d.indicator] : undefined;
      if (scored && scored.value !== null) return percent(scored.value);
    }
    return raw(d.value);
  }
  return typeof d.value === 'number' ? percent(d.value) : raw(d.value);
}

export function buildDeficitsSheet(analysis: Analysis, name: string): OutputSheet {
  const widths = new Widths();
  const { target, critical } = analysis.options;
  const rows: (OutCell | null)[][] = [
    [text('Дефициты и проблемные зоны', 'title')],
    [
      text(
        `Целевой уровень ${formatPercentBound(target)} %, критический ${formatPercentBound(critical)} %. Сначала самые серьёзные находки.`,
        'subtitle',
      ),
    ],
  ];
  const entityLabel = analysis.tables.length === 1 && analysis.tables[0].entityLabel.trim() !== '' ? analysis.tables[0].entityLabel : 'Объект';
  const headers = uniqueHeaders(['№', entityLabel, 'Критерий', 'Код', 'Показатель', 'Значение', 'Порог', 'Вид', 'Ячейка']);
  widths.wantAll([NARROW_WIDTH, NAME_WIDTH, 25, 8, NAME_WIDTH, NUMBER_WIDTH, NUMBER_WIDTH, 16, 18]);
  const headerRow = rows.length;
  rows.push(headers.map(header));

  const list = sortedDeficits(analysis);
  list.forEach(({ d, t }, i) => {
    const kindStyle = d.kind === 'deficit' || d.kind === 'group-3' ? 'deficit' : d.kind === 'attention' ? 'attention' : undefined;
    rows.push([
      number(i + 1),
      text(d.entity ?? REGION_LABEL),
      text(d.criterion, undefined, { wrap: true }),
      text(d.indicator),
      text(d.indicatorName, undefined, { wrap: true }),
      valueCell(d, t),
      percent(d.threshold),
      text(DEFICIT_LABELS[d.kind], kindStyle),
      addressCell(d.cell),
    ]);
  });

  const sheet: OutputSheet = {
    name,
    kind: 'deficits',
    rows,
    columnWidths: widths.toArray(),
    freeze: { rows: headerRow + 1, columns: 0 },
    print: { orientation: 'landscape', fitToWidth: true },
  };
  if (list.length === 0) {
    rows.push([null, text('Дефицитов и проблемных зон не найдено.', 'note')]);
  } else {
    sheet.table = { name: tableName(name, 1), headerRow, lastRow: rows.length - 1, columns: headers.length, style: 'TableStyleLight9' };
  }
  return sheet;
}
