/**
 * Layout C (METHODOLOGY §2 C, §5): finds the evaluation sheets in points and scores them.
 *
 *   - Sheets filled in on one template, one per municipality (templateSheet.ts), together form
 *     ONE table whose entities are the municipalities — as a regional service collects them.
 *   - A wide table (wideTable.ts) is a table of its own.
 * Every sheet taken is returned in `consumed`, so the indicator-matrix reader does not read it again;
 * a sheet that shows no block of the scheme is left alone.
 *
 * Example:
 *   const { tables, consumed } = readPointsSheets(workbook.sheets, loadScheme(workbook, problems), options, problems);
 *   consumed     // → ['Крымский', 'Абинский']
 *   tables[0].entities.map((e) => [e.name, e.points, e.rank]) // → [['Крымский район', 60, 1], ['Абинский район', 41, 2]]
 */

import type { SheetGrid } from '../grid';
import type { AnalysisOptions } from '../options';
import type { ProblemList } from '../problems';
import type { TableAnalysis } from '../analysis';
import type { PointsScheme } from './scheme';
import { readTemplateSheet, type TemplateReading } from './templateSheet';
import { readWideTable } from './wideTable';
import { PositionIds } from './positionIds';
import { scoreEntity } from './totals';
import { toTableAnalysis } from './toTableAnalysis';

export function readPointsSheets(
  sheets: SheetGrid[],
  scheme: PointsScheme,
  options: AnalysisOptions,
  problems: ProblemList,
): { tables: TableAnalysis[]; consumed: string[] } {
  const tables: TableAnalysis[] = [];
  const consumed: string[] = [];
  if (scheme.blocks.length === 0) return { tables, consumed };

  const templates: { sheet: SheetGrid; reading: TemplateReading }[] = [];
  const wide: { sheet: SheetGrid; table: TableAnalysis }[] = [];
  for (const sheet of sheets) {
    const reading = readTemplateSheet(sheet, scheme, problems);
    if (reading) {
      templates.push({ sheet, reading });
      consumed.push(sheet.name);
      continue;
    }
    const w = readWideTable(sheet, scheme, problems);
    if (w) {
      const ids = new PositionIds(scheme);
      const scored = w.entities.map((e) => scoreEntity(e, scheme, ids, problems));
      reportDuplicates(scored.map((s) => ({ name: s.read.name, cell: s.read.nameCell, sheet: s.read.sheet })), problems);
      wide.push({
        sheet,
        table: toTableAnalysis(scored, scheme, options, {
          sheets: [sheet.name],
          title: w.title,
          entityLabel: w.entityLabel,
          headerRows: [{
            sheet: sheet.name,
            first: sheet.startRow + w.headerFirst,
            last: sheet.startRow + w.last,
            headerLast: sheet.startRow + w.headerLast,
            dataFirst: sheet.startRow + w.dataFirst,
          }],
          positionsInRows: false,
        }),
      });
      consumed.push(sheet.name);
    }
  }

  if (templates.length > 0) {
    const ids = new PositionIds(scheme);
    const scored = templates.map((t) => scoreEntity(t.reading.entity, scheme, ids, problems));
    reportDuplicates(scored.map((s) => ({ name: s.read.name, cell: s.read.nameCell, sheet: s.read.sheet })), problems);
    reportMissingPositions(scored, problems);
    tables.push(
      toTableAnalysis(scored, scheme, options, {
        sheets: templates.map((t) => t.sheet.name),
        title: 'Оценочные листы',
        entityLabel: 'Муниципальное образование',
        headerRows: templates.map((t) => ({
          sheet: t.sheet.name,
          first: t.sheet.startRow + t.reading.first,
          last: t.sheet.startRow + t.reading.last,
        })),
        positionsInRows: true,
      }),
    );
  }
  for (const w of wide) tables.push(w.table);
  return { tables, consumed };
}

function reportDuplicates(items: { name: string; cell: string; sheet: string }[], problems: ProblemList): void {
  const seen = new Map<string, string>();
  for (const it of items) {
    const key = it.name.trim().toLowerCase();
    const before = seen.get(key);
    if (before) {
      problems.warning(it.cell, it.sheet, 'duplicate-entity',
        `Муниципалитет «${it.name}» встречается дважды (${before} и ${it.cell}): оба листа учтены отдельно.`);
    } else {
      seen.set(key, it.cell);
    }
  }
}

/**
 * A municipality's sheet that lacks a position the other sheets have (an older version of the
 * template) is scored on what it has, and marked incomplete; the user is told which positions
 * are missing and on which sheet, so that «неполные данные» can be traced and fixed.
 */
function reportMissingPositions(scored: ReturnType<typeof scoreEntity>[], problems: ProblemList): void {
  if (scored.length < 2) return;
  const labels = new Map<string, string>();
  for (const e of scored) for (const b of e.blocks) for (const p of b.positions) if (!labels.has(p.id)) labels.set(p.id, p.read.label);
  for (const e of scored) {
    const present = new Set<string>();
    for (const b of e.blocks) for (const p of b.positions) present.add(p.id);
    const missing = [...labels.keys()].filter((id) => !present.has(id)).map((id) => `«${labels.get(id)}»`);
    if (missing.length === 0) continue;
    problems.warning(e.read.nameCell, e.read.sheet, 'unknown-position',
      `На листе «${e.read.sheet}» нет ${missing.length === 1 ? 'позиции' : 'позиций'} ${missing.join(', ')}, которые есть на других листах: баллы посчитаны без ${missing.length === 1 ? 'неё' : 'них'}, данные муниципального образования «${e.read.name}» неполные. Возможно, лист заполнен по старой версии шаблона.`);
  }
}
