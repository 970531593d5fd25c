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
import { scoreEntity, type ScoredPosition } from './totals';
import { isExpectedPosition, toTableAnalysis } from './toTableAnalysis';
import { isBlankEntity, isTemplatePlaceholder } from './blankCells';

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

  // A sheet with no mark at all is a blank template or a form not filled in yet: not a
  // municipality with 0 points (it would pull the region's mean and median down).
  const filled = templates.filter((t) => {
    const e = t.reading.entity;
    if (!isBlankEntity(e)) return true;
    if (isTemplatePlaceholder(e)) {
      problems.info(e.nameCell, e.sheet, 'layout', `Лист «${e.sheet}» — незаполненный шаблон оценочного листа (ни одной отметки): в итоги он не входит.`);
    } else {
      problems.warning(e.nameCell, e.sheet, 'missing',
        `Оценочный лист «${e.name}» (лист «${e.sheet}») не заполнен — ни одной отметки: муниципальное образование не учтено в итогах и рейтинге.`);
    }
    return false;
  });
  if (filled.length > 0) {
    const ids = new PositionIds(scheme);
    const scored = filled.map((t) => scoreEntity(t.reading.entity, scheme, ids, problems));
    reportDuplicates(scored.map((s) => ({ name: s.read.name, cell: s.read.nameCell, sheet: s.read.sheet })), problems);
    reportMissingPositions(scored, problems);
    tables.push(
      toTableAnalysis(scored, scheme, options, {
        sheets: filled.map((t) => t.sheet.name),
        title: commonSubject(filled.map((t) => t.reading.subject)) ?? 'Оценочные листы',
        entityLabel: 'Муниципальное образование',
        headerRows: filled.map((t) => ({
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

/** The subtitle most sheets share (a sheet may lack it, or have its own typo), or null. */
function commonSubject(subjects: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const x of subjects) if (x) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: string | null = null;
  for (const [x, n] of counts) if (n * 2 > subjects.length && (best === null || n > counts.get(best)!)) best = x;
  return best;
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
  const positions = new Map<string, { first: ScoredPosition; perEntity: (ScoredPosition | null)[] }>();
  scored.forEach((e, ei) => {
    for (const b of e.blocks) {
      for (const p of b.positions) {
        let entry = positions.get(p.id);
        if (!entry) positions.set(p.id, (entry = { first: p, perEntity: scored.map(() => null) }));
        entry.perEntity[ei] = p;
      }
    }
  });
  const expected = [...positions.values()].filter((x) => isExpectedPosition(x.first, x.perEntity, scored.length));
  scored.forEach((e, ei) => {
    const missing = expected.filter((x) => x.perEntity[ei] === null).map((x) => `«${x.first.read.label}»`);
    if (missing.length === 0) return;
    problems.warning(e.read.nameCell, e.read.sheet, 'unknown-position',
      `На листе «${e.read.sheet}» нет ${missing.length === 1 ? 'позиции' : 'позиций'} ${missing.join(', ')}, ${missing.length === 1 ? 'которая есть' : 'которые есть'} на других листах: баллы посчитаны без ${missing.length === 1 ? 'неё' : 'них'}, данные муниципального образования «${e.read.name}» неполные. Возможно, лист заполнен по старой версии шаблона.`);
  });
}
